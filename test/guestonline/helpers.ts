import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { GuestonlineApi } from '../../credentials/GuestonlineApi.credentials';
import { Guestonline } from '../../nodes/Guestonline/Guestonline.node';
import type { NodeRun } from '../harness/run';
import { runNode } from '../harness/run';

export const HOST = 'https://api.guestonline.fr';
export const TOKEN = 'go-test-token-7Hq2xZ';

/** What the API received: method, path with query string, raw body, content type and token header. */
export interface SentRequest {
	method: string;
	path: string;
	body?: string;
	contentType?: string;
	token?: string;
}

export interface MockApi {
	scope: nock.Scope;
	sent: SentRequest[];
}

/** A nock scope for the Guestonline host that records every request it answers. */
export function mockApi(host = HOST): MockApi {
	const scope = nock(host);
	const sent: SentRequest[] = [];
	scope.on('request', (req: { method: string; path: string; headers: Record<string, string | undefined> }, _i: unknown, body: string) => {
		const entry: SentRequest = { method: req.method, path: req.path };
		if (body) entry.body = body;
		if (req.headers['content-type']) entry.contentType = req.headers['content-type'];
		entry.token = req.headers['x-token'];
		sent.push(entry);
	});
	return { scope, sent };
}

export interface GuestonlineRunOptions {
	input?: IDataObject[];
	continueOnFail?: boolean;
	credentials?: IDataObject;
}

export async function runGuestonline(parameters: IDataObject, options: GuestonlineRunOptions = {}): Promise<NodeRun> {
	return await runNode({
		node: new Guestonline(),
		parameters,
		credentials: { guestonlineApi: { token: TOKEN, ...(options.credentials ?? {}) } as never },
		credentialTypes: { guestonlineApi: new GuestonlineApi() },
		input: options.input,
		continueOnFail: options.continueOnFail,
	});
}

/** Output JSON with pairing, for exact comparison. */
export function output(run: NodeRun): Array<{ json: IDataObject; pairedItem: unknown }> {
	return run.items.map((item) => ({ json: item.json, pairedItem: item.pairedItem }));
}

/** A list envelope as the API returns it. */
export function envelope(key: string, records: IDataObject[], page = 1, numPages = 1, total = records.length): IDataObject {
	return { object: 'list', total_count: total, num_pages: numPages, current_page: page, [key]: records };
}

export const FORM = 'application/x-www-form-urlencoded';

/** A resource locator value in "By ID" mode. */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

/** Form body as the docs write it: `a[b]=1&c[]=x` (keys unescaped for readability in tests). */
export function decodeForm(body: string | undefined): string {
	return (body ?? '')
		.split('&')
		.map((pair) => pair.split('=').map((part) => decodeURIComponent(part.replace(/\+/g, ' '))).join('='))
		.join('&');
}
