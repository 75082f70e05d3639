import { byId, envelope, mockApi, output, runGuestonline, TOKEN } from './helpers';

// From the "Commercials" section of the vendor docs, trimmed.
const happyHour = {
	object: 'offer',
	id: 162,
	name: 'a name',
	description: 'My commercial',
	start_date: '2014-11-05',
	end_date: '2014-11-05',
	permanent: false,
	bookable: false,
	minimum_dishes: 1,
	maximum_dishes: null,
	restaurant_id: 479,
	translations: [
		{ object: 'commercial_translation', locale: 'en', name: 'Happy Hour', description: 'Free glass of white wine with your meal' },
	],
	commercial_recurrencies: [{ object: 'commercial_recurrency', week_day: 4, month_week: 0, start_hour: '19:00', end_hour: '20:30' }],
};
const jazzNight = { object: 'event', id: 163, name: 'Jazz night', permanent: true, bookable: true, restaurant_id: 479 };

describe('Guestonline commercial', () => {
	describe('getAll', () => {
		test('sends permanent=false and the date, as in the docs example', async () => {
			const api = mockApi();
			api.scope.get('/v1/commercials').query(true).reply(200, envelope('commercials', [happyHour]));

			const run = await runGuestonline({
				resource: 'commercial',
				operation: 'getAll',
				returnAll: true,
				filters: { date: '2014-11-05', permanent: false },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'GET', path: '/v1/commercials?permanent=false&date=2014-11-05&page=1&max_results=100', token: TOKEN },
			]);
			expect(output(run)).toEqual([{ json: happyHour, pairedItem: { item: 0 } }]);
		});

		test('sends permanent=true', async () => {
			const api = mockApi();
			api.scope.get('/v1/commercials').query(true).reply(200, envelope('commercials', [jazzNight]));

			const run = await runGuestonline({ resource: 'commercial', operation: 'getAll', returnAll: true, filters: { permanent: true } });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/commercials?permanent=true&page=1&max_results=100', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: jazzNight, pairedItem: { item: 0 } }]);
		});

		test('without filters sends no permanent parameter at all', async () => {
			const api = mockApi();
			api.scope.get('/v1/commercials').query(true).reply(200, envelope('commercials', [happyHour, jazzNight]));

			const run = await runGuestonline({ resource: 'commercial', operation: 'getAll', returnAll: true });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/commercials?page=1&max_results=100', token: TOKEN }]);
			expect(output(run)).toEqual([
				{ json: happyHour, pairedItem: { item: 0 } },
				{ json: jazzNight, pairedItem: { item: 0 } },
			]);
		});

		test('sends the Restaurant filter as restaurant_id', async () => {
			const api = mockApi();
			api.scope.get('/v1/commercials').query(true).reply(200, envelope('commercials', [happyHour]));

			const run = await runGuestonline({
				resource: 'commercial',
				operation: 'getAll',
				returnAll: true,
				filters: { date: '2014-11-05', restaurantId: { __rl: true, mode: 'list', value: '479' } },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'GET', path: '/v1/commercials?date=2014-11-05&restaurant_id=479&page=1&max_results=100', token: TOKEN },
			]);
			expect(output(run)).toEqual([{ json: happyHour, pairedItem: { item: 0 } }]);
		});

		test('with a limit asks for one page of that size and no more', async () => {
			const api = mockApi();
			api.scope.get('/v1/commercials').query(true).reply(200, envelope('commercials', [happyHour], 1, 2, 2));

			const run = await runGuestonline({ resource: 'commercial', operation: 'getAll', returnAll: false, limit: 1 });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/commercials?page=1&max_results=1', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: happyHour, pairedItem: { item: 0 } }]);
		});

		test.each([
			[{ filters: { date: '2014-11-5' } }, 'Invalid "Available On": must be a date in the form YYYY-MM-DD [item 0]'],
			[{ filters: { date: '2014-11-6' } }, 'Invalid "Available On": must be a date in the form YYYY-MM-DD [item 0]'],
			[{ filters: { date: '2014-02-30' } }, 'Invalid "Available On": is not a real calendar date [item 0]'],
			[{ returnAll: false, limit: '={{ 0 }}' }, 'Invalid "Limit": must be at least 1 [item 0]'],
			[{ options: { pageSize: 101 } }, 'Invalid "Page Size": must be at most 100 [item 0]'],
			[{ options: { pageSize: 0 } }, 'Invalid "Page Size": must be at least 1 [item 0]'],
		])('rejects %j before sending anything', async (params, message) => {
			const api = mockApi();
			const run = await runGuestonline({ resource: 'commercial', operation: 'getAll', returnAll: true, ...params });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('get', () => {
		const single = {
			object: 'offer',
			id: 162,
			name: 'a name',
			description: 'My commercial',
			start_date: '2014-11-05',
			end_date: '2014-11-05',
			permanent: false,
			bookable: false,
			restaurant_id: 479,
		};

		test('without a restaurant reads /commercials/{id} with no query', async () => {
			const api = mockApi();
			api.scope.get('/v1/commercials/162').reply(200, single);

			const run = await runGuestonline({ resource: 'commercial', operation: 'get', commercialId: '162' });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/commercials/162', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: single, pairedItem: { item: 0 } }]);
		});

		test.each([
			['From list', { __rl: true, mode: 'list', value: '479' }],
			['By ID', byId(479)],
		])('with a restaurant picked %s sends restaurant_id', async (_mode, restaurantId) => {
			const api = mockApi();
			api.scope.get('/v1/commercials/162').query(true).reply(200, single);

			const run = await runGuestonline({ resource: 'commercial', operation: 'get', commercialId: ' 162 ', restaurantId });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/commercials/162?restaurant_id=479', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: single, pairedItem: { item: 0 } }]);
		});

		test.each([
			[{ commercialId: 'abc' }, 'Invalid "Commercial ID": must be a positive whole number (the numeric ID) [item 0]'],
			[{ commercialId: '162/translations' }, 'Invalid "Commercial ID": must be a positive whole number (the numeric ID) [item 0]'],
			[{ commercialId: '0' }, 'Invalid "Commercial ID": must be a positive whole number (the numeric ID) [item 0]'],
			[
				{ commercialId: '162', restaurantId: { __rl: true, mode: 'list', value: 'wasabi' } },
				'Invalid "Restaurant": must be a positive whole number (the numeric ID) [item 0]',
			],
		])('rejects %j before sending anything', async (params, message) => {
			const api = mockApi();
			const run = await runGuestonline({ resource: 'commercial', operation: 'get', ...params });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});

		test('rejects a commercial ID that an expression leaves empty', async () => {
			const api = mockApi();
			const run = await runGuestonline(
				{ resource: 'commercial', operation: 'get', commercialId: '={{ $json.id }}' },
				{ input: [{ id: '' }] },
			);
			expect(run.error?.message).toBe('Invalid "Commercial ID": must be a positive whole number (the numeric ID) [item 0]');
			expect(api.sent).toEqual([]);
		});
	});
});
