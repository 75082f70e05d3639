import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { accountIdRule, accountLocator, businessLocator, optionalRules, pick, storeCodeRule } from '../../fields';
import { schedulesField, schedulesRule } from '../../schedules';
import type { FullResponse } from '../../transport';
import { accountPath, callApi, changeResult, segment } from '../../transport';

const description: INodeProperties[] = [
	{
		displayName: 'Updating a business publishes it at once, even when it is a draft',
		name: 'publishNotice',
		type: 'notice',
		default: '',
	},
	accountLocator(),
	businessLocator(),
	updateFieldsCollection([
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name shown on the publishers. At most 50 characters.' },
		{ displayName: 'Trade Name', name: 'tradeName', type: 'string', default: '', description: 'Name of the company. At most 50 characters.' },
		{ displayName: 'NAF Code', name: 'nafCode', type: 'string', placeholder: 'e.g. 5829A', default: '', description: 'Activity code' },
		{ displayName: 'Registration Number', name: 'registrationNumber', type: 'string', default: '', description: 'SIRET registration number' },
		{ displayName: 'Address', name: 'address', type: 'string', default: '', description: 'Where the business is located. At most 50 characters.' },
		{ displayName: 'Address Line 2', name: 'address2', type: 'string', default: '', description: 'Second line of the address. At most 50 characters.' },
		{ displayName: 'Zip Code', name: 'zipCode', type: 'string', placeholder: 'e.g. 35000', default: '', description: 'French postal code, 5 digits' },
		{ displayName: 'City', name: 'city', type: 'string', default: '', description: 'At most 50 characters. Must match the zip code.' },
		{ displayName: 'Phone', name: 'phone', type: 'string', default: '', description: 'Phone number shown on the publishers, local or international format' },
		{ displayName: 'Contact Email', name: 'contactEmail', type: 'string', placeholder: 'name@email.com', default: '', description: 'Email shown on the publishers' },
		{ displayName: 'Website', name: 'website', type: 'string', placeholder: 'https://www.example.com', default: '', description: 'URL of the business website' },
		schedulesField(),
		{
			displayName: 'Schedules (JSON)',
			name: 'schedulesJson',
			type: 'json',
			default: '',
			description:
				'The week in the API\'s own form, e.g. from an expression: a list of the 7 days, each {"label": "Monday", "timetableSlots": [{"start": "09:00", "end": "12:00"}]}. Use instead of Schedules.',
		},
	]),
];

const businessRules = {
	name: rules.text(50),
	tradeName: rules.text(50),
	nafCode: rules.naf(),
	registrationNumber: rules.siret(),
	address: rules.text(50),
	address2: rules.text(50),
	zipCode: z.string({ invalid_type_error: 'must be text' }).regex(/^\d{5}$/, 'must be a French postal code of 5 digits, e.g. 35000'),
	city: rules.text(50),
	phone: rules.phone(),
	contactEmail: rules.email(),
	website: rules.webUrl(),
	schedules: schedulesRule,
	schedulesJson: schedulesRule,
};

const schema = z
	.object({ accountId: accountIdRule, storeCode: storeCodeRule, ...optionalRules(businessRules) })
	.superRefine((v, ctx) => {
		if (v.schedules !== undefined && v.schedulesJson !== undefined) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['schedulesJson'], message: 'use either Schedules or Schedules (JSON), not both' });
		}
		if (!Object.keys(v).some((k) => k !== 'accountId' && k !== 'storeCode')) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['updateFields'], message: 'add at least one field to change' });
		}
	});

/** Body keys in the order of the documentation's table. */
const BODY_ORDER = [
	'name',
	'tradeName',
	'nafCode',
	'registrationNumber',
	'address',
	'address2',
	'zipCode',
	'city',
	'phone',
	'contactEmail',
	'website',
	'schedules',
] as const;

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { accountId, storeCode, schedulesJson, ...changes } = readInput(this, itemIndex, description, schema);
	if (schedulesJson !== undefined) changes.schedules = schedulesJson;
	const response = await callApi<FullResponse>(this, {
		method: 'PUT',
		path: `${accountPath(accountId)}/businesses/${segment(storeCode)}`,
		body: pick(changes as IDataObject, BODY_ORDER),
		fullResponse: true,
		safe: false,
		itemIndex,
	});
	// 202: Digitaleo accepted the change and applies it later.
	if (response.statusCode === 202) return { accepted: true, storeCode };
	return changeResult(response, storeCode);
}

export const update: Operation = { description, safe: false, execute };
