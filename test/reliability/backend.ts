import type http from 'http';
import type nock from 'nock';

import type { RecordedRequest } from '../harness/http';
import { localServer } from '../harness/local-server';

/** One answer of the fake vendor to one attempt. */
export type Reply =
	| { kind: 'http'; status: number; body?: string | object; headers?: Record<string, string>; delayMs?: number }
	/** The socket is destroyed once the request has arrived: the client sees ECONNRESET. */
	| { kind: 'reset' }
	/** Nothing is ever answered: only the node's timeout ends the attempt. */
	| { kind: 'hang' };

export const json = (status: number, body: object | string, headers: Record<string, string> = {}): Reply => ({
	kind: 'http',
	status,
	body,
	headers,
});

/** What the tests need to know of an operation to script the vendor per input item. */
export interface Route {
	method: 'GET' | 'POST';
	/** Path of item n, without the query string. */
	path: (n: number) => string;
	/** Whether a request (path without query, raw or parsed body) belongs to item n. */
	owns: (request: { path: string; body?: unknown }, n: number) => boolean;
}

/** A fake vendor: a script of replies per input item, and every request it received. */
export interface Backend {
	/** Queues replies for item n, answered in order, one per attempt. */
	script: (route: Route, n: number, replies: Reply[]) => void;
	/** Requests received, in arrival order. */
	readonly requests: RecordedRequest[];
	/** Requests that belong to item n. */
	sentFor: (route: Route, n: number) => RecordedRequest[];
	close: () => Promise<void>;
}

const withoutQuery = (path: string): string => path.split('?')[0];

function sentFor(requests: RecordedRequest[], route: Route, n: number): RecordedRequest[] {
	return requests.filter((r) => r.method === route.method && route.owns({ path: withoutQuery(r.path), body: r.body }, n));
}

/** Scripts a vendor helper's recording nock scope. Socket-level replies cannot be given this way. */
export function nockBackend(scope: nock.Scope, requests: RecordedRequest[]): Backend {
	return {
		script(route, n, replies) {
			for (const reply of replies) {
				if (reply.kind !== 'http') throw new Error(`nock cannot answer "${reply.kind}": use the socket backend`);
				const interceptor =
					route.method === 'GET'
						? scope.get(route.path(n))
						: scope.post(route.path(n), (body: unknown) => route.owns({ path: route.path(n), body: JSON.stringify(body) }, n));
				interceptor.query(true).delay(reply.delayMs ?? 0).reply(reply.status, reply.body ?? '', reply.headers);
			}
		},
		requests,
		sentFor: (route, n) => sentFor(requests, route, n),
		close: async () => undefined,
	};
}

function answer(res: http.ServerResponse, reply: Reply & { kind: 'http' }): void {
	const text = typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body);
	const type = typeof reply.body === 'object' ? { 'Content-Type': 'application/json' } : {};
	res.writeHead(reply.status, { ...type, ...reply.headers });
	res.end(text);
}

/**
 * A real HTTP server on 127.0.0.1, for resets and timeouts. Each request is matched to its item by the
 * routes the test scripted; a request nobody scripted gets a 599, which no assertion expects.
 */
export async function socketBackend(): Promise<Backend & { url: string }> {
	const scripts: Array<{ route: Route; n: number; replies: Reply[] }> = [];
	const requests: RecordedRequest[] = [];
	const server = await localServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const body = Buffer.concat(chunks).toString();
			const path = req.url ?? '';
			const entry: RecordedRequest = { method: req.method ?? '', path, headers: {} };
			if (body) entry.body = body;
			if (req.headers['content-type']) entry.contentType = req.headers['content-type'];
			requests.push(entry);
			const script = scripts.find((s) => s.route.method === req.method && s.route.owns({ path: withoutQuery(path), body }, s.n));
			const reply = script?.replies.shift() ?? json(599, { message: `Unscripted request ${req.method} ${path}` });
			if (reply.kind === 'reset') req.socket.destroy();
			else if (reply.kind === 'http') setTimeout(() => answer(res, reply), reply.delayMs ?? 0);
		});
	});
	return {
		url: server.url,
		script: (route, n, replies) => scripts.push({ route, n, replies: [...replies] }),
		requests,
		sentFor: (route, n) => sentFor(requests, route, n),
		close: server.close,
	};
}
