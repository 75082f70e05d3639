import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

/** Display names of every parameter an operation shows, including the options inside collections. */
export function fieldLabels(properties: readonly INodeProperties[]): Record<string, string> {
	const labels: Record<string, string> = {};
	const walk = (items: readonly unknown[]): void => {
		for (const item of items) {
			const p = item as { name?: string; displayName?: string; options?: unknown[]; values?: unknown[] };
			if (p.name && p.displayName && labels[p.name] === undefined) labels[p.name] = p.displayName;
			if (Array.isArray(p.options)) walk(p.options);
			if (Array.isArray(p.values)) walk(p.values);
		}
	};
	walk(properties);
	return labels;
}

function describePath(path: readonly (string | number)[], labels: Record<string, string>): string {
	const names = path.filter((segment): segment is string => typeof segment === 'string');
	const leaf = names[names.length - 1];
	const label = leaf !== undefined ? (labels[leaf] ?? leaf) : 'input';
	const positions = path.filter((segment): segment is number => typeof segment === 'number');
	const where = positions.length ? ` (entry ${positions.map((p) => p + 1).join('.')})` : '';
	return `"${label}"${where}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text no API can take whatever the field: NUL characters, and halves of a surrogate pair (broken
 * Unicode, which cannot be encoded as UTF-8). Every text in the input is checked, nested ones too.
 */
function brokenTextIssues(value: unknown, path: Array<string | number> = [], depth = 0): Array<{ path: Array<string | number>; message: string }> {
	if (typeof value === 'string') {
		if (value.includes('\u0000')) return [{ path, message: 'must not contain NUL characters' }];
		if (LONE_SURROGATE.test(value)) return [{ path, message: 'must not contain broken Unicode (an unpaired surrogate character)' }];
		return [];
	}
	if (!value || typeof value !== 'object' || depth > 20) return [];
	const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
	return entries.flatMap(([key, v]) => brokenTextIssues(v, [...path, key], depth + 1));
}

/**
 * The value of a JSON field: what an expression gives is taken as it is, typed text is parsed, and
 * empty text means "not given" (undefined). `invalid` is set when the text is not JSON.
 */
export function jsonFieldValue(raw: unknown): { value?: unknown; invalid?: true } {
	if (typeof raw !== 'string') return { value: raw };
	if (!raw.trim()) return { value: undefined };
	try {
		return { value: JSON.parse(raw) as unknown };
	} catch {
		return { invalid: true };
	}
}

/**
 * Checks an operation's input against its schema. On failure it throws a NodeOperationError
 * that names the field, the broken rule and the item, before anything is sent.
 */
export function validate<S extends z.ZodTypeAny>(
	ctx: Pick<IExecuteFunctions, 'getNode'>,
	schema: S,
	input: unknown,
	itemIndex: number,
	/** Field labels for the message, or a function that gives them: they are needed only when a rule fails. */
	fieldLabelsOrReader: Record<string, string> | (() => Record<string, string>),
): z.infer<S> {
	const broken = brokenTextIssues(input);
	const result = schema.safeParse(input);
	if (result.success && !broken.length) return result.data;
	const labels = typeof fieldLabelsOrReader === 'function' ? fieldLabelsOrReader() : fieldLabelsOrReader;
	const issues = [...broken, ...(result.success ? [] : result.error.issues)];
	const first = issues[0];
	const lines = issues.map((issue) => `${describePath(issue.path, labels)}: ${issue.message}`);
	throw new NodeOperationError(ctx.getNode(), `Invalid ${describePath(first.path, labels)}: ${first.message} [item ${itemIndex}]`, {
		itemIndex,
		description: lines.length > 1 ? `All problems found:\n${lines.join('\n')}` : undefined,
	});
}

/** Reusable rules, written once so every vendor words them the same way. */
export const rules = {
	/** Calendar date, checked for real days (no 2024-02-30). */
	date: () =>
		z.string({ required_error: 'is required', invalid_type_error: 'must be a date in the form YYYY-MM-DD' }).superRefine((v, ctx) => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a date in the form YYYY-MM-DD' });
				return;
			}
			const [y, m, d] = v.split('-').map(Number);
			const date = new Date(Date.UTC(y, m - 1, d));
			if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'is not a real calendar date' });
			}
		}),
	/** Time of day, 24-hour clock. */
	hour: () =>
		z
			.string({ required_error: 'is required', invalid_type_error: 'must be a time in the form HH:mm' })
			.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time in the form HH:mm (24-hour clock)'),
	/** Date and time with an explicit UTC offset, e.g. 2024-11-06T20:00:00+01:00. */
	isoDateTime: () =>
		z.string({ required_error: 'is required', invalid_type_error: 'must be an ISO 8601 date and time' }).superRefine((v, ctx) => {
			const shape =
				/^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/.exec(v);
			if (!shape) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					message: 'must be an ISO 8601 date and time with a time zone, e.g. 2024-11-06T20:00:00+01:00',
				});
				return;
			}
			const [y, m, d] = [Number(shape[1]), Number(shape[2]), Number(shape[3])];
			const day = new Date(Date.UTC(y, m - 1, d));
			if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'is not a real date and time' });
			}
		}),
	email: (max = 300) =>
		z
			.string({ invalid_type_error: 'must be an email address' })
			.max(max, `must be at most ${max} characters`)
			.email('must be a valid email address'),
	/** Free text with a documented maximum length. */
	text: (max: number) =>
		z.string({ invalid_type_error: 'must be text' }).max(max, `must be at most ${max} characters`),
	requiredText: (max: number) =>
		z
			.string({ required_error: 'is required', invalid_type_error: 'must be text' })
			.trim()
			.min(1, 'is required')
			.max(max, `must be at most ${max} characters`),
	phone: (max = 25) =>
		z
			.string({ invalid_type_error: 'must be a phone number' })
			.max(max, `must be at most ${max} characters`)
			.regex(/^\+?[0-9][0-9 .()-]{4,}$/, 'must be a phone number of digits, spaces and an optional leading +'),
	/** French establishment number (SIRET): 14 digits. Checked without surrounding spaces; the value is kept as given. */
	siret: () =>
		z
			.string({ invalid_type_error: 'must be text' })
			.refine((v) => /^\d{14}$/.test(v.trim()), 'must be 14 digits, such as 73282932000074'),
	/** French activity code (NAF/APE): two digits, an optional dot, two digits and a letter. */
	naf: () =>
		z
			.string({ invalid_type_error: 'must be text' })
			.refine((v) => /^\d{2}\.?\d{2}[A-Za-z]$/.test(v.trim()), 'must be a NAF code such as 56.10A or 5610A'),
	/** A web page address: http:// or https:// and a host name. */
	webUrl: () =>
		z.string({ invalid_type_error: 'must be a URL' }).refine((v) => {
			try {
				const url = new URL(v.trim());
				return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
			} catch {
				return false;
			}
		}, 'must be a full http:// or https:// URL'),
	/** Whole number within bounds; n8n number fields may also arrive as numeric strings from expressions. */
	int: (min: number, max = Number.MAX_SAFE_INTEGER) =>
		z.preprocess(
			(v) => (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v),
			z
				.number({ required_error: 'is required', invalid_type_error: 'must be a number' })
				.int('must be a whole number')
				.min(min, `must be at least ${min}`)
				.max(max, `must be at most ${max}`),
		),
	/** Numeric identifier as the vendor issues it. */
	numericId: (maxDigits?: number) =>
		z.preprocess(
			(v) => (typeof v === 'number' ? String(v) : v),
			z
				.string({ required_error: 'is required', invalid_type_error: 'must be a numeric ID' })
				.trim()
				.regex(/^[1-9]\d*$/, 'must be a positive whole number (the numeric ID)')
				.refine((v) => maxDigits === undefined || v.length <= maxDigits, `must have at most ${maxDigits ?? 0} digits`),
		),
	/** Opaque identifier: non-empty, no slashes or spaces, so it cannot change the request path. */
	opaqueId: () =>
		z
			.string({ required_error: 'is required', invalid_type_error: 'must be text' })
			.trim()
			.min(1, 'is required')
			.regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "-" and "_"'),
	oneOf: <T extends string>(values: readonly [T, ...T[]]) =>
		z.enum(values, {
			errorMap: () => ({ message: `must be one of: ${values.join(', ')}` }),
		}),
	/**
	 * Key/value rows (`{entry: [{key, value}]}`, as a keyValueList stores them) as a flat object of texts.
	 * Numbers and true/false are sent as text; a list or an object as a value is refused, never sent as "[object Object]".
	 */
	keyValues: () =>
		z.unknown().transform((raw, ctx): Record<string, string> => {
			if (raw === undefined || raw === null || raw === '') return {};
			const list = typeof raw === 'object' && !Array.isArray(raw) ? (raw as { entry?: unknown }).entry : raw;
			const entries = list === undefined || list === null ? [] : Array.isArray(list) ? list : [list];
			if (typeof raw !== 'object' || Array.isArray(raw) || entries.some((e) => !e || typeof e !== 'object' || Array.isArray(e))) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a list of key/value entries' });
				return {};
			}
			const out: Record<string, string> = {};
			(entries as Array<{ key?: unknown; value?: unknown }>).forEach((entry, index) => {
				const flat = (v: unknown) => v === undefined || v === null || ['string', 'number', 'boolean'].includes(typeof v);
				if (!flat(entry.key) || typeof entry.key === 'boolean') {
					ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index], message: 'key must be text' });
				} else if (!flat(entry.value)) {
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						path: [index],
						message: `value of "${String(entry.key)}" must be text, a number or true/false, not a list or an object`,
					});
				} else if (entry.key !== undefined && entry.key !== null && entry.key !== '') {
					out[String(entry.key)] = entry.value === undefined || entry.value === null ? '' : String(entry.value);
				}
			});
			return out;
		}),
	/**
	 * A trigger's backfill moment: an ISO 8601 date, or date and time (the time zone may be left out, as
	 * n8n's date picker leaves it out), that exists on the calendar and is not in the future.
	 */
	pastDateTime: () =>
		z.preprocess(
			(v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : v),
			z.string({ invalid_type_error: 'must be a date and time' }).trim().superRefine((v, ctx) => {
				const shape =
					/^(\d{4})-(\d{2})-(\d{2})([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/.exec(v);
				if (!shape) {
					ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a date and time such as 2024-11-06T20:00:00' });
					return;
				}
				const [y, m, d] = [Number(shape[1]), Number(shape[2]), Number(shape[3])];
				const day = new Date(Date.UTC(y, m - 1, d));
				if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) {
					ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'is not a real calendar date' });
				} else if (Date.parse(v) > Date.now()) {
					ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must not be in the future' });
				}
			}),
		),
};

export { z };
