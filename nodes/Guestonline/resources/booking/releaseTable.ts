import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { bookingAction, bookingIdRule, bookingLocator } from './shared';

const description: INodeProperties[] = [
	bookingLocator(),
	{
		displayName: 'Bill Amount (Cents)',
		name: 'amount',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Amount of the bill in cents, e.g. 10000 for 100.00',
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		required: true,
		placeholder: 'e.g. EUR',
		default: 'EUR',
		description: 'Three-letter ISO currency code',
	},
];

const schema = z.object({
	...bookingIdRule,
	amount: rules.int(0),
	currency: z
		.string({ required_error: 'is required', invalid_type_error: 'must be text' })
		.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO code in capitals, e.g. EUR'),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	return await bookingAction(this, itemIndex, 'release_table', description, schema, (input) => ({
		booking_info: { amount: input.amount, currency: input.currency },
	}));
}

export const releaseTable: Operation = { description, safe: false, execute };
