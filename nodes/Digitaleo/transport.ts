import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { VendorErrorText } from '../shared/errors';
import { paginate } from '../shared/pagination';
import { listParameters, requestSettings } from '../shared/params';
import type { RequestContext, RequestSettings, Vendor, VendorRequest } from '../shared/request';
import { DEFAULT_SETTINGS, vendorRequest } from '../shared/request';

export const DEFAULT_BASE_URL = 'https://api.digitaleo.com/back-office/v1';
export const DEFAULT_OAUTH_URL = 'https://oauth.messengeo.net/token';
/** Where a browser posts a login_as token to open the account holder's session. */
export const LOGIN_URL = 'https://app.digitaleo.com/auth/login';

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() ? value.trim() : undefined;

/**
 * Digitaleo error bodies come in several shapes:
 * - validation (417): `{message, errorCode, messages: [{field, errorCode, message, details}]}`;
 * - not found and other API errors: `{error: {message, status_code}}`;
 * - plain `{message, errorCode}` (409 login not available, 400 login template missing);
 * - the OAuth server: `{error: "invalid_client", error_description: "..."}`.
 */
export function parseDigitaleoError(body: unknown): VendorErrorText | undefined {
	if (!body || typeof body !== 'object') {
		const plain = text(body);
		if (plain && !plain.startsWith('<')) return { message: plain.slice(0, 300) };
		return undefined;
	}
	const data = body as IDataObject;
	const errorCode = text(data.errorCode);
	const description = errorCode ? `Error code: ${errorCode}` : undefined;

	if (Array.isArray(data.messages) && data.messages.length) {
		const lines = (data.messages as unknown[])
			.map((entry) => {
				if (!entry || typeof entry !== 'object') return text(entry);
				const e = entry as IDataObject;
				const message = text(e.message) ?? text(e.details) ?? text(e.errorCode);
				const field = text(e.field);
				if (!message) return field;
				return field ? `${field}: ${message}` : message;
			})
			.filter((line): line is string => line !== undefined);
		if (lines.length) {
			const intro = (text(data.message) ?? 'The data was refused').replace(/[.:]+$/, '');
			return { message: `${intro}: ${lines.join('; ')}`, description };
		}
	}

	if (data.error && typeof data.error === 'object') {
		const nested = data.error as IDataObject;
		const message = text(nested.message);
		if (message) return { message, description };
	}

	if (typeof data.error === 'string') {
		const code = text(data.error);
		const detail = text(data.error_description);
		if (detail && code) return { message: `${detail} (${code})` };
		if (code) return { message: code };
	}

	const message = text(data.message);
	if (message) return { message, description };
	return undefined;
}

export const digitaleo: Vendor = {
	credentialType: 'digitaleoApi',
	baseUrl: (credentials: ICredentialDataDecryptedObject) => text(credentials.baseUrl) ?? DEFAULT_BASE_URL,
	// The access token is read again after each failure, so a token refreshed during the call is hidden too.
	secretFields: ['clientSecret', 'accessToken'],
	parseError: parseDigitaleoError,
	session: { tokenField: 'accessToken', isRefusedLogin: (error) => isRefusedLogin(error) },
};

/** How the credential words a failed login; the transport recognises it by this text. */
export const LOGIN_FAILURE_TEXT = 'Digitaleo did not issue an access token';

/** A refused login: the OAuth server's refusal (worded by the credential) or a 401 that survived a fresh login. */
function isRefusedLogin(error: unknown): boolean {
	const { message, httpCode } = (error ?? {}) as { message?: unknown; httpCode?: unknown };
	return httpCode === '401' || (typeof message === 'string' && message.includes(LOGIN_FAILURE_TEXT));
}

/**
 * Every Digitaleo call. The shared session gate makes the calls of one execution wait for the first
 * one to obtain the access token, then run in parallel: 1,000 items need one login, not one per item.
 * When the login itself is refused, the other calls report that refusal without logging in again.
 */
export async function digitaleoRequest<T = IDataObject>(
	ctx: RequestContext,
	request: VendorRequest,
	settings: RequestSettings = DEFAULT_SETTINGS,
): Promise<T> {
	return await vendorRequest<T>(ctx, digitaleo, request, settings);
}

/** Shortcut for operations: the node's timeout and retry options applied to one request. */
export async function callApi<T = IDataObject>(ctx: IExecuteFunctions, request: VendorRequest): Promise<T> {
	return await digitaleoRequest<T>(ctx, request, requestSettings(ctx));
}

/** One path segment built from a user-given identifier. */
export const segment = (value: string): string => encodeURIComponent(value);

export const accountPath = (accountId: string): string => `/accounts/${segment(accountId)}`;

export interface FullResponse {
	statusCode: number;
	headers?: Record<string, unknown>;
	body?: unknown;
}

function isEmptyBody(body: unknown): boolean {
	if (body === undefined || body === null) return true;
	if (typeof body === 'string') return body.trim() === '';
	if (typeof body === 'object' && !Array.isArray(body)) return Object.keys(body as object).length === 0;
	return false;
}

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() !== name) continue;
		const first = Array.isArray(value) ? value[0] : value;
		return text(first);
	}
	return undefined;
}

/** The last path segment of a Location header: the identifier of the entity it links to. */
function idFromLocation(location: string): string | undefined {
	let path: string;
	try {
		path = new URL(location, 'https://placeholder.invalid').pathname;
	} catch {
		return undefined;
	}
	const last = path.split('/').filter(Boolean).pop();
	if (!last) return undefined;
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}

/**
 * The output of a change. Digitaleo answers most changes with 204 No Content and a Location header:
 * that becomes `{success: true, id, location}`, the ID read from the Location when there is one.
 * A reply that does carry a JSON record is returned as it is.
 */
export function changeResult(response: FullResponse, id: string): IDataObject {
	if (!isEmptyBody(response.body) && typeof response.body === 'object') return response.body as IDataObject;
	const location = headerValue(response.headers, 'location');
	return { success: true, id: (location && idFromLocation(location)) || id, location: location ?? null };
}

/** The records of a list reply: a bare array as documented, or the array inside a wrapper object. */
export function recordsOf(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	if (isEmptyBody(body)) return [];
	if (typeof body === 'object') {
		for (const key of ['data', 'items', 'users', 'businesses', 'results']) {
			const inner = (body as IDataObject)[key];
			if (Array.isArray(inner)) return inner as IDataObject[];
		}
		return [body as IDataObject];
	}
	return [];
}

/**
 * Return All / Limit over a Digitaleo list. The API documents no paging: the list comes whole in one
 * reply, and Limit keeps its first records.
 */
export async function listRecords(
	ctx: IExecuteFunctions,
	path: string,
	itemIndex: number,
	qs?: IDataObject,
): Promise<IDataObject[]> {
	const { returnAll, limit } = listParameters(ctx, itemIndex);
	return await paginate(
		async () => {
			const body = await callApi<unknown>(ctx, { method: 'GET', path, qs, safe: true, itemIndex });
			return { items: recordsOf(body), totalPages: 1 };
		},
		{ returnAll, limit, pageSize: Number.MAX_SAFE_INTEGER, concurrency: 1 },
	);
}

/** The OAuth URL of the credential, refused unless it is https (or http on this machine). */
export function oauthUrl(ctx: RequestContext, credentials: ICredentialDataDecryptedObject): string {
	const raw = text(credentials.oauthUrl) ?? DEFAULT_OAUTH_URL;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new NodeOperationError(ctx.getNode(), `The credential's OAuth URL "${raw}" is not a valid URL`);
	}
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
		throw new NodeOperationError(
			ctx.getNode(),
			"The credential's OAuth URL must start with https:// (plain http is accepted only for localhost)",
		);
	}
	return raw;
}

function seconds(value: unknown): number | null {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
	return null;
}

export interface LoginAsToken extends IDataObject {
	access_token: string;
	expires_in: number | null;
	token_type: string | null;
}

/**
 * Asks the OAuth server for a token that opens the account holder's own session (grant type login_as).
 * The body is JSON, like the client-credentials call: the collection sends both with
 * `Content-Type: application/json` and a raw JSON body. The client secret travels in the body, so the
 * call is sent without the Bearer header.
 */
export async function loginAsToken(ctx: IExecuteFunctions, accountId: string, itemIndex: number): Promise<LoginAsToken> {
	const credentials = await ctx.getCredentials(digitaleo.credentialType);
	const url = oauthUrl(ctx, credentials);
	const reply = await digitaleoRequest<IDataObject>(
		ctx,
		{
			method: 'POST',
			path: '',
			url,
			withoutAuth: true,
			body: {
				client_id: credentials.clientId as string,
				client_secret: credentials.clientSecret as string,
				grant_type: 'login_as',
				external_identifier: accountId,
			},
			// Asking for a token changes nothing in the account; a repeated call only issues another token.
			safe: true,
			itemIndex,
		},
		requestSettings(ctx),
	);
	const token = text(reply?.access_token);
	if (!token) {
		throw new NodeOperationError(ctx.getNode(), 'Digitaleo answered without an access token for this account', {
			itemIndex,
		});
	}
	return {
		access_token: token,
		expires_in: seconds(reply.expires_in),
		token_type: text(reply.token_type) ?? null,
	};
}
