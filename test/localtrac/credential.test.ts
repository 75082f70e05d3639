import type { IDataObject, IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { LocaltracApi } from '../../credentials/LocaltracApi.credentials';
import { TestCredentialsHelper } from '../harness/credentials';
import { HOST, PASSWORD, TOKEN, USERNAME } from './helpers';

const credential = new LocaltracApi();

/** A workflow whose expression engine resolves `$credentials`, as n8n does for credential tests. */
function resolver() {
	const node = { id: 'n', name: 'Node', type: 'x', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
	const type = { description: { properties: [], inputs: [NodeConnectionTypes.Main], outputs: [NodeConnectionTypes.Main] } };
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: { getByName: () => type as never, getByNameAndVersion: () => type as never, getKnownTypes: () => ({}) },
	});
	const resolve = (value: unknown, credentials: IDataObject) =>
		workflow.expression.getParameterValue(value as string, null, 0, 0, node.name, [], 'internal', { $credentials: credentials });
	return { workflow, node, resolve };
}

/** Helpers whose httpRequest records its options and answers (or fails) as told. */
function helpers(answer: (options: IHttpRequestOptions) => unknown): { ctx: IHttpRequestHelper; calls: IHttpRequestOptions[] } {
	const calls: IHttpRequestOptions[] = [];
	const ctx = {
		helpers: {
			httpRequest: async (options: IHttpRequestOptions) => {
				calls.push(options);
				return answer(options);
			},
		},
	} as unknown as IHttpRequestHelper;
	return { ctx, calls };
}

const login = { baseUrl: HOST, username: USERNAME, password: PASSWORD, sessionToken: '' };

describe('LOCALTRAC API credential', () => {
	test('fields: Base URL required, password hidden, session token a hidden expirable field', () => {
		const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(Object.keys(byName)).toEqual(['baseUrl', 'username', 'password', 'sessionToken', 'sessionExpiresAt']);
		expect(byName.baseUrl.required).toBe(true);
		expect(byName.username.required).toBe(true);
		expect(byName.password.typeOptions?.password).toBe(true);
		expect(byName.sessionToken.type).toBe('hidden');
		expect(byName.sessionToken.typeOptions?.expirable).toBe(true);
		expect(byName.sessionExpiresAt.type).toBe('hidden');
		expect(credential.name).toBe('localtracApi');
	});

	test('authentication sends the raw token in the Authorization header and nothing else', async () => {
		const { workflow, node } = resolver();
		const helper = new TestCredentialsHelper({ localtracApi: credential });
		const options: IHttpRequestOptions = { url: `${HOST}/localtrac/locations`, qs: { p: 1 } };
		const out = await helper.authenticate({ ...login, sessionToken: TOKEN }, 'localtracApi', options, workflow, node);
		expect(out.headers).toEqual({ Authorization: TOKEN });
		expect(out.qs).toEqual({ p: 1 });
		expect(out.body).toBeUndefined();
	});

	test('the credential test logs in: POST {baseUrl}/localtrac/login with the username and password', () => {
		const { resolve } = resolver();
		const request = credential.test.request;
		for (const baseUrl of [HOST, `${HOST}/`, `${HOST}/localtrac`, ` ${HOST}/localtrac/ `]) {
			expect(resolve(request.baseURL, { ...login, baseUrl })).toBe(HOST);
		}
		expect(request.url).toBe('/localtrac/login');
		expect(request.method).toBe('POST');
		expect(request.json).toBe(true);
		const body = request.body as IDataObject;
		expect({ username: resolve(body.username, login), password: resolve(body.password, login) }).toEqual({
			username: USERNAME,
			password: PASSWORD,
		});
		expect(credential.test.rules).toEqual([
			{ type: 'responseSuccessBody', properties: { key: 'success', value: false, message: 'LOCALTRAC did not accept the username and password' } },
		]);
	});

	test('preAuthentication posts the login as JSON and returns the token with its expiry', async () => {
		const { ctx, calls } = helpers(() => ({ success: true, token: TOKEN }));
		const before = Date.now();

		const result = await credential.preAuthentication.call(ctx, { ...login, baseUrl: `${HOST}/localtrac/` });

		expect(calls).toEqual([
			{
				method: 'POST',
				url: `${HOST}/localtrac/login`,
				headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
				body: { username: USERNAME, password: PASSWORD },
				json: true,
				timeout: 30000,
			},
		]);
		expect(result.sessionToken).toBe(TOKEN);
		const expires = Date.parse(result.sessionExpiresAt);
		expect(expires).toBeGreaterThanOrEqual(before + 15 * 60_000);
		expect(expires).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
	});

	test.each([
		['plain http to a remote host', 'http://localtrac.example.org', "The credential's Base URL must start with https:// (plain http is accepted only for localhost)"],
		['no Base URL', '', 'The credential\'s Base URL "" is not a valid URL'],
		['not a URL', 'localtrac', 'The credential\'s Base URL "localtrac" is not a valid URL'],
	])('preAuthentication refuses %s without sending anything', async (_case, baseUrl, message) => {
		const { ctx, calls } = helpers(() => ({ success: true, token: TOKEN }));
		await expect(credential.preAuthentication.call(ctx, { ...login, baseUrl })).rejects.toThrow(message);
		expect(calls).toEqual([]);
	});

	test('preAuthentication accepts plain http for localhost', async () => {
		const { ctx, calls } = helpers(() => ({ success: true, token: TOKEN }));
		await credential.preAuthentication.call(ctx, { ...login, baseUrl: 'http://localhost:8080' });
		expect(calls[0].url).toBe('http://localhost:8080/localtrac/login');
	});

	test('a refused login names the vendor code and message, hides the password, and keeps the status out of reach of a second login', async () => {
		const { ctx } = helpers(() => {
			throw Object.assign(new Error('Request failed with status code 401'), {
				config: { data: JSON.stringify({ username: USERNAME, password: PASSWORD }) },
				response: { status: 401, data: { code: 'AUTH_INVALID', message: `Invalid credential provided (${PASSWORD})` } },
			});
		});

		const error = (await credential.preAuthentication.call(ctx, login).catch((e: unknown) => e)) as Error & IDataObject;

		expect(error.message).toBe('LOCALTRAC refused the login: Invalid credential provided ([redacted]) (error code AUTH_INVALID)');
		// n8n logs in again on an error whose response status is 401: a refused login must not look like one.
		expect(error.response).toBeUndefined();
		expect(error.cause).toEqual({
			response: { status: 401, data: { code: 'AUTH_INVALID', message: 'Invalid credential provided ([redacted])' } },
		});
		expect(JSON.stringify({ message: error.message, cause: error.cause, own: { ...error } })).not.toContain(PASSWORD);
	});

	test('a login that gets no answer reports the network code only', async () => {
		const { ctx } = helpers(() => {
			throw Object.assign(new Error(`connect ECONNREFUSED (${PASSWORD})`), { code: 'ECONNREFUSED' });
		});

		const error = (await credential.preAuthentication.call(ctx, login).catch((e: unknown) => e)) as Error & IDataObject;

		expect(error.message).toBe('The LOCALTRAC login request failed (ECONNREFUSED)');
		expect(error.code).toBe('ECONNREFUSED');
		expect(error.cause).toBeUndefined();
	});
});
