import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { VendorErrorText } from '../shared/errors';
import type { Page } from '../shared/pagination';
import { paginate } from '../shared/pagination';
import { listParameters, pageConcurrency, requestSettings } from '../shared/params';
import type { RequestContext, RequestSettings, Vendor, VendorRequest } from '../shared/request';
import { DEFAULT_SETTINGS, keyInHeader, vendorRequest } from '../shared/request';
import { rules, validate, z } from '../shared/validation';

export const DEFAULT_BASE_URL = 'https://api.guestonline.fr/v1';

/** Largest page the API serves (its `max_results` bound). */
export const MAX_PAGE_SIZE = 100;

/**
 * Guestonline error bodies carry `message` (always) and optionally `object`, `code` and `status`.
 */
export function parseGuestonlineError(body: unknown): VendorErrorText | undefined {
	if (!body || typeof body !== 'object') {
		if (typeof body === 'string' && body.trim() && !body.trim().startsWith('<')) {
			return { message: body.trim().slice(0, 300) };
		}
		return undefined;
	}
	const data = body as IDataObject;
	const message = typeof data.message === 'string' && data.message.trim() ? data.message.trim() : undefined;
	if (!message) return undefined;
	const details: string[] = [];
	if (data.code !== undefined && data.code !== null) details.push(`Error code: ${String(data.code)}`);
	if (typeof data.object === 'string' && data.object) details.push(`Object: ${data.object}`);
	return { message, description: details.length ? details.join('\n') : undefined };
}

export const guestonline: Vendor = {
	credentialType: 'guestonlineApi',
	baseUrl: (credentials: ICredentialDataDecryptedObject) =>
		typeof credentials.baseUrl === 'string' && credentials.baseUrl.trim()
			? credentials.baseUrl.trim()
			: DEFAULT_BASE_URL,
	secretFields: ['token'],
	parseError: parseGuestonlineError,
	applyKey: keyInHeader('X-Token', 'token'),
};

export async function guestonlineRequest<T = IDataObject>(
	ctx: RequestContext,
	request: VendorRequest,
	settings: RequestSettings = DEFAULT_SETTINGS,
): Promise<T> {
	return await vendorRequest<T>(ctx, guestonline, { encoding: 'form', ...request }, settings);
}

/** Shortcut for operations: the node's timeout/retry options applied to one request. */
export async function callApi<T = IDataObject>(
	ctx: IExecuteFunctions,
	request: VendorRequest,
): Promise<T> {
	return await guestonlineRequest<T>(ctx, request, requestSettings(ctx));
}

/** Reads the records of a list envelope `{object: 'list', num_pages, <listKey>: [...]}`. */
export function envelopePage(body: IDataObject, listKey: string): Page {
	const items = Array.isArray(body?.[listKey]) ? (body[listKey] as IDataObject[]) : [];
	const totalPages = typeof body?.num_pages === 'number' ? body.num_pages : undefined;
	return { items, totalPages };
}

const pageSizeSchema = z.object({ pageSize: rules.int(1, MAX_PAGE_SIZE) });

export interface ListCall {
	path: string;
	listKey: string;
	qs?: IDataObject;
	itemIndex: number;
	/** False for lists the API returns whole, without page parameters. */
	paginated?: boolean;
}

/** Return All / Limit over a Guestonline list endpoint. */
export async function listRecords(ctx: IExecuteFunctions, call: ListCall): Promise<IDataObject[]> {
	const { returnAll, limit } = listParameters(ctx, call.itemIndex);
	const settings = requestSettings(ctx);
	if (call.paginated === false) {
		const body = await guestonlineRequest<IDataObject>(
			ctx,
			{ method: 'GET', path: call.path, qs: call.qs, safe: true, itemIndex: call.itemIndex },
			settings,
		);
		const { items } = envelopePage(body, call.listKey);
		return returnAll ? items : items.slice(0, limit);
	}
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const { pageSize: fullPage } = validate(
		ctx,
		pageSizeSchema,
		{ pageSize: options.pageSize ?? MAX_PAGE_SIZE },
		call.itemIndex,
		{ pageSize: 'Page Size' },
	);
	// A small limit needs a single small page rather than a full one.
	const pageSize = returnAll ? fullPage : Math.min(fullPage, Math.max(1, limit));
	return await paginate(
		async (page) => {
			const body = await guestonlineRequest<IDataObject>(
				ctx,
				{
					method: 'GET',
					path: call.path,
					qs: { ...call.qs, page, max_results: pageSize },
					safe: true,
					itemIndex: call.itemIndex,
				},
				settings,
			);
			return envelopePage(body, call.listKey);
		},
		{ returnAll, limit, pageSize, concurrency: pageConcurrency(ctx) },
	);
}
