import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonFieldValue, rules, z } from '../../../shared/validation';
import { BUSINESS_STATUSES, idRules, listOf, opaqueIdList, optionsOf, orgLocator, partooRules, pick } from '../../fields';

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const capitalized = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);

// ---------------------------------------------------------------------------------------------
// UI fragments shared by Create and Update
// ---------------------------------------------------------------------------------------------

export const addressDetailsField: INodeProperties = {
	displayName: 'Address Details',
	name: 'address_details',
	type: 'fixedCollection',
	placeholder: 'Add Address Details',
	default: {},
	description: 'The street address. The street name is required.',
	options: [
		{
			displayName: 'Address',
			name: 'address',
			values: [
				{ displayName: 'Street Number', name: 'number', type: 'string', default: '', placeholder: 'e.g. 13' },
				{ displayName: 'Street Number Supplement', name: 'number_supplement', type: 'string', default: '', placeholder: 'e.g. bis' },
				{ displayName: 'Street Type', name: 'street_type', type: 'string', default: '', placeholder: 'e.g. rue' },
				{ displayName: 'Street Name', name: 'street_name', type: 'string', default: '', placeholder: 'e.g. du Rosier' },
			],
		},
	],
};

export const categoriesField = (required: boolean): INodeProperties => ({
	displayName: 'Category IDs',
	name: 'categories',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. 57def0b5b12ff65e069c34f6',
	description: 'IDs of the categories the business belongs to, separated by commas (see Category → Get Many)',
});

export const contactsField = (description: string): INodeProperties => ({
	displayName: 'Contacts',
	name: 'contacts',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Contact',
	default: {},
	description,
	options: [
		{
			displayName: 'Contact',
			name: 'contact',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Full name of the contact' },
				{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
				{
					displayName: 'Phone Numbers',
					name: 'phone_numbers',
					type: 'string',
					placeholder: 'e.g. +33612131415, +33145678910',
					default: '',
					description: 'Separate several numbers with commas',
				},
			],
		},
	],
});

export const openHoursField: INodeProperties = {
	displayName: 'Opening Hours',
	name: 'open_hours',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Day',
	default: {},
	description:
		'Weekly opening hours. Add a day and give its time ranges (HH:MM-HH:MM, several separated by commas). A day added with no range is sent as closed.',
	options: DAYS.map((day) => ({
		displayName: capitalized(day),
		name: day,
		values: [
			{
				displayName: 'Hours',
				name: 'hours',
				type: 'string',
				default: '',
				placeholder: 'e.g. 07:30-10:00, 13:30-17:30',
				description: 'Time ranges HH:MM-HH:MM, separated by commas. 24:00 may end a range.',
			},
		],
	})),
};

const periodDates: INodeProperties[] = [
	{ displayName: 'Start Date', name: 'starts_at', type: 'string', placeholder: 'YYYY-MM-DD', default: '', description: 'First day (inclusive)' },
	{
		displayName: 'End Date',
		name: 'ends_at',
		type: 'string',
		placeholder: 'YYYY-MM-DD',
		default: '',
		description: 'Last day (inclusive). Leave empty for a single day.',
	},
];

export const specificHoursField: INodeProperties = {
	displayName: 'Specific Hours',
	name: 'specific_hours',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Period',
	default: {},
	description: 'Exceptional opening or closing days, e.g. bank holidays. Both lists are sent together and replace the stored ones.',
	options: [
		{
			displayName: 'Open Period',
			name: 'open',
			values: [
				...periodDates,
				{
					displayName: 'Hours',
					name: 'hours',
					type: 'string',
					default: '',
					placeholder: 'e.g. 07:30-10:00, 13:30-17:30',
					description: 'Time ranges HH:MM-HH:MM on those days, separated by commas',
				},
			],
		},
		{ displayName: 'Closed Period', name: 'close', values: periodDates },
	],
};

export const photosField: INodeProperties = {
	displayName: 'Photos',
	name: 'photos',
	type: 'fixedCollection',
	placeholder: 'Add Photos',
	default: {},
	options: [
		{
			displayName: 'Photos',
			name: 'photos',
			values: [
				{ displayName: 'Primary Photo URL', name: 'primary', type: 'string', default: '', description: 'The picture shown first' },
				{
					displayName: 'Secondary Photo URLs',
					name: 'secondary',
					type: 'string',
					default: '',
					description: 'Other pictures, separated by commas',
				},
				{ displayName: 'Logo URL', name: 'logo', type: 'string', default: '' },
			],
		},
	],
};

export const deprecatedField: INodeProperties = {
	displayName: 'Deprecated Fields (JSON)',
	name: 'deprecatedFields',
	type: 'json',
	default: '{}',
	description:
		'Videos, promos and news, which Partoo marks as deprecated, as a JSON object: {"videos": ["https://…"], "promos": [{"title", "description", "begin", "end", …}], "news": [{"title", "description"}]}',
};

/** Simple optional business fields, shared by Create (Additional Fields) and Update (Update Fields). */
export const simpleOptionalFields: INodeProperties[] = [
	{ displayName: 'Address Supplement', name: 'address2', type: 'string', default: '' },
	{ displayName: 'Code', name: 'code', type: 'string', default: '', description: 'Your own identifier for the business. Partoo generates one when left out.' },
	{ displayName: 'Description (Long)', name: 'description_long', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'At most 1000 characters' },
	{ displayName: 'Description (Short)', name: 'description_short', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'At most 200 characters' },
	{ displayName: 'Facebook URL', name: 'facebook_url', type: 'string', default: '' },
	{ displayName: 'Latitude', name: 'lat', type: 'number', typeOptions: { numberPrecision: 7 }, default: 0 },
	{ displayName: 'Longitude', name: 'long', type: 'number', typeOptions: { numberPrecision: 7 }, default: 0 },
	{ displayName: 'National Identification Number', name: 'national_identification_number', type: 'string', default: '', description: 'For example the SIRET number in France' },
	{ ...orgLocator(false, 'The organization the business belongs to') },
	{ displayName: 'Region', name: 'region', type: 'string', default: '' },
	{ displayName: 'Status', name: 'status', type: 'options', default: 'open', options: optionsOf(BUSINESS_STATUSES) },
	{ displayName: 'Twitter URL', name: 'twitter_url', type: 'string', default: '' },
	{ displayName: 'Website URL', name: 'website_url', type: 'string', default: '' },
];

// ---------------------------------------------------------------------------------------------
// Rules: each structured input is checked, then shaped as the API expects it
// ---------------------------------------------------------------------------------------------

const text = (v: unknown): string | undefined => {
	if (typeof v === 'string') return v.trim() || undefined;
	if (typeof v === 'number') return String(v);
	return undefined;
};

/** Entries of a fixedCollection option, whether it holds one value or several. */
function entriesOf(raw: unknown, option: string): IDataObject[] {
	const value = (raw as IDataObject | undefined)?.[option];
	if (Array.isArray(value)) return value as IDataObject[];
	if (value && typeof value === 'object') return [value as IDataObject];
	return [];
}

const RANGE = /^([01]\d|2[0-3]):([0-5]\d)-(([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Splits and checks time ranges; returns the problems found (empty when all are fine). */
function parseRanges(raw: unknown): { ranges: string[]; problems: string[] } {
	if (raw !== undefined && raw !== null && typeof raw !== 'string' && !(Array.isArray(raw) && raw.every((v) => typeof v === 'string'))) {
		return { ranges: [], problems: ['must be time ranges as text, e.g. 07:30-10:00, 13:30-17:30'] };
	}
	const parts = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
	const ranges: string[] = [];
	const problems: string[] = [];
	for (const part of parts) {
		const range = part.replace(/\s+/g, '');
		if (!range) continue;
		const match = RANGE.exec(range);
		if (!match) {
			problems.push(`"${range}" is not a time range in the form HH:MM-HH:MM, e.g. 07:30-10:00`);
			continue;
		}
		const [start, end] = range.split('-');
		if (start >= end) problems.push(`"${range}" must start before it ends`);
		ranges.push(range);
	}
	return { ranges, problems };
}

const addressDetailsRule = z.unknown().transform((raw, ctx) => {
	const entry = entriesOf(raw, 'address')[0] ?? {};
	const out: IDataObject = {};
	for (const key of ['number', 'number_supplement', 'street_type', 'street_name']) {
		const value = entry[key];
		if (value !== undefined && value !== '' && text(value) === undefined && typeof value !== 'string') {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: 'must be text' });
			continue;
		}
		if (text(value) !== undefined) out[key] = text(value);
	}
	if (!out.street_name) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['street_name'], message: 'is required in the address details' });
	return out;
});

const contactEmail = partooRules.email();
const phoneList = listOf(rules.phone(30), 'phone numbers');

const contactsRule = (required: boolean) =>
	z.unknown().transform((raw, ctx) => {
		const entries = entriesOf(raw, 'contact');
		const contacts: IDataObject[] = [];
		entries.forEach((entry, index) => {
			const contact: IDataObject = {};
			const name = text(entry.name);
			if (name) contact.name = name;
			if (text(entry.email)) {
				const email = contactEmail.safeParse(entry.email);
				if (email.success) contact.email = email.data;
				else ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['contact', index, 'email'], message: email.error.issues[0].message });
			}
			if (entry.phone_numbers !== undefined && entry.phone_numbers !== '') {
				const phones = phoneList.safeParse(entry.phone_numbers);
				if (phones.success) {
					if (phones.data.length) contact.phone_numbers = phones.data;
				} else {
					ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['contact', index, 'phone_numbers'], message: phones.error.issues[0].message });
				}
			}
			if (!Object.keys(contact).length && !(entry.email || entry.phone_numbers)) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['contact', index], message: 'needs a name, an email or a phone number' });
			}
			contacts.push(contact);
		});
		if (!contacts.length) {
			if (required) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'needs at least one contact' });
			return undefined;
		}
		return contacts;
	});

const openHoursRule = z.unknown().transform((raw, ctx) => {
	const out: IDataObject = {};
	for (const day of DAYS) {
		const entries = entriesOf(raw, day);
		if (!entries.length) continue;
		const ranges: string[] = [];
		for (const entry of entries) {
			const parsed = parseRanges(entry.hours);
			for (const problem of parsed.problems) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [day], message: problem });
			ranges.push(...parsed.ranges);
		}
		out[day] = ranges;
	}
	return Object.keys(out).length ? out : undefined;
});

const periodDate = rules.date();

function checkPeriod(entry: IDataObject, kind: 'open' | 'close', index: number, ctx: z.RefinementCtx): IDataObject | undefined {
	const path = [kind, index];
	const start = text(entry.starts_at);
	const end = text(entry.ends_at) ?? start;
	let valid = true;
	for (const [which, value] of [['start date', start], ['end date', end]] as const) {
		if (value === undefined) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: `${which} is required` });
			valid = false;
			continue;
		}
		const parsed = periodDate.safeParse(value);
		if (!parsed.success) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: `${which} ${parsed.error.issues[0].message}` });
			valid = false;
		}
	}
	if (valid && start! > end!) {
		ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: 'the start date must not be after the end date' });
	}
	const period: IDataObject = { starts_at: start, ends_at: end };
	if (kind === 'open') {
		const parsed = parseRanges(entry.hours);
		for (const problem of parsed.problems) ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: problem });
		period.open_hours = parsed.ranges;
	}
	return period;
}

const specificHoursRule = z.unknown().transform((raw, ctx) => {
	const open = entriesOf(raw, 'open').map((entry, i) => checkPeriod(entry, 'open', i, ctx));
	const close = entriesOf(raw, 'close').map((entry, i) => checkPeriod(entry, 'close', i, ctx));
	if (!open.length && !close.length) return undefined;
	return { open, close };
});

const url = partooRules.url();
const urlList = listOf(url, 'URLs');

const photosRule = z.unknown().transform((raw, ctx) => {
	const entry = entriesOf(raw, 'photos')[0] ?? {};
	const out: IDataObject = {};
	const single = (key: string, target: string) => {
		if (entry[key] === undefined || entry[key] === '') return;
		const parsed = url.safeParse(entry[key]);
		if (parsed.success) out[target] = parsed.data as string;
		else ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: parsed.error.issues[0].message });
	};
	single('primary', 'primary');
	if (entry.secondary !== undefined && entry.secondary !== '') {
		const parsed = urlList.safeParse(entry.secondary);
		if (parsed.success) out.secondary = parsed.data as string[];
		else ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['secondary'], message: parsed.error.issues[0].message });
	}
	// The reference names the logo key "LOGO" in both its table and its example.
	single('logo', 'LOGO');
	return Object.keys(out).length ? out : undefined;
});

const DEPRECATED_KEYS = ['videos', 'promos', 'news'];
const REQUIRED_OF: Record<string, Array<[string, 'string' | 'integer']>> = {
	promos: [
		['title', 'string'],
		['description', 'string'],
		['begin', 'integer'],
		['end', 'integer'],
	],
	news: [
		['title', 'string'],
		['description', 'string'],
	],
};

const deprecatedRule = z.unknown().transform((raw, ctx) => {
	const fail = (message: string): typeof z.NEVER => {
		ctx.addIssue({ code: z.ZodIssueCode.custom, message });
		return z.NEVER;
	};
	const { value, invalid } = jsonFieldValue(raw);
	if (invalid) return fail('must be valid JSON');
	if (value === undefined) return undefined;
	if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('must be a JSON object');
	const data = value as IDataObject;
	const unknown = Object.keys(data).filter((k) => !DEPRECATED_KEYS.includes(k));
	if (unknown.length) return fail(`accepts only videos, promos and news, not ${unknown.join(', ')}`);
	if (data.videos !== undefined) {
		if (!Array.isArray(data.videos) || data.videos.some((v) => !url.safeParse(v).success)) return fail('videos must be a list of URLs');
	}
	for (const key of ['promos', 'news']) {
		if (data[key] === undefined) continue;
		const list = data[key];
		if (!Array.isArray(list) || list.some((e) => !e || typeof e !== 'object' || Array.isArray(e))) return fail(`${key} must be a list of objects`);
		for (const [index, entry] of (list as IDataObject[]).entries()) {
			for (const [field, type] of REQUIRED_OF[key]) {
				const v = entry[field];
				const ok = type === 'string' ? typeof v === 'string' && v.trim() !== '' : Number.isInteger(v);
				if (!ok) return fail(`${key} entry ${index + 1} needs "${field}" (${type === 'string' ? 'text' : 'a whole-number timestamp'})`);
			}
		}
	}
	return Object.keys(data).length ? data : undefined;
});

const numberIn = (min: number, max: number) =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v),
		z
			.number({ invalid_type_error: 'must be a number' })
			.min(min, `must be at least ${min}`)
			.max(max, `must be at most ${max}`),
	);

const optionalText = (max?: number) => {
	const base = z.string({ invalid_type_error: 'must be text' }).trim();
	return (max ? base.max(max, `must be at most ${max} characters`) : base).optional();
};
const requiredText = () => z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).trim().min(1, 'is required');

const categoriesRule = (required: boolean) =>
	opaqueIdList('category IDs').refine((ids) => !required || ids.length > 0, 'needs at least one category ID');

/** Rules for every business field; Create makes the documented ones required. */
export function businessRules(mode: 'create' | 'update') {
	const create = mode === 'create';
	return {
		name: create ? requiredText() : requiredText().optional(),
		country: create ? partooRules.country() : partooRules.country().optional(),
		zipcode: create ? requiredText() : requiredText().optional(),
		city: create ? requiredText() : requiredText().optional(),
		address_details: create ? addressDetailsRule : addressDetailsRule.optional(),
		categories: create ? categoriesRule(true) : categoriesRule(false).optional(),
		contacts: create ? contactsRule(true) : contactsRule(false).optional(),
		orgId: idRules.org().optional(),
		code: optionalText(),
		status: z.enum(BUSINESS_STATUSES, { errorMap: () => ({ message: `must be one of: ${BUSINESS_STATUSES.join(', ')}` }) }).optional(),
		address2: optionalText(),
		region: optionalText(),
		lang: partooRules.lang().optional(),
		lat: numberIn(-90, 90).optional(),
		long: numberIn(-180, 180).optional(),
		national_identification_number: optionalText(),
		description_short: optionalText(200),
		description_long: optionalText(1000),
		website_url: url.optional(),
		facebook_url: url.optional(),
		twitter_url: url.optional(),
		photos: photosRule.optional(),
		open_hours: openHoursRule.optional(),
		specific_hours: specificHoursRule.optional(),
		deprecatedFields: deprecatedRule.optional(),
	};
}

/** Body keys in the order of the reference's tables. */
const BODY_KEYS = [
	'name',
	'zipcode',
	'city',
	'country',
	'address_details',
	'categories',
	'contacts',
	'org_id',
	'code',
	'status',
	'address2',
	'region',
	'lang',
	'lat',
	'long',
	'national_identification_number',
	'description_short',
	'description_long',
	'website_url',
	'facebook_url',
	'twitter_url',
	'photos',
	'open_hours',
	'specific_hours',
	'videos',
	'promos',
	'news',
] as const;

/** The JSON body of a create or update: only the fields given, shaped as the API documents them. */
export function businessBody(input: IDataObject): IDataObject {
	const { orgId, deprecatedFields, ...rest } = input;
	return pick({ ...rest, org_id: orgId, ...((deprecatedFields as IDataObject | undefined) ?? {}) }, BODY_KEYS);
}

