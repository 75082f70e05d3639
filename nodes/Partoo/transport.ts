import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { PARTOO_ENVIRONMENTS } from '../../credentials/PartooApi.credentials';
import type { VendorErrorText } from '../shared/errors';
import type { Page } from '../shared/pagination';
import { paginate } from '../shared/pagination';
import { listParameters, pageConcurrency, requestSettings } from '../shared/params';
import type { RequestContext, RequestSettings, Vendor, VendorRequest } from '../shared/request';
import { DEFAULT_SETTINGS, keyInQuery, vendorRequest } from '../shared/request';

/** Every Partoo list answers 30 records per page. */
export const PAGE_SIZE = 30;

/** Top-level keys of Partoo's `errors` object that name a kind of error, not a field. */
const ERROR_KINDS = new Set(['json', 'authentication', 'authorization', 'resource', 'server']);

function scalarText(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() || undefined;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return undefined;
}

/**
 * Flattens nested field errors into `path: message` lines, e.g. `{open_hours: {1: 'must be a string'}}`
 * gives `open_hours.1: must be a string`. A list of messages under one field gives one line each.
 */
function flattenErrors(value: unknown, path: string[], lines: string[]): void {
	const text = scalarText(value);
	if (text !== undefined) {
		lines.push(path.length ? `${path.join('.')}: ${text}` : text);
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((entry, index) => {
			const isScalar = scalarText(entry) !== undefined;
			flattenErrors(entry, isScalar ? path : [...path, String(index)], lines);
		});
		return;
	}
	if (value && typeof value === 'object') {
		for (const [key, child] of Object.entries(value as IDataObject)) flattenErrors(child, [...path, key], lines);
	}
}

/**
 * Partoo error bodies are `{"errors": {...}}` with one of `json` (request body problems, possibly nested by field),
 * `authentication`, `authorization`, `resource` or `server`. They become one line: every problem, separated by "; ".
 */
export function parsePartooError(body: unknown): VendorErrorText | undefined {
	let data = body;
	if (typeof data === 'string') {
		const trimmed = data.trim();
		if (!trimmed || trimmed.startsWith('<')) return undefined;
		try {
			data = JSON.parse(trimmed);
		} catch {
			return { message: trimmed.slice(0, 300) };
		}
	}
	if (!data || typeof data !== 'object') return undefined;
	const errors = (data as IDataObject).errors;
	const lines: string[] = [];
	if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
		for (const [key, value] of Object.entries(errors as IDataObject)) {
			flattenErrors(value, ERROR_KINDS.has(key) ? [] : [key], lines);
		}
	} else if (errors !== undefined) {
		flattenErrors(errors, [], lines);
	} else {
		const message = scalarText((data as IDataObject).message) ?? scalarText((data as IDataObject).error);
		if (message) lines.push(message);
	}
	return lines.length ? { message: lines.join('; ') } : undefined;
}

/** The base URL of the environment chosen in the credential. */
export function partooBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const environment = typeof credentials.environment === 'string' ? credentials.environment : 'productionFrance';
	if (environment === 'custom') return typeof credentials.customUrl === 'string' ? credentials.customUrl.trim().replace(/\/+$/, '') : '';
	return PARTOO_ENVIRONMENTS[environment as keyof typeof PARTOO_ENVIRONMENTS] ?? PARTOO_ENVIRONMENTS.productionFrance;
}

export const partoo: Vendor = {
	credentialType: 'partooApi',
	baseUrl: partooBaseUrl,
	// The key travels in every URL (api_key=...), so it is removed from every error in plain and URL-encoded forms.
	secretFields: ['apiKey'],
	parseError: parsePartooError,
	applyKey: keyInQuery('api_key', 'apiKey'),
};

export async function partooRequest<T = IDataObject>(
	ctx: RequestContext,
	request: VendorRequest,
	settings: RequestSettings = DEFAULT_SETTINGS,
): Promise<T> {
	return await vendorRequest<T>(ctx, partoo, request, settings);
}

/**
 * One request with the node's timeout and retry options. `hide` lists input values that are secrets
 * (a user's password, an authorization token): they are removed from the error if Partoo echoes them.
 */
export async function callApi<T = IDataObject>(
	ctx: IExecuteFunctions,
	request: VendorRequest,
	hide: Array<string | undefined> = [],
): Promise<T> {
	return await partooRequest<T>(ctx, { ...request, secrets: [...(request.secrets ?? []), ...hide] }, requestSettings(ctx));
}

/** Reads the records of a search reply `{page, max_page, count, <listKey>: [...]}`. */
export function searchPage(body: IDataObject, listKey: string): Page {
	const items = Array.isArray(body?.[listKey]) ? (body[listKey] as IDataObject[]) : [];
	let totalPages: number | undefined;
	if (typeof body?.max_page === 'number') totalPages = body.max_page;
	else if (typeof body?.count === 'number') totalPages = Math.ceil(body.count / PAGE_SIZE);
	return { items, totalPages };
}

export interface SearchCall {
	path: string;
	listKey: string;
	qs?: IDataObject;
	/** The field that identifies a record; a record met twice (data shifting between pages) is kept once. */
	key: string;
	itemIndex?: number;
}

export interface ReadOptions {
	returnAll: boolean;
	limit: number;
	concurrency: number;
	settings: RequestSettings;
}

/**
 * Reads a Partoo search endpoint page by page (`page`, 30 per page). The first reply's `max_page`
 * (or `count`) tells how many pages exist; the others are fetched with bounded concurrency and kept in order.
 * Usable from any context (execute, poll), so a trigger can read the same lists.
 */
export async function readSearch(ctx: RequestContext, call: SearchCall, options: ReadOptions): Promise<IDataObject[]> {
	const records = await paginate(
		async (page) => {
			const body = await partooRequest<IDataObject>(
				ctx,
				{ method: 'GET', path: call.path, qs: { ...call.qs, page }, safe: true, itemIndex: call.itemIndex },
				options.settings,
			);
			return searchPage(body, call.listKey);
		},
		{ returnAll: options.returnAll, limit: options.limit, pageSize: PAGE_SIZE, concurrency: options.concurrency },
	);
	const seen = new Set<string>();
	return records.filter((record) => {
		const id = record?.[call.key];
		if (id === undefined || id === null) return true;
		const marker = String(id);
		if (seen.has(marker)) return false;
		seen.add(marker);
		return true;
	});
}

/** Return All / Limit over a Partoo search endpoint, with the node's options. */
export async function listRecords(ctx: IExecuteFunctions, call: SearchCall & { itemIndex: number }): Promise<IDataObject[]> {
	const { returnAll, limit } = listParameters(ctx, call.itemIndex);
	return await readSearch(ctx, call, {
		returnAll,
		limit,
		concurrency: pageConcurrency(ctx),
		settings: requestSettings(ctx),
	});
}

/** Partoo's documented booleans are the strings "True" and "False". */
export function trueFalse(value: boolean | undefined): 'True' | 'False' | undefined {
	if (value === undefined) return undefined;
	return value ? 'True' : 'False';
}
