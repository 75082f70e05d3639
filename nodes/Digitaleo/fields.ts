import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { keyValueList, resourceLocator } from '../shared/descriptions';
import { rules, z } from '../shared/validation';
import { TIMEZONES } from './timezones';

export const LOCALES = ['fr_FR', 'en_GB', 'es_ES', 'es_CO'] as const;

const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = {
	fr_FR: 'French (France)',
	en_GB: 'English (United Kingdom)',
	es_ES: 'Spanish (Spain)',
	es_CO: 'Spanish (Colombia)',
};

/** What "By ID" accepts for an identifier: anything but a slash or a backslash, which would change the path. */
const IDENTIFIER_PATTERN = '^[^/\\\\]+$';

/**
 * An identifier that goes into the request path: required, at most `max` characters, without
 * slashes or control characters (it is URL-encoded on the way).
 */
export const identifier = (max: number) =>
	z.preprocess(
		(v) => (typeof v === 'number' ? String(v) : v),
		z
			.string({ required_error: 'is required', invalid_type_error: 'must be text' })
			.trim()
			.min(1, 'is required')
			.max(max, `must be at most ${max} characters`)
			.refine((v) => !/[/\\\u0000-\u001f\u007f]/.test(v), 'must not contain "/", "\\" or control characters')
			// Zero-width and direction marks make an identifier that looks like another one.
			.refine((v) => !/\p{Cf}/u.test(v), 'must not contain invisible characters (zero-width spaces or direction marks)')
			.refine((v) => v !== '.' && v !== '..', 'must not be "." or ".."'),
	);

export const accountLocator = (): INodeProperties =>
	resourceLocator({
		name: 'accountId',
		displayName: 'Account',
		idPattern: IDENTIFIER_PATTERN,
		idError: 'An account is identified by its external identifier, e.g. ORG_1234, without "/"',
		idPlaceholder: 'e.g. ORG_1234',
		description: "The account's external identifier (your own reference, given when the account was created)",
	});

export const userLocator = (): INodeProperties =>
	resourceLocator({
		name: 'userId',
		displayName: 'User',
		searchMethod: 'searchUsers',
		idPattern: IDENTIFIER_PATTERN,
		idError: 'A user is identified by its external identifier, without "/"',
		idPlaceholder: 'e.g. USER_42',
		description: "The user's external identifier within the account",
	});

export const businessLocator = (): INodeProperties =>
	resourceLocator({
		name: 'storeCode',
		displayName: 'Business (Store Code)',
		searchMethod: 'searchBusinesses',
		idPattern: IDENTIFIER_PATTERN,
		idError: 'A business is identified by its store code, without "/"',
		idPlaceholder: 'e.g. MY_CUSTOM_CODE',
		description: 'The store code of the business, the same code Google Business Profile uses',
	});

export const accountIdRule = identifier(255);
export const userIdRule = identifier(255);
export const storeCodeRule = identifier(50);

export const localeField = (description: string): INodeProperties => ({
	displayName: 'Locale',
	name: 'locale',
	type: 'options',
	default: 'fr_FR',
	description,
	options: LOCALES.map((value) => ({ name: `${LOCALE_NAMES[value]} (${value})`, value })),
});

export const localeRule = rules.oneOf(LOCALES);

/** A text list entered one value per row, or from an expression as an array or a comma-separated text. */
export function listField(name: string, displayName: string, buttonText: string, description: string, placeholder?: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: buttonText },
		default: [],
		description,
		...(placeholder ? { placeholder } : {}),
	};
}

const toList = (v: unknown): unknown => {
	if (typeof v === 'string') v = v.split(',');
	if (!Array.isArray(v)) return v;
	return v
		.map((entry) => (typeof entry === 'string' ? entry.trim() : entry))
		.filter((entry) => entry !== '' && entry !== null && entry !== undefined);
};

export const textList = (max?: number) =>
	z.preprocess(
		toList,
		z.array(max ? rules.text(max) : z.string({ invalid_type_error: 'must be text' }), {
			invalid_type_error: 'must be a list of texts',
		}),
	);

export const emailList = () =>
	z.preprocess(toList, z.array(rules.email(255), { invalid_type_error: 'must be a list of email addresses' }));

export const fieldsField = (): INodeProperties =>
	keyValueList(
		'fields',
		'Fields',
		"Values of your Digitaleo network's account fields, e.g. businessAddress1 or businessCity",
	);

/** The key/value rows as the JSON object the API expects. */
export const fieldsRule = rules.keyValues();

export const timezoneField = (): INodeProperties => ({
	displayName: 'Timezone',
	name: 'timezone',
	type: 'options',
	default: 'Europe/Paris',
	description: 'Time zone of the account, from the tz database',
	options: TIMEZONES.map((zone) => ({ name: zone, value: zone })),
});

const KNOWN_TIMEZONES = new Set(TIMEZONES);

export const timezoneRule = z
	.string({ invalid_type_error: 'must be a time zone name' })
	.refine((v) => KNOWN_TIMEZONES.has(v), 'must be a time zone name from the tz database, e.g. Europe/Paris');

/** The documented account fields other than the identifier and the name, in the order of the docs. */
export const accountOptionalFields = (): INodeProperties[] => [
	localeField('The language of the account. Digitaleo uses fr_FR when none is given.'),
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', description: "The account holder's first name. At most 255 characters." },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', description: "The account holder's last name. At most 255 characters." },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: "The account holder's email. At most 255 characters." },
	listField('groups', 'Groups', 'Add Group', 'Groups (affiliate groups) to put the account in. They must already exist.'),
	fieldsField(),
	timezoneField(),
	listField('dependsOn', 'Depends On', 'Add Network', 'Secondary networks to dispatch the account on. They must already exist; ask your customer success manager for the list.'),
	{ displayName: 'Offer', name: 'offer', type: 'string', default: '', description: 'The offer applied to the new account. Ask your customer success manager for the list.' },
	...emailSettingsFields(),
];

/** Sender settings, shared by create and update. */
export const emailSettingsFields = (): INodeProperties[] => [
	listField(
		'emailSenders',
		'Email Senders',
		'Add Sender',
		'Allowed sender email addresses. Each sender domain must be validated by Digitaleo in advance. Left empty, the list is emptied.',
		'name@email.com',
	),
	{ displayName: 'Default Email Sender', name: 'defaultEmailSender', type: 'string', default: '', description: 'Default sender name of emails' },
	{ displayName: 'Default Reply-To', name: 'defaultReplyTo', type: 'string', placeholder: 'name@email.com', default: '', description: 'Default reply-to email address' },
];

/** Rules of the documented account fields. */
export const accountFieldRules = {
	locale: localeRule,
	name: rules.requiredText(255),
	firstName: rules.text(255),
	lastName: rules.text(255),
	email: rules.email(255),
	groups: textList(),
	fields: fieldsRule,
	timezone: timezoneRule,
	dependsOn: textList(),
	offer: z.string({ invalid_type_error: 'must be text' }),
	emailSenders: emailList(),
	defaultEmailSender: z.string({ invalid_type_error: 'must be text' }),
	defaultReplyTo: rules.email(255),
};

/** The documented user fields, in the order of the docs example. */
export const userOptionalFields = (): INodeProperties[] => [
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: "The user's email address. At most 255 characters." },
	{ displayName: 'Login', name: 'login', type: 'string', default: '', description: "The user's login. At most 255 characters." },
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', description: "The user's first name. At most 255 characters." },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', description: "The user's last name. At most 255 characters." },
	localeField("The user's language"),
];

export const userFieldRules = {
	email: rules.email(255),
	login: rules.text(255),
	firstName: rules.text(255),
	lastName: rules.text(255),
	locale: localeRule,
};

/** Picks the given keys of an object, in the given order, leaving out the ones that are absent. */
export function pick(source: IDataObject, keys: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
	return out;
}

/** The same rules, each made optional: for partial updates and additional fields. */
export function optionalRules<T extends Record<string, z.ZodTypeAny>>(shape: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
	return Object.fromEntries(Object.entries(shape).map(([k, rule]) => [k, rule.optional()])) as {
		[K in keyof T]: z.ZodOptional<T[K]>;
	};
}
