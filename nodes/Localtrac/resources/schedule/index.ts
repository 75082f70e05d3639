import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { get } from './get';

const entries: OperationEntry[] = [
	{
		name: 'Get',
		value: 'get',
		action: 'Get the schedule of a location',
		description: 'Retrieve the regular opening hours of a location, per weekday',
		module: get,
	},
];

export const scheduleDescription = resourceDescription('schedule', entries, 'get');
export const scheduleOperations = operationMap(entries);
