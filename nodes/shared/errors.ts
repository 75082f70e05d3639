import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/** What a vendor's error parser extracts from a failed reply. */
export interface VendorErrorText {
	message: string;
	description?: string;
}

/** Turns a vendor's error body into a one-line message and an optional description. */
export type VendorErrorParser = (body: unknown, status: number | undefined) => VendorErrorText | undefined;

const REDACTED = '[redacted]';

/**
 * Every form a secret can take once it has travelled through a URL, a header or a JSON body.
 * Short values are skipped: redacting "1" or "ab" would mangle ordinary text and protects nothing.
 */
function secretVariants(secrets: readonly string[]): string[] {
	const variants = new Set<string>();
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < 4) continue;
		variants.add(secret);
		const encoded = encodeURIComponent(secret);
		variants.add(encoded);
		variants.add(encoded.replace(/%20/g, '+'));
		// Query serializers also escape ! ' ( ) * (RFC 3986), which encodeURIComponent leaves as they are.
		const strict = encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
		variants.add(strict);
		variants.add(strict.replace(/%20/g, '+'));
		variants.add(JSON.stringify(secret).slice(1, -1));
	}
	// Longest first, so a value that contains another is replaced whole.
	return [...variants].sort((a, b) => b.length - a.length);
}

/** Removes every secret, in any of its encoded forms, from a piece of text. */
export function redact(text: string, secrets: readonly string[]): string {
	let out = text;
	for (const variant of secretVariants(secrets)) {
		out = out.split(variant).join(REDACTED);
	}
	return out;
}

/** Deep copy of a JSON-like value with every secret removed from keys and string values. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
	if (typeof value === 'string') return redact(value, secrets) as T;
	if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets)) as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
			out[redact(key, secrets)] = redactDeep(v, secrets);
		}
		return out as T;
	}
	return value;
}

/** Plain-language fallbacks for replies whose body says nothing useful. */
const STATUS_TEXT: Record<number, string> = {
	400: 'The request was rejected as invalid',
	401: 'The credentials were not accepted',
	402: 'The request was valid but could not be completed',
	403: 'Access to this resource is forbidden for these credentials',
	404: 'The requested item was not found',
	405: 'This method is not allowed on this endpoint',
	408: 'The request timed out',
	409: 'The request conflicts with the current state of the item',
	422: 'The request could not be processed',
	429: 'Too many requests: the rate limit was reached',
	500: 'The service had an internal error',
	502: 'The service is unreachable (bad gateway)',
	503: 'The service is temporarily unavailable',
	504: 'The service did not answer in time (gateway timeout)',
};

export interface FailedCall {
	status?: number;
	body?: unknown;
	/** Network-level error code such as ECONNRESET or ECONNABORTED. */
	code?: string;
	/** Low-level message of the transport, used only when nothing better is known. */
	transportMessage?: string;
}

function describeTransportFailure(call: FailedCall): string {
	switch (call.code) {
		case 'ECONNABORTED':
		case 'ETIMEDOUT':
			return 'The request timed out before the service answered';
		case 'ECONNRESET':
			return 'The connection was reset by the service';
		case 'ECONNREFUSED':
			return 'The service refused the connection';
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return 'The service host name could not be resolved';
		default:
			return call.transportMessage ? `The request failed: ${call.transportMessage}` : 'The request failed';
	}
}

/**
 * Builds the error a user sees for a failed vendor call. It is made from plain, redacted text only:
 * the original transport error (which holds request headers and URLs) is never attached.
 */
export function buildApiError(
	node: INode,
	call: FailedCall,
	parser: VendorErrorParser,
	secrets: readonly string[],
	itemIndex?: number,
): NodeApiError {
	const parsed = call.status !== undefined ? parser(call.body, call.status) : undefined;
	const fallback =
		call.status !== undefined
			? (STATUS_TEXT[call.status] ?? `The service answered with HTTP ${call.status}`)
			: describeTransportFailure(call);
	const message = redact(parsed?.message || fallback, secrets);
	const descriptionParts: string[] = [];
	if (parsed?.description) descriptionParts.push(parsed.description);
	if (parsed?.message && parsed.message !== fallback && call.status !== undefined) {
		descriptionParts.push(`HTTP ${call.status}: ${fallback}`);
	}
	const description = descriptionParts.length ? redact(descriptionParts.join('\n'), secrets) : undefined;
	const httpCode = call.status !== undefined ? String(call.status) : null;
	return pinnedError(node, { message, description, httpCode, code: call.code }, itemIndex);
}

/** A NodeApiError made of plain text only, with exactly the given message and description. */
function pinnedError(
	node: INode,
	text: { message: string; description?: string; httpCode: string | null; code?: string },
	itemIndex?: number,
): NodeApiError {
	const { message, description, httpCode } = text;
	const plain: JsonObject = { message, httpCode };
	if (description) plain.description = description;
	if (text.code) plain.code = text.code;
	const error = new NodeApiError(node, plain, {
		message,
		description,
		httpCode: httpCode ?? undefined,
		itemIndex,
	});
	// The constructor may have picked other text from the plain object; pin the redacted versions.
	error.message = message;
	error.description = description ?? null;
	return error;
}

/** A successful reply that is not what was asked for: text where JSON was expected. */
export interface UnreadableReply {
	status: number;
	contentType?: string;
	text: string;
	/** False for a change: the service may have made it, so the error says to check before running again. */
	safe: boolean;
}

/**
 * The error for a 2xx reply whose body is not JSON, e.g. a proxy's HTML page or a body cut short.
 * Without it the text would become the output item itself, which n8n cannot use.
 */
export function buildUnreadableReplyError(node: INode, reply: UnreadableReply, secrets: readonly string[], itemIndex?: number): NodeApiError {
	const type = reply.contentType ? `, Content-Type ${reply.contentType}` : '';
	const lines = [`HTTP ${reply.status}${type}. The reply begins: ${reply.text.trim().replace(/\s+/g, ' ').slice(0, 200)}`];
	if (!reply.safe) lines.push('The change may have been made: check before running it again.');
	return pinnedError(
		node,
		{ message: 'The service answered with a reply that is not JSON', description: redact(lines.join('\n'), secrets), httpCode: String(reply.status) },
		itemIndex,
	);
}
