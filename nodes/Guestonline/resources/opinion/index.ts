import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { getAll } from './getAll';

const entries: OperationEntry[] = [
	{ name: 'Get Many', value: 'getAll', action: 'Get many opinions', description: 'List guest reviews with their ratings and comments', module: getAll },
];

export const opinionDescription = resourceDescription('opinion', entries, 'getAll');
export const opinionOperations = operationMap(entries);
