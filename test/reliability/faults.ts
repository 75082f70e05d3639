import type { IDataObject } from 'n8n-workflow';

import type { Reply } from './backend';
import { json } from './backend';
import type { ExpectedError, Outcome, Side, VendorCase } from './vendors';

/** Retries the tests allow (the node's Retries option). */
export const MAX_RETRIES = 2;
/** The node's Timeout option for the timeout fault, in ms. */
export const TIMEOUT_MS = 300;

/** The plain-language line every HTTP failure's description ends with (the contract, written out here on purpose). */
const STATUS_TEXT: Record<number, string> = {
	401: 'The credentials were not accepted',
	429: 'Too many requests: the rate limit was reached',
	500: 'The service had an internal error',
	502: 'The service is unreachable (bad gateway)',
	503: 'The service is temporarily unavailable',
	504: 'The service did not answer in time (gateway timeout)',
};

export interface Fault {
	label: string;
	/** Needs a real socket (local server) rather than nock. */
	socket?: boolean;
	/** Vendors the fault makes sense for; all by default. */
	applies?: (vendor: VendorCase) => boolean;
	/** Why it does not apply, for the table. */
	notApplicable?: string;
	reply: (vendor: VendorCase) => Reply;
	/** Requests sent for an item while the fault lasts: the first and the retries. */
	attempts: (side: Side) => number;
	/** What the item becomes while the fault lasts (before the operation's own wording, see Side.failure). */
	outcome: (vendor: VendorCase, side: Side, n: number) => Outcome;
	/** Node options added for this fault. */
	options?: IDataObject;
}

const retried = (): number => 1 + MAX_RETRIES;
/** Reads are retried; changes are sent once. */
const retriedIfSafe = (side: Side): number => (side.kind === 'read' ? 1 + MAX_RETRIES : 1);
const once = (): number => 1;

/** A failure the vendor explained in its own error body. */
export function vendorFailure(vendor: VendorCase, status: number, message: string): ExpectedError {
	const hint = vendor.hint?.(status);
	return { message, description: [hint, `HTTP ${status}: ${STATUS_TEXT[status]}`].filter(Boolean).join('\n'), httpCode: String(status) };
}

function statusFault(status: number, message: string, headers: Record<string, string> = {}): Pick<Fault, 'reply' | 'outcome'> {
	return {
		reply: (vendor) => json(status, vendor.errorBody(message, status), headers),
		outcome: (vendor) => ({ error: vendorFailure(vendor, status, message) }),
	};
}

/** A 2xx reply whose body is not JSON: reported, never retried, and for a change with a warning that it may have been made. */
function notJsonFault(label: string, contentType: string, body: string): Fault {
	return {
		label,
		reply: () => json(200, body, { 'Content-Type': contentType }),
		attempts: once,
		outcome: (_vendor, side) => ({
			error: {
				message: 'The service answered with a reply that is not JSON',
				description: [
					`HTTP 200, Content-Type ${contentType}. The reply begins: ${body.slice(0, 200)}`,
					...(side.kind === 'write' ? ['The change may have been made: check before running it again.'] : []),
				].join('\n'),
				httpCode: '200',
			},
		}),
	};
}

const PROXY_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';
const PORTAL_PAGE = '<html><body><h1>Maintenance</h1><p>Back soon.</p></body></html>';

export const FAULTS: Fault[] = [
	{ label: '429 + Retry-After', attempts: retried, ...statusFault(429, 'Too many requests, slow down', { 'Retry-After': '1' }) },
	{ label: '429, no Retry-After', attempts: retried, ...statusFault(429, 'Too many requests, slow down') },
	{ label: '500', attempts: once, ...statusFault(500, 'Internal error while saving') },
	{ label: '502', attempts: retriedIfSafe, ...statusFault(502, 'Upstream is down') },
	{ label: '503', attempts: retriedIfSafe, ...statusFault(503, 'Down for maintenance') },
	{ label: '504', attempts: retriedIfSafe, ...statusFault(504, 'Upstream timed out') },
	{
		label: 'HTML error page (proxy 502)',
		reply: () => json(502, PROXY_PAGE, { 'Content-Type': 'text/html' }),
		attempts: retriedIfSafe,
		// An HTML page says nothing the user can act on: the plain-language text stands alone.
		outcome: () => ({ error: { message: STATUS_TEXT[502], httpCode: '502' } }),
	},
	{
		label: 'connection reset',
		socket: true,
		reply: () => ({ kind: 'reset' }),
		attempts: retriedIfSafe,
		// Without an HTTP status, n8n's NodeApiError reports the network code as httpCode.
		outcome: () => ({ error: { message: 'The connection was reset by the service', httpCode: 'ECONNRESET' } }),
	},
	{
		label: `timeout (${TIMEOUT_MS} ms option)`,
		socket: true,
		options: { timeout: TIMEOUT_MS },
		reply: () => ({ kind: 'hang' }),
		attempts: retriedIfSafe,
		outcome: () => ({ error: { message: 'The request timed out before the service answered', httpCode: 'ECONNABORTED' } }),
	},
	notJsonFault('malformed JSON, 200', 'application/json', '{"id": 1, "name": "Caf'),
	notJsonFault('HTML page, 200', 'text/html', PORTAL_PAGE),
	{
		label: 'empty body, 200',
		reply: () => json(200, ''),
		attempts: once,
		outcome: (_vendor, side, n) => side.onEmpty(n),
	},
	{
		label: '401 on the static key',
		applies: (vendor) => vendor.auth === 'static',
		notApplicable: 'session token: see token expiry',
		// A refused fixed key is final: the request is sent once and not again (no login could change it).
		attempts: once,
		...statusFault(401, 'Invalid API key'),
	},
];

/** The error as the operation words it: a failed request may read differently on its item (Companeo). */
export function operationError(outcome: { error: ExpectedError; own?: boolean }, side: Side): ExpectedError {
	return side.failure && !outcome.own ? side.failure(outcome.error) : outcome.error;
}

/** The item as the node outputs it with Continue On Fail. */
export function expectedItem(outcome: Outcome, side: Side): IDataObject {
	if ('ok' in outcome) return outcome.ok;
	const error = operationError(outcome, side);
	return {
		error: error.message,
		...(error.description ? { description: error.description } : {}),
		...(error.httpCode ? { httpCode: error.httpCode } : {}),
	};
}
