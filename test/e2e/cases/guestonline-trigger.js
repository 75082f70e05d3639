'use strict';
/*
 * End-to-end case (kind "active"): Guestonline Trigger polling in a running n8n.
 *
 * The workflow is "Guestonline Trigger -> HTTP Request", the HTTP Request node POSTs each item's JSON
 * to the stub's /sink, so the stub records every event the trigger emitted. Timeline:
 *   poll 1 (on activation): booking 577988 exists; the trigger only learns it, nothing reaches /sink.
 *   then the stub's data changes: 577988 is canceled, 577989 is new.
 *   poll 2 (about a minute later): exactly booking.updated 577988 (validated -> canceled) and
 *          booking.created 577989 reach /sink, from one execution.
 *   poll 3: nothing new reaches /sink (no event is emitted twice).
 * Takes 2-3 minutes: n8n polls at most once a minute.
 */
const assert = require('node:assert/strict');

const TOKEN = 'e2e-guestonline-token-trig-5b7e';
const DAY = 86_400_000;
const utcDay = (ms) => new Date(ms).toISOString().slice(0, 10);

// Both bookings are dated tomorrow (UTC): still inside the watched window (today + 1 day ahead)
// if the run crosses midnight.
const DATE = utcDay(Date.now() + DAY);

// Shaped like "The booking object" of the Guestonline API docs.
const BOOKING_1 = {
	object: 'booking',
	id: 577988,
	booking_state: 'validated',
	booked_persons_number: 2,
	present_persons_number: 2,
	cancel_actor: null,
	cancel_reason: null,
	booking_type: 'restaurant',
	note: null,
	period: 'dinner',
	booking_date: DATE,
	booking_time: `${DATE}T20:00:00+01:00`,
	email: 'nelle@heller.uk',
	firstname: 'Mazie',
	lastname: 'Hegmann',
	send_reminders: true,
	user_locale: 'Fr',
	metadata: { data1: 'val', data2: 3 },
	contact_id: 622360,
	restaurant_id: 479,
};
const BOOKING_1_CANCELED = { ...BOOKING_1, booking_state: 'canceled', cancel_actor: 'user', cancel_reason: 'Change of plans' };
const BOOKING_2 = {
	object: 'booking',
	id: 577989,
	booking_state: 'validated',
	booked_persons_number: 4,
	present_persons_number: 4,
	cancel_actor: null,
	cancel_reason: null,
	booking_type: 'website',
	note: 'Window table if possible',
	period: 'dinner',
	booking_date: DATE,
	booking_time: `${DATE}T21:00:00+01:00`,
	email: 'j.doe@example.com',
	firstname: 'John',
	lastname: 'Doe',
	send_reminders: false,
	user_locale: 'fr',
	metadata: null,
	contact_id: 435833,
	restaurant_id: 479,
};

const isBookings = (r) => r.method === 'GET' && r.path === '/v1/bookings';
const isOpinions = (r) => r.method === 'GET' && r.path === '/v1/opinions';
/** A poll reads the bookings, then the opinions: each opinions request ends one poll. */
const pollsDone = (requests) => requests.filter(isOpinions).length;

/** The vendor requests of each poll, in order. */
function polls(requests) {
	const out = [[]];
	for (const r of requests.filter((x) => isBookings(x) || isOpinions(x))) {
		out[out.length - 1].push(r);
		if (isOpinions(r)) out.push([]);
	}
	if (!out[out.length - 1].length) out.pop();
	return out;
}

module.exports = ({ baseUrl }) => ({
	name: 'guestonline: trigger polls in a running n8n (learn, then booking.updated + booking.created, then nothing)',
	kind: 'active',

	credentials: [
		{ id: 'e2eGoCred000003', name: 'Guestonline e2e trigger', type: 'guestonlineApi', data: { baseUrl: `${baseUrl}/v1`, token: TOKEN } },
	],

	workflow: {
		id: 'e2eGoTrigWf0001',
		name: 'e2e guestonline trigger',
		settings: { timezone: 'UTC' },
		nodes: [
			{
				id: '9d4f2a10-0001-4b8e-9c21-000000000001',
				name: 'Guestonline Trigger',
				type: 'n8n-nodes-local-business.guestonlineTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					events: ['booking.created', 'booking.updated', 'opinion.created'],
					filters: {},
					options: { daysAhead: 1, daysBack: 0 },
				},
				credentials: { guestonlineApi: { id: 'e2eGoCred000003', name: 'Guestonline e2e trigger' } },
			},
			{
				id: '9d4f2a10-0002-4b8e-9c21-000000000002',
				name: 'Sink',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.5,
				position: [240, 0],
				parameters: {
					method: 'POST',
					url: `${baseUrl}/sink`,
					// The execution and the item index ride along in headers, so the body is the item JSON alone.
					sendHeaders: true,
					specifyHeaders: 'keypair',
					headerParameters: {
						parameters: [
							{ name: 'x-e2e-execution', value: '={{ $execution.id }}' },
							{ name: 'x-e2e-item', value: '={{ $itemIndex }}' },
						],
					},
					sendBody: true,
					contentType: 'json',
					specifyBody: 'json',
					jsonBody: '={{ $json }}',
					// One item at a time, 300 ms apart: the sink sees the items in output order.
					options: { batching: { batch: { batchSize: 1, batchInterval: 300 } } },
				},
			},
		],
		connections: {
			'Guestonline Trigger': { main: [[{ node: 'Sink', type: 'main', index: 0 }]] },
		},
	},

	// What the fake Guestonline holds; the steps change it while n8n runs.
	state: { bookings: [BOOKING_1] },

	routes: {
		'GET /v1/bookings': (req, { state }) => {
			const bookings = state.bookings.filter((b) => b.booking_date === req.query.booking_date);
			return {
				status: 200,
				body: { object: 'list', total_count: bookings.length, num_pages: 1, current_page: 1, bookings },
			};
		},
		'GET /v1/opinions': () => ({
			status: 200,
			body: { object: 'list', total_count: 0, num_pages: 1, current_page: 1, opinions: [] },
		}),
	},

	steps: [
		{
			name: 'first poll done',
			waitFor: (requests) => pollsDone(requests) >= 1,
			// Runs right after the reply that ended poll 1, before the stub serves anything else.
			then: (state) => {
				state.bookings = [BOOKING_1_CANCELED, BOOKING_2];
			},
		},
		{
			name: 'two events at the sink',
			waitFor: (requests, { sink }) => sink.length >= 2,
		},
		{
			name: 'third poll done',
			waitFor: (requests) => pollsDone(requests) >= 3,
			// An event emitted by poll 3 would reach the sink within a few seconds.
			settleMs: 10_000,
		},
	],

	check(sink, requests) {
		const all = polls(requests);
		assert.ok(all.length >= 3, `expected at least 3 polls, saw ${all.length}`);
		for (const [i, poll] of all.entries()) {
			const bookingReqs = poll.filter(isBookings);
			const opinionReqs = poll.filter(isOpinions);
			// Each poll: today and tomorrow in UTC (the poll may start a moment before the request arrives).
			assert.equal(bookingReqs.length, 2, `poll ${i + 1}: expected 2 booking requests, got ${bookingReqs.length}`);
			const dates = bookingReqs.map((r) => r.query.booking_date).sort();
			const windows = [0, 5000].map((back) => [utcDay(bookingReqs[0].at - back), utcDay(bookingReqs[0].at - back + DAY)]);
			assert.ok(
				windows.some((w) => JSON.stringify(w) === JSON.stringify(dates)),
				`poll ${i + 1}: expected bookings for today and tomorrow (UTC), got ${JSON.stringify(dates)}`,
			);
			for (const r of bookingReqs) assert.deepEqual({ ...r.query, booking_date: 'D' }, { booking_date: 'D', page: '1', max_results: '100' });
			assert.equal(opinionReqs.length, 1, `poll ${i + 1}: one opinions request`);
			assert.match(opinionReqs[0].query.updated_at, /^\d{4}-\d{2}-\d{2}$/);
			assert.equal(opinionReqs[0].query.page, '1');
			for (const r of poll) assert.equal(r.headers['x-token'], TOKEN);
		}

		// Every event arrived after poll 2 and before poll 3 began: poll 1 and poll 3 emitted nothing.
		const endOf = (poll) => poll[poll.length - 1].at;
		assert.equal(sink.length, 2, `expected exactly 2 events at the sink, got ${sink.length}: ${sink.map((r) => r.rawBody.slice(0, 80)).join(' | ')}`);
		for (const r of sink) {
			assert.ok(r.at >= endOf(all[1]) && r.at <= all[2][0].at, 'an event reached the sink outside poll 2');
		}
		// ... from one execution, in the trigger's output order.
		assert.equal(sink[0].headers['x-e2e-execution'], sink[1].headers['x-e2e-execution']);
		assert.deepEqual(sink.map((r) => r.headers['x-e2e-item']), ['0', '1']);
		for (const r of sink) assert.match(r.headers['content-type'], /^application\/json/);

		// occurredAt is the start of poll 2.
		const occurredAt = sink[0].body && sink[0].body.occurredAt;
		assert.match(String(occurredAt), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
		const t = Date.parse(occurredAt);
		assert.ok(t >= endOf(all[0]) - 1000 && t <= all[1][0].at, `occurredAt ${occurredAt} is not the start of poll 2`);

		const expected = [
			{
				event: 'booking.updated',
				id: 577988,
				occurredAt,
				changedFields: ['booking_state'],
				previous: { booking_state: 'validated' },
				stateChange: 'validated → canceled',
				booking: BOOKING_1_CANCELED,
			},
			{ event: 'booking.created', id: 577989, occurredAt, booking: BOOKING_2 },
		];
		assert.deepEqual(sink.map((r) => r.body), expected);
		// Exactly this JSON, key order included.
		assert.deepEqual(sink.map((r) => r.rawBody), expected.map((e) => JSON.stringify(e)));
	},
});
