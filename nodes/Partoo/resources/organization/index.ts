import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { create, deleteOrganization, get, getAll, update } from './operations';

const entries: OperationEntry[] = [
	{ name: 'Create', value: 'create', action: 'Create an organization', description: 'Add an organization (PROVIDER role)', module: create },
	{ name: 'Delete', value: 'delete', action: 'Delete an organization', description: 'Delete an organization and everything linked to it', module: deleteOrganization },
	{ name: 'Get', value: 'get', action: 'Get an organization', description: 'Retrieve one organization', module: get },
	{ name: 'Get Many', value: 'getAll', action: 'Get many organizations', description: 'Search organizations by ID, name or alias', module: getAll },
	{ name: 'Update', value: 'update', action: 'Update an organization', description: 'Change the name or alias of an organization', module: update },
];

export const organizationDescription = resourceDescription('organization', entries, 'get');
export const organizationOperations = operationMap(entries);
