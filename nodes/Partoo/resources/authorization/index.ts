import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { create } from './create';
import { getAll } from './getAll';
import { revoke } from './revoke';

const entries: OperationEntry[] = [
	{ name: 'Create', value: 'create', action: 'Create an authorization token', description: 'Generate a token that logs a user into the embedded Partoo pages', module: create },
	{ name: 'Get Many', value: 'getAll', action: 'Get many authorization tokens', description: 'List the current tokens of a user', module: getAll },
	{ name: 'Revoke', value: 'revoke', action: 'Revoke authorization tokens', description: 'Log a user out: revoke one token or all of them', module: revoke },
];

export const authorizationDescription = resourceDescription('authorization', entries, 'create');
export const authorizationOperations = operationMap(entries);
