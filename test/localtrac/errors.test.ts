import { localServer } from '../harness/local-server';
import {
	BUSINESS,
	byId,
	JSON_TYPE,
	loginRequest,
	logins,
	mockApi,
	output,
	PASSWORD,
	runLocaltrac,
	runLoggedIn,
	TOKEN,
	UUID_A,
	validSession,
	visible,
} from './helpers';

const getLocation = { resource: 'location', operation: 'get', locationId: byId(UUID_A) };
const createLocation = { resource: 'location', operation: 'create', business: BUSINESS, locale: 'fr_CA' };
const location = { uuid: UUID_A, name: { fr_CA: 'Lieu' }, active: true };
const forbidden = { message: `You do not have the required permission to obtain this resource: location(${UUID_A})` };

describe('LOCALTRAC errors', () => {
	test('a 400 lists every "path: message" of errors{} in one message', async () => {
		const api = mockApi();
		api.scope.post(`/localtrac/location/${UUID_A}`).reply(400, {
			message: 'Provided data contains error(s). See each entry in [errors]',
			errors: { 'address.zipcode': 'This value is not valid.', 'communication.secondaryPhones.1': 'This value is not a valid phone number.' },
		});

		const run = await runLoggedIn({
			resource: 'location',
			operation: 'update',
			locationId: byId(UUID_A),
			updateFields: { address: { zipcode: '0' } },
		});

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe(
			'LOCALTRAC rejected the data:\naddress.zipcode: This value is not valid.\ncommunication.secondaryPhones.1: This value is not a valid phone number.',
		);
		expect(run.error?.description).toBe(
			'Provided data contains error(s). See each entry in [errors]\nHTTP 400: The request was rejected as invalid',
		);
		expect(run.error?.httpCode).toBe('400');
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(api.sent).toHaveLength(1);
	});

	test('a 400 on create names the blank business', async () => {
		const api = mockApi();
		api.scope.post('/localtrac/location').reply(400, {
			message: 'Provided data contains error(s). See each entry in [errors]',
			errors: { business: 'This value should not be blank.' },
		});

		const run = await runLoggedIn(createLocation, { continueOnFail: true });

		expect(output(run)).toEqual([
			{
				json: {
					error: 'LOCALTRAC rejected the data:\nbusiness: This value should not be blank.',
					description: 'Provided data contains error(s). See each entry in [errors]\nHTTP 400: The request was rejected as invalid',
					httpCode: '400',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('a 400 whose errors hold lists or nested keys is still read as path lines', async () => {
		const api = mockApi();
		api.scope.post(`/localtrac/locations/${UUID_A}/scheduleexceptions`).reply(400, {
			message: 'Provided data contains error(s). See each entry in [errors]',
			errors: { '2020-10-20': { 0: { start: ['Start hour cannot be higher than end hour', 'Invalid hour'] } } },
		});

		const run = await runLoggedIn({
			resource: 'scheduleException',
			operation: 'set',
			locationId: byId(UUID_A),
			exceptions: { day: [{ date: '2020-10-20', periods: { period: [{ start: '08:00', end: '09:00' }] } }] },
		});

		expect(run.error?.message).toBe('LOCALTRAC rejected the data:\n2020-10-20.0.start: Start hour cannot be higher than end hour; Invalid hour');
	});

	test('a 403 shows the permission message', async () => {
		const api = mockApi();
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(403, forbidden);

		const run = await runLoggedIn(getLocation);

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe(forbidden.message);
		expect(run.error?.description).toBe(
			'The LOCALTRAC user of the credential does not have this permission\nHTTP 403: Access to this resource is forbidden for these credentials',
		);
		expect(run.error?.httpCode).toBe('403');
		expect(api.sent).toHaveLength(1);
	});

	test('a 401 shows the vendor code and message', async () => {
		const api = mockApi();
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(401, { code: 'TOKEN_EXPIRED', message: 'Token expired' });
		api.login('lt-session-token-Z9y8X7');
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(401, { code: 'ACCESS_DENIED', message: 'User is disabled' });

		const run = await runLoggedIn(getLocation);

		expect(run.error?.message).toBe('User is disabled (error code ACCESS_DENIED)');
		expect(run.error?.description).toBe(
			'Check the username and password of the LOCALTRAC credential\nHTTP 401: The credentials were not accepted',
		);
		expect(run.error?.httpCode).toBe('401');
		expect(logins(run)).toBe(1);
	});

	test('a reply without a readable body falls back to a plain-language message', async () => {
		const api = mockApi();
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(404, '<html><body>Not Found</body></html>', { 'Content-Type': 'text/html' });

		const run = await runLoggedIn(getLocation);

		expect(run.error?.message).toBe('The requested item was not found');
		expect(run.error?.httpCode).toBe('404');
	});

	test('a read is retried after 503 and 502, then succeeds', async () => {
		const api = mockApi();
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(503, { code: 'MAINTENANCE', message: 'Service unavailable' });
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(502, 'Bad gateway');
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(200, location);

		const run = await runLoggedIn(getLocation);

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([{ json: location, pairedItem: { item: 0 } }]);
		expect(api.sent).toHaveLength(3);
	});

	test('a read is retried after a connection reset', async () => {
		const server = await localServer((req, res, hit) => {
			if (hit === 1) {
				req.socket.destroy();
				return;
			}
			res.setHeader('Content-Type', 'application/json');
			res.end(JSON.stringify(location));
		});
		try {
			const run = await runLoggedIn(getLocation, { credentials: { baseUrl: server.url } });
			expect(run.error).toBeUndefined();
			expect(output(run)).toEqual([{ json: location, pairedItem: { item: 0 } }]);
			expect(server.hits()).toBe(2);
		} finally {
			await server.close();
		}
	});

	test('a POST is never repeated after a 500', async () => {
		const api = mockApi();
		api.scope.post('/localtrac/location').reply(500, { message: 'Internal error' });

		const run = await runLoggedIn(createLocation);

		expect(run.error?.message).toBe('Internal error');
		expect(run.error?.httpCode).toBe('500');
		expect(api.sent).toHaveLength(1);
	});

	test('a POST is never repeated after a connection reset', async () => {
		const server = await localServer((req) => req.socket.destroy());
		try {
			const run = await runLoggedIn(createLocation, { credentials: { baseUrl: server.url } });
			expect(run.error?.message).toBe('The connection was reset by the service');
			expect(server.hits()).toBe(1);
		} finally {
			await server.close();
		}
	});

	test('a POST is retried after 429, honouring Retry-After', async () => {
		const api = mockApi();
		api.scope.post('/localtrac/location').reply(429, { message: 'Too many requests' }, { 'Retry-After': '0' });
		api.scope.post('/localtrac/location').reply(200, { uuid: UUID_A });

		const run = await runLoggedIn(createLocation);

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([{ json: { uuid: UUID_A }, pairedItem: { item: 0 } }]);
		expect(api.sent).toHaveLength(2);
		expect(api.sent[0].body).toBe(api.sent[1].body);
	});

	test('plain http is refused for a remote Base URL, before anything is sent', async () => {
		const api = mockApi('http://localtrac.example.org');
		const run = await runLoggedIn(getLocation, { credentials: { baseUrl: 'http://localtrac.example.org' } });
		expect(run.error?.message).toBe("The credential's Base URL must start with https:// (plain http is accepted only for localhost)");
		expect(api.sent).toEqual([]);
	});

	test('an empty Base URL is reported before anything is sent', async () => {
		const run = await runLocaltrac(getLocation, { credentials: { baseUrl: '' } });
		expect(run.error?.message).toBe('The credential\'s Base URL "" is not a valid URL');
		expect(logins(run)).toBe(0);
	});

	test('plain http to the local machine is accepted for the login and the requests', async () => {
		const server = await localServer((req, res) => {
			res.setHeader('Content-Type', 'application/json');
			res.end(JSON.stringify(req.url === '/localtrac/login' ? { success: true, token: TOKEN } : location));
		});
		try {
			const run = await runLocaltrac(getLocation, { credentials: { baseUrl: server.url } });
			expect(run.error).toBeUndefined();
			expect(output(run)).toEqual([{ json: location, pairedItem: { item: 0 } }]);
			expect(server.hits()).toBe(2);
			expect(logins(run)).toBe(1);
		} finally {
			await server.close();
		}
	});
});

describe('LOCALTRAC secrecy', () => {
	test.each([
		['echoed in a 400 message', 400, { message: `Bad value ${PASSWORD}`, errors: { password: `${PASSWORD} is wrong`, [TOKEN]: 'x' } }],
		['in a 403 message', 403, { message: `Forbidden for token ${TOKEN}` }],
		['URL-encoded in a 500 body', 500, { message: encodeURIComponent(`password=${PASSWORD}&token=${TOKEN}`) }],
	])('neither the password nor the token appears when the vendor echoes them (%s)', async (_case, status, body) => {
		const api = mockApi();
		api.scope.post(`/localtrac/location/${UUID_A}`).reply(status, body);

		const run = await runLoggedIn(
			{ resource: 'location', operation: 'update', locationId: byId(UUID_A), updateFields: { payments: { cash: true } } },
			{ continueOnFail: true },
		);

		expect(api.sent[0].authorization).toBe(TOKEN);
		const seen = visible(run);
		expect(run.items[0].json.error).toContain('[redacted]');
		for (const secret of [PASSWORD, TOKEN, encodeURIComponent(PASSWORD)]) expect(seen).not.toContain(secret);
	});

	test('the password and token never appear in the error of a login echoed back', async () => {
		const api = mockApi();
		api.scope.post('/localtrac/login').reply(401, { code: 'AUTH', message: `Wrong password ${PASSWORD}`, token: TOKEN });

		const run = await runLocaltrac(getLocation);

		expect(api.sent).toEqual([loginRequest]);
		const seen = visible(run);
		expect(seen).not.toContain(PASSWORD);
		expect(run.error?.message).toBe('Wrong password [redacted] (error code AUTH)');
	});

	test('a transport failure does not leak the request headers or the login body', async () => {
		// Nothing is mocked: nock refuses the requests and its errors list what was sent.
		const run = await runLocaltrac(getLocation, { credentials: { ...validSession() }, continueOnFail: true });
		const fresh = await runLocaltrac(getLocation);

		for (const r of [run, fresh]) {
			const seen = visible(r);
			expect(seen).not.toContain(TOKEN);
			expect(seen).not.toContain(PASSWORD);
		}
		expect(fresh.error?.name).toBe('NodeApiError');
	});

	test('requests carry the token only in the Authorization header, and JSON bodies', async () => {
		const api = mockApi();
		api.scope.post('/localtrac/location').reply(200, { uuid: UUID_A });
		const run = await runLoggedIn(createLocation);
		expect(api.sent).toEqual([
			{
				method: 'POST',
				path: '/localtrac/location',
				body: JSON.stringify({ business: BUSINESS, locale: 'fr_CA' }),
				contentType: JSON_TYPE,
				authorization: TOKEN,
			},
		]);
		expect(visible(run)).not.toContain(TOKEN);
	});
});
