import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { accountFieldRules, accountIdRule, accountLocator, emailSettingsFields, fieldsField, optionalRules, pick } from '../../fields';
import type { FullResponse } from '../../transport';
import { accountPath, callApi, changeResult } from '../../transport';

/** Settings the API lets you clear by sending null. */
const CLEARABLE = [
	['emailSenders', 'Email Senders'],
	['defaultEmailSender', 'Default Email Sender'],
	['defaultReplyTo', 'Default Reply-To'],
] as const;

const description: INodeProperties[] = [
	accountLocator(),
	updateFieldsCollection([
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'The label of the account. At most 255 characters; cannot be emptied.' },
		{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', description: "The account holder's first name. At most 255 characters." },
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', description: "The account holder's last name. At most 255 characters." },
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: "The account holder's email. At most 255 characters." },
		fieldsField(),
		...emailSettingsFields(),
		{
			displayName: 'Clear (Set to Null)',
			name: 'clearFields',
			type: 'multiOptions',
			default: [],
			description: 'Settings to clear: each one is sent as null',
			options: CLEARABLE.map(([value, name]) => ({ name, value })),
		},
	]),
];

const updatable = pick(accountFieldRules as unknown as IDataObject, [
	'name',
	'firstName',
	'lastName',
	'email',
	'fields',
	'emailSenders',
	'defaultEmailSender',
	'defaultReplyTo',
]) as unknown as Pick<
	typeof accountFieldRules,
	'name' | 'firstName' | 'lastName' | 'email' | 'fields' | 'emailSenders' | 'defaultEmailSender' | 'defaultReplyTo'
>;

const clearRule = z.array(
	z.enum(['emailSenders', 'defaultEmailSender', 'defaultReplyTo'], {
		errorMap: () => ({ message: 'must list only emailSenders, defaultEmailSender or defaultReplyTo' }),
	}),
	{ invalid_type_error: 'must be a list of settings to clear' },
);

const schema = z
	.object({ accountId: accountIdRule, ...optionalRules(updatable), clearFields: clearRule.optional() })
	.superRefine((value, ctx) => {
		for (const field of value.clearFields ?? []) {
			if ((value as IDataObject)[field] !== undefined) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: 'cannot be both given and cleared' });
			}
		}
		const changes = Object.keys(value).filter((k) => k !== 'accountId' && k !== 'clearFields');
		if (!changes.length && !value.clearFields?.length) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['updateFields'], message: 'add at least one field to change' });
		}
	});

/** Body keys in the order of the documentation's table. */
const BODY_ORDER = ['name', 'firstName', 'lastName', 'email', 'fields', 'emailSenders', 'defaultEmailSender', 'defaultReplyTo'] as const;

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { accountId, clearFields, ...changes } = readInput(this, itemIndex, description, schema);
	const values: IDataObject = { ...changes };
	for (const field of clearFields ?? []) values[field] = null;
	const response = await callApi<FullResponse>(this, {
		method: 'PUT',
		path: accountPath(accountId),
		body: pick(values, BODY_ORDER),
		fullResponse: true,
		safe: false,
		itemIndex,
	});
	return changeResult(response, accountId);
}

export const update: Operation = { description, safe: false, execute };
