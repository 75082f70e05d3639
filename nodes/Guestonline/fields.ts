import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resourceLocator } from '../shared/descriptions';
import { rules, z } from '../shared/validation';

/** Booking periods as the booking object documents them. */
export const BOOKING_PERIODS = ['breakfast', 'brunch', 'lunch', 'afternoon', 'dinner', 'no_service'] as const;
/** Periods the /periods search accepts. */
export const SEARCH_PERIODS = ['lunch', 'dinner', 'afternoon', 'breakfast'] as const;
export const BOOKING_STATES = ['initialized', 'validated', 'canceled', 'fully_faked', 'partially_faked', 'honored'] as const;
export const CANCEL_ACTORS = ['commercial', 'restaurateur', 'user', 'admin'] as const;
export const BOOKING_TYPES = ['restaurant', 'tableonline', 'website', 'external', 'facebook', 'lafourchette'] as const;

const label = (value: string): string =>
	value
		.split('_')
		.map((word, i) => (i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
		.join(' ');

export function optionsOf(values: readonly string[]): INodePropertyOptions[] {
	return values.map((value) => ({ name: label(value), value }));
}

const NUMERIC_ID = '^[1-9][0-9]*$';

export const restaurantLocator = (required = true, description?: string): INodeProperties =>
	resourceLocator({
		name: 'restaurantId',
		displayName: 'Restaurant',
		searchMethod: 'searchRestaurants',
		idPattern: NUMERIC_ID,
		idError: 'A restaurant ID is a whole number, e.g. 479',
		idPlaceholder: 'e.g. 479',
		required,
		description:
			description ??
			(required
				? 'The restaurant'
				: 'Needed only when the API token manages more than one restaurant'),
	});

export const bookingLocator = (): INodeProperties =>
	resourceLocator({
		name: 'bookingId',
		displayName: 'Booking',
		searchMethod: 'searchBookings',
		idPattern: NUMERIC_ID,
		idError: 'A booking ID is a whole number, e.g. 577988',
		idPlaceholder: 'e.g. 577988',
	});

export const contactLocator = (): INodeProperties =>
	resourceLocator({
		name: 'contactId',
		displayName: 'Contact',
		searchMethod: 'searchContacts',
		idPattern: NUMERIC_ID,
		idError: 'A contact ID is a whole number, e.g. 622359',
		idPlaceholder: 'e.g. 622359',
	});

/** Optional restaurant locator for filters: "Dependant" in the docs. */
export const restaurantFilter = (): INodeProperties => ({
	...restaurantLocator(false),
	default: { mode: 'list', value: '' },
});

export const expandsField = (values: Array<[string, string]>, description: string): INodeProperties => ({
	displayName: 'Expand',
	name: 'expands',
	type: 'multiOptions',
	default: [],
	description,
	options: values.map(([value, name]) => ({ name, value })),
});

export const BOOKING_EXPANDS: Array<[string, string]> = [
	['contact', 'Contact'],
	['tables', 'Tables'],
	['table_occupation', 'Table Occupation'],
	['booking_messages', 'Booking Messages'],
	['booking_info', 'Booking Info'],
];

/** Every documented contact field except the last name, in the order of the docs. */
export const contactOptionalFields: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstname', type: 'string', default: '', description: 'At most 50 characters' },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'At most 300 characters' },
	{ displayName: 'Birthday', name: 'birthday', type: 'string', placeholder: 'YYYY-MM-DD', default: '' },
	{
		displayName: 'Gender',
		name: 'gender',
		type: 'options',
		default: 1,
		options: [
			{ name: 'Male', value: 1 },
			{ name: 'Female', value: 2 },
		],
	},
	{ displayName: 'Landline Phone', name: 'fixed_phone', type: 'string', placeholder: 'e.g. 33 5 12 23 34 45', default: '', description: 'At most 25 characters' },
	{ displayName: 'Mobile Phone', name: 'mobile_phone', type: 'string', placeholder: 'e.g. 33 6 12 23 34 45', default: '', description: 'At most 25 characters' },
	{ displayName: 'Address', name: 'address', type: 'string', default: '', description: 'At most 200 characters' },
	{ displayName: 'Extra Address', name: 'extra_address', type: 'string', default: '', description: 'At most 200 characters' },
	{ displayName: 'Postcode', name: 'postcode', type: 'string', default: '', description: 'At most 5 characters' },
	{ displayName: 'City', name: 'city', type: 'string', default: '', description: 'At most 50 characters' },
	{ displayName: 'Company', name: 'company', type: 'string', default: '', description: 'At most 100 characters' },
	{ displayName: 'Country', name: 'country', type: 'string', default: '', description: 'At most 100 characters' },
	{ displayName: 'Country Code', name: 'country_code', type: 'string', placeholder: 'e.g. FR', default: '', description: 'At most 3 characters' },
	{
		displayName: 'Accepts Email Campaigns',
		name: 'accept_email_spam',
		type: 'boolean',
		default: false,
		description: 'Whether the contact accepts email campaigns. Needs an email address.',
	},
	{
		displayName: 'Accepts SMS Campaigns',
		name: 'accept_sms_spam',
		type: 'boolean',
		default: false,
		description: 'Whether the contact accepts SMS campaigns. Needs a mobile phone.',
	},
	{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 3 }, default: '' },
	{
		displayName: 'Warning',
		name: 'warning',
		type: 'boolean',
		default: false,
		description: 'Whether the contact is flagged; explain why in the note',
	},
];

/** Rules for each documented contact field (lengths and formats from the docs). */
export const contactFieldRules = {
	lastname: rules.text(50),
	firstname: rules.text(50),
	email: rules.email(300),
	birthday: rules.date(),
	gender: z.preprocess(
		(v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v),
		z.union([z.literal(1), z.literal(2)], { errorMap: () => ({ message: 'must be 1 (male) or 2 (female)' }) }),
	),
	fixed_phone: rules.phone(25),
	mobile_phone: rules.phone(25),
	address: rules.text(200),
	extra_address: rules.text(200),
	postcode: rules.text(5),
	city: rules.text(50),
	company: rules.text(100),
	country: rules.text(100),
	country_code: rules.text(3),
	accept_email_spam: z.boolean({ invalid_type_error: 'must be true or false' }),
	accept_sms_spam: z.boolean({ invalid_type_error: 'must be true or false' }),
	note: rules.text(65535),
	warning: z.boolean({ invalid_type_error: 'must be true or false' }),
};

/**
 * The documented consent rule: email campaigns need an email address, SMS campaigns a mobile phone.
 * Applied where a contact is created, so both values are in the same request.
 */
export function consentNeedsChannel<T extends z.ZodTypeAny>(schema: T): z.ZodEffects<T> {
	return schema.superRefine((value: IDataObject, ctx) => {
		if (value.accept_email_spam === true && !value.email) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['accept_email_spam'],
				message: 'can only be set when an Email is given',
			});
		}
		if (value.accept_sms_spam === true && !value.mobile_phone) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['accept_sms_spam'],
				message: 'can only be set when a Mobile Phone is given',
			});
		}
	});
}

/** The same rules, each made optional: for partial updates and optional sub-records. */
export function optionalRules<T extends Record<string, z.ZodTypeAny>>(
	shape: T,
): { [K in keyof T]: z.ZodOptional<T[K]> } {
	return Object.fromEntries(Object.entries(shape).map(([k, rule]) => [k, rule.optional()])) as {
		[K in keyof T]: z.ZodOptional<T[K]>;
	};
}

/** A required number of guests, at least 1. */
export function personsField(name: string, description?: string): INodeProperties {
	return {
		displayName: 'Number of Persons',
		name,
		type: 'number',
		required: true,
		typeOptions: { minValue: 1 },
		default: 2,
		...(description ? { description } : {}),
	};
}

/** Guestonline's numeric IDs: the reference gives them "maximum 11 characters". */
export const guestonlineId = () => rules.numericId(11);
