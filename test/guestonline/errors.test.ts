import { localServer } from '../harness/local-server';
import { byId, envelope, mockApi, output, runGuestonline, TOKEN } from './helpers';

const booking = { object: 'booking', id: 577988, booking_state: 'validated' };
const getBooking = { resource: 'booking', operation: 'get', bookingId: byId(577988) };
const createContact = { resource: 'contact', operation: 'create', lastname: 'Cabarrou' };

describe('Guestonline errors', () => {
	test('Stop during a request: the request is abandoned on the wire, not left to its timeout', async () => {
		let cancel: (() => void) | undefined;
		let closedByNode!: () => void;
		const closed = new Promise<void>((resolve) => (closedByNode = resolve));
		// The service never answers; the request ends only if the node drops the connection.
		const server = await localServer((req) => {
			req.socket.on('close', () => closedByNode());
			cancel?.();
		});
		try {
			const run = await runGuestonline(getBooking, { credentials: { baseUrl: `${server.url}/v1` }, onStart: (stop) => (cancel = stop) });
			await closed;
			expect(server.hits()).toBe(1);
			expect(run.items).toEqual([]);
		} finally {
			await server.close();
		}
	});

	test.each([
		[400, { message: 'booking_date is missing', code: 'missing_param', object: 'booking' }, 'booking_date is missing', 'Error code: missing_param\nObject: booking\nHTTP 400: The request was rejected as invalid'],
		[404, { message: 'Booking not found', status: 404 }, 'Booking not found', 'HTTP 404: The requested item was not found'],
		[405, { message: 'Method not allowed' }, 'Method not allowed', 'HTTP 405: This method is not allowed on this endpoint'],
	])('HTTP %i becomes a NodeApiError with the status and the vendor message', async (status, body, message, description) => {
		const api = mockApi();
		api.scope.get('/v1/bookings/577988').reply(status, body);

		const run = await runGuestonline(getBooking);

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe(message);
		expect(run.error?.description).toBe(description);
		expect(run.error?.httpCode).toBe(String(status));
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(api.sent).toHaveLength(1);
	});

	test('HTTP 401 is reported with the vendor message, and the refused token is not sent again', async () => {
		const api = mockApi();
		api.scope.get('/v1/bookings/577988').reply(401, { message: 'Invalid token' });

		const run = await runGuestonline(getBooking);

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe('Invalid token');
		expect(run.error?.description).toBe('HTTP 401: The credentials were not accepted');
		expect(run.error?.httpCode).toBe('401');
		expect(api.sent).toHaveLength(1);
	});

	test('a reply without a readable body falls back to a plain-language message', async () => {
		const api = mockApi();
		api.scope.get('/v1/bookings/577988').reply(404, '<html><body>Not Found</body></html>', { 'Content-Type': 'text/html' });

		const run = await runGuestonline(getBooking);

		expect(run.error?.message).toBe('The requested item was not found');
		expect(run.error?.httpCode).toBe('404');
	});

	test('a read is retried after 503 and 502, then succeeds', async () => {
		const api = mockApi();
		api.scope.get('/v1/bookings/577988').reply(503, { message: 'maintenance' });
		api.scope.get('/v1/bookings/577988').reply(502, 'Bad gateway');
		api.scope.get('/v1/bookings/577988').reply(200, booking);

		const run = await runGuestonline(getBooking);

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([{ json: booking, pairedItem: { item: 0 } }]);
		expect(api.sent).toHaveLength(3);
	});

	test('a read is retried after a connection reset', async () => {
		const server = await localServer((req, res, hit) => {
			if (hit === 1) {
				req.socket.destroy();
				return;
			}
			res.setHeader('Content-Type', 'application/json');
			res.end(JSON.stringify(booking));
		});
		try {
			const run = await runGuestonline(getBooking, { credentials: { baseUrl: `${server.url}/v1` } });
			expect(run.error).toBeUndefined();
			expect(output(run)).toEqual([{ json: booking, pairedItem: { item: 0 } }]);
			expect(server.hits()).toBe(2);
		} finally {
			await server.close();
		}
	});

	test('a 500 on a read is reported at once, without retrying', async () => {
		const api = mockApi();
		api.scope.get('/v1/bookings/577988').times(4).reply(500, { message: 'Internal error' });

		const run = await runGuestonline({ ...getBooking, options: { maxRetries: 3 } });

		// 500 is not retried: the server may be broken for this request, not busy.
		expect(run.error?.message).toBe('Internal error');
		expect(run.error?.httpCode).toBe('500');
		expect(api.sent).toHaveLength(1);
	});

	test('a read stops after the configured number of retries on 503', async () => {
		const api = mockApi();
		api.scope.get('/v1/bookings/577988').times(3).reply(503, { message: 'Busy' });

		const run = await runGuestonline({ ...getBooking, options: { maxRetries: 2 } });

		expect(run.error?.message).toBe('Busy');
		expect(run.error?.httpCode).toBe('503');
		expect(api.sent).toHaveLength(3);
	});

	test('a POST is never repeated after a 500', async () => {
		const api = mockApi();
		api.scope.post('/v1/contacts').reply(500, { message: 'Internal error' });

		const run = await runGuestonline(createContact);

		expect(run.error?.message).toBe('Internal error');
		expect(api.sent).toHaveLength(1);
	});

	test('a POST is never repeated after a 503', async () => {
		const api = mockApi();
		api.scope.post('/v1/contacts').reply(503, { message: 'Busy' });
		const run = await runGuestonline(createContact);
		expect(run.error?.httpCode).toBe('503');
		expect(run.error?.message).toBe('Busy');
		expect(api.sent).toHaveLength(1);
	});

	test('a POST is never repeated after a connection reset', async () => {
		const server = await localServer((req) => req.socket.destroy());
		try {
			const run = await runGuestonline(createContact, { credentials: { baseUrl: `${server.url}/v1` } });
			expect(run.error?.name).toBe('NodeApiError');
			expect(run.error?.message).toBe('The connection was reset by the service');
			expect(server.hits()).toBe(1);
		} finally {
			await server.close();
		}
	});

	test('a POST is retried after 429, honouring Retry-After', async () => {
		const api = mockApi();
		const contact = { object: 'contact', id: 622356, lastname: 'Cabarrou' };
		api.scope.post('/v1/contacts').reply(429, { message: 'Too many requests' }, { 'Retry-After': '0' });
		api.scope.post('/v1/contacts').reply(200, contact);

		const run = await runGuestonline(createContact);

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([{ json: contact, pairedItem: { item: 0 } }]);
		expect(api.sent).toHaveLength(2);
		expect(api.sent[0].body).toBe(api.sent[1].body);
	});

	test('the timeout option abandons a slow read and reports it', async () => {
		const api = mockApi();
		api.scope.get('/v1/bookings/577988').delay(1500).reply(200, booking);

		const run = await runGuestonline({ ...getBooking, options: { timeout: 1000, maxRetries: 0 } });

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe('The request timed out before the service answered');
		expect(api.sent).toHaveLength(1);
	});

	test('plain http is refused for a remote base URL, before anything is sent', async () => {
		const api = mockApi('http://proxy.example.com');
		const run = await runGuestonline({ resource: 'restaurant', operation: 'getAll', returnAll: true }, {
			credentials: { baseUrl: 'http://proxy.example.com/v1' },
		});
		expect(run.error?.message).toBe("The credential's Base URL must start with https:// (plain http is accepted only for localhost)");
		expect(api.sent).toEqual([]);
	});

	test('a custom https base URL (proxy) is used as given, without a trailing slash', async () => {
		const api = mockApi('https://proxy.example.com');
		api.scope.get('/guestonline/v1/restaurants').query({ page: '1', max_results: '100' }).reply(200, envelope('restaurants', []));
		const run = await runGuestonline({ resource: 'restaurant', operation: 'getAll', returnAll: true }, {
			credentials: { baseUrl: 'https://proxy.example.com/guestonline/v1/' },
		});
		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([{ method: 'GET', path: '/guestonline/v1/restaurants?page=1&max_results=100', token: TOKEN }]);
	});
});
