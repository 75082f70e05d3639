import type { IDataObject } from 'n8n-workflow';

import { LocaltracApi } from '../../credentials/LocaltracApi.credentials';
import { Localtrac } from '../../nodes/Localtrac/Localtrac.node';
import { TestCredentialsHelper } from '../harness/credentials';
import type { RecordingApi, SentRequest as HttpSentRequest } from '../harness/http';
import { byId, recordingApi } from '../harness/http';
import type { NodeRun } from '../harness/run';
import { runNode, visibleOf } from '../harness/run';

export const HOST = 'https://api.localtrac.example';
export const USERNAME = 'api-user@example.com';
export const PASSWORD = 'Lt-p4ssw0rd-Secret!';
export const TOKEN = 'lt-session-token-A1b2C3';
export const TOKEN_2 = 'lt-session-token-D4e5F6';
export const JSON_TYPE = 'application/json';
export const LOGIN_BODY = JSON.stringify({ username: USERNAME, password: PASSWORD });

export const UUID_A = 'b11f9a4b-2b50-3e65-ae90-42fcef743ace';
export const UUID_B = '2c5e8a10-7d3f-4b6a-9e21-5f0a6b7c8d9e';
export const BUSINESS = '5e0c7c2a-8b1f-4f7e-9d61-0a3b2c4d5e6f';

/** What the API received: method, path with query string, raw body, content type and Authorization header. */
export type SentRequest = HttpSentRequest<'authorization'>;

export interface MockApi extends RecordingApi<'authorization'> {
	/** Answers the next login with this token. */
	login: (token?: string) => void;
}

/** A mocked LOCALTRAC host that records every request it answers, logins included. */
export function mockApi(host = HOST): MockApi {
	const api = recordingApi(host, { name: 'authorization', field: 'authorization' });
	return Object.assign(api, {
		login(token = TOKEN) {
			api.scope.post('/localtrac/login').reply(200, { success: true, token });
		},
	});
}

/** The login request as LOCALTRAC receives it. */
export const loginRequest: SentRequest = { method: 'POST', path: '/localtrac/login', body: LOGIN_BODY, contentType: JSON_TYPE };

export const credentialData = (extra: IDataObject = {}): IDataObject => ({
	baseUrl: HOST,
	username: USERNAME,
	password: PASSWORD,
	...extra,
});

/** A credentials helper holding a LOCALTRAC credential, to share between runs (executions). */
export function credentialsStore(extra: IDataObject = {}): TestCredentialsHelper {
	const helper = new TestCredentialsHelper({ localtracApi: new LocaltracApi() });
	helper.set('localtracApi', credentialData(extra) as never);
	return helper;
}

/** A stored token that is still valid for a while: runs with it do not log in. */
export const validSession = (token = TOKEN): IDataObject => ({
	sessionToken: token,
	sessionExpiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
});

export interface LocaltracRunOptions {
	input?: IDataObject[];
	continueOnFail?: boolean;
	/** Extra credential data (e.g. a stored session or another base URL). */
	credentials?: IDataObject;
	credentialsHelper?: TestCredentialsHelper;
}

export async function runLocaltrac(parameters: IDataObject, options: LocaltracRunOptions = {}): Promise<NodeRun> {
	return await runNode({
		node: new Localtrac(),
		parameters,
		credentials: { localtracApi: credentialData(options.credentials) as never },
		credentialTypes: { localtracApi: new LocaltracApi() },
		input: options.input,
		continueOnFail: options.continueOnFail,
		credentialsHelper: options.credentialsHelper,
	});
}

/** Runs with a valid stored session, so the requests list holds no login. */
export async function runLoggedIn(parameters: IDataObject, options: LocaltracRunOptions = {}): Promise<NodeRun> {
	return await runLocaltrac(parameters, { ...options, credentials: { ...validSession(), ...(options.credentials ?? {}) } });
}

export const logins = (run: NodeRun): number => run.credentials.preAuthCalls.get('localtracApi') ?? 0;

/** Output JSON with pairing, for exact comparison. */
export function output(run: NodeRun): Array<{ json: IDataObject; pairedItem: unknown }> {
	return run.items.map((item) => ({ json: item.json, pairedItem: item.pairedItem }));
}

/** `count` location summaries as GET /localtrac/locations lists them. */
export function locations(from: number, count: number): IDataObject[] {
	return Array.from({ length: count }, (_, i) => {
		const n = from + i;
		return {
			uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
			name: `Location ${n}`,
			address: `${n} Rue Principale, Montréal, QC`,
			storecode: `S${n}`,
			active: true,
		};
	});
}

/** Everything a user or a log could see of a run. */
export const visible = visibleOf;

export const byIdLocation = (value = UUID_A) => byId(value);

export { byId };
