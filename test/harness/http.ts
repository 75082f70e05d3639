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

/** A request as a test asserts it: method, path with query, raw body, content type, and one header as field K. */
export type SentRequest<K extends string = never> = Omit<RecordedRequest, 'headers'> & Partial<Record<K, string>>;

export interface RecordingApi<K extends string = never> {
	scope: nock.Scope;
	/** Every request answered so far, read at assertion time. */
	readonly sent: Array<SentRequest<K>>;
}

/**
 * A mocked vendor host that records what it receives. `header` lifts one request header (e.g. the
 * auth header) to a field of each recorded request; the field is left out when the header was absent.
 */
export function recordingApi<K extends string = never>(host: string, header?: { name: string; field: K }): RecordingApi<K> {
	const { scope, requests } = recordingScope(host, header ? [header.name] : []);
	return {
		scope,
		get sent(): Array<SentRequest<K>> {
			return requests.map(({ headers, ...rest }) => {
				const value = header ? headers[header.name] : undefined;
				return (value !== undefined && header ? { ...rest, [header.field]: value } : rest) as SentRequest<K>;
			});
		},
	};
}
