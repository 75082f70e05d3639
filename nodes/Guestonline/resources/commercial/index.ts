import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { get } from './get';
import { getAll } from './getAll';

const entries: OperationEntry[] = [
	{ name: 'Get', value: 'get', action: 'Get a commercial', description: 'Retrieve one offer or event', module: get },
	{ name: 'Get Many', value: 'getAll', action: 'Get many commercials', description: 'List offers and events', module: getAll },
];

export const commercialDescription = resourceDescription('commercial', entries, 'getAll');
export const commercialOperations = operationMap(entries);
