'use strict';
/*
 * End-to-end case: Guestonline -> Booking -> Create for a new contact, from two input items.
 * Proves the form encoding with bracket keys and the per-item pairing survive n8n's real HTTP stack,
 * and that a bad item fails validation (no request) while Continue On Fail keeps the good one.
 */
const assert = require('node:assert/strict');

const TOKEN = 'e2e-guestonline-token-8d21';

module.exports = ({ baseUrl }) => ({
	name: 'guestonline: booking create (new contact, form-encoded, continue on fail)',

	credentials: [
		{
			id: 'e2eGoCred000002',
			name: 'Guestonline e2e booking',
			type: 'guestonlineApi',
			data: { baseUrl: `${baseUrl}/v1`, token: TOKEN },
		},
	],

	workflow: {
		id: 'e2eGoWf00000002',
		name: 'e2e guestonline booking create',
		nodes: [
			{
				id: '7b2e0c11-0001-4f7a-8a10-000000000001',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '7b2e0c11-0002-4f7a-8a10-000000000002',
				name: 'Guests',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [200, 0],
				parameters: {
					jsCode:
						"return [{ json: { lastname: 'GuestOnline', email: 'api@guestonline.fr', time: '2014-11-06T20:00:00+02:00' } }, { json: { lastname: 'Late', email: 'late@guestonline.fr', time: '2014-11-06 20:00' } }];",
				},
			},
			{
				id: '7b2e0c11-0003-4f7a-8a10-000000000003',
				name: 'Guestonline',
				type: 'n8n-nodes-local-business.guestonline',
				typeVersion: 1,
				position: [420, 0],
				continueOnFail: true,
				onError: 'continueRegularOutput',
				parameters: {
					resource: 'booking',
					operation: 'create',
					restaurantId: { __rl: true, mode: 'id', value: '479' },
					bookingDate: '2014-11-06',
					bookingTime: '={{ $json.time }}',
					bookedPersonsNumber: 15,
					contactMode: 'new',
					contactLastname: '={{ $json.lastname }}',
					contact: { email: '={{ $json.email }}', accept_email_spam: true },
					additionalFields: { note: 'my booking from api' },
				},
				credentials: { guestonlineApi: { id: 'e2eGoCred000002', name: 'Guestonline e2e booking' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Guests', type: 'main', index: 0 }]] },
			Guests: { main: [[{ node: 'Guestonline', type: 'main', index: 0 }]] },
		},
	},

	routes: {
		'POST /v1/bookings': () => ({
			status: 200,
			body: {
				object: 'booking',
				id: 577990,
				booking_state: 'initialized',
				booked_persons_number: 15,
				booking_date: '2014-11-06',
				booking_time: '2014-11-06T20:00:00+01:00',
				email: 'api@guestonline.fr',
				lastname: 'GuestOnline',
				contact_id: 622361,
				restaurant_id: 479,
			},
		}),
	},

	check(output, requests, { itemsOf }) {
		// Only the valid item was sent, once, form-encoded with bracket keys and the token.
		assert.equal(requests.length, 1, `expected 1 request, got ${requests.length}`);
		const [req] = requests;
		assert.equal(req.method, 'POST');
		assert.equal(req.path, '/v1/bookings');
		assert.equal(req.headers['x-token'], TOKEN);
		assert.match(req.headers['content-type'], /^application\/x-www-form-urlencoded/);
		const form = new URLSearchParams(req.rawBody);
		assert.deepEqual([...form.entries()], [
			['booking[booking_date]', '2014-11-06'],
			['booking[booking_time]', '2014-11-06T20:00:00+02:00'],
			['booking[booked_persons_number]', '15'],
			['booking[restaurant_id]', '479'],
			['booking[note]', 'my booking from api'],
			['booking[contact][lastname]', 'GuestOnline'],
			['booking[contact][email]', 'api@guestonline.fr'],
			['booking[contact][accept_email_spam]', 'true'],
		]);

		const items = itemsOf('Guestonline');
		assert.equal(items.length, 2);
		assert.equal(items[0].id, 577990);
		assert.equal(
			items[1].error,
			'Invalid "Booking Time": must be an ISO 8601 date and time with a time zone, e.g. 2024-11-06T20:00:00+01:00 [item 1]',
		);
		const run = output.data.resultData.runData.Guestonline[0];
		assert.deepEqual(
			run.data.main[0].map((item) => item.pairedItem),
			[{ item: 0 }, { item: 1 }],
		);
	},
});
