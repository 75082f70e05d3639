'use strict';
/*
 * End-to-end case: Partoo -> Business -> Get Many (returnAll, two pages, a filter).
 * Format: see test/e2e/README.md. Run with `npm run test:e2e`.
 */
const assert = require('node:assert/strict');

const API_KEY = 'e2e-partoo-key-8d2b';

const business = (n) => ({
	id: `5409c35b97aac999d8c2${String(n).padStart(4, '0')}`,
	org_id: 709,
	name: `SCEP ${n}`,
	status: 'open',
	city: 'Paris',
	zipcode: '75017',
	country: 'FR',
});

// 30 per page, as Partoo serves them: page 1 full, page 2 with the rest.
const PAGES = [Array.from({ length: 30 }, (_, i) => business(i + 1)), Array.from({ length: 4 }, (_, i) => business(i + 31))];

module.exports = ({ baseUrl }) => ({
	name: 'partoo: business getAll (returnAll over two pages)',

	credentials: [
		{
			id: 'e2ePtCred0000001',
			name: 'Partoo e2e',
			type: 'partooApi',
			data: { apiKey: API_KEY, environment: 'custom', customUrl: `${baseUrl}/api/v2` },
		},
	],

	workflow: {
		id: 'e2ePtWf000000001',
		name: 'e2e partoo businesses',
		nodes: [
			{
				id: '7b2e7b3f-0001-4d4c-8e7f-000000000001',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '7b2e7b3f-0002-4d4c-8e7f-000000000002',
				name: 'Partoo',
				type: 'n8n-nodes-local-business.partoo',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'business',
					operation: 'getAll',
					returnAll: true,
					filters: { city: 'Paris', subscribed_to_rm: true },
				},
				credentials: { partooApi: { id: 'e2ePtCred0000001', name: 'Partoo e2e' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Partoo', type: 'main', index: 0 }]] },
		},
	},

	routes: {
		'GET /api/v2/business/search': (req) => {
			if (req.query.api_key !== API_KEY) {
				return { status: 401, body: { errors: { authentication: 'User not authenticated' } } };
			}
			const page = Number(req.query.page || 1);
			return {
				status: 200,
				body: { page, max_page: PAGES.length, count: 34, businesses: PAGES[page - 1] || [] },
			};
		},
	},

	expectedRequests: [
		{ method: 'GET', path: '/api/v2/business/search', query: { page: '1', city: 'Paris', subscribed_to_rm: 'True', api_key: API_KEY } },
		{ method: 'GET', path: '/api/v2/business/search', query: { page: '2', city: 'Paris', subscribed_to_rm: 'True', api_key: API_KEY } },
	],

	check(output, requests, { itemsOf }) {
		const items = itemsOf('Partoo');
		assert.equal(items.length, 34, `expected 34 items, got ${items.length}`);
		assert.deepEqual(items, [...PAGES[0], ...PAGES[1]]);

		// Exactly one request per page, each with the key in the query string, nothing else called.
		assert.equal(requests.length, 2, `expected 2 requests, got ${requests.length}`);
		assert.deepEqual(requests.map((r) => r.query.page).sort(), ['1', '2']);
		for (const r of requests) {
			assert.equal(r.method, 'GET');
			assert.equal(r.path, '/api/v2/business/search');
			assert.equal(r.query.api_key, API_KEY);
		}
	},
});
