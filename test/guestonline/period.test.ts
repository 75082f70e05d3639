import { mockApi, output, runGuestonline, TOKEN } from './helpers';

// "The period object" from the vendor docs.
const lunch = {
	object: 'period',
	restaurant_id: 479,
	restaurant_name: 'wasabi',
	period: 'lunch',
	date: '2014-11-06',
	persons: 2,
	total_left_seats: 25,
	hours: [{ object: 'hour', time: '12:00' }],
	bookings_details: [{ object: 'bookings_detail', note: { en: 'please check the menu', fr: 'merci de consulter la carte' } }],
};
const dinner = {
	object: 'period',
	restaurant_id: 479,
	restaurant_name: 'wasabi',
	period: 'dinner',
	date: '2014-11-06',
	persons: 2,
	total_left_seats: 12,
	hours: [{ object: 'hour', time: '20:00' }],
};
/** The periods list has no page information. */
const periodList = (periods: object[]) => ({ object: 'list', periods });

describe('Guestonline period', () => {
	test('getAll sends date, persons, period and expands[] in one request without page parameters', async () => {
		const api = mockApi();
		api.scope.get('/v1/periods').query(true).reply(200, periodList([lunch]));

		const run = await runGuestonline({
			resource: 'period',
			operation: 'getAll',
			date: '2014-11-06',
			persons: 2,
			returnAll: true,
			filters: { period: 'lunch', expands: ['bookings_detail'] },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			{ method: 'GET', path: '/v1/periods?date=2014-11-06&persons=2&period=lunch&expands%5B%5D=bookings_detail', token: TOKEN },
		]);
		expect(output(run)).toEqual([{ json: lunch, pairedItem: { item: 0 } }]);
	});

	test('getAll sends the Restaurant filter as restaurant_id', async () => {
		const api = mockApi();
		api.scope.get('/v1/periods').query(true).reply(200, periodList([lunch, dinner]));

		const run = await runGuestonline({
			resource: 'period',
			operation: 'getAll',
			date: '2014-11-06',
			persons: 2,
			returnAll: true,
			filters: { restaurantId: { __rl: true, mode: 'list', value: '479' }, period: 'dinner', expands: ['bookings_detail'] },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			{
				method: 'GET',
				path: '/v1/periods?date=2014-11-06&persons=2&restaurant_id=479&period=dinner&expands%5B%5D=bookings_detail',
				token: TOKEN,
			},
		]);
		expect(output(run)).toEqual([
			{ json: lunch, pairedItem: { item: 0 } },
			{ json: dinner, pairedItem: { item: 0 } },
		]);
	});

	test('getAll with a limit keeps the first periods of the single reply, still without page parameters', async () => {
		const api = mockApi();
		api.scope.get('/v1/periods').query(true).reply(200, periodList([lunch, dinner]));

		const run = await runGuestonline({
			resource: 'period',
			operation: 'getAll',
			date: '2014-11-06',
			persons: 2,
			returnAll: false,
			limit: 1,
			options: { pageSize: 101 }, // Page Size has no say on a list that is not paginated
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([{ method: 'GET', path: '/v1/periods?date=2014-11-06&persons=2', token: TOKEN }]);
		expect(output(run)).toEqual([{ json: lunch, pairedItem: { item: 0 } }]);
	});

	test('getAll gives no items for the "no periods found" reply', async () => {
		const api = mockApi();
		api.scope.get('/v1/periods').query(true).reply(200, { object: 'list', periods: [], next_available_date: '2014-11-07' });

		const run = await runGuestonline({ resource: 'period', operation: 'getAll', date: '2014-11-06', persons: 2, returnAll: true });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([{ method: 'GET', path: '/v1/periods?date=2014-11-06&persons=2', token: TOKEN }]);
		expect(output(run)).toEqual([]);
	});

	test.each([
		[{ date: '2014-11-6' }, 'Invalid "Date": must be a date in the form YYYY-MM-DD [item 0]'],
		[{ date: '2014-11-31' }, 'Invalid "Date": is not a real calendar date [item 0]'],
		[{ persons: 0 }, 'Invalid "Number of Persons": must be at least 1 [item 0]'],
		[{ persons: 2.5 }, 'Invalid "Number of Persons": must be a whole number [item 0]'],
		[{ filters: { period: 'brunch' } }, 'Invalid "Period": must be one of: lunch, dinner, afternoon, breakfast [item 0]'],
		[{ filters: { period: 'no_service' } }, 'Invalid "Period": must be one of: lunch, dinner, afternoon, breakfast [item 0]'],
		[{ filters: { expands: ['contact'] } }, 'Invalid "Expand" (entry 1): must be one of: bookings_detail [item 0]'],
		[{ returnAll: false, limit: '={{ 0 }}' }, 'Invalid "Limit": must be at least 1 [item 0]'],
	])('getAll rejects %j before sending anything', async (params, message) => {
		const api = mockApi();
		const run = await runGuestonline({ resource: 'period', operation: 'getAll', date: '2014-11-06', persons: 2, returnAll: true, ...params });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});
