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

import { redactDeep } from '../nodes/shared/errors';
import { inspectFailure, urlProblem } from '../nodes/shared/request';
import { shareLogin } from '../nodes/shared/session';

/** LOCALTRAC tokens are valid for 15 minutes from the moment they are issued. */
const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

/**
 * A refused or failed login. The HTTP status and the vendor's reply travel in `cause`, not in a
 * `response` property of the error itself: n8n answers an error with `response.status` 401 by logging
 * in again, and a login that was just refused must not be tried a second time.
 */
class LocaltracLoginError extends Error {
	code?: string;

	cause?: { response?: { status: number; data: unknown } };

	constructor(message: string, cause?: { response?: { status: number; data: unknown } }, code?: string) {
		super(message);
		this.name = 'LocaltracLoginError';
		if (cause) this.cause = cause;
		if (code) this.code = code;
	}
}

/** The LOCALTRAC host without trailing slashes or a trailing /localtrac (every path adds it). */
function loginBaseUrl(raw: unknown): string {
	const text = typeof raw === 'string' ? raw.trim() : '';
	const problem = urlProblem(text);
	if (problem === 'is not a valid URL') throw new LocaltracLoginError(`The credential's Base URL "${text}" is not a valid URL`);
	if (problem) throw new LocaltracLoginError(`The credential's Base URL ${problem}`);
	return text.replace(/\/+$/, '').replace(/\/localtrac$/i, '');
}

function describeRefusal(body: unknown): string {
	const data = body && typeof body === 'object' ? (body as IDataObject) : {};
	const message = typeof data.message === 'string' && data.message.trim() ? data.message.trim() : 'the login was refused';
	const code = data.code !== undefined && data.code !== null && data.code !== '' ? ` (error code ${String(data.code)})` : '';
	return `LOCALTRAC refused the login: ${message}${code}`;
}

/** Logs in with the username and password: the token and when it expires. */
async function login(ctx: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<{ sessionToken: string; sessionExpiresAt: string }> {
	const baseUrl = loginBaseUrl(credentials.baseUrl);
	const password = typeof credentials.password === 'string' ? credentials.password : '';
	const secrets = [password];
	// The token's 15 minutes start when LOCALTRAC issues it, which is after this moment.
	const requestedAt = Date.now();
	let reply: IDataObject;
	try {
		reply = (await ctx.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}/localtrac/login`,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			body: { username: credentials.username, password: credentials.password },
			json: true,
			timeout: 30_000,
		})) as IDataObject;
	} catch (error) {
		const failure = inspectFailure(error);
		if (failure.status !== undefined) {
			const body = redactDeep(failure.body, secrets);
			throw new LocaltracLoginError(redactDeep(describeRefusal(body), secrets), {
				response: { status: failure.status, data: body },
			});
		}
		throw new LocaltracLoginError(
			`The LOCALTRAC login request failed${failure.code ? ` (${failure.code})` : ''}`,
			undefined,
			failure.code,
		);
	}
	const token = reply && typeof reply === 'object' ? reply.token : undefined;
	if (typeof token !== 'string' || !token || reply.success === false) {
		// An answer without a token is a refused login, whatever its status.
		const { token: _ignored, ...rest } = reply && typeof reply === 'object' ? reply : ({} as IDataObject);
		const body: IDataObject = redactDeep(
			{ ...rest, message: rest.message ?? (reply?.success === false ? 'the login was refused' : 'its answer carried no token') },
			secrets,
		);
		throw new LocaltracLoginError(describeRefusal(body), { response: { status: 401, data: body } });
	}
	return {
		sessionToken: token,
		sessionExpiresAt: new Date(requestedAt + TOKEN_LIFETIME_MS).toISOString(),
	};
}

export class LocaltracApi implements ICredentialType {
	name = 'localtracApi';

	displayName = 'LOCALTRAC API';

	icon: Icon = { light: 'file:../icons/localtrac.svg', dark: 'file:../icons/localtrac.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-local-business';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://api.example.com',
			description:
				'The address of your LOCALTRAC API, without /localtrac (the node adds it). Must use https:// (http is accepted for localhost).',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			required: true,
			default: '',
			description: 'The LOCALTRAC user the workflows act for. They see and change only what this user may.',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
		},
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Session Expires At',
			name: 'sessionExpiresAt',
			type: 'hidden',
			default: '',
		},
	];

	/**
	 * Logs in with the username and password and keeps the token. n8n calls this when no token is
	 * stored yet, and again when LOCALTRAC answers 401 because the token has expired.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		// Requests refused with the same token at about the same time share one login.
		const key = JSON.stringify(['localtrac', credentials.baseUrl, credentials.username, credentials.password, credentials.sessionToken ?? '']);
		return await shareLogin(key, async () => await login(this, credentials));
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '={{$credentials.sessionToken}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.trim().replace(/\\/+$/, "").replace(/\\/localtrac$/i, "")}}',
			url: '/localtrac/login',
			method: 'POST',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			body: { username: '={{$credentials.username}}', password: '={{$credentials.password}}' },
			json: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'success', value: false, message: 'LOCALTRAC did not accept the username and password' },
			},
		],
	};
}
