import type { ICredentialDataDecryptedObject, IExecuteFunctions, ILoadOptionsFunctions, IPollFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { perRun } from './per-run';

type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** How a vendor's session credential stores its token (filled by the credential's preAuthentication). */
export interface SessionPolicy {
	/** The hidden expirable credential field holding the token. */
	tokenField: string;
	/** A credential field holding the token's expiry as an ISO date, when the vendor states a lifetime. */
	expiresAtField?: string;
	/** Whether a failure means the login itself was refused; by default, any 401. */
	isRefusedLogin?: (error: unknown) => boolean;
}

/**
 * Vendors with session tokens (a login, then a token for a while): n8n logs in (the credential's
 * preAuthentication) whenever a request starts without a token or gets a 401, and each request in
 * flight at that moment would log in on its own. The gate below keeps that to one login:
 * - while no valid token is known, one request runs alone and the others wait for it;
 * - shortly before the token's known expiry, requests run one at a time again, so only one of them
 *   meets the 401 and logs in again;
 * - once LOCALTRAC has refused the login (401), the remaining requests of the execution fail with the
 *   same error without trying again, so a wrong password is not sent once per item.
 */

/** Run alone from this long before the token's estimated expiry. */
const EXPIRY_MARGIN_MS = 30_000;
/** If a token is still accepted this long after its estimated expiry, stop relying on the estimate. */
const ESTIMATE_GRACE_MS = 5 * 60_000;

interface RefusedLogin {
	message: string;
	description?: string;
	httpCode: string;
}

interface SessionState {
	/** Settles when the request that runs alone has finished. */
	exclusive?: Promise<void>;
	/** Pending read of the stored token's expiry. */
	reading?: Promise<void>;
	/** Estimated expiry of the stored token (ms); 0 when there is none; undefined until read. */
	expiresAt?: number;
	inFlight: number;
	idleWaiters: Array<() => void>;
	refused?: RefusedLogin;
}

const stateOf = perRun((_ctx: RequestContext): SessionState => ({ inFlight: 0, idleWaiters: [] }));

/** When the stored token stops being valid: 0 without a token, Infinity when its age is unknown. */
function expiryOf(credentials: ICredentialDataDecryptedObject | undefined, policy: SessionPolicy): number {
	const token = credentials?.[policy.tokenField];
	if (typeof token !== 'string' || !token) return 0;
	const stamp = policy.expiresAtField ? credentials?.[policy.expiresAtField] : undefined;
	const at = typeof stamp === 'string' ? Date.parse(stamp) : NaN;
	return Number.isNaN(at) ? Infinity : at;
}

async function storedExpiry(ctx: RequestContext, credentialType: string, policy: SessionPolicy): Promise<number> {
	try {
		return expiryOf((await ctx.getCredentials(credentialType)) as ICredentialDataDecryptedObject, policy);
	} catch {
		// The request itself reports unreadable credentials.
		return 0;
	}
}

function waitUntilIdle(state: SessionState): Promise<void> {
	if (state.inFlight === 0) return Promise.resolve();
	return new Promise((resolve) => state.idleWaiters.push(resolve));
}

function httpCodeOf(error: unknown): string | undefined {
	const code = (error as { httpCode?: unknown } | undefined)?.httpCode;
	return typeof code === 'string' ? code : undefined;
}

function refusedError(ctx: RequestContext, refused: RefusedLogin, itemIndex: number | undefined): NodeApiError {
	const error = new NodeApiError(ctx.getNode(), { message: refused.message, httpCode: refused.httpCode } as JsonObject, {
		message: refused.message,
		description: refused.description,
		httpCode: refused.httpCode,
		itemIndex,
	});
	error.message = refused.message;
	error.description = refused.description ?? null;
	return error;
}

const isUnauthorized = (error: unknown): boolean => httpCodeOf(error) === '401';

/** Passes a request's outcome through, remembering a refused login on the way. */
async function watched<T>(state: SessionState, policy: SessionPolicy, pending: Promise<T>): Promise<T> {
	pending.catch((error: unknown) => {
		if (state.refused || !(policy.isRefusedLogin ?? isUnauthorized)(error)) return;
		const e = error as { message: string; description?: string | null };
		state.refused = { message: e.message, description: e.description ?? undefined, httpCode: httpCodeOf(error) ?? '' };
	});
	return await pending;
}

/** Sends one authenticated request through the gate described above. */
export async function withSession<T>(
	ctx: RequestContext,
	credentialType: string,
	policy: SessionPolicy,
	itemIndex: number | undefined,
	send: () => Promise<T>,
): Promise<T> {
	const state = stateOf(ctx);
	for (;;) {
		if (state.exclusive) {
			await state.exclusive;
			continue;
		}
		if (state.expiresAt === undefined) {
			state.reading ??= storedExpiry(ctx, credentialType, policy).then((at) => {
				state.expiresAt = at;
				state.reading = undefined;
			});
			await state.reading;
			continue;
		}
		if (state.refused) throw refusedError(ctx, state.refused, itemIndex);
		if (Date.now() < state.expiresAt - EXPIRY_MARGIN_MS) break;

		// No usable token is known: this request runs alone, after the ones in flight.
		let release = (): void => undefined;
		state.exclusive = new Promise<void>((resolve) => (release = resolve));
		const estimate = state.expiresAt;
		try {
			await waitUntilIdle(state);
			try {
				return await watched(state, policy, send());
			} finally {
				const stored = await storedExpiry(ctx, credentialType, policy);
				// A token accepted long after its estimated expiry: the vendor keeps it longer than it says.
				const outlived = stored === estimate && stored > 0 && Date.now() > stored + ESTIMATE_GRACE_MS;
				state.expiresAt = outlived ? Infinity : stored;
			}
		} finally {
			state.exclusive = undefined;
			release();
		}
	}

	state.inFlight++;
	try {
		return await watched(state, policy, send());
	} finally {
		state.inFlight--;
		if (state.inFlight === 0) state.idleWaiters.splice(0).forEach((resolve) => resolve());
	}
}

/** How long a new token is handed to requests still arriving with the token it replaced. */
const LOGIN_REUSE_MS = 60_000;

/** Logins under way or just done, by credential and by the token they replace. */
const sharedLogins = new Map<string, { result: Promise<unknown>; doneAt?: number }>();

/**
 * One login for every request that needs it at about the same time. n8n runs a credential's
 * preAuthentication for each request that gets a 401, so when a token is revoked while ten reads are
 * in flight, ten logins would follow. A login is keyed by the credential and by the token it
 * replaces: callers with the same refused token share the login under way, or take its new token if
 * it was issued less than a minute ago. A failed login is shared by those already waiting, then
 * forgotten, so the next attempt tries again.
 */
export async function shareLogin<T>(key: string, login: () => Promise<T>): Promise<T> {
	const now = Date.now();
	for (const [known, entry] of sharedLogins) {
		if (entry.doneAt !== undefined && now - entry.doneAt > LOGIN_REUSE_MS) sharedLogins.delete(known);
	}
	const known = sharedLogins.get(key);
	if (known) return (await known.result) as T;
	const entry: { result: Promise<unknown>; doneAt?: number } = { result: login() };
	sharedLogins.set(key, entry);
	entry.result.then(
		() => {
			entry.doneAt = Date.now();
		},
		() => {
			if (sharedLogins.get(key) === entry) sharedLogins.delete(key);
		},
	);
	return (await entry.result) as T;
}

/** Forgets every shared login (tests start each case from a clean process state). */
export function forgetSharedLogins(): void {
	sharedLogins.clear();
}
