import type { IDataObject } from 'n8n-workflow';

import { GuestonlineApi } from '../../credentials/GuestonlineApi.credentials';
import { Guestonline } from '../../nodes/Guestonline/Guestonline.node';
import type { RecordingApi, SentRequest as HttpSentRequest } from '../harness/http';
import { byId, decodeForm, recordingApi } from '../harness/http';
import type { NodeRun } from '../harness/run';
import { runNode } from '../harness/run';

export const HOST = 'https://api.guestonline.fr';
export const TOKEN = 'go-test-token-7Hq2xZ';

/** What the API received: method, path with query string, raw body, content type and token header. */
export type SentRequest = HttpSentRequest<'token'>;
export type MockApi = RecordingApi<'token'>;

/** A mocked Guestonline host that records every request it answers. */
export const mockApi = (host = HOST): MockApi => recordingApi(host, { name: 'x-token', field: 'token' });

export interface GuestonlineRunOptions {
	input?: IDataObject[];
	continueOnFail?: boolean;
	credentials?: IDataObject;
	onStart?: (cancel: () => void) => void;
}

export async function runGuestonline(parameters: IDataObject, options: GuestonlineRunOptions = {}): Promise<NodeRun> {
	return await runNode({
		node: new Guestonline(),
		parameters,
		credentials: { guestonlineApi: { token: TOKEN, ...(options.credentials ?? {}) } as never },
		credentialTypes: { guestonlineApi: new GuestonlineApi() },
		input: options.input,
		continueOnFail: options.continueOnFail,
		onStart: options.onStart,
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

export { byId, decodeForm };
