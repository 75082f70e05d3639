import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { getAll } from './getAll';
import { getBookable } from './getBookable';

const entries: OperationEntry[] = [
	{ name: 'Get Many', value: 'getAll', action: 'Get many restaurants', description: 'List the restaurants the token manages', module: getAll },
	{
		name: 'Get Bookable',
		value: 'getBookable',
		action: 'Get bookable restaurants',
		description: 'List the restaurants that can take a booking on a date for a number of persons',
		module: getBookable,
	},
];

export const restaurantDescription = resourceDescription('restaurant', entries, 'getAll');
export const restaurantOperations = operationMap(entries);
