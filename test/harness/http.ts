import nock from 'nock';

/** What a mocked API received: method, path with query string, raw body, content type, chosen headers. */
export interface RecordedRequest {
	method: string;
	path: string;
	body?: string;
	contentType?: string;
	headers: Record<string, string | undefined>;
}

/**
 * A nock scope that records every request it answers, in arrival order.
 * `headerNames` (lower case) are the headers worth asserting, e.g. an auth header.
 */
export function recordingScope(host: string, headerNames: string[] = []): { scope: nock.Scope; requests: RecordedRequest[] } {
	const scope = nock(host);
	const requests: RecordedRequest[] = [];
	scope.on('request', (req: { method: string; path: string; headers: Record<string, string | undefined> }, _i: unknown, body: string) => {
		const entry: RecordedRequest = { method: req.method, path: req.path, headers: {} };
		if (body) entry.body = body;
		if (req.headers['content-type']) entry.contentType = req.headers['content-type'];
		for (const name of headerNames) entry.headers[name] = req.headers[name];
		requests.push(entry);
	});
	return { scope, requests };
}

/** Form body as people write it: `a[b]=1&c[]=x`, decoded for readable assertions. */
export function decodeForm(body: string | undefined): string {
	return (body ?? '')
		.split('&')
		.map((pair) => pair.split('=').map((part) => decodeURIComponent(part.replace(/\+/g, ' '))).join('='))
		.join('&');
}

/** A resource locator value in "By ID" mode. */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

/** Recorded requests with one header lifted to a top-level field (left out when the header was absent). */
export function withHeaderField<K extends string>(
	requests: RecordedRequest[],
	header: string,
	field: K,
): Array<Omit<RecordedRequest, 'headers'> & Partial<Record<K, string>>> {
	return requests.map(({ headers, ...rest }) => ({
		...rest,
		...(headers[header] !== undefined ? { [field]: headers[header] } : {}),
	})) as Array<Omit<RecordedRequest, 'headers'> & Partial<Record<K, string>>>;
}
