import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';
import { pendingBookingIdField, pendingBookingIdRule } from './shared';

const description: INodeProperties[] = [
	pendingBookingIdField,
	{
		displayName: 'Stripe Token',
		name: 'stripeToken',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Needed only when the pending booking asks for a prepayment: a card token made with the Stripe key that the pending booking returned',
	},
];

const schema = z.object({ ...pendingBookingIdRule, stripeToken: rules.text(255).optional() });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await callApi(this, {
		method: 'PUT',
		path: `/pending_bookings/${encodeURIComponent(input.pendingBookingId)}/commit`,
		body: input.stripeToken ? { stripe_token: input.stripeToken } : undefined,
		safe: false,
		itemIndex,
	});
}

export const commit: Operation = { description, safe: false, execute };
