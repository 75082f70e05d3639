import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resourceLocator } from '../shared/descriptions';
import { rules, z } from '../shared/validation';

/** ISO 3166-1 alpha-2 country codes (officially assigned). */
const COUNTRIES = new Set(
	(
		'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
		'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
		'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
		'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
		'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
		'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
		'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
	).split(' '),
);

/** ISO 639-1 language codes. */
const LANGUAGES = new Set(
	(
		'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es ' +
		'et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki ' +
		'kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no ' +
		'nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te ' +
		'tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
	).split(' '),
);

export const BUSINESS_STATUSES = ['open', 'closed', 'definitely_closed'] as const;
export const USER_STATUSES = ['active', 'invited'] as const;
/** Every role the reference names: PROVIDER, ORG_ADMIN and BUSINESS_MANAGER, plus ADMIN and SUPERADMIN from the user tables. */
export const USER_ROLES = ['PROVIDER', 'ORG_ADMIN', 'BUSINESS_MANAGER', 'ADMIN', 'SUPERADMIN'] as const;
export const PRODUCTS = ['presence_management', 'review_management'] as const;

const label = (value: string): string =>
	value
		.toLowerCase()
		.split('_')
		.map((word, i) => (i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
		.join(' ');

export function optionsOf(values: readonly string[]): INodePropertyOptions[] {
	return values.map((value) => ({ name: label(value), value }));
}

/** Partoo IDs for businesses, users and categories: opaque strings such as 5409c35b97aac999d8c26737. */
const OPAQUE_ID = '^[A-Za-z0-9_-]+$';
const NUMERIC_ID = '^[1-9][0-9]*$';

export const businessLocator = (description = 'The business'): INodeProperties =>
	resourceLocator({
		name: 'businessId',
		displayName: 'Business',
		searchMethod: 'searchBusinesses',
		idPattern: OPAQUE_ID,
		idError: 'A business ID contains only letters, digits, "-" and "_", e.g. 5409c35b97aac999d8c26737',
		idPlaceholder: 'e.g. 5409c35b97aac999d8c26737',
		description,
	});

export const userLocator = (description = 'The user'): INodeProperties =>
	resourceLocator({
		name: 'userId',
		displayName: 'User',
		searchMethod: 'searchUsers',
		idPattern: OPAQUE_ID,
		idError: 'A user ID contains only letters, digits, "-" and "_", e.g. 5409c35b97aac999d8c26737',
		idPlaceholder: 'e.g. 5409c35b97aac999d8c26737',
		description,
	});

export const orgLocator = (required = true, description = 'The organization'): INodeProperties => ({
	...resourceLocator({
		name: 'orgId',
		displayName: 'Organization',
		searchMethod: 'searchOrganizations',
		idPattern: NUMERIC_ID,
		idError: 'An organization ID is a whole number, e.g. 1234',
		idPlaceholder: 'e.g. 1234',
		required,
		description,
	}),
	...(required ? {} : { default: { mode: 'list', value: '' } }),
});

export const categoryLocator = (): INodeProperties =>
	resourceLocator({
		name: 'categoryId',
		displayName: 'Category',
		searchMethod: 'searchCategories',
		idPattern: OPAQUE_ID,
		idError: 'A category ID contains only letters, digits, "-" and "_", e.g. 57def0b5b12ff65e069c34f6',
		idPlaceholder: 'e.g. 57def0b5b12ff65e069c34f6',
		description: 'The category. "From List" searches names in the language chosen above.',
	});

/** A language field (ISO 639-1). */
export const langField = (required: boolean, description: string): INodeProperties => ({
	displayName: 'Language',
	name: 'lang',
	type: 'string',
	required,
	placeholder: 'e.g. fr',
	default: '',
	description,
});

const trimmed = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : v);

export const idRules = {
	opaque: () => rules.opaqueId(),
	org: () => rules.numericId().transform((v) => Number(v)),
};

export const partooRules = {
	/** ISO 3166 alpha-2 country code; sent in capitals. */
	country: () =>
		z.preprocess(
			trimmed,
			z
				.string({ required_error: 'is required', invalid_type_error: 'must be a two-letter country code' })
				.refine((v) => COUNTRIES.has(v.toUpperCase()), 'must be an ISO 3166 alpha-2 country code, e.g. FR')
				.transform((v) => v.toUpperCase()),
		),
	/** ISO 639-1 language code; sent in lower case. */
	lang: () =>
		z.preprocess(
			trimmed,
			z
				.string({ required_error: 'is required', invalid_type_error: 'must be a two-letter language code' })
				.refine((v) => LANGUAGES.has(v.toLowerCase()), 'must be an ISO 639-1 language code, e.g. fr')
				.transform((v) => v.toLowerCase()),
		),
	email: () => z.preprocess(trimmed, rules.email(254)),
	url: () =>
		z.preprocess(
			trimmed,
			z.string({ invalid_type_error: 'must be a URL' }).refine((v) => {
				try {
					const url = new URL(v);
					return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
				} catch {
					return false;
				}
			}, 'must be a full http:// or https:// URL'),
		),
	boolean: () => z.boolean({ invalid_type_error: 'must be true or false' }),
	/**
	 * A point in time as Partoo's integer timestamps expect it (seconds since 1970).
	 * Accepts a Unix timestamp, a date (YYYY-MM-DD, taken at 00:00 UTC) or an ISO 8601 date and time with a time zone.
	 */
	timestamp: () =>
		z.preprocess(
			trimmed,
			z
				.union([z.number(), z.string()], {
					errorMap: () => ({ message: 'must be a Unix timestamp, a date (YYYY-MM-DD) or an ISO 8601 date and time' }),
				})
				.transform((v, ctx) => {
					const fail = (): typeof z.NEVER => {
						ctx.addIssue({
							code: z.ZodIssueCode.custom,
							message: 'must be a Unix timestamp in seconds, a date (YYYY-MM-DD) or an ISO 8601 date and time with a time zone',
						});
						return z.NEVER;
					};
					if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : fail();
					if (/^\d+$/.test(v)) return Number(v);
					const date = rules.date().safeParse(v);
					if (date.success) return Date.parse(`${v}T00:00:00Z`) / 1000;
					const dateTime = rules.isoDateTime().safeParse(v);
					if (dateTime.success) return Math.floor(Date.parse(v) / 1000);
					return fail();
				}),
		),
};

/**
 * A list typed as comma-separated text (or given as a list by an expression), checked entry by entry.
 * Empty entries are dropped.
 */
export function listOf<T extends z.ZodTypeAny>(entry: T, what: string) {
	return z
		.union([z.string(), z.array(z.union([z.string(), z.number()]))], {
			errorMap: () => ({ message: `must be a comma-separated list of ${what}` }),
		})
		.transform((v) =>
			(Array.isArray(v) ? v.map(String) : v.split(','))
				.map((e) => e.trim())
				.filter(Boolean),
		)
		.pipe(z.array(entry));
}

export const opaqueIdList = (what: string) =>
	listOf(
		z.string().regex(/^[A-Za-z0-9_-]+$/, `must be a comma-separated list of ${what} (letters, digits, "-" and "_")`),
		what,
	);

/** Keeps only the keys whose value is defined, in the order given. */
export function pick(source: IDataObject, keys: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
	return out;
}
