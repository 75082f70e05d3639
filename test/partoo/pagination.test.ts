import type { IDataObject } from 'n8n-workflow';

import { review } from './fixtures';
import { get, mockApi, output, paired, runPartoo, searchReply } from './helpers';

const reviews = (from: number, count: number): IDataObject[] => Array.from({ length: count }, (_, i) => review(from + i));
const listReviews = { resource: 'review', operation: 'getAll' };

/** Answers GET /reviews?page=N from a list of pages, as Partoo would. */
function servePages(
	api: ReturnType<typeof mockApi>,
	pages: IDataObject[][],
	total: number,
	delays: Record<number, number> = {},
	maxPage = pages.length,
) {
	pages.forEach((records, i) => {
		const page = i + 1;
		const interceptor = api.scope.get('/api/v2/reviews').query({ page: String(page), api_key: /.*/ as unknown as string });
		(delays[page] ? interceptor.delay(delays[page]) : interceptor).reply(200, searchReply('reviews', records, page, maxPage, total));
	});
}

describe('Partoo pagination (30 per page, page / max_page / count)', () => {
	test('0 results: one request, no items', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/reviews').query(true).reply(200, { page: 1, max_page: 0, count: 0, reviews: [] });

		const run = await runPartoo({ ...listReviews, returnAll: true });

		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([]);
		expect(api.sent).toEqual([get('/reviews?page=1')]);
	});

	test('1 page: one request, every record in order', async () => {
		const api = mockApi();
		servePages(api, [reviews(1, 12)], 12);

		const run = await runPartoo({ ...listReviews, returnAll: true });

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual(reviews(1, 12).map((r) => paired(r)));
		expect(api.sent).toEqual([get('/reviews?page=1')]);
	});

	test('3+ pages: pages 2..max_page are fetched in parallel and returned in order, without duplicates', async () => {
		const api = mockApi();
		// Page 2 answers last, to prove the output keeps page order.
		servePages(api, [reviews(1, 30), reviews(31, 30), reviews(61, 30), reviews(91, 5)], 95, { 2: 60 });

		const run = await runPartoo({ ...listReviews, returnAll: true });

		expect(run.error).toBeUndefined();
		expect(run.items.map((i) => i.json.id)).toEqual(reviews(1, 95).map((r) => r.id));
		expect(run.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(api.sent.map((r) => r.path).sort()).toEqual(
			[1, 2, 3, 4].map((p) => get(`/reviews?page=${p}`).path).sort(),
		);
	});

	test('a record met again on a later page (data shifting while reading) is kept once', async () => {
		const api = mockApi();
		servePages(api, [reviews(1, 30), [review(30), ...reviews(31, 29)], reviews(60, 3)], 90);

		const run = await runPartoo({ ...listReviews, returnAll: true });

		expect(run.error).toBeUndefined();
		expect(run.items.map((i) => i.json.id)).toEqual(reviews(1, 62).map((r) => r.id));
	});

	test('without max_page, count gives the number of pages', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/reviews').query({ page: '1', api_key: /.*/ as unknown as string }).reply(200, { page: 1, count: 35, reviews: reviews(1, 30) });
		api.scope.get('/api/v2/reviews').query({ page: '2', api_key: /.*/ as unknown as string }).reply(200, { page: 2, count: 35, reviews: reviews(31, 5) });

		const run = await runPartoo({ ...listReviews, returnAll: true });

		expect(run.items.map((i) => i.json.id)).toEqual(reviews(1, 35).map((r) => r.id));
		expect(api.sent).toEqual([get('/reviews?page=1'), get('/reviews?page=2')]);
	});

	test('Limit within the first page reads one page only', async () => {
		const api = mockApi();
		servePages(api, [reviews(1, 30)], 300, {}, 10);

		const run = await runPartoo({ ...listReviews, returnAll: false, limit: 5 });

		expect(output(run)).toEqual(reviews(1, 5).map((r) => paired(r)));
		expect(api.sent).toEqual([get('/reviews?page=1')]);
	});

	test('Limit of exactly one page reads one page; one more reads two and stops', async () => {
		const api = mockApi();
		const pages = Array.from({ length: 10 }, (_, i) => reviews(i * 30 + 1, 30));
		servePages(api, pages.slice(0, 1), 300, {}, 10);
		const exact = await runPartoo({ ...listReviews, returnAll: false, limit: 30 });
		expect(exact.items.map((i) => i.json.id)).toEqual(reviews(1, 30).map((r) => r.id));
		expect(api.sent).toEqual([get('/reviews?page=1')]);

		const api2 = mockApi();
		servePages(api2, pages.slice(0, 2), 300, {}, 10);
		const more = await runPartoo({ ...listReviews, returnAll: false, limit: 31 });
		expect(more.items.map((i) => i.json.id)).toEqual(reviews(1, 31).map((r) => r.id));
		expect(api2.sent).toEqual([get('/reviews?page=1'), get('/reviews?page=2')]);
	});

	test('Page Concurrency bounds the pages in flight', async () => {
		const api = mockApi();
		let inFlight = 0;
		let peak = 0;
		for (let page = 1; page <= 6; page++) {
			api.scope
				.get('/api/v2/reviews')
				.query({ page: String(page), api_key: /.*/ as unknown as string })
				.reply(async () => {
					inFlight++;
					peak = Math.max(peak, inFlight);
					await new Promise((resolve) => setTimeout(resolve, 20));
					inFlight--;
					return [200, searchReply('reviews', reviews((page - 1) * 30 + 1, 30), page, 6, 180)];
				});
		}

		const run = await runPartoo({ ...listReviews, returnAll: true, options: { pageConcurrency: 2 } });

		expect(run.error).toBeUndefined();
		expect(run.items.map((i) => i.json.id)).toEqual(reviews(1, 180).map((r) => r.id));
		expect(peak).toBe(2);
	});

	test('a failing later page fails the operation with the Partoo message', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/reviews').query({ page: '1', api_key: /.*/ as unknown as string }).reply(200, searchReply('reviews', reviews(1, 30), 1, 2, 40));
		api.scope.get('/api/v2/reviews').query({ page: '2', api_key: /.*/ as unknown as string }).reply(403, { errors: { authorization: 'Operation not allowed' } });

		const run = await runPartoo({ ...listReviews, returnAll: true });

		expect(run.error?.message).toBe('Operation not allowed');
		expect(run.items).toEqual([]);
	});
});
