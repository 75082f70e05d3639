import type { ICredentialTestFunctions, ICredentialsDecrypted, IDataObject, INodeCredentialTestResult } from 'n8n-workflow';

import { inspectFailure, urlProblem } from '../shared/request';
import { DEFAULT_BASE_URL } from './transport';

/** Error codes in a reply that mean the key itself was refused. */
const REFUSED_CODES = new Set([1, 2]);

function refusedCode(body: unknown): number | undefined {
	const errors = (body as IDataObject | undefined)?.errors;
	if (!errors || typeof errors !== 'object') return undefined;
	for (const list of Object.values(errors as IDataObject)) {
		for (const entry of Array.isArray(list) ? list : []) {
			const code = Number((entry as IDataObject | undefined)?.code);
			if (REFUSED_CODES.has(code)) return code;
		}
	}
	return undefined;
}

/**
 * The credential's Test button. It sends an empty list of leads, which creates nothing: Companeo
 * answers 401 when the key is refused, and 200 or 400 (nothing to create) when it is accepted. A
 * declarative test cannot tell these apart (n8n either fails on every 4xx or on none), so the test
 * reads the status itself.
 */
export async function companeoApiTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const apiKey = typeof data.apiKey === 'string' ? data.apiKey.trim() : '';
	if (!apiKey) return { status: 'Error', message: 'Enter the API key' };
	const baseUrl = (typeof data.baseUrl === 'string' && data.baseUrl.trim() ? data.baseUrl.trim() : DEFAULT_BASE_URL).replace(/\/+$/, '');
	const problem = urlProblem(baseUrl);
	if (problem) return { status: 'Error', message: `The Base URL ${problem}` };

	let reply: { statusCode: number; body?: unknown };
	try {
		// n8n hands credential tests only this helper (ICredentialTestFunctions has no httpRequest).
		// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions
		reply = (await this.helpers.request({
			method: 'POST',
			uri: `${baseUrl}/partners/create_rfq`,
			headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
			body: [],
			json: true,
			simple: false,
			resolveWithFullResponse: true,
			timeout: 30_000,
		})) as { statusCode: number; body?: unknown };
	} catch (error) {
		const failure = inspectFailure(error);
		return { status: 'Error', message: `Companeo could not be reached${failure.code ? ` (${failure.code})` : ''}` };
	}

	const code = refusedCode(reply.body);
	if (reply.statusCode === 401 || code === 1) return { status: 'Error', message: `Companeo did not accept the API key (HTTP ${reply.statusCode})` };
	if (reply.statusCode === 403 || code === 2) return { status: 'Error', message: `The API key is not allowed to submit leads (HTTP ${reply.statusCode})` };
	if (reply.statusCode === 200 || reply.statusCode === 400) return { status: 'OK', message: 'Companeo accepted the API key' };
	return { status: 'Error', message: `Companeo answered HTTP ${reply.statusCode}, so the key could not be checked` };
}
