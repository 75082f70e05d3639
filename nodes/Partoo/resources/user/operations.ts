import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, updateFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import { listOperation } from '../../../shared/operations';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { idRules, orgLocator, partooRules, pick, userLocator } from '../../fields';
import { callApi, listRecords, trueFalse } from '../../transport';
import { simpleOperation } from '../simple';
import { USER_BODY_KEYS, displayBusinessIdsField, passwordNotForInvited, userFieldRules, userOptionalFields, userStatusRule } from './fields';

const displayOption = additionalFieldsCollection([displayBusinessIdsField], 'Options');

export const get = simpleOperation({
	fields: [userLocator(), displayOption],
	rules: { userId: idRules.opaque(), display_business_ids: partooRules.boolean().optional() },
	safe: true,
	request: (input) => ({
		method: 'GET',
		path: `/user/${input.userId}`,
		qs: { display_business_ids: trueFalse(input.display_business_ids) },
	}),
});

export const getMe = simpleOperation({
	fields: [displayOption],
	rules: { display_business_ids: partooRules.boolean().optional() },
	safe: true,
	request: (input) => ({ method: 'GET', path: '/user/me', qs: { display_business_ids: trueFalse(input.display_business_ids) } }),
});

export const getStats = simpleOperation({
	fields: [],
	rules: {},
	safe: true,
	request: () => ({ method: 'GET', path: '/user/stats' }),
});

export const deleteUser = simpleOperation({
	fields: [userLocator('The user to delete')],
	rules: { userId: idRules.opaque() },
	safe: false,
	request: (input) => ({ method: 'DELETE', path: `/user/${input.userId}` }),
});

export const reinvite = simpleOperation({
	fields: [userLocator('The invited user to send a new invitation email to (at most once every 5 minutes)')],
	rules: { userId: idRules.opaque() },
	safe: false,
	request: (input) => ({ method: 'POST', path: `/user/${input.userId}/invite` }),
});

export const getAll = listOperation({
	filters: [
		displayBusinessIdsField,
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
		{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
		orgLocator(false, 'Keep only the users of this organization'),
		{ displayName: 'Search Query', name: 'query', type: 'string', default: '', description: 'Fuzzy search on email, first name and last name' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'active',
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'Invited', value: 'invited' },
			],
		},
	],
	rules: {
		orgId: idRules.org().optional(),
		last_name: z.string({ invalid_type_error: 'must be text' }).trim().optional(),
		email: partooRules.email().optional(),
		status: userStatusRule.optional(),
		display_business_ids: partooRules.boolean().optional(),
		query: z.string({ invalid_type_error: 'must be text' }).trim().optional(),
	},
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
			path: '/user/search',
			listKey: 'users',
			key: 'id',
			qs: {
				org_id: input.orgId,
				last_name: input.last_name,
				email: input.email,
				status: input.status,
				display_business_ids: trueFalse(input.display_business_ids),
				query: input.query,
			},
			itemIndex,
		}),
});

function userBody(input: IDataObject): IDataObject {
	const { orgId, send_invitation, ...rest } = input;
	return pick({ ...rest, org_id: orgId, send_invitation: trueFalse(send_invitation as boolean | undefined) }, USER_BODY_KEYS);
}

const requiredName = () => z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).trim().min(1, 'is required');

const createDescription: INodeProperties[] = [
	{ displayName: 'Email', name: 'email', type: 'string', required: true, placeholder: 'name@email.com', default: '' },
	{ displayName: 'First Name', name: 'first_name', type: 'string', required: true, default: '' },
	{ displayName: 'Last Name', name: 'last_name', type: 'string', required: true, default: '' },
	additionalFieldsCollection([
		...userOptionalFields.slice(0, 6),
		{
			displayName: 'Send Invitation',
			name: 'send_invitation',
			type: 'boolean',
			default: false,
			description: 'Whether to send an invitation email to the new user',
		},
		...userOptionalFields.slice(6),
	]),
];

const createSchema = z
	.object({
		email: partooRules.email(),
		first_name: requiredName(),
		last_name: requiredName(),
		...userFieldRules,
		send_invitation: partooRules.boolean().optional(),
	})
	.superRefine(passwordNotForInvited);

async function executeCreate(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, createDescription, createSchema);
	return await callApi(this, { method: 'POST', path: '/user', body: userBody(input as IDataObject), safe: false, itemIndex }, [input.password]);
}

export const create: Operation = { description: createDescription, safe: false, execute: executeCreate };

const updateDescription: INodeProperties[] = [
	userLocator('The user to update'),
	updateFieldsCollection([
		...userOptionalFields.slice(0, 1),
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
		{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
		...userOptionalFields.slice(1, 2),
		{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
		...userOptionalFields.slice(2),
	]),
];

const updateSchema = z
	.object({
		userId: idRules.opaque(),
		email: partooRules.email().optional(),
		first_name: requiredName().optional(),
		last_name: requiredName().optional(),
		...userFieldRules,
	})
	.superRefine((value, ctx) => {
		passwordNotForInvited(value, ctx);
		if (!Object.keys(value).some((k) => k !== 'userId')) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['updateFields'], message: 'add at least one field to change' });
		}
	});

async function executeUpdate(this: IExecuteFunctions, itemIndex: number) {
	const { userId, ...fields } = readInput(this, itemIndex, updateDescription, updateSchema);
	return await callApi(
		this,
		{ method: 'POST', path: `/user/${userId}`, body: userBody(fields as IDataObject), safe: false, itemIndex },
		[fields.password],
	);
}

export const update: Operation = { description: updateDescription, safe: false, execute: executeUpdate };
