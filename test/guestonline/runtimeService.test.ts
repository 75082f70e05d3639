import { decodeForm, FORM, mockApi, output, runGuestonline, TOKEN } from './helpers';

// From the "RuntimeService" section of the vendor docs.
const SERVICE_ID = '54525943f5cb5c39aa000741';
const noon = {
	object: 'runtime_service',
	id: SERVICE_ID,
	left_seats: 47,
	min_persons: 1,
	max_persons: 25,
	last_booking: '2014-11-27T10:00:00+02:00',
	start_time: '12:00',
	end_time: '14:00',
	date: '2014-11-27',
	restaurant_id: 479,
	parent_id: '53f438c9f5cb5c1411000467',
};
const evening = { ...noon, id: '54525943f5cb5c39aa000742', left_seats: 30, start_time: '19:30', end_time: '22:30' };
const changed = (fields: object) => ({
	object: 'runtime_service',
	id: SERVICE_ID,
	left_seats: 14,
	start_time: '12:00',
	end_time: '14:00',
	date: '2014-11-27',
	restaurant_id: 479,
	parent_id: '53f438c9f5cb5c1411000467',
	...fields,
});

describe('Guestonline runtime service', () => {
	describe('getAll', () => {
		test('sends the date in one request without page parameters', async () => {
			const api = mockApi();
			api.scope.get('/v1/runtime_services').query(true).reply(200, { object: 'list', runtime_services: [noon, evening] });

			const run = await runGuestonline({ resource: 'runtimeService', operation: 'getAll', date: '2014-11-27', returnAll: true });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/runtime_services?date=2014-11-27', token: TOKEN }]);
			expect(output(run)).toEqual([
				{ json: noon, pairedItem: { item: 0 } },
				{ json: evening, pairedItem: { item: 0 } },
			]);
		});

		test('sends the Restaurant filter as restaurant_id', async () => {
			const api = mockApi();
			api.scope.get('/v1/runtime_services').query(true).reply(200, { object: 'list', runtime_services: [noon] });

			const run = await runGuestonline({
				resource: 'runtimeService',
				operation: 'getAll',
				date: '2014-11-27',
				returnAll: true,
				filters: { restaurantId: { __rl: true, mode: 'list', value: '479' } },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/runtime_services?date=2014-11-27&restaurant_id=479', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: noon, pairedItem: { item: 0 } }]);
		});

		test('with a limit keeps the first services of the single reply', async () => {
			const api = mockApi();
			api.scope.get('/v1/runtime_services').query(true).reply(200, { object: 'list', runtime_services: [noon, evening] });

			const run = await runGuestonline({ resource: 'runtimeService', operation: 'getAll', date: '2014-11-27', returnAll: false, limit: 1 });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/runtime_services?date=2014-11-27', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: noon, pairedItem: { item: 0 } }]);
		});

		test.each([
			[{ date: '2014-11-6' }, 'Invalid "Date": must be a date in the form YYYY-MM-DD [item 0]'],
			[{ date: '2014-13-27' }, 'Invalid "Date": is not a real calendar date [item 0]'],
			[{ returnAll: false, limit: '={{ 0 }}' }, 'Invalid "Limit": must be at least 1 [item 0]'],
		])('rejects %j before sending anything', async (params, message) => {
			const api = mockApi();
			const run = await runGuestonline({ resource: 'runtimeService', operation: 'getAll', date: '2014-11-27', returnAll: true, ...params });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('updateSeats', () => {
		test('PUTs date, id and left_seats form-encoded to /runtime_services, as in the docs example', async () => {
			const reply = changed({});
			const api = mockApi();
			api.scope.put('/v1/runtime_services').reply(200, reply);

			const run = await runGuestonline({
				resource: 'runtimeService',
				operation: 'updateSeats',
				date: '2014-11-27',
				runtimeServiceId: SERVICE_ID,
				leftSeats: 14,
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: '/v1/runtime_services',
					body: `date=2014-11-27&id=${SERVICE_ID}&left_seats=14`,
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe(`date=2014-11-27&id=${SERVICE_ID}&left_seats=14`);
			expect(output(run)).toEqual([{ json: reply, pairedItem: { item: 0 } }]);
		});

		test('sends zero seats and runs several items one after another, in input order', async () => {
			const api = mockApi();
			api.scope.put('/v1/runtime_services').reply(200, changed({ left_seats: 0 }));
			api.scope.put('/v1/runtime_services').reply(200, changed({ id: evening.id, left_seats: 8 }));

			const run = await runGuestonline(
				{
					resource: 'runtimeService',
					operation: 'updateSeats',
					date: '={{ $json.date }}',
					runtimeServiceId: '={{ $json.id }}',
					leftSeats: '={{ $json.seats }}',
				},
				{
					input: [
						{ date: '2014-11-27', id: SERVICE_ID, seats: 0 },
						{ date: '2014-11-27', id: evening.id, seats: '8' },
					],
				},
			);

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'PUT', path: '/v1/runtime_services', body: `date=2014-11-27&id=${SERVICE_ID}&left_seats=0`, contentType: FORM, token: TOKEN },
				{ method: 'PUT', path: '/v1/runtime_services', body: `date=2014-11-27&id=${evening.id}&left_seats=8`, contentType: FORM, token: TOKEN },
			]);
			expect(output(run)).toEqual([
				{ json: changed({ left_seats: 0 }), pairedItem: { item: 0 } },
				{ json: changed({ id: evening.id, left_seats: 8 }), pairedItem: { item: 1 } },
			]);
		});

		test.each([
			[{ leftSeats: -1 }, 'Invalid "Left Seats": must be at least 0 [item 0]'],
			[{ leftSeats: 1.5 }, 'Invalid "Left Seats": must be a whole number [item 0]'],
			[{ date: '2014-11-6' }, 'Invalid "Date": must be a date in the form YYYY-MM-DD [item 0]'],
			[{ runtimeServiceId: `${SERVICE_ID}/close` }, 'Invalid "Runtime Service ID": must contain only letters, digits, "-" and "_" [item 0]'],
		])('rejects %j before sending anything', async (params, message) => {
			const api = mockApi();
			const run = await runGuestonline({
				resource: 'runtimeService',
				operation: 'updateSeats',
				date: '2014-11-27',
				runtimeServiceId: SERVICE_ID,
				leftSeats: 14,
				...params,
			});
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe.each([
		['close', '/v1/runtime_services/close', true],
		['open', '/v1/runtime_services/open', false],
	])('%s', (operation, path, closed) => {
		test(`PUTs date and id form-encoded to ${path}, as in the docs example`, async () => {
			const reply = changed({ closed });
			const api = mockApi();
			api.scope.put(path).reply(200, reply);

			const run = await runGuestonline({ resource: 'runtimeService', operation, date: '2014-11-27', runtimeServiceId: SERVICE_ID });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'PUT', path, body: `date=2014-11-27&id=${SERVICE_ID}`, contentType: FORM, token: TOKEN }]);
			expect(decodeForm(api.sent[0].body)).toBe(`date=2014-11-27&id=${SERVICE_ID}`);
			expect(output(run)).toEqual([{ json: reply, pairedItem: { item: 0 } }]);
		});

		test.each([
			[{ date: '2014-11-6' }, [], 'Invalid "Date": must be a date in the form YYYY-MM-DD [item 0]'],
			[{ runtimeServiceId: `${SERVICE_ID}/../open` }, [], 'Invalid "Runtime Service ID": must contain only letters, digits, "-" and "_" [item 0]'],
			[{ runtimeServiceId: '5452 5943' }, [], 'Invalid "Runtime Service ID": must contain only letters, digits, "-" and "_" [item 0]'],
			[{ runtimeServiceId: '={{ $json.id }}' }, [{ id: '' }], 'Invalid "Runtime Service ID": is required [item 0]'],
			[{ runtimeServiceId: '   ' }, [], 'Invalid "Runtime Service ID": is required [item 0]'],
		])('rejects %j (input %j) before sending anything', async (params, input, message) => {
			const api = mockApi();
			const run = await runGuestonline(
				{ resource: 'runtimeService', operation, date: '2014-11-27', runtimeServiceId: SERVICE_ID, ...params },
				{ input: input.length ? input : undefined },
			);
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});

		test('an empty Runtime Service ID is refused by n8n as a required parameter', async () => {
			const api = mockApi();
			await expect(
				runGuestonline({ resource: 'runtimeService', operation, date: '2014-11-27', runtimeServiceId: '' }),
			).rejects.toThrow('Parameter "Runtime Service ID" is required.');
			expect(api.sent).toEqual([]);
		});
	});
});
