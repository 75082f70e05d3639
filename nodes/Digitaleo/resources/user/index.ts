import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { create } from './create';
import { deleteUser } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

const entries: OperationEntry[] = [
	{ name: 'Create', value: 'create', action: 'Create a user', description: 'Add a user to an account', module: create },
	{ name: 'Delete', value: 'delete', action: 'Delete a user', description: 'Remove a user from an account', module: deleteUser },
	{ name: 'Get', value: 'get', action: 'Get a user', description: 'Retrieve one user of an account', module: get },
	{ name: 'Get Many', value: 'getAll', action: 'Get many users', description: 'List the users of an account', module: getAll },
	{ name: 'Update', value: 'update', action: 'Update a user', description: "Change a user's information", module: update },
];

export const userDescription = resourceDescription('user', entries, 'get');
export const userOperations = operationMap(entries);
