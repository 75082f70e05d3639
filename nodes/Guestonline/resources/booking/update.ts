import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { keyValueList, updateFieldsCollection } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { optionalRules } from '../../fields';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';
import { bookingFieldRules, bookingIdRule, bookingLocator, bookingWritableFields } from './shared';

const description: INodeProperties[] = [
	bookingLocator(),
	updateFieldsCollection(bookingWritableFields),
	keyValueList('metadata', 'Metadata', 'Key/value data to store with the booking'),
];

const schema = z
	.object({
		...bookingIdRule,
		...optionalRules(bookingFieldRules),
		metadata: rules.keyValues(),
	})
	.superRefine((value, ctx) => {
		const changed = Object.keys(bookingFieldRules).some((k) => (value as Record<string, unknown>)[k] !== undefined);
		if (!changed && Object.keys(value.metadata).length === 0) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['updateFields'], message: 'add at least one field to change' });
		}
	});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema) as Record<string, unknown> & { bookingId: string; metadata: Record<string, string> };
	const booking = Object.fromEntries(
		Object.keys(bookingFieldRules)
			.filter((k) => input[k] !== undefined)
			.map((k) => [k, input[k]]),
	);
	const metadata = input.metadata;
	return await callApi(this, {
		method: 'PUT',
		path: `/bookings/${input.bookingId}`,
		body: {
			booking: Object.keys(booking).length ? booking : undefined,
			metadata: Object.keys(metadata).length ? metadata : undefined,
		},
		safe: false,
		itemIndex,
	});
}

export const update: Operation = { description, safe: false, execute };
