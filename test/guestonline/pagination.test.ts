import type { IDataObject } from 'n8n-workflow';

import { envelope, mockApi, output, runGuestonline } from './helpers';

const contacts = (from: number, count: number): IDataObject[] =>
	Array.from({ length: count }, (_, i) => ({ object: 'contact', id: from + i, lastname: `L${from + i}` }));

describe('Guestonline pagination', () => {
	test('Return All reads every page once, in order, even when later pages answer first', async () => {
		const api = mockApi();
		api.scope.get('/v1/contacts').query({ page: '1', max_results: '100' }).reply(200, envelope('contacts', contacts(1, 100), 1, 3, 250));
		api.scope.get('/v1/contacts').query({ page: '2', max_results: '100' }).delay(60).reply(200, envelope('contacts', contacts(101, 100), 2, 3, 250));
		api.scope.get('/v1/contacts').query({ page: '3', max_results: '100' }).reply(200, envelope('contacts', contacts(201, 50), 3, 3, 250));

		const run = await runGuestonline({ resource: 'contact', operation: 'getAll', returnAll: true });

		expect(run.error).toBeUndefined();
		expect(run.items.map((i) => i.json.id)).toEqual(contacts(1, 250).map((c) => c.id));
		expect(run.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(api.sent.map((r) => r.path).sort()).toEqual([
			'/v1/contacts?page=1&max_results=100',
			'/v1/contacts?page=2&max_results=100',
			'/v1/contacts?page=3&max_results=100',
		]);
	});

	test('a limit equal to one full page reads exactly one page', async () => {
		const api = mockApi();
		api.scope.get('/v1/contacts').query({ page: '1', max_results: '100' }).reply(200, envelope('contacts', contacts(1, 100), 1, 7, 700));

		const run = await runGuestonline({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 100 });

		expect(run.items).toHaveLength(100);
		expect(api.sent).toHaveLength(1);
	});

	test('a limit one past a page boundary reads two pages and stops', async () => {
		const api = mockApi();
		api.scope.get('/v1/contacts').query({ page: '1', max_results: '100' }).reply(200, envelope('contacts', contacts(1, 100), 1, 7, 700));
		api.scope.get('/v1/contacts').query({ page: '2', max_results: '100' }).reply(200, envelope('contacts', contacts(101, 100), 2, 7, 700));

		const run = await runGuestonline({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 101 });

		expect(run.items.map((i) => i.json.id)).toEqual(contacts(1, 101).map((c) => c.id));
		expect(api.sent.map((r) => r.path)).toEqual(['/v1/contacts?page=1&max_results=100', '/v1/contacts?page=2&max_results=100']);
	});

	test('an empty list gives no items and one request', async () => {
		const api = mockApi();
		api.scope.get('/v1/contacts').query(true).reply(200, envelope('contacts', [], 1, 0, 0));

		const run = await runGuestonline({ resource: 'contact', operation: 'getAll', returnAll: true });

		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([]);
		expect(api.sent).toHaveLength(1);
	});

	test('the Page Size option sets max_results, and Page Concurrency bounds pages in flight', async () => {
		const api = mockApi();
		let inFlight = 0;
		let peak = 0;
		for (let page = 1; page <= 6; page++) {
			api.scope
				.get('/v1/opinions')
				.query({ page: String(page), max_results: '2' })
				.reply(async () => {
					inFlight++;
					peak = Math.max(peak, inFlight);
					await new Promise((resolve) => setTimeout(resolve, 20));
					inFlight--;
					return [200, envelope('opinions', [{ id: `o${page}a` }, { id: `o${page}b` }], page, 6, 12)];
				});
		}

		const run = await runGuestonline({
			resource: 'opinion',
			operation: 'getAll',
			returnAll: true,
			options: { pageSize: 2, pageConcurrency: 2 },
		});

		expect(run.error).toBeUndefined();
		expect(output(run).map((i) => i.json.id)).toEqual(
			[1, 2, 3, 4, 5, 6].flatMap((p) => [`o${p}a`, `o${p}b`]),
		);
		expect(api.sent).toHaveLength(6);
		// Page 1 runs alone; pages 2-6 run two at a time.
		expect(peak).toBe(2);
	});

	test('Return All over 300 pages returns all 30,000 records in order', async () => {
		const api = mockApi();
		api.scope
			.get('/v1/contacts')
			.query(true)
			.times(300)
			.reply((uri) => {
				const page = Number(new URL(uri, 'https://x').searchParams.get('page'));
				return [200, envelope('contacts', contacts((page - 1) * 100 + 1, 100), page, 300, 30000)];
			});

		const run = await runGuestonline({ resource: 'contact', operation: 'getAll', returnAll: true });

		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(30000);
		expect(run.items[0].json.id).toBe(1);
		expect(run.items[29999].json.id).toBe(30000);
		expect(run.items.every((item, i) => item.json.id === i + 1)).toBe(true);
		expect(new Set(api.sent.map((r) => r.path)).size).toBe(300);
	});
});
