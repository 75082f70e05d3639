import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { PartooApi } from '../../credentials/PartooApi.credentials';
import { PartooTrigger } from '../../nodes/Partoo/PartooTrigger.node';
import { Poller } from '../harness/poll';
import { API_KEY, HOST } from './helpers';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const stamp = (at: number) => new Date(at).toISOString().replace(/\.\d{3}Z$/, '+00:00');

/**
 * Partoo's /reviews in memory: each review has a creation date and an update date, becomes visible
 * after an indexing delay, and is filtered by update_date_gte (creation date when never updated),
 * newest first, 30 per page with max_page and count.
 */
class FakePartoo {
	reviews = new Map<string, { review: IDataObject; visibleAt: number }>();
	queries: string[] = [];
	now = T0;
	down = false;
	/** Called between page reads, to change data while the trigger is paging. */
	onPage?: (page: number) => void;

	constructor() {
		nock(HOST)
			.persist()
			.get('/api/v2/reviews')
			.query(true)
			.reply((uri) => {
				const q = new URL(uri, HOST).searchParams;
				this.queries.push(`${q.get('update_date_gte')} p${q.get('page')}`);
				if (q.get('api_key') !== API_KEY) return [401, { errors: { authentication: 'bad key' } }];
				const page = Number(q.get('page'));
				if (this.down && page > 1) return [500, { errors: { server: 'Internal error' } }];
				this.onPage?.(page);
				const since = Date.parse(q.get('update_date_gte') ?? '1970-01-01T00:00:00Z');
				const list = [...this.reviews.values()]
					.filter((r) => r.visibleAt <= this.now)
					.map((r) => r.review)
					.filter((r) => Date.parse(String(r.update_date ?? r.date)) >= since)
					.filter((r) => !q.get('rating_in') || String(q.get('rating_in')).split(',').includes(String(r.rating)))
					.sort((a, b) => Date.parse(String(b.update_date ?? b.date)) - Date.parse(String(a.update_date ?? a.date)));
				const maxPage = Math.max(1, Math.ceil(list.length / 30));
				return [200, { page, max_page: maxPage, count: list.length, reviews: list.slice((page - 1) * 30, page * 30) }];
			});
	}

	write(id: string, at: number, rating = 5, delay = 0): void {
		this.reviews.set(id, { review: { id, business_id: 'b1', partner: 'google_my_business', rating, date: stamp(at), update_date: null, content: 'Great', state: 'not_treated' }, visibleAt: at + delay });
	}

	update(id: string, at: number, fields: IDataObject, delay = 0): void {
		const current = this.reviews.get(id) as { review: IDataObject };
		this.reviews.set(id, { review: { ...current.review, ...fields, update_date: stamp(at) }, visibleAt: at + delay });
	}
}

function trigger(parameters: IDataObject): Poller {
	return new Poller({
		node: new PartooTrigger(),
		parameters,
		credentials: { partooApi: { apiKey: API_KEY, environment: 'productionFrance' } },
		credentialTypes: { partooApi: new PartooApi() },
	});
}

const view = (json: IDataObject) => `${String(json.event)} ${String(json.id)}@${String(json.occurredAt).slice(11, 19)}`;

describe('Partoo Trigger', () => {
	let api: FakePartoo;
	beforeEach(() => {
		api = new FakePartoo();
		jest.spyOn(Date, 'now').mockImplementation(() => api.now);
	});
	afterEach(() => jest.restoreAllMocks());

	test('over 40 polls every review written or updated after activation is emitted exactly once', async () => {
		api.write('old1', T0 - 60 * MINUTE);
		api.write('old2', T0 - 5 * MINUTE);
		const poller = trigger({ events: ['review.created', 'review.updated'] });
		const at = (p: number, s = 0) => T0 + p * MINUTE + s * 1000;
		const script: Record<number, () => void> = {
			2: () => {
				api.write('r1', at(2, 1));
				api.write('r2', at(2, 1)); // same second
			},
			3: () => api.write('r3', at(2, 50), 5, 3 * MINUTE), // indexed 3 minutes late
			4: () => {
				api.update('r1', at(4, 1), { reply_comment: 'Thanks!' });
				api.update('r1', at(4, 2), { state: 'treated' }); // updated twice between polls
			},
			5: () => api.update('old1', at(5, 1), { rating: 2 }), // a review from before activation, edited now
			8: () => {
				for (let i = 0; i < 65; i++) api.write(`b${i}`, at(8, 1)); // three pages
				// Two more arrive while page 2 is read: the newest-first pages shift, nothing may be lost or repeated.
				api.onPage = (page) => {
					if (page === 2 && !api.reviews.has('late1')) {
						api.write('late1', at(8, 30));
						api.write('late2', at(8, 31));
					}
				};
			},
			9: () => (api.onPage = undefined),
			12: () => {
				api.write('r4', at(12, 5));
				api.down = true; // page 2 fails: this poll changes nothing
				for (let i = 0; i < 35; i++) api.write(`c${i}`, at(12, 6));
			},
			13: () => (api.down = false),
			20: () => api.update('r2', at(20, 1), { rating: 1 }),
			33: () => api.write('r5', at(33, 1), 3, 8 * MINUTE), // indexed 8 minutes late, still within the overlap
		};
		const emitted: string[][] = [];
		for (let p = 0; p <= 42; p++) {
			api.now = T0 + p * MINUTE + 30_000;
			script[p]?.();
			try {
				emitted.push((await poller.poll()).map((i) => view(i.json)));
			} catch (error) {
				emitted.push([`failed: ${(error as Error).message}`]);
			}
		}
		const t = (p: number, s: number) => new Date(at(p, s)).toISOString().slice(11, 19);
		const expected: string[][] = Array.from({ length: 43 }, () => []);
		expected[2] = [`review.created r1@${t(2, 1)}`, `review.created r2@${t(2, 1)}`];
		expected[4] = [`review.updated r1@${t(4, 2)}`];
		expected[5] = [`review.updated old1@${t(5, 1)}`];
		expected[6] = [`review.created r3@${t(2, 50)}`]; // visible at 09:05:50
		expected[8] = Array.from({ length: 65 }, (_, i) => `b${i}`).sort().map((id) => `review.created ${id}@${t(8, 1)}`);
		// Written while page 2 was read, above page 1 already read: the next poll's overlap picks them up.
		expected[9] = [`review.created late1@${t(8, 30)}`, `review.created late2@${t(8, 31)}`];
		expected[12] = ['failed: Internal error'];
		expected[13] = [`review.created r4@${t(12, 5)}`, ...Array.from({ length: 35 }, (_, i) => `c${i}`).sort().map((id) => `review.created ${id}@${t(12, 6)}`)];
		expected[20] = [`review.updated r2@${t(20, 1)}`];
		expected[41] = [`review.created r5@${t(33, 1)}`];
		expect(emitted).toEqual(expected);
	});

	test('a review written in the same second as activation, after it, is emitted', async () => {
		api.now = T0 + 400; // activation at 09:00:00.400
		api.write('same', T0 - 5_000);
		const poller = trigger({ events: ['review.created', 'review.updated'] });
		await poller.poll();
		api.write('fresh', T0 + 600); // Partoo shows it as 09:00:00
		api.update('same', T0 + 700, { state: 'treated' });
		api.now = T0 + MINUTE;
		expect((await poller.poll()).map((i) => `${String(i.json.event)} ${String(i.json.id)}`)).toEqual(['review.created fresh', 'review.updated same']);
	});

	test('the query sends the filters and update_date_gte from the watermark less the overlap', async () => {
		const poller = trigger({ events: ['review.created'], filters: { rating_in: [1, 2] }, options: { overlapMinutes: 5 } });
		await poller.poll(); // activation
		api.write('x', T0 + 10_000);
		api.now = T0 + MINUTE;
		await poller.poll();
		api.now = T0 + 2 * MINUTE;
		await poller.poll();
		// Activation reads the last 5 minutes only to learn them; then from the newest review less 5 minutes, never before activation.
		expect(api.queries).toEqual([`${stamp(T0 - 5 * MINUTE)} p1`, `${stamp(T0)} p1`, `${stamp(T0)} p1`]);
	});

	test('review.updated only, Fetch Test Event, Emit Events Since', async () => {
		api.write('a', T0 - 2 * 24 * 60 * MINUTE);
		api.update('a', T0 - 60 * MINUTE, { state: 'treated' });
		api.write('b', T0 - 30 * MINUTE);
		const sample = trigger({ events: ['review.created'] });
		expect((await sample.poll('manual')).map((i) => view(i.json))).toEqual([`review.created b@${new Date(T0 - 30 * MINUTE).toISOString().slice(11, 19)}`]);
		expect(sample.saved).toEqual({});

		const backfill = trigger({ events: ['review.created', 'review.updated'], options: { emitSince: new Date(T0 - 3 * 60 * MINUTE).toISOString() } });
		expect((await backfill.poll()).map((i) => i.json.event + ' ' + String(i.json.id))).toEqual(['review.updated a', 'review.created b']);
		api.now = T0 + MINUTE;
		expect(await backfill.poll()).toEqual([]);
	});

	test('the API key never appears in a failed poll', async () => {
		const poller = trigger({ events: ['review.created'] });
		await poller.poll();
		api.down = true;
		for (let i = 0; i < 40; i++) api.write(`k${i}`, T0 + 1000);
		api.now = T0 + MINUTE;
		const error = await poller.poll().catch((e: Error & { description?: string }) => e);
		expect(JSON.stringify({ m: (error as Error).message, d: (error as { description?: string }).description })).not.toContain(API_KEY);
		expect(JSON.stringify(error)).not.toContain(encodeURIComponent(API_KEY));
	});
});
