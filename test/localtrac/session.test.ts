import type { IDataObject } from 'n8n-workflow';

import {
	byId,
	credentialsStore,
	HOST,
	locations,
	loginRequest,
	logins,
	mockApi,
	output,
	PASSWORD,
	runLocaltrac,
	TOKEN,
	TOKEN_2,
	UUID_A,
	UUID_B,
	visible,
} from './helpers';

const location = (uuid: string): IDataObject => ({ uuid, name: { fr_CA: `Lieu ${uuid.slice(0, 4)}` }, active: true });
const getFromItem = { resource: 'location', operation: 'get', locationId: { __rl: true, mode: 'id', value: '={{ $json.uuid }}' } };
const expired = { error: 'Token expired', code: 'TOKEN_EXPIRED' };

describe('LOCALTRAC session token', () => {
	test('50 items log in exactly once, and every request carries the token', async () => {
		const api = mockApi();
		const records = locations(1, 50);
		api.login();
		for (const r of records) api.scope.get(`/localtrac/location/${String(r.uuid)}`).reply(200, r);

		const run = await runLocaltrac(getFromItem, { input: records.map((r) => ({ uuid: r.uuid })) });

		expect(run.error).toBeUndefined();
		expect(logins(run)).toBe(1);
		expect(api.sent[0]).toEqual(loginRequest);
		expect(api.sent.filter((r) => r.path === '/localtrac/login')).toHaveLength(1);
		expect(api.sent.slice(1).every((r) => r.method === 'GET' && r.authorization === TOKEN)).toBe(true);
		expect(api.sent).toHaveLength(51);
		expect(output(run)).toEqual(records.map((r, i) => ({ json: r, pairedItem: { item: i } })));
	});

	test('after the first request has logged in, the other 29 reads all run at once', async () => {
		const api = mockApi();
		const records = locations(1, 30);
		let inFlight = 0;
		let peak = 0;
		api.login();
		for (const r of records) {
			api.scope.get(`/localtrac/location/${String(r.uuid)}`).reply(async () => {
				inFlight++;
				peak = Math.max(peak, inFlight);
				await new Promise((resolve) => setTimeout(resolve, 20));
				inFlight--;
				return [200, r];
			});
		}

		const run = await runLocaltrac(getFromItem, { input: records.map((r) => ({ uuid: r.uuid })) });

		expect(run.error).toBeUndefined();
		expect(logins(run)).toBe(1);
		expect(peak).toBe(29);
	});

	test('a second execution with the stored token does not log in again', async () => {
		const store = credentialsStore();
		const api = mockApi();
		api.login();
		api.scope.get(`/localtrac/location/${UUID_A}`).times(2).reply(200, location(UUID_A));

		const first = await runLocaltrac(getFromItem, { input: [{ uuid: UUID_A }], credentialsHelper: store });
		const second = await runLocaltrac(getFromItem, { input: [{ uuid: UUID_A }], credentialsHelper: store });

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(store.preAuthCalls.get('localtracApi')).toBe(1);
		expect(store.store.get('localtracApi')?.sessionToken).toBe(TOKEN);
		expect(api.sent).toEqual([
			loginRequest,
			{ method: 'GET', path: `/localtrac/location/${UUID_A}`, authorization: TOKEN },
			{ method: 'GET', path: `/localtrac/location/${UUID_A}`, authorization: TOKEN },
		]);
	});

	test('a 401 mid-run logs in once more, resends that request, and the run completes', async () => {
		const store = credentialsStore({ sessionToken: TOKEN, sessionExpiresAt: new Date(Date.now() + 600_000).toISOString() });
		const api = mockApi();
		const body = { name: { fr_CA: 'Nouveau nom' } };
		api.scope.post(`/localtrac/location/${UUID_A}`).reply(200, { name: 'Name updated' });
		// The token expires between the first and the second item.
		api.scope.post(`/localtrac/location/${UUID_B}`).reply(401, expired);
		api.login(TOKEN_2);
		api.scope.post(`/localtrac/location/${UUID_B}`).reply(200, { name: 'Name updated' });
		api.scope.post(`/localtrac/location/${UUID_A}`).reply(200, { name: 'Name updated' });

		const run = await runLocaltrac(
			{
				resource: 'location',
				operation: 'update',
				locationId: { __rl: true, mode: 'id', value: '={{ $json.uuid }}' },
				updateFields: { name: { fr_CA: 'Nouveau nom' } },
			},
			{ input: [{ uuid: UUID_A }, { uuid: UUID_B }, { uuid: UUID_A }], credentialsHelper: store },
		);

		expect(run.error).toBeUndefined();
		expect(store.preAuthCalls.get('localtracApi')).toBe(1);
		const update = (uuid: string, authorization: string) => ({
			method: 'POST',
			path: `/localtrac/location/${uuid}`,
			body: JSON.stringify(body),
			contentType: 'application/json',
			authorization,
		});
		expect(api.sent).toEqual([update(UUID_A, TOKEN), update(UUID_B, TOKEN), loginRequest, update(UUID_B, TOKEN_2), update(UUID_A, TOKEN_2)]);
		expect(output(run)).toEqual([
			{ json: { uuid: UUID_A, name: 'Name updated' }, pairedItem: { item: 0 } },
			{ json: { uuid: UUID_B, name: 'Name updated' }, pairedItem: { item: 1 } },
			{ json: { uuid: UUID_A, name: 'Name updated' }, pairedItem: { item: 2 } },
		]);
		expect(store.store.get('localtracApi')?.sessionToken).toBe(TOKEN_2);
	});

	test('a token past its 15 minutes: parallel reads wait while one request meets the 401 and logs in once', async () => {
		const store = credentialsStore({ sessionToken: TOKEN, sessionExpiresAt: new Date(Date.now() - 1000).toISOString() });
		const api = mockApi();
		const records = locations(1, 20);
		api.scope.get(/\/localtrac\/location\/.*/).reply(401, expired);
		api.login(TOKEN_2);
		for (const r of records) api.scope.get(`/localtrac/location/${String(r.uuid)}`).matchHeader('authorization', TOKEN_2).reply(200, r);

		const run = await runLocaltrac(getFromItem, { input: records.map((r) => ({ uuid: r.uuid })), credentialsHelper: store });

		expect(run.error).toBeUndefined();
		expect(store.preAuthCalls.get('localtracApi')).toBe(1);
		expect(api.sent.slice(0, 3)).toEqual([
			{ method: 'GET', path: `/localtrac/location/${String(records[0].uuid)}`, authorization: TOKEN },
			loginRequest,
			{ method: 'GET', path: `/localtrac/location/${String(records[0].uuid)}`, authorization: TOKEN_2 },
		]);
		expect(api.sent).toHaveLength(22);
		expect(output(run)).toEqual(records.map((r, i) => ({ json: r, pairedItem: { item: i } })));
	});

	test('a token revoked before its 15 minutes while 10 reads are in flight costs one login, not one per read', async () => {
		const store = credentialsStore({ sessionToken: TOKEN, sessionExpiresAt: new Date(Date.now() + 600_000).toISOString() });
		const api = mockApi();
		const records = locations(1, 20);
		records.forEach((r, n) => {
			// The first 10 reads go out with the old token, which LOCALTRAC refuses; the refusals are spread out in time.
			if (n < 10) api.scope.get(`/localtrac/location/${String(r.uuid)}`).matchHeader('authorization', TOKEN).delay(5 * n).reply(401, expired);
			api.scope.get(`/localtrac/location/${String(r.uuid)}`).matchHeader('authorization', TOKEN_2).reply(200, r);
		});
		api.login(TOKEN_2);

		const tenAtATime = { ...getFromItem, options: { parallelRequests: 10 } };
		const run = await runLocaltrac(tenAtATime, { input: records.map((r) => ({ uuid: r.uuid })), credentialsHelper: store });

		expect(run.error).toBeUndefined();
		expect(store.preAuthCalls.get('localtracApi') ?? 0).toBeGreaterThan(1); // n8n asks the credential for every refused read...
		expect(api.sent.filter((r) => r.path === '/localtrac/login')).toEqual([loginRequest]); // ...and one login serves them all.
		// 10 refused reads, 1 login, then all 20 reads with the new token (the last 10 start with it).
		expect(api.sent.filter((r) => r.authorization === TOKEN)).toHaveLength(10);
		expect(api.sent.filter((r) => r.authorization === TOKEN_2)).toHaveLength(20);
		expect(api.sent).toHaveLength(31);
		expect(output(run)).toEqual(records.map((r, i) => ({ json: r, pairedItem: { item: i } })));
		expect(store.store.get('localtracApi')?.sessionToken).toBe(TOKEN_2);
	});

	test('a 401 between two pages of Return All logs in once and the list completes', async () => {
		const store = credentialsStore({ sessionToken: TOKEN, sessionExpiresAt: new Date(Date.now() + 600_000).toISOString() });
		const api = mockApi();
		api.scope.get('/localtrac/locations?p=1').reply(200, locations(1, 20));
		api.scope.get('/localtrac/locations?p=2').reply(401, expired);
		api.login(TOKEN_2);
		api.scope.get('/localtrac/locations?p=2').reply(200, locations(21, 20));
		api.scope.get('/localtrac/locations?p=3').reply(200, locations(41, 5));

		const run = await runLocaltrac({ resource: 'location', operation: 'getAll', returnAll: true }, { credentialsHelper: store });

		expect(run.error).toBeUndefined();
		expect(store.preAuthCalls.get('localtracApi')).toBe(1);
		expect(api.sent).toEqual([
			{ method: 'GET', path: '/localtrac/locations?p=1', authorization: TOKEN },
			{ method: 'GET', path: '/localtrac/locations?p=2', authorization: TOKEN },
			loginRequest,
			{ method: 'GET', path: '/localtrac/locations?p=2', authorization: TOKEN_2 },
			{ method: 'GET', path: '/localtrac/locations?p=3', authorization: TOKEN_2 },
		]);
		expect(run.items.map((i) => i.json.uuid)).toEqual(locations(1, 45).map((l) => l.uuid));
	});

	test('a refused login shows the vendor code and message, never the password, and is tried once for 50 items', async () => {
		const api = mockApi();
		api.scope.post('/localtrac/login').reply(401, { code: 'AUTH_INVALID', message: 'Invalid credential provided' });
		const records = locations(1, 50);

		const run = await runLocaltrac(getFromItem, { input: records.map((r) => ({ uuid: r.uuid })), continueOnFail: true });

		expect(run.error).toBeUndefined();
		expect(logins(run)).toBe(1);
		expect(api.sent).toEqual([loginRequest]);
		const refused = {
			error: 'Invalid credential provided (error code AUTH_INVALID)',
			description: 'Check the username and password of the LOCALTRAC credential\nHTTP 401: The credentials were not accepted',
			httpCode: '401',
		};
		expect(output(run)).toEqual(records.map((_, i) => ({ json: refused, pairedItem: { item: i } })));
		expect(visible(run)).not.toContain(PASSWORD);
	});

	test('a refused login stops the node with the vendor code and message', async () => {
		const api = mockApi();
		// LOCALTRAC echoes what it received: the password must still not show.
		api.scope.post('/localtrac/login').reply(401, { code: 'AUTH_INVALID', message: `Invalid credential provided for ${PASSWORD}` });

		const run = await runLocaltrac({ resource: 'location', operation: 'get', locationId: byId(UUID_A) });

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe('Invalid credential provided for [redacted] (error code AUTH_INVALID)');
		expect(run.error?.httpCode).toBe('401');
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(api.sent).toEqual([loginRequest]);
		expect(visible(run)).not.toContain(PASSWORD);
	});

	test('a token refused again right after a fresh login is reported, with one login only', async () => {
		const store = credentialsStore({ sessionToken: TOKEN, sessionExpiresAt: new Date(Date.now() + 600_000).toISOString() });
		const api = mockApi();
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(401, expired);
		api.login(TOKEN_2);
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(401, { code: 'TOKEN_INVALID', message: 'Invalid token' });

		const run = await runLocaltrac({ resource: 'location', operation: 'get', locationId: byId(UUID_A) }, { credentialsHelper: store });

		expect(run.error?.message).toBe('Invalid token (error code TOKEN_INVALID)');
		expect(run.error?.httpCode).toBe('401');
		expect(store.preAuthCalls.get('localtracApi')).toBe(1);
		expect(api.sent.map((r) => [r.path, r.authorization])).toEqual([
			[`/localtrac/location/${UUID_A}`, TOKEN],
			['/localtrac/login', undefined],
			[`/localtrac/location/${UUID_A}`, TOKEN_2],
		]);
		expect(visible(run)).not.toContain(TOKEN);
		expect(visible(run)).not.toContain(TOKEN_2);
	});

	test('a login answered without a token is a refused login', async () => {
		const api = mockApi();
		api.scope.post('/localtrac/login').reply(200, { success: false });

		const run = await runLocaltrac({ resource: 'location', operation: 'get', locationId: byId(UUID_A) });

		expect(run.error?.message).toBe('the login was refused');
		expect(run.error?.httpCode).toBe('401');
		expect(api.sent).toEqual([loginRequest]);
	});

	test('a login that LOCALTRAC cannot serve (503) is tried again for a read', async () => {
		const api = mockApi();
		api.scope.post('/localtrac/login').reply(503, { code: 'MAINTENANCE', message: 'Service unavailable' });
		api.login();
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(200, location(UUID_A));

		const run = await runLocaltrac({ resource: 'location', operation: 'get', locationId: byId(UUID_A) });

		expect(run.error).toBeUndefined();
		expect(logins(run)).toBe(2);
		expect(api.sent).toEqual([loginRequest, loginRequest, { method: 'GET', path: `/localtrac/location/${UUID_A}`, authorization: TOKEN }]);
		expect(output(run)).toEqual([{ json: location(UUID_A), pairedItem: { item: 0 } }]);
	});

	test('a login over plain http to a remote host is refused before anything is sent', async () => {
		const api = mockApi('http://localtrac.example.org');

		const run = await runLocaltrac(
			{ resource: 'location', operation: 'get', locationId: byId(UUID_A) },
			{ credentials: { baseUrl: 'http://localtrac.example.org' } },
		);

		expect(run.error?.message).toBe("The credential's Base URL must start with https:// (plain http is accepted only for localhost)");
		expect(api.sent).toEqual([]);
		expect(logins(run)).toBe(0);
	});

	test('a Base URL typed with /localtrac and a trailing slash reaches the same paths', async () => {
		const api = mockApi();
		api.login();
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(200, location(UUID_A));

		const run = await runLocaltrac(
			{ resource: 'location', operation: 'get', locationId: byId(UUID_A) },
			{ credentials: { baseUrl: `${HOST}/localtrac/` } },
		);

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([loginRequest, { method: 'GET', path: `/localtrac/location/${UUID_A}`, authorization: TOKEN }]);
	});
});
