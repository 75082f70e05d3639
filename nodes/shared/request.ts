import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import type { FailedCall, VendorErrorParser } from './errors';
import { buildApiError, buildUnreadableReplyError } from './errors';
import { paceOf } from './pace';
import { perRun } from './per-run';
import type { SessionPolicy } from './session';
import { withSession } from './session';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** How one vendor is reached: its credential, where its base URL lives, and how its errors read. */
export interface Vendor {
	credentialType: string;
	/** Reads the base URL from the credential data (without a trailing slash). */
	baseUrl: (credentials: ICredentialDataDecryptedObject) => string;
	/** Credential fields whose values must never be shown: keys, passwords, tokens. */
	secretFields: readonly string[];
	parseError: VendorErrorParser;
	/** For session-token credentials: one login per token lifetime, however many items run at once. */
	session?: SessionPolicy;
	/**
	 * For credentials holding a fixed key: puts the key on a request exactly as the credential's
	 * `authenticate` declares it (test/shared/apply-key.test.ts holds the two together). The request
	 * then goes out with n8n's plain `httpRequest`, using the credential read once per run, instead of
	 * n8n reading the credential and resolving its expression again for every request. Session
	 * vendors leave it out: their token comes from the credential's preAuthentication, which only
	 * `httpRequestWithAuthentication` runs.
	 */
	applyKey?: (credentials: ICredentialDataDecryptedObject, options: IHttpRequestOptions) => void;
}

const keyText = (credentials: ICredentialDataDecryptedObject, field: string): string => {
	const value = credentials[field];
	return value === undefined || value === null ? '' : String(value);
};

/** `applyKey` for a key sent in a header, e.g. `X-Token: <token>` or `Authorization: Bearer <key>`. */
export function keyInHeader(header: string, field: string, prefix = ''): NonNullable<Vendor['applyKey']> {
	return (credentials, options) => {
		options.headers = { ...options.headers, [header]: `${prefix}${keyText(credentials, field)}` };
	};
}

/** `applyKey` for a key sent as a query parameter, e.g. `api_key=<key>`. */
export function keyInQuery(parameter: string, field: string): NonNullable<Vendor['applyKey']> {
	return (credentials, options) => {
		options.qs = { ...options.qs, [parameter]: keyText(credentials, field) };
	};
}

export type BodyEncoding = 'json' | 'form';

export interface VendorRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, starting with a slash. */
	path: string;
	/** An absolute URL to call instead of base URL + path (e.g. a vendor's separate OAuth host). */
	url?: string;
	/** Send without the credential's authentication (the body carries its own proof, e.g. a token request). */
	withoutAuth?: boolean;
	/** Return `{ statusCode, headers, body }` instead of the body, e.g. to read a Location header of a 204. */
	fullResponse?: boolean;
	/**
	 * Error statuses whose reply the operation reads itself (e.g. a 400 that lists per-item errors).
	 * They come back as `{ statusCode, headers, body }` instead of being thrown. Implies fullResponse.
	 */
	readStatuses?: number[];
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	/** JSON unless the vendor documents form encoding. */
	encoding?: BodyEncoding;
	/**
	 * True when sending the request twice has the same effect as sending it once (reads).
	 * Only such requests are retried after server errors and network failures.
	 */
	safe: boolean;
	itemIndex?: number;
	/** Values of this request that must never be shown, e.g. a password the user typed for a new account. */
	secrets?: Array<string | undefined>;
}

export interface RequestSettings {
	/** Milliseconds before a request is abandoned. */
	timeout: number;
	/** Retries after the first attempt. */
	maxRetries: number;
}

/** Backoff timing. Exposed so the test suite can shorten the waits; the node never changes it. */
export const retryTiming = {
	baseDelayMs: 500,
	maxDelayMs: 30_000,
};

export const DEFAULT_SETTINGS: RequestSettings = { timeout: 30_000, maxRetries: 3 };

const RETRYABLE_STATUS_SAFE = new Set([429, 502, 503, 504]);
const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNABORTED',
	'ETIMEDOUT',
	'ECONNREFUSED',
	'EPIPE',
	'EAI_AGAIN',
	'UND_ERR_SOCKET',
]);

/**
 * Serialises a nested object into form fields with bracket keys, the way Rails-style APIs read them:
 * `{booking: {contact: {lastname: 'A'}}, emails: ['x', 'y']}` gives
 * `booking[contact][lastname]=A&emails[]=x&emails[]=y`. Undefined and null values are left out.
 */
export function encodeForm(data: IDataObject): string {
	const pairs: string[] = [];
	const add = (key: string, value: unknown): void => {
		if (value === undefined || value === null) return;
		if (Array.isArray(value)) {
			for (const entry of value) add(`${key}[]`, entry);
			return;
		}
		if (typeof value === 'object') {
			for (const [child, childValue] of Object.entries(value as IDataObject)) {
				add(`${key}[${child}]`, childValue);
			}
			return;
		}
		pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
	};
	for (const [key, value] of Object.entries(data)) add(key, value);
	return pairs.join('&');
}

/** Query parameters: arrays become `key[]=a&key[]=b`, nested objects `key[child]=v`. */
function flattenQuery(qs: IDataObject | undefined): IDataObject | undefined {
	if (!qs) return undefined;
	const out: IDataObject = {};
	const add = (key: string, value: unknown): void => {
		if (value === undefined || value === null || value === '') return;
		if (Array.isArray(value)) {
			if (value.length) out[`${key}[]`] = value.map((v) => String(v));
			return;
		}
		if (typeof value === 'object') {
			for (const [child, childValue] of Object.entries(value as IDataObject)) add(`${key}[${child}]`, childValue);
			return;
		}
		out[key] = value as string | number | boolean;
	};
	for (const [key, value] of Object.entries(qs)) add(key, value);
	return Object.keys(out).length ? out : undefined;
}

/** Pulls status, body and network code out of whatever the HTTP helper threw. */
export function inspectFailure(error: unknown): FailedCall {
	const seen = new Set<unknown>();
	let current: unknown = error;
	const call: FailedCall = {};
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const e = current as {
			response?: { status?: number; data?: unknown; body?: unknown };
			code?: unknown;
			message?: unknown;
			cause?: unknown;
			httpCode?: unknown;
		};
		if (e.response && typeof e.response.status === 'number' && call.status === undefined) {
			call.status = e.response.status;
			call.body = e.response.data ?? e.response.body;
		}
		if (typeof e.code === 'string' && /^[A-Z_]+$/.test(e.code) && !call.code) call.code = e.code;
		if (typeof e.message === 'string' && !call.transportMessage && !(current instanceof NodeApiError)) {
			call.transportMessage = e.message;
		}
		current = e.cause;
	}
	return call;
}

/** The HTTP response carried by a failure, wherever the HTTP helper nested it. */
function responseOf(error: unknown): { headers?: Record<string, unknown> } | undefined {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const response = (current as { response?: { headers?: Record<string, unknown> } }).response;
		if (response && typeof response === 'object') return response;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

function retryAfterMs(error: unknown): number | undefined {
	const headers = responseOf(error)?.headers;
	const raw = headers?.['retry-after'] ?? headers?.['Retry-After'];
	if (raw === undefined) return undefined;
	const text = String(raw).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
	const at = Date.parse(text);
	return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function responseHeaders(error: unknown): Record<string, unknown> {
	return { ...(responseOf(error)?.headers ?? {}) };
}

/** Whether a failed attempt may be sent again. Changes are resent only when the server refused them unprocessed (429). */
export function isRetryable(call: FailedCall, safe: boolean): boolean {
	if (call.status === 429) return true;
	if (!safe) return false;
	if (call.status !== undefined) return RETRYABLE_STATUS_SAFE.has(call.status);
	return call.code !== undefined && RETRYABLE_NETWORK_CODES.has(call.code);
}

/** Wait before the next attempt: the server's Retry-After when given, else exponential, always capped. */
export function backoff(attempt: number, error: unknown): number {
	const hinted = retryAfterMs(error);
	const exponential = retryTiming.baseDelayMs * 2 ** attempt;
	return Math.min(hinted ?? exponential, retryTiming.maxDelayMs);
}

/** Credentials read in this run, per credential type. */
const credentialsRead = perRun((_ctx: RequestContext) => new Map<string, Promise<ICredentialDataDecryptedObject>>());

/** Credentials are read once per execution context, not once per item. */
async function readCredentials(ctx: RequestContext, type: string): Promise<ICredentialDataDecryptedObject> {
	const byType = credentialsRead(ctx);
	let pending = byType.get(type);
	if (!pending) {
		pending = ctx.getCredentials(type);
		byType.set(type, pending);
		pending.catch(() => byType.delete(type));
	}
	return await pending;
}

function secretValues(credentials: ICredentialDataDecryptedObject, fields: readonly string[]): string[] {
	return fields
		.map((field) => credentials[field])
		.filter((value): value is string => typeof value === 'string' && value.length > 0);
}

/**
 * What is wrong with a URL credentials are sent to, if anything: it must parse, and use https
 * (plain http only for this machine), so that secrets never cross a network in clear text.
 */
export function urlProblem(raw: string): string | undefined {
	if (checkedUrls.has(raw)) return checkedUrls.get(raw);
	const problem = findUrlProblem(raw);
	// A run sends every request to the same base URL or two: remember the verdict instead of parsing it each time.
	if (checkedUrls.size >= 100) checkedUrls.clear();
	checkedUrls.set(raw, problem);
	return problem;
}

const checkedUrls = new Map<string, string | undefined>();

function findUrlProblem(raw: string): string | undefined {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return 'is not a valid URL';
	}
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
		return 'must start with https:// (plain http is accepted only for localhost)';
	}
	return undefined;
}

/** Checks the base URL (see urlProblem) and returns it without trailing slashes. */
export function checkBaseUrl(ctx: RequestContext, baseUrl: string): string {
	const problem = urlProblem(baseUrl);
	if (problem === 'is not a valid URL') {
		throw new NodeOperationError(ctx.getNode(), `The credential's Base URL "${baseUrl}" is not a valid URL`);
	}
	if (problem) throw new NodeOperationError(ctx.getNode(), `The credential's Base URL ${problem}`);
	return baseUrl.replace(/\/+$/, '');
}

/**
 * The one path every vendor call takes: authentication through the credential,
 * encoding, timeout, retries for what is safe to retry, and readable, redacted errors.
 */
export async function vendorRequest<T = unknown>(
	ctx: RequestContext,
	vendor: Vendor,
	request: VendorRequest,
	settings: RequestSettings = DEFAULT_SETTINGS,
): Promise<T> {
	if (vendor.session && !request.withoutAuth) {
		const policy = vendor.session;
		return await withSession(ctx, vendor.credentialType, policy, request.itemIndex, async () => await send<T>(ctx, vendor, request, settings));
	}
	return await send<T>(ctx, vendor, request, settings);
}

async function send<T>(ctx: RequestContext, vendor: Vendor, request: VendorRequest, settings: RequestSettings): Promise<T> {
	const credentials = await readCredentials(ctx, vendor.credentialType);
	const url = request.url ? checkBaseUrl(ctx, request.url) : `${checkBaseUrl(ctx, vendor.baseUrl(credentials))}${request.path}`;
	const options: IHttpRequestOptions = {
		method: request.method,
		url,
		// Always the full reply: its status and content type are needed to report a body that is not JSON.
		returnFullResponse: true,
		qs: flattenQuery(request.qs),
		// List keys already end in [], so each value is repeated under that key: expands[]=a&expands[]=b.
		arrayFormat: 'repeat',
		json: true,
		timeout: settings.timeout,
		headers: { Accept: 'application/json' },
	};
	// A cancelled execution stops its requests in flight, as n8n's authenticated helper does.
	if ('getExecutionCancelSignal' in ctx) options.abortSignal = ctx.getExecutionCancelSignal();
	if (request.body !== undefined && request.method !== 'GET') {
		if ((request.encoding ?? 'json') === 'form') {
			options.headers = { ...options.headers, 'Content-Type': 'application/x-www-form-urlencoded' };
			options.body = encodeForm(request.body as IDataObject);
		} else {
			options.headers = { ...options.headers, 'Content-Type': 'application/json' };
			options.body = request.body;
		}
	}

	const wantsFullResponse = request.fullResponse === true || (request.readStatuses?.length ?? 0) > 0;
	const pace = paceOf(ctx);
	for (let attempt = 0; ; attempt++) {
		let reply: FullResponse;
		const ticket = await pace.take();
		try {
			const attemptOptions = { ...options, headers: { ...options.headers } };
			if (!request.withoutAuth) vendor.applyKey?.(credentials, attemptOptions);
			reply = (
				request.withoutAuth || vendor.applyKey
					? await ctx.helpers.httpRequest(attemptOptions)
					: await ctx.helpers.httpRequestWithAuthentication.call(ctx, vendor.credentialType, attemptOptions)
			) as FullResponse;
			pace.done(ticket);
		} catch (error) {
			const call = inspectFailure(error);
			// A 429 slows the whole run down: no request is sent until the wait is over (see pace.ts).
			if (call.status === 429) pace.limited(ticket, backoff(attempt, error));
			else pace.done(ticket);
			if (call.status !== undefined && request.readStatuses?.includes(call.status)) {
				return { statusCode: call.status, headers: responseHeaders(error), body: call.body } as T;
			}
			if (attempt < settings.maxRetries && isRetryable(call, request.safe)) {
				// After a 429 the next permit waits for the pause; other failures wait on their own.
				if (call.status !== 429) await sleep(backoff(attempt, error));
				continue;
			}
			throw buildApiError(ctx.getNode(), call, vendor.parseError, await secretsOf(ctx, vendor, request, credentials), request.itemIndex);
		}
		// JSON was asked for and parsed where possible: text left over is a proxy's page or a broken body.
		if (typeof reply.body === 'string' && reply.body.trim() !== '') {
			const contentType = headerText(reply.headers, 'content-type');
			throw buildUnreadableReplyError(
				ctx.getNode(),
				{ status: reply.statusCode, contentType, text: reply.body, safe: request.safe },
				await secretsOf(ctx, vendor, request, credentials),
				request.itemIndex,
			);
		}
		return (wantsFullResponse ? reply : reply.body) as T;
	}
}

interface FullResponse {
	statusCode: number;
	headers?: Record<string, unknown>;
	body?: unknown;
}

function headerText(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	const value = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
	return value === undefined || value === null ? undefined : String(value);
}

/** Everything an error about this request must not show. */
async function secretsOf(
	ctx: RequestContext,
	vendor: Vendor,
	request: VendorRequest,
	credentials: ICredentialDataDecryptedObject,
): Promise<string[]> {
	// Read the credential again: a token refreshed during this call must be hidden too.
	const fresh = await ctx.getCredentials(vendor.credentialType).catch(() => credentials);
	return [
		...secretValues(credentials, vendor.secretFields),
		...secretValues(fresh, vendor.secretFields),
		...(request.secrets ?? []).filter((value): value is string => typeof value === 'string' && value.length > 0),
	];
}
