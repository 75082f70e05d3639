import type { IDataObject } from 'n8n-workflow';

import { PartooApi } from '../../credentials/PartooApi.credentials';
import { Partoo } from '../../nodes/Partoo/Partoo.node';
import type { RecordingApi, SentRequest as HttpSentRequest } from '../harness/http';
import { byId, recordingApi } from '../harness/http';
import type { NodeRun } from '../harness/run';
import { runNode } from '../harness/run';

export const HOST = 'https://www.partoo.fr';
/** A key with characters that change when URL-encoded, to prove redaction in both forms. */
export const API_KEY = 'pk_Test/Key+7Hq=2xZ';
/** How the key appears at the end of every query string. */
export const KEY_QS = `api_key=${encodeURIComponent(API_KEY)}`;

/** What the API received: method, path with query string (api_key included), raw body and content type. */
export type SentRequest = HttpSentRequest;
export type MockApi = RecordingApi;

/** A mocked Partoo host that records every request it answers. */
export const mockApi = (host = HOST): MockApi => recordingApi(host);

export interface PartooRunOptions {
	input?: IDataObject[];
	continueOnFail?: boolean;
	credentials?: IDataObject;
}

export async function runPartoo(parameters: IDataObject, options: PartooRunOptions = {}): Promise<NodeRun> {
	return await runNode({
		node: new Partoo(),
		parameters,
		credentials: { partooApi: { apiKey: API_KEY, ...(options.credentials ?? {}) } as never },
		credentialTypes: { partooApi: new PartooApi() },
		input: options.input,
		continueOnFail: options.continueOnFail,
	});
}

/** Output JSON with pairing, for exact comparison. */
export function output(run: NodeRun): Array<{ json: IDataObject; pairedItem: unknown }> {
	return run.items.map((item) => ({ json: item.json, pairedItem: item.pairedItem }));
}

/** The path of a call, with the API key appended as n8n's authentication adds it. */
export function withKey(path: string): string {
	return `${path}${path.includes('?') ? '&' : '?'}${KEY_QS}`;
}

/** A GET as the API receives it. */
export const get = (path: string): SentRequest => ({ method: 'GET', path: withKey(`/api/v2${path}`) });

/** A JSON request as the API receives it. */
export const sentJson = (method: string, path: string, body?: unknown): SentRequest => ({
	method,
	path: withKey(`/api/v2${path}`),
	...(body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' }),
});

/** A search reply as the API returns it. */
export function searchReply(key: string, records: IDataObject[], page = 1, maxPage = 1, count = records.length): IDataObject {
	return { page, max_page: maxPage, count, [key]: records };
}

export const paired = (json: IDataObject, item = 0) => ({ json, pairedItem: { item } });

/** A resource locator value in "From list" mode. */
export const fromList = (value: string | number) => ({ __rl: true, mode: 'list', value: String(value) });

export { byId };
