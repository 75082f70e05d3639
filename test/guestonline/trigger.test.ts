import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { GuestonlineApi } from '../../credentials/GuestonlineApi.credentials';
import { GuestonlineTrigger } from '../../nodes/Guestonline/GuestonlineTrigger.node';
import { Poller } from '../harness/poll';
import { HOST, TOKEN } from './helpers';

const DAY = 86_400_000;
/** 2026-03-02T09:00:00Z, a Monday; the trigger reads dates in Europe/Paris. */
const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const iso = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * A Guestonline account in memory, served through nock: bookings by date (paged by 100) and opinions
 * by updated_at, exactly as the list endpoints page and filter them. Tests change it between polls.
 */
class FakeGuestonline {
	bookings = new Map<number, IDataObject>();
	opinions: Array<{ opinion: IDataObject; updatedDay: string }> = [];
	requests: string[] = [];
	failNext = 0;
	/** Requests for this date fail (a poll failing part-way through its pages). */
	failDate?: string;
	/** Called between page reads of a date, to change data while the trigger is paging. */
	onPage?: (date: string, page: number) => void;

	constructor() {
		nock(HOST)
			.persist()
			.get('/v1/bookings')
			.query(true)
			.reply((uri, _body) => {
				this.requests.push(uri);
				const q = new URL(uri, HOST).searchParams;
				if (this.failDate && q.get('booking_date') === this.failDate) {
					return [503, { message: 'Service unavailable' }];
				}
				if (this.failNext > 0) {
					this.failNext--;
					return [503, { message: 'Service unavailable' }];
				}
				const date = q.get('booking_date') ?? '';
				const page = Number(q.get('page'));
				const size = Number(q.get('max_results'));
				this.onPage?.(date, page);
				const all = [...this.bookings.values()]
					.filter((b) => b.booking_date === date)
					.filter((b) => !q.get('booking_state') || b.booking_state === q.get('booking_state'))
					.sort((a, b) => Number(a.id) - Number(b.id));
				const numPages = Math.max(1, Math.ceil(all.length / size));
				return [200, { object: 'list', total_count: all.length, num_pages: numPages, current_page: page, bookings: all.slice((page - 1) * size, page * size) }];
			});
		nock(HOST)
			.persist()
			.get('/v1/opinions')
			.query(true)
			.reply((uri) => {
				this.requests.push(uri);
				const q = new URL(uri, HOST).searchParams;
				const since = q.get('updated_at') ?? '0000-00-00';
				const all = this.opinions.filter((o) => o.updatedDay >= since).map((o) => o.opinion);
				return [200, { object: 'list', total_count: all.length, num_pages: 1, current_page: 1, opinions: all }];
			});
	}

	book(id: number, date: string, extra: IDataObject = {}): void {
		this.bookings.set(id, {
			object: 'booking',
			id,
			booking_state: 'validated',
			booked_persons_number: 2,
			booking_date: date,
			booking_time: `${date}T20:00:00+01:00`,
			note: null,
			...extra,
		});
	}

	change(id: number, fields: IDataObject): void {
		this.bookings.set(id, { ...(this.bookings.get(id) as IDataObject), ...fields });
	}

	review(hexSeconds: number, day: string, rate = '4'): string {
		const id = `${hexSeconds.toString(16).padStart(8, '0')}c29387595a00003b`;
		this.opinions.push({
			opinion: { object: 'opinion', id, opinion_items: [{ object: 'opinion_item', kind: 'rate', key: 'atmosphere', value: rate }] },
			updatedDay: day,
		});
		return id;
	}
}

function trigger(parameters: IDataObject): Poller {
	return new Poller({
		node: new GuestonlineTrigger(),
		parameters,
		credentials: { guestonlineApi: { token: TOKEN } },
		credentialTypes: { guestonlineApi: new GuestonlineApi() },
	});
}

/** A compact view of an emitted event. */
const view = (json: IDataObject) =>
	json.event === 'booking.updated'
		? `${String(json.event)} ${String(json.id)} ${JSON.stringify(json.previous)}${json.stateChange ? ` (${String(json.stateChange)})` : ''}`
		: `${String(json.event)} ${String(json.id)}`;

describe('Guestonline Trigger', () => {
	let now = T0;
	beforeEach(() => {
		now = T0;
		jest.spyOn(Date, 'now').mockImplementation(() => now);
	});
	afterEach(() => jest.restoreAllMocks());

	test('over 36 polls, every booking creation and change and every new opinion is emitted exactly once', async () => {
		const api = new FakeGuestonline();
		const today = iso(T0);
		const inDays = (n: number) => iso(T0 + n * DAY);
		// Existing before activation: never emitted.
		api.book(100, today);
		api.book(101, inDays(2));
		api.review(Math.floor((T0 - 2 * 3600_000) / 1000), today);

		const poller = trigger({
			events: ['booking.created', 'booking.updated', 'opinion.created'],
			options: { daysAhead: 3, daysBack: 0 },
		});
		const script: Record<number, () => void> = {
			2: () => api.book(102, today),
			3: () => {
				api.book(103, inDays(1));
				api.book(104, inDays(1)); // two at once
			},
			5: () => api.change(100, { booking_state: 'canceled', booked_persons_number: 0 }),
			6: () => {
				api.change(101, { booked_persons_number: 3 });
				api.change(101, { booked_persons_number: 4, note: 'Window table' }); // twice between polls
			},
			8: () => {
				api.book(105, inDays(3));
				api.failDate = inDays(3); // this poll fails part-way: the other dates were read, this one fails after retries
			},
			9: () => (api.failDate = undefined), // back up: booking 105 is emitted now
			12: () => api.review(Math.floor((T0 + 12 * 60_000) / 1000), today, '5'),
			13: () => api.review(Math.floor((T0 + 12 * 60_000) / 1000 + 1), today, '2'), // indexed late, same day
			15: () => {
				// 150 bookings on one day: two pages; one more arrives while page 2 is being read.
				for (let i = 0; i < 150; i++) api.book(1000 + i, inDays(2));
				api.onPage = (date, page) => {
					if (date === inDays(2) && page === 2 && !api.bookings.has(2000)) api.book(2000, inDays(2));
				};
			},
			16: () => (api.onPage = undefined),
			20: () => api.change(102, { booking_time: `${today}T21:00:00+01:00` }),
			25: () => api.change(104, { note: 'Birthday' }),
			30: () => api.change(103, { booking_state: 'honored' }),
		};
		const emitted: string[][] = [];
		for (let p = 0; p <= 35; p++) {
			now = T0 + p * 60_000;
			script[p]?.();
			try {
				emitted.push((await poller.poll()).map((i) => view(i.json)));
			} catch (error) {
				emitted.push([`failed: ${(error as Error).message}`]);
			}
		}

		const expected: string[][] = Array.from({ length: 36 }, () => []);
		expected[2] = ['booking.created 102'];
		expected[3] = ['booking.created 103', 'booking.created 104'];
		expected[5] = ['booking.updated 100 {"booking_state":"validated","booked_persons_number":2} (validated → canceled)'];
		expected[6] = ['booking.updated 101 {"booked_persons_number":2,"note":null}'];
		expected[8] = ['failed: Service unavailable'];
		expected[9] = ['booking.created 105'];
		expected[12] = [`opinion.created ${Math.floor((T0 + 12 * 60_000) / 1000).toString(16)}c29387595a00003b`];
		expected[13] = [`opinion.created ${(Math.floor((T0 + 12 * 60_000) / 1000) + 1).toString(16)}c29387595a00003b`];
		expected[15] = [...Array.from({ length: 150 }, (_, i) => `booking.created ${1000 + i}`), 'booking.created 2000'];
		expected[20] = [`booking.updated 102 {"booking_time":"${today}T20:00:00+01:00"}`];
		expected[25] = ['booking.updated 104 {"note":null}'];
		expected[30] = ['booking.updated 103 {"booking_state":"validated"} (validated → honored)'];
		expect(emitted).toEqual(expected);
	});

	test('a booking.updated event carries previous values and the full booking', async () => {
		const api = new FakeGuestonline();
		api.book(7, iso(T0));
		const poller = trigger({ events: ['booking.updated'], options: { daysAhead: 0, daysBack: 0 } });
		await poller.poll();
		api.change(7, { booking_state: 'canceled' });
		now += 60_000;
		const [item] = await poller.poll();
		expect(item.json).toEqual({
			event: 'booking.updated',
			id: 7,
			occurredAt: new Date(now).toISOString(),
			changedFields: ['booking_state'],
			previous: { booking_state: 'validated' },
			stateChange: 'validated → canceled',
			booking: api.bookings.get(7),
		});
	});

	test('a booking made today for a date 90 days ahead is found with the default window (92 dates a poll)', async () => {
		const api = new FakeGuestonline();
		const poller = trigger({ events: ['booking.created'] });
		await poller.poll();
		expect(api.requests).toHaveLength(92); // yesterday, today and 90 days ahead
		api.book(9, iso(T0 + 90 * DAY));
		now += 60_000;
		expect((await poller.poll()).map((i) => view(i.json))).toEqual(['booking.created 9']);
	});

	test('Fetch Test Event shows the latest booking and leaves the stored state untouched', async () => {
		const api = new FakeGuestonline();
		api.book(50, iso(T0));
		api.book(51, iso(T0 + DAY));
		const poller = trigger({ events: ['booking.created'], options: { daysAhead: 1, daysBack: 0 } });
		const items = await poller.poll('manual');
		expect(items.map((i) => view(i.json))).toEqual(['booking.created 51']);
		expect(poller.saved).toEqual({});
	});

	test('Fetch Test Event with nothing to show says so', async () => {
		new FakeGuestonline();
		const poller = trigger({ events: ['booking.created'], options: { daysAhead: 0, daysBack: 0 } });
		await expect(poller.poll('manual')).rejects.toThrow('No event found');
	});

	test('Emit Events Since backfills on the first poll', async () => {
		const api = new FakeGuestonline();
		api.book(1, iso(T0));
		const old = api.review(Math.floor((T0 - 3 * DAY) / 1000), iso(T0 - 3 * DAY));
		api.review(Math.floor((T0 - 10 * DAY) / 1000), iso(T0 - 10 * DAY));
		const poller = trigger({
			events: ['booking.created', 'opinion.created'],
			options: { daysAhead: 0, daysBack: 0, emitSince: new Date(T0 - 5 * DAY).toISOString() },
		});
		expect((await poller.poll()).map((i) => view(i.json))).toEqual([`opinion.created ${old}`, 'booking.created 1']);
		now += 60_000;
		expect(await poller.poll()).toEqual([]);
	});

	test('more bookings in the window than the Seen Records Limit stops the poll with advice instead of forgetting', async () => {
		const api = new FakeGuestonline();
		for (let i = 0; i < 120; i++) api.book(i + 1, iso(T0));
		const poller = trigger({ events: ['booking.created'], options: { daysAhead: 0, daysBack: 0, seenLimit: 100 } });
		await expect(poller.poll()).rejects.toThrow('The watched dates hold 120 bookings, more than the Seen Records Limit (100)');
		expect(poller.saved).toEqual({});
	});

	test('filters are sent to the API', async () => {
		const api = new FakeGuestonline();
		const poller = trigger({
			events: ['booking.created', 'opinion.created'],
			filters: { restaurantId: { __rl: true, mode: 'id', value: '479' }, bookingState: 'validated', period: 'dinner' },
			options: { daysAhead: 0, daysBack: 0 },
		});
		await poller.poll();
		expect(api.requests).toEqual([
			`/v1/bookings?booking_date=${iso(T0)}&restaurant_id=479&booking_state=validated&period=dinner&page=1&max_results=100`,
			`/v1/opinions?updated_at=${iso(T0 - DAY)}&restaurant_id=479&page=1&max_results=100`,
		]);
	});

	test('a bad option is refused before any request', async () => {
		const api = new FakeGuestonline();
		const poller = trigger({ events: ['booking.created'], options: { daysAhead: 400 } });
		await expect(poller.poll()).rejects.toThrow('Invalid "Days Ahead": must be at most 365 [item 0]');
		expect(api.requests).toEqual([]);
	});
});
