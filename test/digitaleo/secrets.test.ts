import { BASE, byId, CLIENT_SECRET, FRESH_TOKEN, mockApi, mockOAuth, runDigitaleo, TOKEN, tokenReply, visible } from './helpers';

const getAccount = { resource: 'account', operation: 'get', accountId: byId('ORG_1234') };

function expectHidden(seen: string): void {
	for (const secret of [TOKEN, FRESH_TOKEN, CLIENT_SECRET]) {
		expect(seen).not.toContain(secret);
		expect(seen).not.toContain(encodeURIComponent(secret));
	}
}

describe('Digitaleo secrecy', () => {
	test('neither the old nor the fresh token appears when a 401 echoes them', async () => {
		const api = mockApi();
		const oauth = mockOAuth();
		api.scope.get(`${BASE}/accounts/ORG_1234`).reply(401, { error: { message: `Token ${TOKEN} expired`, status_code: 401 } });
		oauth.scope.post('/token').reply(200, tokenReply(FRESH_TOKEN));
		api.scope.get(`${BASE}/accounts/ORG_1234`).reply(401, { error: { message: `Token ${FRESH_TOKEN} refused`, status_code: 401 } });

		const run = await runDigitaleo(getAccount);

		expect(run.error?.message).toBe('Token [redacted] refused');
		expectHidden(visible(run));
	});

	test.each([
		['echoed in a 417 message', 417, { message: 'Invalid', messages: [{ field: 'client', message: `secret ${CLIENT_SECRET} is wrong` }] }],
		['URL-encoded in a 400 message', 400, { message: `see ?token=${encodeURIComponent(TOKEN)}` }],
		['in an HTML page', 500, `<html>${TOKEN} ${CLIENT_SECRET}</html>`],
		['in a plain text reply', 409, `conflict for ${CLIENT_SECRET}`],
	])('secrets never appear when the API echoes them (%s)', async (_case, status, body) => {
		const api = mockApi();
		api.scope.get(`${BASE}/accounts/ORG_1234`).reply(status, body);

		const run = await runDigitaleo({ ...getAccount, options: { maxRetries: 0 } });

		expect(run.error).toBeDefined();
		expectHidden(visible(run));
	});

	test('error items under Continue On Fail are redacted too', async () => {
		const api = mockApi();
		api.scope.get(`${BASE}/accounts/ORG_1234`).reply(409, { message: `Login for ${CLIENT_SECRET} is not available` });

		const run = await runDigitaleo(getAccount, { continueOnFail: true });

		expect(run.items.map((i) => i.json)).toEqual([
			{ error: 'Login for [redacted] is not available', description: 'HTTP 409: The request conflicts with the current state of the item', httpCode: '409' },
		]);
		expectHidden(visible(run));
	});

	test('a transport failure does not leak the Authorization header', async () => {
		// Nothing is mocked: nock refuses the request, and its error lists the request headers.
		const run = await runDigitaleo({ ...getAccount, options: { maxRetries: 0 } });

		expect(run.error?.name).toBe('NodeApiError');
		expectHidden(visible(run));
	});

	test('a failed login does not leak the client secret, even when the OAuth server echoes it encoded', async () => {
		const oauth = mockOAuth();
		oauth.scope.post('/token').reply(401, { error: 'invalid_client', error_description: `bad ${encodeURIComponent(CLIENT_SECRET)} / ${CLIENT_SECRET}` });

		const run = await runDigitaleo(getAccount, { credentials: { accessToken: '' }, continueOnFail: true });

		expect(run.items).toHaveLength(1);
		expectHidden(visible(run));
	});

	test('the login_as token request carries the secret only in its body, and outputs never show it', async () => {
		const oauth = mockOAuth();
		oauth.scope.post('/token').reply(200, { access_token: 'session-1', expires_in: 3600, token_type: 'bearer', client_secret: CLIENT_SECRET });

		const run = await runDigitaleo({ resource: 'account', operation: 'getAutoLogin', accountId: byId('ORG_1234') });

		expect(run.error).toBeUndefined();
		expect(oauth.sent[0].authorization).toBeUndefined();
		expectHidden(visible(run));
	});
});
