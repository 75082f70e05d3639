import { envelope, mockApi, output, runGuestonline, TOKEN } from './helpers';

// From the "Opinions" section of the vendor docs.
const kreiger = {
	object: 'opinion',
	id: '54a3b2c7c29387595a00003b',
	opinion_items: [{ object: 'opinion_item', kind: 'rate', key: 'atmosphere', value: '1' }],
	booking: {
		object: 'booking',
		id: 654636,
		booking_state: 'validated',
		booking_date: '2014-10-31',
		booking_time: '2014-10-31T20:00:00+01:00',
	},
	contact: { object: 'contact', lastname: 'Kreiger', firstname: 'Quinn' },
};
const duhar = {
	object: 'opinion',
	id: '54a3b2c7c29387595a00004c',
	opinion_items: [{ object: 'opinion_item', kind: 'text', key: 'comment', value: 'Très bon accueil' }],
	booking: { object: 'booking', id: 38765, booking_state: 'validated', booking_date: '2014-10-10', booking_time: '2014-10-10T12:30:00+02:00' },
	contact: { object: 'contact', lastname: 'Duhar', firstname: 'Laurent' },
};

describe('Guestonline opinion', () => {
	test('getAll sends updated_at, as in the docs example', async () => {
		const api = mockApi();
		api.scope.get('/v1/opinions').query(true).reply(200, envelope('opinions', [kreiger]));

		const run = await runGuestonline({ resource: 'opinion', operation: 'getAll', returnAll: true, filters: { updatedAt: '2014-12-31' } });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([{ method: 'GET', path: '/v1/opinions?updated_at=2014-12-31&page=1&max_results=100', token: TOKEN }]);
		expect(output(run)).toEqual([{ json: kreiger, pairedItem: { item: 0 } }]);
	});

	test('getAll sends the Restaurant filter as restaurant_id', async () => {
		const api = mockApi();
		api.scope.get('/v1/opinions').query(true).reply(200, envelope('opinions', [kreiger]));

		const run = await runGuestonline({
			resource: 'opinion',
			operation: 'getAll',
			returnAll: true,
			filters: { updatedAt: '2014-12-31', restaurantId: { __rl: true, mode: 'list', value: '479' } },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			{ method: 'GET', path: '/v1/opinions?updated_at=2014-12-31&restaurant_id=479&page=1&max_results=100', token: TOKEN },
		]);
		expect(output(run)).toEqual([{ json: kreiger, pairedItem: { item: 0 } }]);
	});

	test('getAll with Return All reads both pages the API announces', async () => {
		const api = mockApi();
		api.scope.get('/v1/opinions').query({ page: '1', max_results: '100' }).reply(200, envelope('opinions', [kreiger], 1, 2, 2));
		api.scope.get('/v1/opinions').query({ page: '2', max_results: '100' }).reply(200, envelope('opinions', [duhar], 2, 2, 2));

		const run = await runGuestonline({ resource: 'opinion', operation: 'getAll', returnAll: true });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			{ method: 'GET', path: '/v1/opinions?page=1&max_results=100', token: TOKEN },
			{ method: 'GET', path: '/v1/opinions?page=2&max_results=100', token: TOKEN },
		]);
		expect(output(run)).toEqual([
			{ json: kreiger, pairedItem: { item: 0 } },
			{ json: duhar, pairedItem: { item: 0 } },
		]);
		expect(api.scope.isDone()).toBe(true);
	});

	test('getAll with a limit stops at the page holding the last wanted record', async () => {
		const api = mockApi();
		api.scope.get('/v1/opinions').query(true).reply(200, envelope('opinions', [kreiger], 1, 2, 2));

		const run = await runGuestonline({ resource: 'opinion', operation: 'getAll', returnAll: false, limit: 1 });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([{ method: 'GET', path: '/v1/opinions?page=1&max_results=1', token: TOKEN }]);
		expect(output(run)).toEqual([{ json: kreiger, pairedItem: { item: 0 } }]);
	});

	test.each([
		[{ filters: { updatedAt: '2014-11-6' } }, 'Invalid "Updated Since": must be a date in the form YYYY-MM-DD [item 0]'],
		[{ filters: { updatedAt: '2014-12-31T10:00:00Z' } }, 'Invalid "Updated Since": must be a date in the form YYYY-MM-DD [item 0]'],
		[{ filters: { updatedAt: '2014-02-29' } }, 'Invalid "Updated Since": is not a real calendar date [item 0]'],
		[{ returnAll: false, limit: '={{ 0 }}' }, 'Invalid "Limit": must be at least 1 [item 0]'],
		[{ returnAll: false, limit: 2.5 }, 'Invalid "Limit": must be a whole number [item 0]'],
		[{ options: { pageSize: 101 } }, 'Invalid "Page Size": must be at most 100 [item 0]'],
		[{ options: { pageSize: 0 } }, 'Invalid "Page Size": must be at least 1 [item 0]'],
	])('getAll rejects %j before sending anything', async (params, message) => {
		const api = mockApi();
		const run = await runGuestonline({ resource: 'opinion', operation: 'getAll', returnAll: true, ...params });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});
