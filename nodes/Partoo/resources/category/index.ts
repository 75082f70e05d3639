import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { get, getAll } from './operations';

const entries: OperationEntry[] = [
	{ name: 'Get', value: 'get', action: 'Get a category', description: 'Retrieve one category with its partner mappings', module: get },
	{ name: 'Get Many', value: 'getAll', action: 'Get many categories', description: 'Search categories by name in a language', module: getAll },
];

export const categoryDescription = resourceDescription('category', entries, 'getAll');
export const categoryOperations = operationMap(entries);
