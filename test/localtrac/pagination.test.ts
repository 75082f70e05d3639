import { locations, mockApi, runLoggedIn, TOKEN } from './helpers';

const page = (p: number) => ({ method: 'GET', path: `/localtrac/locations?p=${p}`, authorization: TOKEN });
const uuids = (from: number, count: number) => locations(from, count).map((l) => l.uuid);
const getAll = { resource: 'location', operation: 'getAll', returnAll: true };

describe('LOCALTRAC pagination (p, 20 per page, no total)', () => {
	test('0 pages of records: an empty first page gives no items after one request', async () => {
		const api = mockApi();
		api.scope.get('/localtrac/locations?p=1').reply(200, []);

		const run = await runLoggedIn(getAll);

		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([]);
		expect(api.sent).toEqual([page(1)]);
	});

	test('1 page: a short first page is the last one', async () => {
		const api = mockApi();
		api.scope.get('/localtrac/locations?p=1').reply(200, locations(1, 7));

		const run = await runLoggedIn(getAll);

		expect(run.items.map((i) => i.json.uuid)).toEqual(uuids(1, 7));
		expect(api.sent).toEqual([page(1)]);
	});

	test('3 pages: full, full, short, read in order and each paired to the input item', async () => {
		const api = mockApi();
		api.scope.get('/localtrac/locations?p=1').reply(200, locations(1, 20));
		api.scope.get('/localtrac/locations?p=2').reply(200, locations(21, 20));
		api.scope.get('/localtrac/locations?p=3').reply(200, locations(41, 13));

		const run = await runLoggedIn(getAll);

		expect(run.error).toBeUndefined();
		expect(run.items.map((i) => i.json.uuid)).toEqual(uuids(1, 53));
		expect(run.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(api.sent).toEqual([page(1), page(2), page(3)]);
	});

	test('a last page of exactly 20 is followed by one empty page, then reading stops', async () => {
		const api = mockApi();
		api.scope.get('/localtrac/locations?p=1').reply(200, locations(1, 20));
		api.scope.get('/localtrac/locations?p=2').reply(200, locations(21, 20));
		api.scope.get('/localtrac/locations?p=3').reply(200, []);

		const run = await runLoggedIn(getAll);

		expect(run.items.map((i) => i.json.uuid)).toEqual(uuids(1, 40));
		expect(api.sent).toEqual([page(1), page(2), page(3)]);
	});

	test.each([
		[20, [1]],
		[21, [1, 2]],
		[40, [1, 2]],
		[41, [1, 2, 3]],
	])('a Limit of %i reads pages %j and no more', async (limit, pages) => {
		const api = mockApi();
		for (const p of pages) api.scope.get(`/localtrac/locations?p=${p}`).reply(200, locations((p - 1) * 20 + 1, 20));

		const run = await runLoggedIn({ resource: 'location', operation: 'getAll', returnAll: false, limit });

		expect(run.items.map((i) => i.json.uuid)).toEqual(uuids(1, limit));
		expect(api.sent).toEqual(pages.map(page));
	});

	test('a server that ignores p cannot make Return All loop', async () => {
		const api = mockApi();
		api.scope.get('/localtrac/locations').query(true).times(2).reply(200, locations(1, 20));

		const run = await runLoggedIn(getAll);

		expect(run.items.map((i) => i.json.uuid)).toEqual(uuids(1, 20));
		expect(api.sent).toEqual([page(1), page(2)]);
	});

	test('Return All over 60 pages returns all 1,190 records in order', async () => {
		const api = mockApi();
		api.scope
			.get('/localtrac/locations')
			.query(true)
			.times(60)
			.reply((uri) => {
				const p = Number(new URL(uri, 'https://x').searchParams.get('p'));
				return [200, locations((p - 1) * 20 + 1, p === 60 ? 10 : 20)];
			});

		const run = await runLoggedIn(getAll);

		expect(run.error).toBeUndefined();
		expect(run.items.map((i) => i.json.uuid)).toEqual(uuids(1, 1190));
		expect(api.sent).toHaveLength(60);
	});
});
