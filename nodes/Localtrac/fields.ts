import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { resourceLocator } from '../shared/descriptions';
import { jsonFieldValue, rules, z } from '../shared/validation';

export const LOCALES = ['fr_CA', 'en_CA', 'en_US'] as const;
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const EXAMPLE_UUID = 'b11f9a4b-2b50-3e65-ae90-42fcef743ace';

export const locationLocator = (): INodeProperties =>
	resourceLocator({
		name: 'locationId',
		displayName: 'Location',
		searchMethod: 'searchLocations',
		idPattern: UUID,
		idError: `A location ID is a UUID, e.g. ${EXAMPLE_UUID}`,
		idPlaceholder: `e.g. ${EXAMPLE_UUID}`,
	});

/** LOCALTRAC identifiers (locations, businesses) are UUIDs. */
export const uuidRule = () =>
	z
		.string({ required_error: 'is required', invalid_type_error: 'must be text' })
		.trim()
		.min(1, 'is required')
		.regex(new RegExp(UUID), `must be a UUID such as ${EXAMPLE_UUID}`);

/** Numbers from expressions arrive as numbers; LOCALTRAC sends and takes coordinates as text. */
const asText = (v: unknown): unknown => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v);

/** A coordinate within ±bound. Empty text is allowed: it clears the value. */
const coordinate = (bound: number) =>
	z.preprocess(
		asText,
		z
			.string({ invalid_type_error: 'must be a decimal number' })
			.trim()
			.superRefine((v, ctx) => {
				if (v === '') return;
				if (!/^[-+]?\d+(\.\d+)?$/.test(v)) {
					ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a decimal number such as -68.360965' });
				} else if (Math.abs(Number(v)) > bound) {
					ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be between -${bound} and ${bound}` });
				}
			}),
	);

function isWebUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}

/** A web address; empty text is allowed, it clears the value. */
const webUrl = () =>
	z
		.string({ invalid_type_error: 'must be a web address' })
		.trim()
		.refine((v) => v === '' || isWebUrl(v), 'must be a full web address starting with https:// or http://');

const freeText = () => z.preprocess(asText, z.string({ invalid_type_error: 'must be text' }));

const email = () =>
	z
		.string({ invalid_type_error: 'must be an email address' })
		.trim()
		.refine((v) => v === '' || rules.email().safeParse(v).success, 'must be a valid email address');

// ---------------------------------------------------------------------------------------------
// Structured groups: each is a collection, so only the entries the user adds are sent.
// ---------------------------------------------------------------------------------------------

const group = (name: string, displayName: string, placeholder: string, options: INodeProperties[], description: string): INodeProperties => ({
	displayName,
	name,
	type: 'collection',
	placeholder,
	default: {},
	description,
	options,
});

export const localizedField = (name: 'name' | 'description', displayName: string, what: string): INodeProperties =>
	group(name, displayName, 'Add Language', [
		{
			displayName: 'English (en_CA)',
			name: 'en_CA',
			type: 'string',
			typeOptions: name === 'description' ? { rows: 4 } : undefined,
			default: '',
		},
		{
			displayName: 'French (fr_CA)',
			name: 'fr_CA',
			type: 'string',
			typeOptions: name === 'description' ? { rows: 4 } : undefined,
			default: '',
		},
	], `${what} in each language LOCALTRAC supports (fr_CA, en_CA)`);

export const addressField = (): INodeProperties =>
	group('address', 'Address', 'Add Address Field', [
		{ displayName: 'Address Line 1', name: 'address1', type: 'string', default: '', placeholder: 'e.g. 77421 Route Sylvie' },
		{ displayName: 'Address Line 2', name: 'address2', type: 'string', default: '' },
		{ displayName: 'City', name: 'city', type: 'string', default: '' },
		{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'e.g. CA' },
		{ displayName: 'Latitude', name: 'lat', type: 'string', default: '', placeholder: 'e.g. 45.50884', description: 'Decimal degrees, from -90 to 90' },
		{ displayName: 'Longitude', name: 'long', type: 'string', default: '', placeholder: 'e.g. -73.58781', description: 'Decimal degrees, from -180 to 180' },
		{ displayName: 'State or Province', name: 'state', type: 'string', default: '', placeholder: 'e.g. QC' },
		{ displayName: 'Zip or Postal Code', name: 'zipcode', type: 'string', default: '', placeholder: 'e.g. H2X 1Y4' },
	], 'Only the address fields added here are sent');

export const communicationField = (): INodeProperties =>
	group('communication', 'Communication', 'Add Contact Detail', [
		{ displayName: 'Contact Email', name: 'contactEmail', type: 'string', placeholder: 'name@email.com', default: '' },
		{ displayName: 'Fax', name: 'fax', type: 'string', default: '' },
		{ displayName: 'Primary Phone', name: 'primaryPhone', type: 'string', default: '', placeholder: 'e.g. (810) 594-0448' },
		{
			displayName: 'Secondary Phones',
			name: 'secondaryPhones',
			type: 'string',
			typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Phone' },
			default: [],
			description: 'The whole list is sent and replaces the stored one',
		},
	], 'How customers reach the location');

/** In the order of the docs, which is also the order the body is sent in; the editor lists them alphabetically. */
const URL_FIELDS: Array<[string, string]> = [
	['website', 'Website'],
	['facebook', 'Facebook'],
	['twitter', 'Twitter'],
	['linkedin', 'LinkedIn'],
	['instagram', 'Instagram'],
	['youtube', 'YouTube'],
	['pinterest', 'Pinterest'],
	['tripadvisor', 'Tripadvisor'],
];

const alphabetical = (fields: Array<[string, string]>): Array<[string, string]> =>
	[...fields].sort((a, b) => a[1].localeCompare(b[1]));

export const urlsField = (): INodeProperties =>
	group(
		'urls',
		'URLs',
		'Add URL',
		alphabetical(URL_FIELDS).map(([name, displayName]) => ({ displayName, name, type: 'string', default: '', placeholder: 'https://' })),
		'Website and social media pages of the location',
	);

const PAYMENT_FIELDS: Array<[string, string]> = [
	['cash', 'Cash'],
	['interact', 'Interac'],
	['visa', 'Visa'],
	['mastercard', 'Mastercard'],
	['americanExpress', 'American Express'],
	['paypass', 'PayPass (Contactless)'],
];

export const paymentsField = (): INodeProperties =>
	group(
		'payments',
		'Payments',
		'Add Payment Method',
		alphabetical(PAYMENT_FIELDS).map(([name, displayName]) => ({
			displayName,
			name,
			type: 'boolean',
			default: false,
			description: `Whether the location accepts ${displayName}`,
		})),
		'Payment methods the location accepts or not; only the ones added here are sent',
	);

/** A list of opening periods, each with a start and an end time. */
export const periodsField = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Period',
	default: {},
	description,
	options: [
		{
			displayName: 'Period',
			name: 'period',
			values: [
				{ displayName: 'Start', name: 'start', type: 'string', default: '09:00', placeholder: 'HH:MM', description: 'Opening time, 00:00 to 23:59' },
				{ displayName: 'End', name: 'end', type: 'string', default: '17:00', placeholder: 'HH:MM', description: 'Closing time, 00:00 to 24:00' },
			],
		},
	],
});

const dayLabel = (day: string): string => day.charAt(0).toUpperCase() + day.slice(1);

export const schedulesField = (): INodeProperties =>
	group(
		'schedules',
		'Schedules',
		'Add Day',
		[...WEEKDAYS]
			.sort()
			.map((day) => periodsField(day, dayLabel(day), `Opening periods on ${dayLabel(day)}. A day added without periods is sent as closed.`)),
		'Regular opening hours. Only the days added here are sent.',
	);

/** The same opening hours, from data: for weeks that come from another system, e.g. Partoo's open_hours. */
export const schedulesJsonField = (): INodeProperties => ({
	displayName: 'Schedules (JSON)',
	name: 'schedulesJson',
	type: 'json',
	default: '{}',
	description:
		'Regular opening hours from data, usually an expression (for example the open_hours of a Partoo business). An object with one key per weekday (sunday to saturday); each day lists its periods, as {"start": "09:00", "end": "12:00"} objects or "09:00-12:00" text. A day given an empty list is sent as closed; days left out are not sent. Use either this or Schedules, not both.',
});

// ---------------------------------------------------------------------------------------------
// Rules of the structured groups.
// ---------------------------------------------------------------------------------------------

const START = /^([01]\d|2[0-3]):[0-5]\d$/;
const END = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

interface Period {
	start: string;
	end: string;
}

/**
 * Checks a list of raw periods as n8n stores them (`{period: [{start, end}]}`) and returns them as
 * LOCALTRAC takes them (`[{start, end}]`). Problems are reported on the list's own field.
 */
export function readPeriods(raw: unknown, ctx: z.RefinementCtx, path: Array<string | number>, prefix = ''): Period[] {
	const list = (raw as { period?: unknown } | undefined)?.period;
	const entries = Array.isArray(list) ? list : list === undefined || list === null ? [] : [list];
	const periods: Period[] = [];
	entries.forEach((entry, i) => {
		const p = (entry ?? {}) as IDataObject;
		const start = typeof p.start === 'string' ? p.start.trim() : p.start;
		const end = typeof p.end === 'string' ? p.end.trim() : p.end;
		const where = `${prefix}period ${i + 1}`;
		const problems: string[] = [];
		if (start === undefined || start === '') problems.push(`${where}: start is required`);
		else if (typeof start !== 'string' || !START.test(start))
			problems.push(`${where}: start "${String(start)}" must be a time HH:MM from 00:00 to 23:59`);
		if (end === undefined || end === '') problems.push(`${where}: end is required`);
		else if (typeof end !== 'string' || !END.test(end))
			problems.push(`${where}: end "${String(end)}" must be a time HH:MM from 00:00 to 24:00`);
		if (!problems.length && (start as string) > (end as string)) {
			problems.push(`${where}: start ${String(start)} is after end ${String(end)}`);
		}
		problems.forEach((message) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, message }));
		periods.push({ start: String(start), end: String(end) });
	});
	return periods;
}

// n8n passes on only the options a collection defines, so unknown keys never reach these rules.
const localizedRule = z.object({ fr_CA: freeText().optional(), en_CA: freeText().optional() });

const addressRule = z.object({
	address1: freeText().optional(),
	address2: freeText().optional(),
	city: freeText().optional(),
	state: freeText().optional(),
	country: freeText().optional(),
	zipcode: freeText().optional(),
	lat: coordinate(90).optional(),
	long: coordinate(180).optional(),
});

const communicationRule = z.object({
	contactEmail: email().optional(),
	primaryPhone: freeText().optional(),
	secondaryPhones: z
		.preprocess(
			(v) => (typeof v === 'string' ? [v] : v),
			z.array(freeText(), { invalid_type_error: 'must be a list of phone numbers' }),
		)
		.transform((phones) => phones.map((p) => p.trim()).filter(Boolean))
		.optional(),
	fax: freeText().optional(),
});

const urlsRule = z.object(Object.fromEntries(URL_FIELDS.map(([name]) => [name, webUrl().optional()])));

const paymentsRule = z.object(
	Object.fromEntries(PAYMENT_FIELDS.map(([name]) => [name, z.boolean({ invalid_type_error: 'must be true or false' }).optional()])),
);

/** Weekdays in LOCALTRAC's order, each with its periods; n8n passes on only the weekdays the collection defines. */
const schedulesRule = z.record(z.unknown()).transform((days, ctx) => {
	const out: Record<string, Period[]> = {};
	for (const day of WEEKDAYS) {
		if (days[day] === undefined) continue;
		out[day] = readPeriods(days[day], ctx, [day]);
	}
	return out;
});

const RANGE = /^\s*(\S+?)\s*-\s*(\S+)\s*$/;

/**
 * Opening hours given as data: `{monday: [{start, end}] | ["09:00-12:00"], ...}`, as an object or as
 * JSON text. Days are matched without regard to case. Empty input means "not given".
 */
const schedulesJsonRule = z.unknown().transform((raw, ctx): Record<string, Period[]> | undefined => {
	const fail = (message: string) => {
		ctx.addIssue({ code: z.ZodIssueCode.custom, message });
		return z.NEVER;
	};
	const { value, invalid } = jsonFieldValue(raw);
	if (invalid) return fail('must be a JSON object with one key per weekday, e.g. {"monday": ["09:00-12:00"]}');
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'object' || Array.isArray(value)) {
		return fail('must be an object with one key per weekday, e.g. {"monday": ["09:00-12:00"]}');
	}
	const out: Record<string, Period[]> = {};
	for (const [key, periods] of Object.entries(value as IDataObject)) {
		const day = key.trim().toLowerCase() as (typeof WEEKDAYS)[number];
		if (!WEEKDAYS.includes(day)) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: `has an unknown day "${key}": use sunday to saturday` });
			continue;
		}
		if (out[day]) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: `has ${day} twice` });
			continue;
		}
		if (!Array.isArray(periods)) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${day}: must be a list of periods (an empty list means closed)` });
			continue;
		}
		const entries = periods.map((entry: unknown, i) => {
			if (typeof entry !== 'string') return entry;
			const match = RANGE.exec(entry);
			if (match) return { start: match[1], end: match[2] };
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${day} period ${i + 1}: "${entry}" must be a range HH:MM-HH:MM` });
			return { start: '00:00', end: '00:00' };
		});
		out[day] = readPeriods({ period: entries }, ctx, [], `${day} `);
	}
	// LOCALTRAC's own day order, whatever order the data had. No day at all means "not given".
	const days = WEEKDAYS.filter((day) => out[day]);
	return days.length ? Object.fromEntries(days.map((day) => [day, out[day]])) : undefined;
});

/** The rules of every structured location field, by parameter name. */
export const locationGroupRules = {
	name: localizedRule,
	description: localizedRule,
	address: addressRule,
	communication: communicationRule,
	urls: urlsRule,
	payments: paymentsRule,
	schedules: schedulesRule,
	schedulesJson: schedulesJsonRule,
};

/** Drops groups that hold nothing, so that only what the user gave is sent. */
export function nonEmptyGroups(input: IDataObject, names: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const name of names) {
		const value = input[name];
		if (value === undefined || value === null) continue;
		if (typeof value === 'object' && !Array.isArray(value)) {
			const entries = Object.entries(value as IDataObject).filter(([, v]) => v !== undefined);
			if (!entries.length) continue;
			out[name] = Object.fromEntries(entries);
		} else {
			out[name] = value;
		}
	}
	return out;
}
