import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { getAll } from './getAll';

const entries: OperationEntry[] = [
	{ name: 'Get Many', value: 'getAll', action: 'Get many periods', description: 'List the service periods of a day with their free seats and hours', module: getAll },
];

export const periodDescription = resourceDescription('period', entries, 'getAll');
export const periodOperations = operationMap(entries);
