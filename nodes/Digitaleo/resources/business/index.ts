import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { getAll } from './getAll';
import { update } from './update';

const entries: OperationEntry[] = [
	{ name: 'Get Many', value: 'getAll', action: 'Get many businesses', description: 'List the businesses linked to an account', module: getAll },
	{
		name: 'Update',
		value: 'update',
		action: 'Update a business',
		description: 'Change the profile and opening hours of a business (published at once)',
		module: update,
	},
];

export const businessDescription = resourceDescription('business', entries, 'getAll');
export const businessOperations = operationMap(entries);
