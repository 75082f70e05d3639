import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { rules, z } from '../../../shared/validation';
import { BOOKING_EXPANDS, BOOKING_PERIODS, BOOKING_STATES, BOOKING_TYPES, bookingLocator, CANCEL_ACTORS, contactFieldRules, expandsField, guestonlineId, optionsOf } from '../../fields';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';

export const bookingIdRule = { bookingId: guestonlineId() };

export const bookingExpands = (): INodeProperties =>
	expandsField(BOOKING_EXPANDS, 'Related data to include in the booking');

export const expandsRule = z
	.array(rules.oneOf(BOOKING_EXPANDS.map(([value]) => value) as [string, ...string[]]))
	.optional();

/** Booking fields the API accepts on create and update, with their documented limits. */
export const bookingWritableFields: INodeProperties[] = [
	{ displayName: 'Booked Persons', name: 'booked_persons_number', type: 'number', typeOptions: { minValue: 1 }, default: 2 },
	{ displayName: 'Booking Date', name: 'booking_date', type: 'string', placeholder: 'YYYY-MM-DD', default: '' },
	{
		displayName: 'Booking State',
		name: 'booking_state',
		type: 'options',
		default: 'validated',
		options: optionsOf(BOOKING_STATES),
	},
	{
		displayName: 'Booking Time',
		name: 'booking_time',
		type: 'string',
		placeholder: 'e.g. 2024-11-06T20:00:00+01:00',
		default: '',
		description: 'ISO 8601 date and time with its time zone offset',
	},
	{ displayName: 'Booking Type', name: 'booking_type', type: 'options', default: 'restaurant', options: optionsOf(BOOKING_TYPES) },
	{ displayName: 'Cancel Actor', name: 'cancel_actor', type: 'options', default: 'restaurateur', options: optionsOf(CANCEL_ACTORS) },
	{ displayName: 'Cancel Reason', name: 'cancel_reason', type: 'string', typeOptions: { rows: 2 }, default: '' },
	{ displayName: 'Contact ID', name: 'contact_id', type: 'string', placeholder: 'e.g. 622360', default: '', description: 'Move the booking to another contact' },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'First Name', name: 'firstname', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastname', type: 'string', default: '' },
	{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 3 }, default: '' },
	{ displayName: 'Period', name: 'period', type: 'options', default: 'dinner', options: optionsOf(BOOKING_PERIODS) },
	{ displayName: 'Present Persons', name: 'present_persons_number', type: 'number', typeOptions: { minValue: 0 }, default: 0 },
	{ displayName: 'Restaurant ID', name: 'restaurant_id', type: 'string', placeholder: 'e.g. 479', default: '' },
	{ displayName: 'Send Reminders', name: 'send_reminders', type: 'boolean', default: true, description: 'Whether reminders are sent to the guest' },
	{ displayName: 'User Locale', name: 'user_locale', type: 'string', placeholder: 'e.g. fr', default: '', description: 'Language of the guest' },
];

export const bookingFieldRules = {
	booked_persons_number: rules.int(1, 99_999_999_999),
	booking_date: rules.date(),
	booking_state: rules.oneOf(BOOKING_STATES),
	booking_time: rules.isoDateTime(),
	booking_type: rules.oneOf(BOOKING_TYPES),
	cancel_actor: rules.oneOf(CANCEL_ACTORS),
	cancel_reason: rules.text(65535),
	contact_id: guestonlineId(),
	email: rules.email(300),
	firstname: contactFieldRules.firstname,
	lastname: contactFieldRules.lastname,
	note: rules.text(65535),
	period: rules.oneOf(BOOKING_PERIODS),
	present_persons_number: rules.int(0, 99_999_999_999),
	restaurant_id: guestonlineId(),
	send_reminders: z.boolean({ invalid_type_error: 'must be true or false' }),
	user_locale: rules.text(10),
};

/** A state change on one booking: PUT /bookings/{id}/<action>, with an optional form body. */
export async function bookingAction<S extends z.ZodTypeAny>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	action: string,
	description: INodeProperties[],
	schema: S,
	body: (input: z.infer<S>) => IDataObject | undefined = () => undefined,
): Promise<IDataObject> {
	const input = readInput(ctx, itemIndex, description, schema);
	return await callApi(ctx, {
		method: 'PUT',
		path: `/bookings/${input.bookingId}/${action}`,
		body: body(input),
		safe: false,
		itemIndex,
	});
}

export { bookingLocator };
