import type { INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import { listOperation } from '../../../shared/operations';
import { z } from '../../../shared/validation';
import { idRules, orgLocator, partooRules } from '../../fields';
import { listRecords, trueFalse } from '../../transport';
import { simpleOperation } from '../simple';

const aliasField = (description: string): INodeProperties => ({
	displayName: 'Alias',
	name: 'alias',
	type: 'string',
	default: '',
	placeholder: 'e.g. partoo_org',
	description,
});

/** Org aliases match [a-z0-9_]+ (lower-case letters, digits and underscores). */
const aliasRule = z
	.string({ invalid_type_error: 'must be text' })
	.trim()
	.regex(/^[a-z0-9_]+$/, 'must contain only lower-case letters, digits and "_" (e.g. partoo_org)');

const nameRule = z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).trim().min(1, 'is required');

const nameField = (description: string): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	description,
});

export const get = simpleOperation({
	fields: [orgLocator()],
	rules: { orgId: idRules.org() },
	safe: true,
	request: (input) => ({ method: 'GET', path: `/org/${input.orgId}` }),
});

export const getAll = listOperation({
	filters: [
		aliasField('Keep the organization with this alias'),
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{
			displayName: 'Organization ID',
			name: 'org_id',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1234',
			description: 'Keep the organization with this ID',
		},
	],
	rules: {
		org_id: idRules.org().optional(),
		name: z.string({ invalid_type_error: 'must be text' }).trim().optional(),
		alias: aliasRule.optional(),
	},
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
			path: '/org/search',
			listKey: 'orgs',
			key: 'org_id',
			qs: { org_id: input.org_id, name: input.name, alias: input.alias },
			itemIndex,
		}),
});

export const create = simpleOperation({
	fields: [
		nameField('Name of the organization'),
		additionalFieldsCollection([aliasField('Lower-case letters, digits and "_". Partoo generates one when left out.')]),
	],
	rules: { name: nameRule, alias: aliasRule.optional() },
	safe: false,
	request: (input) => ({ method: 'POST', path: '/org', body: { name: input.name, alias: input.alias } }),
});

export const update = simpleOperation({
	fields: [
		orgLocator(true, 'The organization to update'),
		nameField('Name of the organization (the API requires it on every update)'),
		additionalFieldsCollection([aliasField('New alias: lower-case letters, digits and "_"')]),
	],
	rules: { orgId: idRules.org(), name: nameRule, alias: aliasRule.optional() },
	safe: false,
	request: (input) => ({ method: 'POST', path: `/org/${input.orgId}`, body: { name: input.name, alias: input.alias } }),
});

export const deleteOrganization = simpleOperation({
	fields: [
		orgLocator(true, 'The organization to delete, with its businesses and users. Needs the PROVIDER role.'),
		{
			displayName: 'Force',
			name: 'force',
			type: 'boolean',
			default: false,
			description: 'Whether to delete the organization even if businesses or users are still linked to it (they are deleted too)',
		},
	],
	rules: { orgId: idRules.org(), force: partooRules.boolean() },
	safe: false,
	request: (input) => ({ method: 'DELETE', path: `/org/${input.orgId}`, body: { force: trueFalse(input.force) } }),
});
