import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { accountFieldRules, accountOptionalFields, identifier, optionalRules, pick } from '../../fields';
import type { FullResponse } from '../../transport';
import { callApi, changeResult } from '../../transport';

const description: INodeProperties[] = [
	{
		displayName: 'External Identifier',
		name: 'externalIdentifier',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ORG_1234',
		description: 'Your own reference for the account, used to find it later. At most 255 characters.',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ORG [1234] Rennes',
		description: 'The label of the account. At most 255 characters.',
	},
	additionalFieldsCollection(accountOptionalFields()),
];

const schema = z.object({
	...optionalRules(accountFieldRules),
	externalIdentifier: identifier(255),
	name: rules.requiredText(255),
});

/** Body keys in the order of the documentation's table. */
const BODY_ORDER = [
	'externalIdentifier',
	'locale',
	'name',
	'firstName',
	'lastName',
	'email',
	'groups',
	'fields',
	'timezone',
	'dependsOn',
	'offer',
	'emailSenders',
	'defaultEmailSender',
	'defaultReplyTo',
] as const;

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	const response = await callApi<FullResponse>(this, {
		method: 'POST',
		path: '/accounts',
		body: pick(input, BODY_ORDER),
		fullResponse: true,
		safe: false,
		itemIndex,
	});
	return changeResult(response, input.externalIdentifier);
}

export const create: Operation = { description, safe: false, execute };
