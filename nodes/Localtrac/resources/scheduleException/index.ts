import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { getAll } from './getAll';
import { set } from './set';

const entries: OperationEntry[] = [
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many schedule exceptions',
		description: 'List the dates whose opening hours differ from the regular ones',
		module: getAll,
	},
	{
		name: 'Set',
		value: 'set',
		action: 'Set schedule exceptions',
		description: 'Add or replace the opening hours of given dates (holidays, closures)',
		module: set,
	},
];

export const scheduleExceptionDescription = resourceDescription('scheduleException', entries, 'getAll');
export const scheduleExceptionOperations = operationMap(entries);
