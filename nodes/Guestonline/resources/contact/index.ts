import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

const entries: OperationEntry[] = [
	{ name: 'Create', value: 'create', action: 'Create a contact', description: 'Add a guest to the contact book', module: create },
	{ name: 'Get', value: 'get', action: 'Get a contact', description: 'Retrieve one contact', module: get },
	{ name: 'Get Many', value: 'getAll', action: 'Get many contacts', description: 'List contacts, filtered by email, phone or last name', module: getAll },
	{ name: 'Update', value: 'update', action: 'Update a contact', description: 'Change the fields of a contact', module: update },
];

export const contactDescription = resourceDescription('contact', entries, 'get');
export const contactOperations = operationMap(entries);
