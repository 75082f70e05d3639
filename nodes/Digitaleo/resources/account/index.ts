import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { create } from './create';
import { deleteAccount } from './delete';
import { get } from './get';
import { getAutoLogin } from './getAutoLogin';
import { getLoginToken } from './getLoginToken';
import { update } from './update';

const entries: OperationEntry[] = [
	{ name: 'Create', value: 'create', action: 'Create an account', description: 'Create a new account', module: create },
	{ name: 'Delete', value: 'delete', action: 'Delete an account', description: 'Delete an account for good', module: deleteAccount },
	{ name: 'Get', value: 'get', action: 'Get an account', description: 'Retrieve all data of one account', module: get },
	{
		name: 'Get Auto Login',
		value: 'getAutoLogin',
		action: 'Get an auto login page for an account',
		description: 'Get a login token plus a ready HTML page that signs the account holder in to app.digitaleo.com',
		module: getAutoLogin,
	},
	{
		name: 'Get Login Token',
		value: 'getLoginToken',
		action: 'Get a login token for an account',
		description: "Get an access token that opens the account holder's session (login_as)",
		module: getLoginToken,
	},
	{ name: 'Update', value: 'update', action: 'Update an account', description: 'Change the basic information of an account', module: update },
];

export const accountDescription = resourceDescription('account', entries, 'get');
export const accountOperations = operationMap(entries);
