import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { bookingAction, bookingIdRule, bookingLocator } from './shared';

const description: INodeProperties[] = [
	bookingLocator(),
	{
		displayName: 'Booking Token',
		name: 'bookingToken',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'The booking_token returned when the booking was made',
	},
	{
		displayName: 'Cancel Reason',
		name: 'cancelReason',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		description: 'The reason given to the restaurant',
	},
];

const schema = z.object({
	...bookingIdRule,
	bookingToken: rules.requiredText(255),
	cancelReason: rules.requiredText(65535),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	return await bookingAction(this, itemIndex, 'user_cancel', description, schema, (input) => ({
		booking_token: input.bookingToken,
		cancel_reason: input.cancelReason,
	}));
}

export const cancelForGuest: Operation = { description, safe: false, execute };
