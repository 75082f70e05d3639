import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { bookingAction, bookingIdRule, bookingLocator } from './shared';

const description: INodeProperties[] = [
	bookingLocator(),
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		placeholder: 'e.g. j.doe@example.com, p.smith@example.com',
		default: '',
		description: 'Addresses to send the booking to, separated by commas (a list from an expression works too)',
	},
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: 'Message added to the invitation',
	},
];

const schema = z.object({
	...bookingIdRule,
	emails: z
		.union([z.string(), z.array(z.string())], { errorMap: () => ({ message: 'must be a list of email addresses' }) })
		.transform((v) =>
			(Array.isArray(v) ? v : v.split(','))
				.map((e) => e.trim())
				.filter(Boolean),
		)
		.pipe(z.array(rules.email(300)).min(1, 'needs at least one email address')),
	message: rules.requiredText(65535),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	return await bookingAction(this, itemIndex, 'invite_friends', description, schema, (input) => ({
		emails: input.emails,
		message: input.message,
	}));
}

export const inviteFriends: Operation = { description, safe: false, execute };
