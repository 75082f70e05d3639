import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { consentNeedsChannel, contactFieldRules, contactOptionalFields, guestonlineId, optionalRules, restaurantLocator } from '../../fields';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';

const description: INodeProperties[] = [
	{
		displayName: 'Last Name',
		name: 'lastname',
		type: 'string',
		required: true,
		default: '',
		description: 'At most 50 characters',
	},
	restaurantLocator(false),
	additionalFieldsCollection(contactOptionalFields),
];

const schema = consentNeedsChannel(
	z.object({
		...optionalRules(contactFieldRules),
		lastname: rules.requiredText(50),
		restaurantId: guestonlineId().optional(),
	}),
);

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { restaurantId, ...contact } = readInput(this, itemIndex, description, schema);
	return await callApi(this, {
		method: 'POST',
		path: '/contacts',
		body: { contact: { ...contact, restaurant_id: restaurantId } },
		safe: false,
		itemIndex,
	});
}

export const create: Operation = { description, safe: false, execute };
