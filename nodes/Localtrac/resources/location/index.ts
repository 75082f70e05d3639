import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

const entries: OperationEntry[] = [
	{ name: 'Create', value: 'create', action: 'Create a location', description: 'Add a location to a business', module: create },
	{ name: 'Get', value: 'get', action: 'Get a location', description: 'Retrieve every information field of one location', module: get },
	{ name: 'Get Many', value: 'getAll', action: 'Get many locations', description: 'List the locations the user can access', module: getAll },
	{
		name: 'Update',
		value: 'update',
		action: 'Update a location',
		description: 'Change names, address, descriptions, contact details, URLs, payments or opening hours',
		module: update,
	},
];

export const locationDescription = resourceDescription('location', entries, 'get');
export const locationOperations = operationMap(entries);
