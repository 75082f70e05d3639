import type { IDataObject } from 'n8n-workflow';

import { DigitaleoApi } from '../../credentials/DigitaleoApi.credentials';
import { Digitaleo } from '../../nodes/Digitaleo/Digitaleo.node';
import type { TestCredentialsHelper } from '../harness/credentials';
import type { RecordingApi, SentRequest as HttpSentRequest } from '../harness/http';
import { byId, recordingApi } from '../harness/http';
import type { NodeRun } from '../harness/run';
import { runNode, visibleOf } from '../harness/run';

export const API_HOST = 'https://api.digitaleo.com';
export const OAUTH_HOST = 'https://oauth.messengeo.net';
export const BASE = '/back-office/v1';

export const CLIENT_ID = 'dgo-client-4411';
export const CLIENT_SECRET = 'dgo-secret-Zq81xWp3';
/** The master token a test starts with (already stored in the credential). */
export const TOKEN = 'dgo-master-token-A1b2C3';
/** The token the OAuth server issues when a test logs in. */
export const FRESH_TOKEN = 'dgo-master-token-FRESH9';

export const JSON_TYPE = 'application/json';

/** What the API received: method, path with query string, raw body, content type and Authorization header. */
export type SentRequest = HttpSentRequest<'authorization'>;
export type MockHost = RecordingApi<'authorization'>;

/** A host that records every request it answers (defaults to the API host). */
export const mockHost = (host = API_HOST): MockHost => recordingApi(host, { name: 'authorization', field: 'authorization' });

export const mockApi = (): MockHost => mockHost(API_HOST);
export const mockOAuth = (): MockHost => mockHost(OAUTH_HOST);

/** The JSON body of a client-credentials login, exactly as sent. */
export const LOGIN_BODY = JSON.stringify({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials' });

/** A successful token reply as documented. */
export const tokenReply = (token: string): IDataObject => ({ access_token: token, expires_in: 3600, token_type: 'bearer', scope: 'basic' });

export interface DigitaleoRunOptions {
	input?: IDataObject[];
	continueOnFail?: boolean;
	/** Overrides of the credential data; by default a token is already stored. */
	credentials?: IDataObject;
	credentialsHelper?: TestCredentialsHelper;
}

export async function runDigitaleo(parameters: IDataObject, options: DigitaleoRunOptions = {}): Promise<NodeRun> {
	return await runNode({
		node: new Digitaleo(),
		parameters,
		credentials: {
			digitaleoApi: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, accessToken: TOKEN, ...(options.credentials ?? {}) } as never,
		},
		credentialTypes: { digitaleoApi: new DigitaleoApi() },
		input: options.input,
		continueOnFail: options.continueOnFail,
		credentialsHelper: options.credentialsHelper,
	});
}

/** Output JSON with pairing, for exact comparison. */
export function output(run: NodeRun): Array<{ json: IDataObject; pairedItem: unknown }> {
	return run.items.map((item) => ({ json: item.json, pairedItem: item.pairedItem }));
}

/** Everything a user or a log could see of a run. */
export const visible = visibleOf;

export const bearer = (token = TOKEN): string => `Bearer ${token}`;

export { byId };
