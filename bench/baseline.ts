/**
 * The bare-http baseline: the same work done "the HTTP Request node way", with Node's http client only,
 * outside n8n (the engine baseline, bench/engine-baseline.ts, does it inside n8n-core's engine).
 * - Like n8n's HTTP Request node (n8n-core builds a new http.Agent for every request, without
 *   keep-alive), each request opens its own connection: `agent: false`.
 * - Each reply is read whole and parsed as JSON, as the node does.
 * - Its pagination fetches page after page; its per-item requests are all in flight at once.
 */
import http from 'http';

export interface JsonReply {
	status: number;
	body: unknown;
}

export function requestJson(method: string, url: string, headers: Record<string, string> = {}, body?: unknown): Promise<JsonReply> {
	const payload = body === undefined ? undefined : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method,
				agent: false,
				headers: {
					Accept: 'application/json',
					...(payload === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) }),
					...headers,
				},
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					try {
						resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
					} catch (error) {
						reject(error as Error);
					}
				});
				res.on('error', reject);
			},
		);
		req.on('error', reject);
		if (payload !== undefined) req.write(payload);
		req.end();
	});
}

/** A GET that must succeed; returns the parsed body. */
export async function getOk<T = Record<string, unknown>>(url: string, headers: Record<string, string> = {}): Promise<T> {
	const reply = await requestJson('GET', url, headers);
	if (reply.status >= 400) throw new Error(`GET ${url} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
	return reply.body as T;
}

/**
 * Sequential pagination, as the HTTP Request node's Pagination option does it: request page 1, then
 * page 2 once page 1 has arrived, and so on until the reply says it was the last page.
 */
export async function paginateSequentially<T>(
	pageUrl: (page: number) => string,
	headers: Record<string, string>,
	read: (body: Record<string, unknown>) => { records: T[]; lastPage: boolean },
): Promise<{ records: T[]; requests: number }> {
	const records: T[] = [];
	for (let page = 1; ; page++) {
		const { records: batch, lastPage } = read(await getOk(pageUrl(page), headers));
		records.push(...batch);
		if (lastPage || batch.length === 0) return { records, requests: page };
	}
}

/** Runs one request per item with at most `limit` in flight (Infinity: every item's request at once). */
export async function perItem<T>(count: number, limit: number, send: (index: number) => Promise<T>): Promise<T[]> {
	const results = new Array<T>(count);
	if (limit >= count) {
		await Promise.all(Array.from({ length: count }, async (_, i) => (results[i] = await send(i))));
		return results;
	}
	let next = 0;
	const lane = async (): Promise<void> => {
		while (next < count) {
			const i = next++;
			results[i] = await send(i);
		}
	};
	await Promise.all(Array.from({ length: limit }, lane));
	return results;
}
