import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { create } from './create';

const entries: OperationEntry[] = [
	{ name: 'Create', value: 'create', action: 'Create a lead', description: 'Submit requests for quotes, several leads per request', module: create },
];

export const leadDescription = resourceDescription('lead', entries, 'create');
export const leadOperations = operationMap(entries);
