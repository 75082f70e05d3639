'use strict';
/*
 * End-to-end case (kind "active"): examples/booking-to-crm.json in a running n8n.
 * Guestonline Trigger -> Contact and Booking (Set), with the Guestonline credential attached. Two
 * changes to the example: Emit Events Since is set to yesterday, so the first poll (on activation)
 * emits the bookings instead of only learning them, and an HTTP Request node after the Set node
 * POSTs each record to the stub's sink, so the case can read them.
 * Proves that each booking becomes the clean contact-and-booking record the example promises, with
 * the trigger's default window (yesterday to 90 days ahead, one request per date).
 */
const assert = require('node:assert/strict');
const { loadExample, withCredentials, nodeNamed, sinkNode } = require('./_examples');

const TOKEN = 'e2e-example-guestonline-token-4e2a';
const DAY = 86_400_000;
const utcDay = (ms) => new Date(ms).toISOString().slice(0, 10);
// Two days ahead: inside the window in every time zone, even if the run crosses midnight.
const DATE = utcDay(Date.now() + 2 * DAY);

// Shaped like "The booking object" of the Guestonline API docs.
const BOOKINGS = [
	{
		object: 'booking',
		id: 577990,
		booking_state: 'validated',
		booked_persons_number: 4,
		present_persons_number: 4,
		cancel_actor: null,
		cancel_reason: null,
		booking_type: 'website',
		note: 'Window table if possible',
		period: 'dinner',
		booking_date: DATE,
		booking_time: `${DATE}T20:30:00+01:00`,
		email: '  J.Doe@Example.com ',
		firstname: 'John',
		lastname: 'Doe ',
		send_reminders: true,
		user_locale: 'Fr',
		metadata: null,
		contact_id: 435833,
		restaurant_id: 479,
	},
	{
		object: 'booking',
		id: 577991,
		booking_state: 'waiting',
		booked_persons_number: 2,
		present_persons_number: 0,
		cancel_actor: null,
		cancel_reason: null,
		booking_type: 'phone',
		note: null,
		period: 'lunch',
		booking_date: DATE,
		booking_time: `${DATE}T12:15:00+01:00`,
		email: null,
		firstname: 'Élodie',
		lastname: 'Martin',
		send_reminders: false,
		user_locale: null,
		metadata: null,
		contact_id: null,
		restaurant_id: 479,
	},
];

function workflow(baseUrl) {
	const wf = withCredentials(loadExample('booking-to-crm'), {
		'n8n-nodes-local-business.guestonlineTrigger': { guestonlineApi: { id: 'e2eExGoCred01', name: 'Guestonline example' } },
	});
	nodeNamed(wf, 'Guestonline Trigger').parameters.options = { emitSince: new Date(Date.now() - DAY).toISOString() };
	wf.nodes.push(sinkNode(baseUrl, [560, 0]));
	wf.connections['Contact and Booking'] = { main: [[{ node: 'E2E Sink', type: 'main', index: 0 }]] };
	return wf;
}

module.exports = ({ baseUrl }) => ({
	name: 'example booking-to-crm.json: Guestonline Trigger -> clean contact and booking records',
	kind: 'active',

	credentials: [{ id: 'e2eExGoCred01', name: 'Guestonline example', type: 'guestonlineApi', data: { baseUrl: `${baseUrl}/v1`, token: TOKEN } }],

	workflow: workflow(baseUrl),

	routes: {
		'GET /v1/bookings': (req) => {
			if (req.headers['x-token'] !== TOKEN) return { status: 401, body: { error: 'Unauthorized' } };
			const bookings = BOOKINGS.filter((b) => b.booking_date === req.query.booking_date);
			return { status: 200, body: { object: 'list', total_count: bookings.length, num_pages: 1, current_page: 1, bookings } };
		},
		'GET /v1/opinions': () => ({ status: 200, body: { object: 'list', total_count: 0, num_pages: 1, current_page: 1, opinions: [] } }),
	},

	steps: [{ name: 'two records at the sink', waitFor: (requests, { sink }) => sink.length >= 2, settleMs: 2000 }],

	check(sink, requests) {
		const dates = new Set(requests.filter((r) => r.path === '/v1/bookings').map((r) => r.query.booking_date));
		assert.ok(dates.size >= 90, `the default window reads about 92 dates, saw ${dates.size}`);
		assert.ok(dates.has(DATE));

		assert.equal(sink.length, 2, `expected 2 records, got ${sink.length}`);
		const records = sink.map((r) => r.body).sort((a, b) => Number(a.booking.id) - Number(b.booking.id));
		for (const r of records) assert.match(r.booking.seenAt, /^\d{4}-\d{2}-\d{2}T/);
		assert.deepEqual(
			records.map((r) => ({ ...r, booking: { ...r.booking, seenAt: 'T' } })),
			[
				{
					event: 'booking.created',
					contact: { guestonlineId: '435833', firstName: 'John', lastName: 'Doe', email: 'j.doe@example.com', language: 'fr' },
					booking: {
						id: '577990',
						restaurantId: '479',
						state: 'validated',
						stateChange: '',
						date: DATE,
						time: `${DATE}T20:30:00+01:00`,
						period: 'dinner',
						persons: 4,
						note: 'Window table if possible',
						source: 'website',
						changedFields: [],
						seenAt: 'T',
					},
				},
				{
					event: 'booking.created',
					contact: { guestonlineId: '', firstName: 'Élodie', lastName: 'Martin', email: '', language: '' },
					booking: {
						id: '577991',
						restaurantId: '479',
						state: 'waiting',
						stateChange: '',
						date: DATE,
						time: `${DATE}T12:15:00+01:00`,
						period: 'lunch',
						persons: 2,
						note: '',
						source: 'phone',
						changedFields: [],
						seenAt: 'T',
					},
				},
			],
		);
	},
});
