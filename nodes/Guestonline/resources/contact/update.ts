import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateFieldsCollection } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { contactFieldRules, contactLocator, contactOptionalFields, guestonlineId, optionalRules } from '../../fields';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';

const description: INodeProperties[] = [
	contactLocator(),
	updateFieldsCollection([
			{ displayName: 'Last Name', name: 'lastname', type: 'string', default: '', description: 'At most 50 characters' },
			...contactOptionalFields,
			{ displayName: 'Restaurant ID', name: 'restaurant_id', type: 'string', placeholder: 'e.g. 479', default: '' },
		]),
];

const schema = z
	.object({
		contactId: guestonlineId(),
		...optionalRules(contactFieldRules),
		restaurant_id: guestonlineId().optional(),
	})
	.refine((v) => Object.keys(v).some((k) => k !== 'contactId'), {
		message: 'add at least one field to change',
		path: ['updateFields'],
	});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { contactId, ...contact } = readInput(this, itemIndex, description, schema);
	return await callApi(this, {
		method: 'PUT',
		path: `/contacts/${contactId}`,
		body: { contact },
		safe: false,
		itemIndex,
	});
}

export const update: Operation = { description, safe: false, execute };
