import type { IDataObject } from 'n8n-workflow';

import { DigitaleoApi } from '../../credentials/DigitaleoApi.credentials';
import { LOGIN_FAILURE_TEXT } from '../../nodes/Digitaleo/transport';
import { TestCredentialsHelper } from '../harness/credentials';
import {
	BASE,
	bearer,
	byId,
	CLIENT_ID,
	CLIENT_SECRET,
	FRESH_TOKEN,
	JSON_TYPE,
	LOGIN_BODY,
	mockApi,
	mockHost,
	mockOAuth,
	output,
	runDigitaleo,
	TOKEN,
	tokenReply,
	visible,
} from './helpers';

const accountOf = (id: string): IDataObject => ({ externalIdentifier: id, name: `Account ${id}` });
/** Get Account with the identifier taken from each input item. */
const getFromItem = { resource: 'account', operation: 'get', accountId: byId('={{ $json.id }}') };
const ids = (count: number): string[] => Array.from({ length: count }, (_, i) => `ORG_${100 + i}`);
const noToken = { credentials: { accessToken: '' } };

function freshHelper(data: IDataObject = {}): TestCredentialsHelper {
	const helper = new TestCredentialsHelper({ digitaleoApi: new DigitaleoApi() });
	helper.set('digitaleoApi', { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, accessToken: '', ...data });
	return helper;
}

describe('Digitaleo access token', () => {
	test('logs in with a JSON client-credentials body, then sends the token as a Bearer header', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		oauth.scope.post('/token').reply(200, tokenReply(FRESH_TOKEN));
		api.scope.get(`${BASE}/accounts/ORG_1`).reply(200, accountOf('ORG_1'));

		const run = await runDigitaleo({ resource: 'account', operation: 'get', accountId: byId('ORG_1') }, noToken);

		expect(run.error).toBeUndefined();
		expect(oauth.sent).toEqual([{ method: 'POST', path: '/token', body: LOGIN_BODY, contentType: JSON_TYPE }]);
		expect(api.sent).toEqual([{ method: 'GET', path: `${BASE}/accounts/ORG_1`, authorization: bearer(FRESH_TOKEN) }]);
		expect(run.credentials.preAuthCalls.get('digitaleoApi')).toBe(1);
		expect(run.credentials.store.get('digitaleoApi')?.accessToken).toBe(FRESH_TOKEN);
		expect(visible(run)).not.toContain(FRESH_TOKEN);
		expect(visible(run)).not.toContain(CLIENT_SECRET);
	});

	test('1,000 items read in parallel log in exactly once', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		oauth.scope.post('/token').delay(20).reply(200, tokenReply(FRESH_TOKEN));
		for (const id of ids(1000)) api.scope.get(`${BASE}/accounts/${id}`).reply(200, accountOf(id));

		const run = await runDigitaleo(getFromItem, { ...noToken, input: ids(1000).map((id) => ({ id })) });

		expect(run.error).toBeUndefined();
		expect(oauth.sent).toHaveLength(1);
		expect(run.credentials.preAuthCalls.get('digitaleoApi')).toBe(1);
		expect(api.sent).toHaveLength(1000);
		expect(new Set(api.sent.map((r) => r.authorization))).toEqual(new Set([bearer(FRESH_TOKEN)]));
		expect(output(run)).toEqual(ids(1000).map((id, i) => ({ json: accountOf(id), pairedItem: { item: i } })));
	});

	test('after the first call has fetched the token, the other 20 items all run at once', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		oauth.scope.post('/token').reply(200, tokenReply(FRESH_TOKEN));
		let inFlight = 0;
		let peak = 0;
		for (const id of ids(21)) {
			api.scope.get(`${BASE}/accounts/${id}`).reply(async () => {
				inFlight++;
				peak = Math.max(peak, inFlight);
				await new Promise((resolve) => setTimeout(resolve, 20));
				inFlight--;
				return [200, accountOf(id)];
			});
		}

		const run = await runDigitaleo(getFromItem, { ...noToken, input: ids(21).map((id) => ({ id })) });

		expect(run.error).toBeUndefined();
		expect(oauth.sent).toHaveLength(1);
		expect(peak).toBe(20);
	});

	test('changes made one item at a time log in once too', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		oauth.scope.post('/token').reply(200, tokenReply(FRESH_TOKEN));
		api.scope.post(`${BASE}/accounts`).times(5).reply(204, '');

		const run = await runDigitaleo(
			{ resource: 'account', operation: 'create', externalIdentifier: '={{ $json.id }}', name: 'Shop' },
			{ ...noToken, input: ids(5).map((id) => ({ id })) },
		);

		expect(run.error).toBeUndefined();
		expect(oauth.sent).toHaveLength(1);
		expect(api.sent.map((r) => r.authorization)).toEqual(Array(5).fill(bearer(FRESH_TOKEN)));
		expect(output(run).map((o) => o.json.id)).toEqual(ids(5));
	});

	test('a second execution with the stored token logs in zero times', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		oauth.scope.post('/token').reply(200, tokenReply(FRESH_TOKEN));
		api.scope.get(`${BASE}/accounts/ORG_1`).times(2).reply(200, accountOf('ORG_1'));
		const credentialsHelper = freshHelper();
		const params = { resource: 'account', operation: 'get', accountId: byId('ORG_1') };

		const first = await runDigitaleo(params, { credentialsHelper });
		const second = await runDigitaleo(params, { credentialsHelper });

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(credentialsHelper.preAuthCalls.get('digitaleoApi')).toBe(1);
		expect(oauth.sent).toHaveLength(1);
		expect(api.sent.map((r) => r.authorization)).toEqual([bearer(FRESH_TOKEN), bearer(FRESH_TOKEN)]);
	});

	test('a 401 leads to exactly one fresh login and a successful retry with the new token', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		api.scope.get(`${BASE}/accounts/ORG_1`).matchHeader('authorization', bearer(TOKEN)).reply(401, { error: { message: 'Unauthorized', status_code: 401 } });
		oauth.scope.post('/token').reply(200, tokenReply(FRESH_TOKEN));
		api.scope.get(`${BASE}/accounts/ORG_1`).matchHeader('authorization', bearer(FRESH_TOKEN)).reply(200, accountOf('ORG_1'));

		const run = await runDigitaleo({ resource: 'account', operation: 'get', accountId: byId('ORG_1') });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			{ method: 'GET', path: `${BASE}/accounts/ORG_1`, authorization: bearer(TOKEN) },
			{ method: 'GET', path: `${BASE}/accounts/ORG_1`, authorization: bearer(FRESH_TOKEN) },
		]);
		expect(oauth.sent).toEqual([{ method: 'POST', path: '/token', body: LOGIN_BODY, contentType: JSON_TYPE }]);
		expect(run.credentials.preAuthCalls.get('digitaleoApi')).toBe(1);
		expect(run.credentials.store.get('digitaleoApi')?.accessToken).toBe(FRESH_TOKEN);
		expect(output(run)).toEqual([{ json: accountOf('ORG_1'), pairedItem: { item: 0 } }]);
	});

	test('a 401 on a change is retried once with the new token too (the API refused it unprocessed)', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		api.scope.put(`${BASE}/accounts/ORG_1`).matchHeader('authorization', bearer(TOKEN)).reply(401, { message: 'Token expired' });
		oauth.scope.post('/token').reply(200, tokenReply(FRESH_TOKEN));
		api.scope.put(`${BASE}/accounts/ORG_1`).matchHeader('authorization', bearer(FRESH_TOKEN)).reply(204, '');

		const run = await runDigitaleo({ resource: 'account', operation: 'update', accountId: byId('ORG_1'), updateFields: { firstName: 'Jo' } });

		expect(run.error).toBeUndefined();
		expect(api.sent.map((r) => [r.method, r.body, r.authorization])).toEqual([
			['PUT', '{"firstName":"Jo"}', bearer(TOKEN)],
			['PUT', '{"firstName":"Jo"}', bearer(FRESH_TOKEN)],
		]);
		expect(oauth.sent).toHaveLength(1);
		expect(output(run)).toEqual([{ json: { success: true, id: 'ORG_1', location: null }, pairedItem: { item: 0 } }]);
	});

	test('a token that expires mid-run is refreshed by one login even when several items meet the 401 at once', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		const [first, ...others] = ids(10);
		api.scope.get(`${BASE}/accounts/${first}`).matchHeader('authorization', bearer(TOKEN)).reply(200, accountOf(first));
		for (const id of others) {
			api.scope.get(`${BASE}/accounts/${id}`).matchHeader('authorization', bearer(TOKEN)).delay(10).reply(401, { message: 'Token expired' });
			api.scope.get(`${BASE}/accounts/${id}`).matchHeader('authorization', bearer(FRESH_TOKEN)).reply(200, accountOf(id));
		}
		oauth.scope.post('/token').delay(30).reply(200, tokenReply(FRESH_TOKEN));

		const run = await runDigitaleo(getFromItem, { input: ids(10).map((id) => ({ id })) });

		expect(run.error).toBeUndefined();
		// n8n asks the credential for a fresh token once per failed call; the credential sends one login for them all.
		expect(oauth.sent).toHaveLength(1);
		expect(api.sent).toHaveLength(19);
		expect(output(run)).toEqual(ids(10).map((id, i) => ({ json: accountOf(id), pairedItem: { item: i } })));
	});

	test('items whose 401 arrives after the fresh token was issued take that token instead of logging in again', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		const [first, ...others] = ids(10);
		api.scope.get(`${BASE}/accounts/${first}`).matchHeader('authorization', bearer(TOKEN)).reply(200, accountOf(first));
		others.forEach((id, n) => {
			// The refusals arrive one after another, most of them after the new token came back.
			api.scope.get(`${BASE}/accounts/${id}`).matchHeader('authorization', bearer(TOKEN)).delay(15 * n).reply(401, { message: 'Token expired' });
			api.scope.get(`${BASE}/accounts/${id}`).matchHeader('authorization', bearer(FRESH_TOKEN)).reply(200, accountOf(id));
		});
		oauth.scope.post('/token').reply(200, tokenReply(FRESH_TOKEN));

		const run = await runDigitaleo(getFromItem, { input: ids(10).map((id) => ({ id })) });

		expect(run.error).toBeUndefined();
		expect(oauth.sent).toHaveLength(1);
		expect(api.sent).toHaveLength(19);
		expect(output(run)).toEqual(ids(10).map((id, i) => ({ json: accountOf(id), pairedItem: { item: i } })));
	});

	test('a token still refused after the fresh login is reported, without looping', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		api.scope.get(`${BASE}/accounts/ORG_1`).times(2).reply(401, { error: { message: 'Invalid token', status_code: 401 } });
		oauth.scope.post('/token').reply(200, tokenReply(FRESH_TOKEN));

		const run = await runDigitaleo({ resource: 'account', operation: 'get', accountId: byId('ORG_1') });

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe('Invalid token');
		expect(run.error?.httpCode).toBe('401');
		expect(api.sent).toHaveLength(2);
		expect(oauth.sent).toHaveLength(1);
	});

	test('refused client credentials are reported once, and the other items do not log in again', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		oauth.scope.post('/token').reply(401, { error: 'invalid_client', error_description: `Client authentication failed for ${CLIENT_SECRET}` });

		const run = await runDigitaleo(getFromItem, { ...noToken, input: ids(20).map((id) => ({ id })), continueOnFail: true });

		const message = `The request failed: ${LOGIN_FAILURE_TEXT}: the OAuth server answered HTTP 401: Client authentication failed for [redacted] – invalid_client. Check the client ID and secret of the credential.`;
		expect(oauth.sent).toHaveLength(1);
		expect(api.sent).toEqual([]);
		expect(output(run)).toEqual(ids(20).map((_, i) => ({ json: { error: message }, pairedItem: { item: i } })));
		expect(visible(run)).not.toContain(CLIENT_SECRET);
	});

	test('without Continue On Fail, refused client credentials stop the node on the first item', async () => {
		const oauth = mockOAuth();
		oauth.scope.post('/token').reply(400, { error: 'invalid_client' });

		const run = await runDigitaleo(getFromItem, { ...noToken, input: ids(12).map((id) => ({ id })) });

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe(
			`The request failed: ${LOGIN_FAILURE_TEXT}: the OAuth server answered HTTP 400: invalid_client. Check the client ID and secret of the credential.`,
		);
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(oauth.sent).toHaveLength(1);
	});

	test('a token reply without access_token is reported', async () => {
		const oauth = mockOAuth();
		oauth.scope.post('/token').reply(200, { token_type: 'bearer' });

		const run = await runDigitaleo({ resource: 'account', operation: 'get', accountId: byId('ORG_1') }, noToken);

		expect(run.error?.message).toBe(`The request failed: ${LOGIN_FAILURE_TEXT}: the OAuth server answered without an access_token`);
	});

	test('the OAuth URL of the credential is used for the login', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		oauth.scope.post('/custom/token').reply(200, tokenReply(FRESH_TOKEN));
		api.scope.get(`${BASE}/accounts/ORG_1`).reply(200, accountOf('ORG_1'));

		const run = await runDigitaleo(
			{ resource: 'account', operation: 'get', accountId: byId('ORG_1') },
			{ credentials: { accessToken: '', oauthUrl: 'https://oauth.messengeo.net/custom/token' } },
		);

		expect(run.error).toBeUndefined();
		expect(oauth.sent.map((r) => r.path)).toEqual(['/custom/token']);
	});

	test('a plain-http OAuth URL is refused: the client secret is never sent in clear text', async () => {
		const oauth = mockOAuth();
		const plain = mockHost('http://oauth.messengeo.net');
		const run = await runDigitaleo(
			{ resource: 'account', operation: 'get', accountId: byId('ORG_1') },
			{ credentials: { accessToken: '', oauthUrl: 'http://oauth.messengeo.net/token' } },
		);
		expect(run.error?.message).toBe(
			'The request failed: The OAuth URL of the Digitaleo credential must start with https:// (plain http is accepted only for localhost)',
		);
		expect(oauth.sent).toEqual([]);
		expect(plain.sent).toEqual([]);
	});
});
