import { parsePartooError } from '../../nodes/Partoo/transport';
import { localServer } from '../harness/local-server';
import { BUSINESS_ID, business } from './fixtures';
import { byId, get, mockApi, output, paired, runPartoo, sentJson } from './helpers';

const getBusiness = { resource: 'business', operation: 'get', businessId: byId(BUSINESS_ID) };
const createOrg = { resource: 'organization', operation: 'create', name: 'Partoo' };

describe('Partoo error bodies', () => {
	test.each([
		[
			400,
			{ errors: { json: { name: 'is required', email: 'must be a valid email', open_hours: { 1: 'must be a string' } } } },
			'name: is required; email: must be a valid email; open_hours.1: must be a string',
			'HTTP 400: The request was rejected as invalid',
		],
		[
			400,
			{ errors: { json: "Can't parse request body. Improperly formatted JSON" } },
			"Can't parse request body. Improperly formatted JSON",
			'HTTP 400: The request was rejected as invalid',
		],
		[
			400,
			{ errors: { json: { contacts: [{ email: ['must be a valid email', 'is too long'] }], email: 'rene.cotty@partoo.fr already exists in db' } } },
			'contacts.0.email: must be a valid email; contacts.0.email: is too long; email: rene.cotty@partoo.fr already exists in db',
			'HTTP 400: The request was rejected as invalid',
		],
		[403, { errors: { authorization: 'Operation not allowed' } }, 'Operation not allowed', 'HTTP 403: Access to this resource is forbidden for these credentials'],
		[404, { errors: { resource: 'Business matching query does not exist' } }, 'Business matching query does not exist', 'HTTP 404: The requested item was not found'],
		[500, { errors: { server: 'There was an unexpected error' } }, 'There was an unexpected error', 'HTTP 500: The service had an internal error'],
	])('HTTP %i %j becomes one clear message with the status', async (status, body, message, description) => {
		const api = mockApi();
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(status, body);

		const run = await runPartoo(getBusiness);

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe(message);
		expect(run.error?.description).toBe(description);
		expect(run.error?.httpCode).toBe(String(status));
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(api.sent).toEqual([get(`/business/${BUSINESS_ID}`)]);
	});

	test('HTTP 401 (errors.authentication) is reported, and the refused key is not sent again', async () => {
		const api = mockApi();
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(401, { errors: { authentication: 'User not authenticated' } });

		const run = await runPartoo(getBusiness);

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe('User not authenticated');
		expect(run.error?.description).toBe('HTTP 401: The credentials were not accepted');
		expect(run.error?.httpCode).toBe('401');
		expect(api.sent).toHaveLength(1);
	});

	test('a reply without a Partoo body falls back to a plain-language message', async () => {
		const api = mockApi();
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(404, '<html>Not Found</html>', { 'Content-Type': 'text/html' });

		const run = await runPartoo(getBusiness);

		expect(run.error?.message).toBe('The requested item was not found');
		expect(run.error?.description ?? undefined).toBeUndefined();
		expect(run.error?.httpCode).toBe('404');
	});

	test('Continue On Fail turns the error into an item paired with its input', async () => {
		const api = mockApi();
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(404, { errors: { resource: 'Business matching query does not exist' } });

		const run = await runPartoo(getBusiness, { continueOnFail: true });

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([
			paired({
				error: 'Business matching query does not exist',
				description: 'HTTP 404: The requested item was not found',
				httpCode: '404',
			}),
		]);
	});

	test.each([
		[{ errors: { json: { name: 'is required' } } }, { message: 'name: is required' }],
		[{ errors: { custom_field: 'is odd' } }, { message: 'custom_field: is odd' }],
		[{ errors: 'Plain failure' }, { message: 'Plain failure' }],
		[{ message: 'Gateway says no' }, { message: 'Gateway says no' }],
		['{"errors": {"server": "boom"}}', { message: 'boom' }],
		['Service unavailable', { message: 'Service unavailable' }],
		['<html></html>', undefined],
		[{ errors: {} }, undefined],
		[null, undefined],
	])('the parser reads %j as %j', (body, expected) => {
		expect(parsePartooError(body)).toEqual(expected);
	});
});

describe('Partoo retries', () => {
	test('a read is retried after 503 and 502, then succeeds', async () => {
		const api = mockApi();
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(503, { errors: { server: 'maintenance' } });
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(502, 'Bad gateway');
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(200, business);

		const run = await runPartoo(getBusiness);

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([paired(business)]);
		expect(api.sent).toEqual([get(`/business/${BUSINESS_ID}`), get(`/business/${BUSINESS_ID}`), get(`/business/${BUSINESS_ID}`)]);
	});

	test('a read is retried after a connection reset (custom URL on a local server)', async () => {
		const server = await localServer((req, res, hit) => {
			if (hit === 1) {
				req.socket.destroy();
				return;
			}
			res.setHeader('Content-Type', 'application/json');
			res.end(JSON.stringify(business));
		});
		try {
			const run = await runPartoo(getBusiness, { credentials: { environment: 'custom', customUrl: `${server.url}/api/v2/` } });
			expect(run.error).toBeUndefined();
			expect(output(run)).toEqual([paired(business)]);
			expect(server.hits()).toBe(2);
		} finally {
			await server.close();
		}
	});

	test('a 500 on a read is reported at once', async () => {
		const api = mockApi();
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(500, { errors: { server: 'There was an unexpected error' } });

		const run = await runPartoo(getBusiness);

		expect(run.error?.message).toBe('There was an unexpected error');
		expect(api.sent).toHaveLength(1);
	});

	test.each([500, 503])('a POST is never repeated after %i', async (status) => {
		const api = mockApi();
		api.scope.post('/api/v2/org').query(true).reply(status, { errors: { server: 'There was an unexpected error' } });

		const run = await runPartoo(createOrg);

		expect(run.error?.message).toBe('There was an unexpected error');
		expect(run.error?.httpCode).toBe(String(status));
		expect(api.sent).toEqual([sentJson('POST', '/org', { name: 'Partoo' })]);
	});

	test('a POST is never repeated after a connection reset', async () => {
		const server = await localServer((req) => req.socket.destroy());
		try {
			const run = await runPartoo(createOrg, { credentials: { environment: 'custom', customUrl: `${server.url}/api/v2` } });
			expect(run.error?.name).toBe('NodeApiError');
			expect(run.error?.message).toBe('The connection was reset by the service');
			expect(server.hits()).toBe(1);
		} finally {
			await server.close();
		}
	});

	test('a POST is retried after 429, honouring Retry-After', async () => {
		const api = mockApi();
		const reply = { status: 'success', org_id: 12345, alias: 'partoo' };
		api.scope.post('/api/v2/org').query(true).reply(429, 'Too many requests', { 'Retry-After': '0' });
		api.scope.post('/api/v2/org').query(true).reply(200, reply);

		const run = await runPartoo(createOrg);

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([paired(reply)]);
		expect(api.sent).toEqual([sentJson('POST', '/org', { name: 'Partoo' }), sentJson('POST', '/org', { name: 'Partoo' })]);
	});

	test('a DELETE is not repeated after 503', async () => {
		const api = mockApi();
		api.scope.delete(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(503, { errors: { server: 'busy' } });

		const run = await runPartoo({ resource: 'business', operation: 'delete', businessId: byId(BUSINESS_ID) });

		expect(run.error?.message).toBe('busy');
		expect(api.sent).toEqual([sentJson('DELETE', `/business/${BUSINESS_ID}`)]);
	});
});
