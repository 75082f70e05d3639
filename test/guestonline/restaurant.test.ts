import { envelope, mockApi, output, runGuestonline, TOKEN } from './helpers';

const wasabi = { object: 'restaurant', id: 1, name: 'Wasabi', city: 'Toulouse' };
const sakura = { object: 'restaurant', id: 2, name: 'Sakura', city: 'Paris' };

describe('Guestonline restaurant', () => {
	test('getAll returns one item per restaurant, sending the token header', async () => {
		const api = mockApi();
		api.scope.get('/v1/restaurants').query({ page: '1', max_results: '100' }).reply(200, envelope('restaurants', [wasabi, sakura]));

		const run = await runGuestonline({ resource: 'restaurant', operation: 'getAll', returnAll: true });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([{ method: 'GET', path: '/v1/restaurants?page=1&max_results=100', token: TOKEN }]);
		expect(output(run)).toEqual([
			{ json: wasabi, pairedItem: { item: 0 } },
			{ json: sakura, pairedItem: { item: 0 } },
		]);
		expect(api.scope.isDone()).toBe(true);
	});

	test('getAll with a limit asks for a page of that size only', async () => {
		const api = mockApi();
		api.scope.get('/v1/restaurants').query({ page: '1', max_results: '1', date: '2024-11-06' }).reply(200, envelope('restaurants', [wasabi], 1, 2, 2));

		const run = await runGuestonline({ resource: 'restaurant', operation: 'getAll', returnAll: false, limit: 1, filters: { date: '2024-11-06' } });

		expect(api.sent.map((r) => r.path)).toEqual(['/v1/restaurants?date=2024-11-06&page=1&max_results=1']);
		expect(output(run)).toEqual([{ json: wasabi, pairedItem: { item: 0 } }]);
	});

	test('getBookable sends date, persons, restaurant ids, period and expands as documented', async () => {
		const api = mockApi();
		const bookable = { object: 'restaurant', id: 1, first_bookable_hours: [{ object: 'hour', time: '12:00' }] };
		api.scope.get('/v1/restaurants/bookable').query(true).reply(200, envelope('restaurants', [bookable]));

		const run = await runGuestonline({
			resource: 'restaurant',
			operation: 'getBookable',
			date: '2025-01-27',
			personsNumber: 3,
			returnAll: true,
			filters: { period: 'lunch', restaurantIds: '1, 2', expands: ['first_bookable_hours'] },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			{
				method: 'GET',
				path:
					'/v1/restaurants/bookable?date=2025-01-27&persons_number=3&restaurant_ids%5B%5D=1&restaurant_ids%5B%5D=2&period=lunch&expands%5B%5D=first_bookable_hours&page=1&max_results=100',
				token: TOKEN,
			},
		]);
		expect(output(run)).toEqual([{ json: bookable, pairedItem: { item: 0 } }]);
	});

	test.each([
		[{ date: '27/01/2025', personsNumber: 3 }, 'Invalid "Date": must be a date in the form YYYY-MM-DD [item 0]'],
		[{ date: '2025-02-30', personsNumber: 3 }, 'Invalid "Date": is not a real calendar date [item 0]'],
		[{ date: '2025-01-27', personsNumber: 0 }, 'Invalid "Number of Persons": must be at least 1 [item 0]'],
		[{ date: '2025-01-27', personsNumber: 2, filters: { restaurantIds: '1, abc' } }, 'Invalid "Restaurant IDs": must be a comma-separated list of numeric restaurant IDs [item 0]'],
		[{ date: '2025-01-27', personsNumber: 2, filters: { period: 'supper' } }, 'Invalid "Period": must be one of: breakfast, brunch, lunch, afternoon, dinner, no_service [item 0]'],
	])('getBookable rejects %j before sending anything', async (params, message) => {
		const api = mockApi();
		const run = await runGuestonline({ resource: 'restaurant', operation: 'getBookable', returnAll: true, ...params });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});

});
