'use strict';
/*
 * End-to-end case: Guestonline -> Restaurant -> Get Many (returnAll).
 * Format: see test/e2e/README.md. Run with `npm run test:e2e`.
 */
const assert = require('node:assert/strict');

const TOKEN = 'e2e-guestonline-token-3f9c';

const RESTAURANTS = [
	{
		object: 'restaurant',
		id: 1,
		name: 'Wasabi',
		address: '2, Av de lombez',
		city: 'Toulouse',
		postcode: '31300',
		phone: '335612555555',
		country_code: 'FR',
		capacity: 50,
		created_at: '2014-02-11T07:54:08+01:00',
		updated_at: '2014-11-24T09:11:23+01:00',
	},
	{
		object: 'restaurant',
		id: 2,
		name: 'Sakura',
		address: '10, rue Alsace-Lorraine',
		city: 'Toulouse',
		postcode: '31000',
		phone: '335612666666',
		country_code: 'FR',
		capacity: 30,
		created_at: '2014-03-01T10:00:00+01:00',
		updated_at: '2014-11-20T18:30:00+01:00',
	},
];

module.exports = ({ baseUrl }) => ({
	name: 'guestonline: restaurant getAll (returnAll)',

	// Imported with `n8n import:credentials`; `data` is plain, n8n encrypts it on import.
	credentials: [
		{
			id: 'e2eGoCred000001',
			name: 'Guestonline e2e',
			type: 'guestonlineApi',
			data: { baseUrl: `${baseUrl}/v1`, token: TOKEN },
		},
	],

	// Imported with `n8n import:workflow`, then run with `n8n execute --id <id>`.
	workflow: {
		id: 'e2eGoWf00000001',
		name: 'e2e guestonline restaurants',
		nodes: [
			{
				id: '6a1f6a2e-0001-4c3b-9d6e-000000000001',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '6a1f6a2e-0002-4c3b-9d6e-000000000002',
				name: 'Guestonline',
				type: 'n8n-nodes-local-business.guestonline',
				typeVersion: 1,
				position: [220, 0],
				parameters: { resource: 'restaurant', operation: 'getAll', returnAll: true },
				credentials: { guestonlineApi: { id: 'e2eGoCred000001', name: 'Guestonline e2e' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Guestonline', type: 'main', index: 0 }]] },
		},
	},

	// Stub routes, keyed by "METHOD /path" (query string not part of the key).
	routes: {
		'GET /v1/restaurants': (req) => {
			const page = Number(req.query.page || 1);
			return {
				status: 200,
				body: {
					object: 'list',
					total_count: RESTAURANTS.length,
					num_pages: 1,
					current_page: page,
					restaurants: page === 1 ? RESTAURANTS : [],
				},
			};
		},
	},

	// Each entry must match at least one request the stub saw. query/headers match as subsets;
	// a value may be a string, a RegExp or a predicate function.
	expectedRequests: [
		{
			method: 'GET',
			path: '/v1/restaurants',
			query: { page: '1', max_results: (v) => v === undefined || /^\d+$/.test(v) },
			headers: { 'x-token': TOKEN },
		},
	],

	check(output, requests, { itemsOf }) {
		const items = itemsOf('Guestonline');
		assert.equal(items.length, 2, `expected 2 items, got ${items.length}`);
		assert.deepEqual(items, RESTAURANTS);

		// Every call to the vendor went to the right place with the token, and nothing else was called.
		assert.ok(requests.length >= 1, 'stub saw no request');
		for (const r of requests) {
			assert.equal(r.method, 'GET');
			assert.equal(r.path, '/v1/restaurants');
			assert.equal(r.headers['x-token'], TOKEN);
		}
		assert.equal(requests[0].query.page, '1');
	},
});
