import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, keyValueList } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { consentNeedsChannel, contactFieldRules, contactLocator, contactOptionalFields, guestonlineId, optionalRules, restaurantLocator } from '../../fields';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';
import { bookingFieldRules } from './shared';

const description: INodeProperties[] = [
	restaurantLocator(false),
	{ displayName: 'Booking Date', name: 'bookingDate', type: 'string', required: true, placeholder: 'YYYY-MM-DD', default: '' },
	{
		displayName: 'Booking Time',
		name: 'bookingTime',
		type: 'string',
		required: true,
		placeholder: 'e.g. 2024-11-06T20:00:00+01:00',
		default: '',
		description: 'ISO 8601 date and time with its time zone offset',
	},
	{ displayName: 'Booked Persons', name: 'bookedPersonsNumber', type: 'number', required: true, typeOptions: { minValue: 1 }, default: 2 },
	{
		displayName: 'Contact',
		name: 'contactMode',
		type: 'options',
		noDataExpression: true,
		default: 'existing',
		options: [
			{ name: 'Existing Contact', value: 'existing', description: 'Book for a contact already in Guestonline' },
			{ name: 'New Contact', value: 'new', description: 'Create the contact together with the booking' },
		],
	},
	{ ...contactLocator(), displayOptions: { show: { contactMode: ['existing'] } } },
	{
		displayName: 'Last Name',
		name: 'contactLastname',
		type: 'string',
		required: true,
		default: '',
		description: 'Last name of the new contact, at most 50 characters',
		displayOptions: { show: { contactMode: ['new'] } },
	},
	{
		displayName: 'Contact Details',
		name: 'contact',
		type: 'collection',
		placeholder: 'Add Contact Detail',
		default: {},
		displayOptions: { show: { contactMode: ['new'] } },
		options: contactOptionalFields,
	},
	additionalFieldsCollection([
			{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 3 }, default: '' },
			{ displayName: 'Send Reminders', name: 'send_reminders', type: 'boolean', default: true, description: 'Whether reminders are sent to the guest' },
			{ displayName: 'User Locale', name: 'user_locale', type: 'string', placeholder: 'e.g. fr', default: '', description: 'Language of the guest' },
		]),
	keyValueList('metadata', 'Metadata', 'Extra key/value data stored with the booking and returned by the API'),
];

const newContact = consentNeedsChannel(
	z.object({ ...optionalRules(contactFieldRules), lastname: rules.requiredText(50) }).strict(),
);

const schema = z
	.object({
		restaurantId: guestonlineId().optional(),
		bookingDate: rules.date(),
		bookingTime: rules.isoDateTime(),
		bookedPersonsNumber: bookingFieldRules.booked_persons_number,
		contactMode: z.enum(['existing', 'new']),
		contactId: guestonlineId().optional(),
		contactLastname: z.string().optional(),
		contact: z.record(z.unknown()).optional(),
		note: bookingFieldRules.note.optional(),
		send_reminders: bookingFieldRules.send_reminders.optional(),
		user_locale: bookingFieldRules.user_locale.optional(),
		metadata: rules.keyValues(),
	})
	.superRefine((value, ctx) => {
		if (value.contactMode === 'existing' && !value.contactId) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['contactId'], message: 'is required when booking for an existing contact' });
		}
		if (value.contactMode === 'new') {
			const parsed = newContact.safeParse({ ...value.contact, lastname: value.contactLastname });
			if (!parsed.success) {
				for (const issue of parsed.error.issues) {
					const path = issue.path[0] === 'lastname' ? ['contactLastname'] : ['contact', ...issue.path];
					ctx.addIssue({ ...issue, path });
				}
			}
		}
	});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	const booking: IDataObject = {
		booking_date: input.bookingDate,
		booking_time: input.bookingTime,
		booked_persons_number: input.bookedPersonsNumber,
		restaurant_id: input.restaurantId,
		note: input.note,
		send_reminders: input.send_reminders,
		user_locale: input.user_locale,
	};
	if (input.contactMode === 'existing') {
		booking.contact_id = input.contactId;
	} else {
		booking.contact = { lastname: input.contactLastname?.trim(), ...(input.contact as IDataObject) };
	}
	const metadata = input.metadata;
	return await callApi(this, {
		method: 'POST',
		path: '/bookings',
		body: { booking, metadata: Object.keys(metadata).length ? metadata : undefined },
		safe: false,
		itemIndex,
	});
}

export const create: Operation = { description, safe: false, execute };
