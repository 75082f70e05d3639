'use strict';
/*
 * End-to-end case (kind "active"): Partoo Trigger polling in a running n8n.
 *
 * Workflow: Partoo Trigger -> HTTP Request POSTing each event to the stub's /sink. Timeline:
 *   poll 1 (on activation): review "r-old" exists; the trigger only learns it, nothing reaches /sink.
 *   then: "r-old" gets a reply (its update_date moves) and "r-new" is written.
 *   poll 2 (about a minute later): exactly review.updated r-old and review.created r-new reach /sink.
 *   poll 3: nothing new reaches /sink.
 * Takes 2-3 minutes: n8n polls at most once a minute.
 */
const assert = require('node:assert/strict');

const KEY = 'e2e-partoo-key-91cd';
const partooTime = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

// Shaped like the review of the Partoo API reference.
const review = (id, date, extra = {}) => ({
	id,
	org_id: 42,
	business_id: '5409c35b97aac999d8c26737',
	partner: 'google_my_business',
	partner_id: `g-${id}`,
	author_name: 'Wayne',
	date,
	update_date: null,
	delete_date: null,
	rating: 2,
	title: '',
	content: 'Cold coffee',
	reply_comment: null,
	state: 'not_treated',
	link: `https://maps.example/${id}`,
	key: `k-${id}`,
	...extra,
});

const isReviews = (r) => r.method === 'GET' && r.path === '/api/v2/reviews';

module.exports = ({ baseUrl }) => ({
	name: 'partoo: trigger polls in a running n8n (learn, then review.updated + review.created, then nothing)',
	kind: 'active',

	credentials: [
		{
			id: 'e2ePtoCred00002',
			name: 'Partoo e2e trigger',
			type: 'partooApi',
			data: { apiKey: KEY, environment: 'custom', customUrl: `${baseUrl}/api/v2` },
		},
	],

	workflow: {
		id: 'e2ePtoTrigWf001',
		name: 'e2e partoo trigger',
		settings: { timezone: 'UTC' },
		nodes: [
			{
				id: '4e8a1c22-0001-4d3f-8b10-000000000001',
				name: 'Partoo Trigger',
				type: 'n8n-nodes-local-business.partooTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: { events: ['review.created', 'review.updated'], filters: { rating_in: [1, 2] }, options: {} },
				credentials: { partooApi: { id: 'e2ePtoCred00002', name: 'Partoo e2e trigger' } },
			},
			{
				id: '4e8a1c22-0002-4d3f-8b10-000000000002',
				name: 'Sink',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.5,
				position: [240, 0],
				parameters: {
					method: 'POST',
					url: `${baseUrl}/sink`,
					sendBody: true,
					contentType: 'json',
					specifyBody: 'json',
					jsonBody: '={{ $json }}',
					options: { batching: { batch: { batchSize: 1, batchInterval: 300 } } },
				},
			},
		],
		connections: { 'Partoo Trigger': { main: [[{ node: 'Sink', type: 'main', index: 0 }]] } },
	},

	state: { reviews: [review('r-old', partooTime(Date.now() - 120_000))] },

	routes: {
		'GET /api/v2/reviews': (req, { state }) => {
			const since = Date.parse(req.query.update_date_gte);
			const list = state.reviews.filter((r) => Date.parse(r.update_date || r.date) >= since);
			return { status: 200, body: { page: Number(req.query.page), max_page: 1, count: list.length, reviews: list } };
		},
	},

	steps: [
		{
			name: 'first poll done',
			waitFor: (requests) => requests.filter(isReviews).length >= 1,
			then: (state) => {
				const now = partooTime(Date.now());
				state.reviews = [
					{ ...state.reviews[0], update_date: now, reply_comment: 'Sorry, we fixed the machine', state: 'treated' },
					review('r-new', now, { rating: 1, content: 'Still cold' }),
				];
			},
		},
		{ name: 'two events at the sink', waitFor: (requests, { sink }) => sink.length >= 2 },
		{ name: 'third poll done', waitFor: (requests) => requests.filter(isReviews).length >= 3, settleMs: 10_000 },
	],

	check(sink, requests) {
		const reads = requests.filter(isReviews);
		assert.ok(reads.length >= 3, `expected at least 3 polls, saw ${reads.length}`);
		for (const r of reads) {
			assert.equal(r.query.api_key, KEY);
			assert.equal(r.query.rating_in, '1,2');
			assert.equal(r.query.page, '1');
			assert.match(r.query.update_date_gte, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
		}
		assert.equal(sink.length, 2, `expected exactly 2 events, got ${sink.length}`);
		const events = sink.map((r) => [r.body.event, r.body.id]).sort();
		assert.deepEqual(events, [
			['review.created', 'r-new'],
			['review.updated', 'r-old'],
		]);
		const updated = sink.map((r) => r.body).find((b) => b.id === 'r-old');
		assert.equal(updated.review.reply_comment, 'Sorry, we fixed the machine');
		for (const r of sink) assert.ok(r.at > reads[0].at && r.at < reads[2].at, 'an event reached the sink outside poll 2');
	},
});
