import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { create, deleteUser, get, getAll, getMe, getStats, reinvite, update } from './operations';

const entries: OperationEntry[] = [
	{ name: 'Create', value: 'create', action: 'Create a user', description: 'Add a user, active with a password or invited by email', module: create },
	{ name: 'Delete', value: 'delete', action: 'Delete a user', description: 'Delete a user', module: deleteUser },
	{ name: 'Get', value: 'get', action: 'Get a user', description: 'Retrieve one user', module: get },
	{ name: 'Get Many', value: 'getAll', action: 'Get many users', description: 'Search users with filters', module: getAll },
	{ name: 'Get Me', value: 'getMe', action: 'Get the current user', description: 'Retrieve the user the API key belongs to', module: getMe },
	{ name: 'Get Stats', value: 'getStats', action: 'Get user statistics', description: 'Count all, invited and active users', module: getStats },
	{ name: 'Reinvite', value: 'reinvite', action: 'Reinvite a user', description: 'Send a new invitation email to an invited user', module: reinvite },
	{ name: 'Update', value: 'update', action: 'Update a user', description: 'Change only the fields you give', module: update },
];

export const userDescription = resourceDescription('user', entries, 'get');
export const userOperations = operationMap(entries);
