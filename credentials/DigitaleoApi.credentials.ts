import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

import { redact } from '../nodes/shared/errors';
import { urlProblem } from '../nodes/shared/request';
import { shareLogin } from '../nodes/shared/session';

const DEFAULT_OAUTH_URL = 'https://oauth.messengeo.net/token';

/** The OAuth URL, refused unless it is https (or http on this machine): the client secret travels in the body. */
function tokenUrl(credentials: ICredentialDataDecryptedObject): string {
	const raw = typeof credentials.oauthUrl === 'string' && credentials.oauthUrl.trim() ? credentials.oauthUrl.trim() : DEFAULT_OAUTH_URL;
	const problem = urlProblem(raw);
	if (problem === 'is not a valid URL') throw new Error(`The OAuth URL "${raw}" of the Digitaleo credential is not a valid URL`);
	if (problem) throw new Error(`The OAuth URL of the Digitaleo credential ${problem}`);
	return raw;
}

/** Why the OAuth server gave no token, in words, from whatever the HTTP helper threw. */
function loginFailure(error: unknown): string {
	const e = error as { response?: { status?: number; data?: unknown; body?: unknown }; message?: unknown; cause?: unknown };
	const response = e?.response ?? (e?.cause as typeof e | undefined)?.response;
	if (response && typeof response.status === 'number') {
		const data = (response.data ?? response.body) as IDataObject | string | undefined;
		let detail = '';
		if (data && typeof data === 'object') {
			const parts = [data.error_description, data.error, data.message].filter(
				(part): part is string => typeof part === 'string' && part.trim() !== '',
			);
			detail = parts.length ? `: ${parts.join(' – ')}` : '';
		} else if (typeof data === 'string' && data.trim() && !data.trim().startsWith('<')) {
			detail = `: ${data.trim().slice(0, 200)}`;
		}
		const hint = response.status === 400 || response.status === 401 ? '. Check the client ID and secret of the credential.' : '';
		return `the OAuth server answered HTTP ${response.status}${detail}${hint}`;
	}
	return typeof e?.message === 'string' && e.message ? e.message : 'the OAuth server could not be reached';
}

export class DigitaleoApi implements ICredentialType {
	name = 'digitaleoApi';

	displayName = 'Digitaleo API';

	icon: Icon = { light: 'file:../icons/digitaleo.svg', dark: 'file:../icons/digitaleo.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-local-business';

	properties: INodeProperties[] = [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			required: true,
			default: '',
			description: 'The Back Office client ID your Digitaleo customer success manager gave you',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The Back Office client secret that goes with the client ID',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.digitaleo.com/back-office/v1',
			description: 'Change only to go through a proxy. Must use https:// (http is accepted for localhost).',
		},
		{
			displayName: 'OAuth URL',
			name: 'oauthUrl',
			type: 'string',
			default: DEFAULT_OAUTH_URL,
			description: 'Where access tokens are requested. Must use https:// (http is accepted for localhost).',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/**
	 * Logs in with the client credentials. n8n stores the token in the hidden field and calls this again
	 * only when the field is empty or the API answers 401, so one token serves every item and every
	 * execution for as long as Digitaleo accepts it.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		const url = tokenUrl(credentials);
		const clientId = String(credentials.clientId ?? '');
		const clientSecret = String(credentials.clientSecret ?? '');
		// Requests refused with the same token at about the same time share one token request.
		const key = JSON.stringify(['digitaleo', url, clientId, clientSecret, credentials.accessToken ?? '']);
		const token = await shareLogin(key, async () => {
			let reply: IDataObject | undefined;
			try {
				reply = (await this.helpers.httpRequest({
					method: 'POST',
					url,
					headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
					body: { client_id: clientId, client_secret: clientSecret, grant_type: 'client_credentials' },
					json: true,
					timeout: 30_000,
				})) as IDataObject | undefined;
			} catch (error) {
				throw new Error(redact(`Digitaleo did not issue an access token: ${loginFailure(error)}`, [clientSecret]));
			}
			const issued = reply?.access_token;
			if (typeof issued !== 'string' || !issued) {
				throw new Error('Digitaleo did not issue an access token: the OAuth server answered without an access_token');
			}
			return issued;
		});
		return { accessToken: token };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessToken}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			method: 'POST',
			url: '={{$credentials.oauthUrl}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			body: {
				client_id: '={{$credentials.clientId}}',
				client_secret: '={{$credentials.clientSecret}}',
				grant_type: 'client_credentials',
			},
			json: true,
		},
	};
}
