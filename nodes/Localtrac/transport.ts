import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { VendorErrorText } from '../shared/errors';
import type { Page } from '../shared/pagination';
import { paginate } from '../shared/pagination';
import { listParameters, requestSettings } from '../shared/params';
import type { RequestContext, RequestSettings, Vendor, VendorRequest } from '../shared/request';
import { DEFAULT_SETTINGS, vendorRequest } from '../shared/request';

export const CREDENTIAL_TYPE = 'localtracApi';

/** LOCALTRAC returns at most 20 records per page and states no total. */
export const PAGE_SIZE = 20;

/**
 * The credential's Base URL without trailing slashes. Every documented path starts with /localtrac/,
 * so a Base URL typed with /localtrac at its end is accepted too.
 */
export function localtracBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const raw = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	return raw.replace(/\/+$/, '').replace(/\/localtrac$/i, '');
}

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

/** `{path: msg}` (possibly nested, possibly with lists of messages) as `path: msg` lines. */
function fieldErrorLines(errors: unknown, prefix = ''): string[] {
	if (typeof errors === 'string') return [prefix ? `${prefix}: ${errors}` : errors];
	if (Array.isArray(errors)) {
		if (errors.every((e) => typeof e === 'string')) return errors.length ? [`${prefix ? `${prefix}: ` : ''}${errors.join('; ')}`] : [];
		return errors.flatMap((e, i) => fieldErrorLines(e, prefix ? `${prefix}.${i}` : String(i)));
	}
	if (errors && typeof errors === 'object') {
		return Object.entries(errors as IDataObject).flatMap(([key, value]) => fieldErrorLines(value, prefix ? `${prefix}.${key}` : key));
	}
	return [];
}

const STATUS_HINTS: Record<number, string> = {
	401: 'Check the username and password of the LOCALTRAC credential',
	403: 'The LOCALTRAC user of the credential does not have this permission',
};

/**
 * LOCALTRAC error bodies:
 * - login (401, 503): `{code, message}`;
 * - validation (400): `{message, errors: {"address.zipcode": "This value is not valid."}}`;
 * - permission (403): `{message}`.
 */
export function parseLocaltracError(body: unknown, status: number | undefined): VendorErrorText | undefined {
	if (typeof body === 'string') {
		const trimmed = body.trim();
		if (!trimmed || trimmed.startsWith('<')) return undefined;
		try {
			return parseLocaltracError(JSON.parse(trimmed), status);
		} catch {
			return { message: trimmed.slice(0, 300) };
		}
	}
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const data = body as IDataObject;
	const message = text(data.message);
	const code = text(data.code);
	const hint = status !== undefined ? STATUS_HINTS[status] : undefined;
	const lines = fieldErrorLines(data.errors);
	if (lines.length) {
		return {
			message: `LOCALTRAC rejected the data:\n${lines.join('\n')}`,
			description: message,
		};
	}
	if (!message) return code ? { message: `LOCALTRAC error code ${code}`, description: hint } : undefined;
	return { message: code ? `${message} (error code ${code})` : message, description: hint };
}

export const localtrac: Vendor = {
	credentialType: CREDENTIAL_TYPE,
	baseUrl: localtracBaseUrl,
	secretFields: ['password', 'sessionToken'],
	parseError: parseLocaltracError,
	session: { tokenField: 'sessionToken', expiresAtField: 'sessionExpiresAt' },
};

/** One LOCALTRAC call: JSON both ways; the shared session gate keeps it to one login per token lifetime. */
export async function localtracRequest<T = IDataObject>(
	ctx: RequestContext,
	request: VendorRequest,
	settings: RequestSettings = DEFAULT_SETTINGS,
): Promise<T> {
	return await vendorRequest<T>(ctx, localtrac, { encoding: 'json', ...request }, settings);
}

/** Shortcut for operations: the node's timeout and retry options applied to one request. */
export async function callApi<T = IDataObject>(ctx: IExecuteFunctions, request: VendorRequest): Promise<T> {
	return await localtracRequest<T>(ctx, request, requestSettings(ctx));
}

/** A page of locations: LOCALTRAC answers with a bare array. */
export function locationPage(body: unknown): IDataObject[] {
	return Array.isArray(body) ? (body.filter((r) => r && typeof r === 'object') as IDataObject[]) : [];
}

/**
 * A page of schedule exceptions: an object keyed by date, each date holding its periods.
 * It becomes one record per date. An empty page may come as `[]`.
 */
export function exceptionPage(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body.filter((r) => r && typeof r === 'object') as IDataObject[];
	if (!body || typeof body !== 'object') return [];
	return Object.entries(body as IDataObject).map(([date, periods]) => ({
		date,
		periods: Array.isArray(periods) ? periods : [],
	}));
}

export interface ListCall {
	path: string;
	itemIndex: number;
	/** Turns one reply into records. */
	read: (body: unknown) => IDataObject[];
	/** What identifies a record, to notice a server that serves the same page again. */
	key: (record: IDataObject) => string;
	/**
	 * Records on a full page. Known for locations (20). Where it is not documented, pass 1:
	 * pages are then read until an empty one.
	 */
	pageSize: number;
}

/**
 * Return All / Limit over a list paged with `p`. Without a total, pages are read one after another
 * until a page holds fewer records than a full page. A page whose records were all seen already ends
 * the list too, so a server that ignores `p` cannot make it loop.
 */
export async function listRecords(ctx: IExecuteFunctions, call: ListCall): Promise<IDataObject[]> {
	const { returnAll, limit } = listParameters(ctx, call.itemIndex);
	const settings = requestSettings(ctx);
	const seen = new Set<string>();
	return await paginate(
		async (p): Promise<Page> => {
			const body = await localtracRequest<unknown>(
				ctx,
				{ method: 'GET', path: call.path, qs: { p }, safe: true, itemIndex: call.itemIndex },
				settings,
			);
			const items = call.read(body);
			const keys = items.map(call.key);
			if (p > 1 && items.length > 0 && keys.every((k) => seen.has(k))) return { items: [] };
			keys.forEach((k) => seen.add(k));
			return { items };
		},
		{ returnAll, limit, pageSize: call.pageSize, concurrency: 1 },
	);
}
