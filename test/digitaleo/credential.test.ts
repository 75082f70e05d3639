import type { IDataObject, IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { DigitaleoApi } from '../../credentials/DigitaleoApi.credentials';
import { TestCredentialsHelper } from '../harness/credentials';
import { CLIENT_ID, CLIENT_SECRET } from './helpers';

const credential = new DigitaleoApi();

/** A workflow whose expression engine resolves `$credentials`, as n8n does for credential tests. */
function resolver() {
	const node = { id: 'n', name: 'Node', type: 'x', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
	const description = { description: { properties: [], inputs: [NodeConnectionTypes.Main], outputs: [NodeConnectionTypes.Main] } };
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: { getByName: () => description as never, getByNameAndVersion: () => description as never, getKnownTypes: () => ({}) },
	});
	const resolve = (value: unknown, credentials: IDataObject): unknown =>
		workflow.expression.getParameterValue(value as string, null, 0, 0, node.name, [], 'internal', { $credentials: credentials });
	return { workflow, node, resolve };
}

/** preAuthentication's `this`: a helper that records what it is asked to send. */
function helpers(reply: () => Promise<unknown>): { context: IHttpRequestHelper; calls: IHttpRequestOptions[] } {
	const calls: IHttpRequestOptions[] = [];
	const context = {
		helpers: {
			httpRequest: async (options: IHttpRequestOptions) => {
				calls.push(options);
				return await reply();
			},
		},
	} as unknown as IHttpRequestHelper;
	return { context, calls };
}

const data = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, oauthUrl: 'https://oauth.messengeo.net/token', accessToken: '' };

describe('Digitaleo API credential', () => {
	test('has the client ID, the secret (hidden), both URLs with their defaults and a hidden expirable token', () => {
		const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(Object.keys(byName)).toEqual(['clientId', 'clientSecret', 'baseUrl', 'oauthUrl', 'accessToken']);
		expect(byName.clientSecret.typeOptions?.password).toBe(true);
		expect(byName.baseUrl.default).toBe('https://api.digitaleo.com/back-office/v1');
		expect(byName.oauthUrl.default).toBe('https://oauth.messengeo.net/token');
		expect(byName.accessToken.type).toBe('hidden');
		expect(byName.accessToken.typeOptions?.expirable).toBe(true);
		expect(credential.name).toBe('digitaleoApi');
	});

	test('authentication sends the token as a Bearer header and nothing else', async () => {
		const { workflow, node } = resolver();
		const helper = new TestCredentialsHelper({ digitaleoApi: credential });
		const options: IHttpRequestOptions = { url: 'https://api.digitaleo.com/back-office/v1/accounts/A', qs: { a: 1 } };
		const out = await helper.authenticate({ ...data, accessToken: 'tok-123' }, 'digitaleoApi', options, workflow, node);
		expect(out.headers).toEqual({ Authorization: 'Bearer tok-123' });
		expect(out.qs).toEqual({ a: 1 });
		expect(out.body).toBeUndefined();
	});

	test('the credential test posts the client credentials as JSON to the OAuth URL', () => {
		const { resolve } = resolver();
		const request = credential.test.request;
		expect(request.method).toBe('POST');
		expect(resolve(request.url, { ...data, oauthUrl: 'https://sso.example.com/token' })).toBe('https://sso.example.com/token');
		expect(request.json).toBe(true);
		const body = request.body as IDataObject;
		expect({
			client_id: resolve(body.client_id, data),
			client_secret: resolve(body.client_secret, data),
			grant_type: body.grant_type,
		}).toEqual({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials' });
	});

	test('preAuthentication logs in with a JSON body and returns the token for the hidden field', async () => {
		const { context, calls } = helpers(async () => ({ access_token: 'fresh', expires_in: 3600, token_type: 'bearer' }));
		const out = await credential.preAuthentication.call(context, data);
		expect(out).toEqual({ accessToken: 'fresh' });
		expect(calls).toEqual([
			{
				method: 'POST',
				url: 'https://oauth.messengeo.net/token',
				headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
				body: { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials' },
				json: true,
				timeout: 30000,
			},
		]);
	});

	test('callers asking at the same moment share one login; a later caller with the same refused token takes it, one with the new token logs in again', async () => {
		let release: (value: unknown) => void = () => undefined;
		const { context, calls } = helpers(async () => await new Promise((resolve) => (release = resolve)));
		const both = Promise.all([credential.preAuthentication.call(context, data), credential.preAuthentication.call(context, data)]);
		await new Promise((resolve) => setImmediate(resolve));
		release({ access_token: 'shared' });
		expect(await both).toEqual([{ accessToken: 'shared' }, { accessToken: 'shared' }]);
		expect(calls).toHaveLength(1);

		// Within a minute, a caller refused with the same old token gets the token already issued.
		const late = helpers(async () => ({ access_token: 'unused' }));
		expect(await credential.preAuthentication.call(late.context, data)).toEqual({ accessToken: 'shared' });
		expect(late.calls).toHaveLength(0);

		// Once the shared token is refused in turn, the next caller logs in.
		const later = helpers(async () => ({ access_token: 'next' }));
		expect(await credential.preAuthentication.call(later.context, { ...data, accessToken: 'shared' })).toEqual({ accessToken: 'next' });
		expect(later.calls).toHaveLength(1);
	});

	test('the default OAuth URL is used when none is set, and http is accepted for localhost only', async () => {
		const first = helpers(async () => ({ access_token: 't' }));
		await credential.preAuthentication.call(first.context, { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
		expect(first.calls[0].url).toBe('https://oauth.messengeo.net/token');

		const local = helpers(async () => ({ access_token: 't' }));
		await credential.preAuthentication.call(local.context, { ...data, oauthUrl: 'http://127.0.0.1:8080/token' });
		expect(local.calls[0].url).toBe('http://127.0.0.1:8080/token');

		const remote = helpers(async () => ({ access_token: 't' }));
		await expect(credential.preAuthentication.call(remote.context, { ...data, oauthUrl: 'http://oauth.example.com/token' })).rejects.toThrow(
			'The OAuth URL of the Digitaleo credential must start with https:// (plain http is accepted only for localhost)',
		);
		await expect(credential.preAuthentication.call(remote.context, { ...data, oauthUrl: 'not a url' })).rejects.toThrow(
			'The OAuth URL "not a url" of the Digitaleo credential is not a valid URL',
		);
		expect(remote.calls).toEqual([]);
	});

	test('an unreachable OAuth server is reported in words, without the secret', async () => {
		const { context } = helpers(async () => {
			throw Object.assign(new Error(`connect ECONNREFUSED (client_secret=${CLIENT_SECRET})`), { code: 'ECONNREFUSED' });
		});
		await expect(credential.preAuthentication.call(context, data)).rejects.toThrow(
			'Digitaleo did not issue an access token: connect ECONNREFUSED (client_secret=[redacted])',
		);
	});
});
