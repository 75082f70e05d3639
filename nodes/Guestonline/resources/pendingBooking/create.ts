import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { keyValueList } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { guestonlineId, restaurantLocator } from '../../fields';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';
import { contactInfoField, contactInfoRule } from './shared';

const description: INodeProperties[] = [
	restaurantLocator(true),
	{ displayName: 'Date', name: 'date', type: 'string', required: true, placeholder: 'YYYY-MM-DD', default: '' },
	{ displayName: 'Hour', name: 'hour', type: 'string', required: true, placeholder: 'HH:mm, e.g. 13:30', default: '' },
	{ displayName: 'Number of Persons', name: 'persons', type: 'number', required: true, typeOptions: { minValue: 1 }, default: 2 },
	contactInfoField(false),
	keyValueList('metadata', 'Metadata', 'Extra key/value data stored with the pending booking and returned by the API'),
];

const schema = z.object({
	restaurantId: guestonlineId(),
	date: rules.date(),
	hour: rules.hour(),
	persons: rules.int(1),
	contactInfo: contactInfoRule.optional(),
	metadata: rules.keyValues(),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	const metadata = input.metadata;
	return await callApi(this, {
		method: 'POST',
		path: '/pending_bookings',
		body: {
			restaurant_id: input.restaurantId,
			date: input.date,
			hour: input.hour,
			persons: input.persons,
			contact_info: input.contactInfo && Object.keys(input.contactInfo).length ? input.contactInfo : undefined,
			metadata: Object.keys(metadata).length ? metadata : undefined,
		},
		safe: false,
		itemIndex,
	});
}

export const create: Operation = { description, safe: false, execute };
