import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';
import { contactInfoField, contactInfoRule, pendingBookingIdField, pendingBookingIdRule } from './shared';

const description: INodeProperties[] = [
	pendingBookingIdField,
	{
		displayName: 'Selected Offer ID',
		name: 'selectedOffer',
		type: 'number',
		default: 0,
		description: 'ID of the offer chosen among the pending booking\'s available commercials. 0 leaves it unchanged.',
	},
	contactInfoField(true),
];

const schema = z
	.object({
		...pendingBookingIdRule,
		selectedOffer: rules.int(0).optional(),
		contactInfo: contactInfoRule.optional(),
	})
	.refine(
		(v) => (v.selectedOffer ?? 0) > 0 || Object.keys(v.contactInfo ?? {}).length > 0,
		{ message: 'nothing to update: choose an offer or add contact info', path: ['contactInfo'] },
	);

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await callApi(this, {
		method: 'PUT',
		path: `/pending_bookings/${encodeURIComponent(input.pendingBookingId)}`,
		body: {
			selected_offer: input.selectedOffer ? input.selectedOffer : undefined,
			contact_info: Object.keys(input.contactInfo ?? {}).length ? input.contactInfo : undefined,
		},
		safe: false,
		itemIndex,
	});
}

export const update: Operation = { description, safe: false, execute };
