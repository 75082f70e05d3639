'use strict';
/*
 * End-to-end case: LOCALTRAC -> Location -> Get Many (Return All over two pages of `p`),
 * then LOCALTRAC -> Schedule -> Get for each location found.
 * Proves, in a real n8n: the session login through the credential's preAuthentication, the stored
 * token reused by the second node (one login in the whole execution), the raw Authorization header,
 * the short-page rule of `p` pagination, and item pairing.
 * Format: see test/e2e/README.md. Run with `npm run test:e2e`.
 */
const assert = require('node:assert/strict');

const USERNAME = 'e2e-user@localtrac.example';
const PASSWORD = 'e2e-localtrac-pass-7Kq';
const TOKEN = 'e2e-localtrac-token-41d8';

/** 22 locations: a full first page of 20, then a short page of 2. */
const LOCATIONS = Array.from({ length: 22 }, (_, i) => ({
	uuid: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
	name: `Boutique ${i + 1}`,
	address: `${i + 1} Rue Principale, Montréal, QC`,
	storecode: `E2E-${i + 1}`,
	active: i % 5 !== 0,
}));

const scheduleOf = (i) => ({
	sunday: [],
	monday: [{ start: '09:00', end: '17:00' }],
	tuesday: [{ start: '09:00', end: '17:00' }],
	wednesday: [{ start: '09:00', end: '17:00' }],
	thursday: [{ start: '09:00', end: `${String(17 + (i % 5)).padStart(2, '0')}:00` }],
	friday: [{ start: '09:00', end: '21:00' }],
	saturday: [{ start: '10:00', end: '16:00' }],
});

const authorized = (req) => req.headers.authorization === TOKEN;
const refused = { status: 401, body: { code: 'TOKEN_INVALID', message: 'Invalid token' } };

const routes = {
	'POST /localtrac/login': (req) =>
		req.body && req.body.username === USERNAME && req.body.password === PASSWORD
			? { status: 200, body: { success: true, token: TOKEN } }
			: { status: 401, body: { code: 'AUTH_INVALID', message: 'Invalid credential provided' } },
	'GET /localtrac/locations': (req) => {
		if (!authorized(req)) return refused;
		const p = Number(req.query.p || 1);
		return { status: 200, body: LOCATIONS.slice((p - 1) * 20, p * 20) };
	},
};
LOCATIONS.forEach((location, i) => {
	routes[`GET /localtrac/locations/${location.uuid}/schedules`] = (req) =>
		authorized(req) ? { status: 200, body: scheduleOf(i) } : refused;
});

module.exports = ({ baseUrl }) => ({
	name: 'localtrac: locations getAll (two pages) then schedule get per location, one login',

	credentials: [
		{
			id: 'e2eLtCred000001',
			name: 'LOCALTRAC e2e',
			type: 'localtracApi',
			data: { baseUrl, username: USERNAME, password: PASSWORD },
		},
	],

	workflow: {
		id: 'e2eLtWf00000001',
		name: 'e2e localtrac locations and schedules',
		nodes: [
			{
				id: '3c9d2f70-0001-4e51-9b0a-000000000001',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '3c9d2f70-0002-4e51-9b0a-000000000002',
				name: 'Locations',
				type: 'n8n-nodes-local-business.localtrac',
				typeVersion: 1,
				position: [220, 0],
				parameters: { resource: 'location', operation: 'getAll', returnAll: true },
				credentials: { localtracApi: { id: 'e2eLtCred000001', name: 'LOCALTRAC e2e' } },
			},
			{
				id: '3c9d2f70-0003-4e51-9b0a-000000000003',
				name: 'Schedules',
				type: 'n8n-nodes-local-business.localtrac',
				typeVersion: 1,
				position: [440, 0],
				parameters: {
					resource: 'schedule',
					operation: 'get',
					locationId: { __rl: true, mode: 'id', value: '={{ $json.uuid }}' },
				},
				credentials: { localtracApi: { id: 'e2eLtCred000001', name: 'LOCALTRAC e2e' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Locations', type: 'main', index: 0 }]] },
			Locations: { main: [[{ node: 'Schedules', type: 'main', index: 0 }]] },
		},
	},

	routes,

	expectedRequests: [
		{
			method: 'POST',
			path: '/localtrac/login',
			headers: { 'content-type': /^application\/json/ },
			body: { username: USERNAME, password: PASSWORD },
		},
		{ method: 'GET', path: '/localtrac/locations', query: { p: '1' }, headers: { authorization: TOKEN } },
		{ method: 'GET', path: '/localtrac/locations', query: { p: '2' }, headers: { authorization: TOKEN } },
	],

	check(output, requests, { itemsOf }) {
		// One login for the whole execution: the second node reuses the token n8n stored.
		const logins = requests.filter((r) => r.path === '/localtrac/login');
		assert.equal(logins.length, 1, `expected 1 login, got ${logins.length}`);
		assert.equal(requests[0].path, '/localtrac/login', 'the login comes first');

		// Pages 1 and 2 only: page 2 is short, so no page 3 is asked for.
		const pages = requests.filter((r) => r.path === '/localtrac/locations').map((r) => r.query.p);
		assert.deepEqual(pages, ['1', '2']);

		// Every other request carries the raw token, and nothing was refused.
		for (const r of requests.filter((req) => req.path !== '/localtrac/login')) {
			assert.equal(r.headers.authorization, TOKEN, `${r.method} ${r.path} without the token`);
		}
		assert.equal(requests.length, 1 + 2 + LOCATIONS.length);

		assert.deepEqual(itemsOf('Locations'), LOCATIONS);
		const schedules = itemsOf('Schedules');
		assert.deepEqual(
			schedules,
			LOCATIONS.map((location, i) => ({ uuid: location.uuid, ...scheduleOf(i) })),
		);
		const run = output.data.resultData.runData.Schedules[0];
		assert.deepEqual(
			run.data.main[0].map((item) => item.pairedItem),
			LOCATIONS.map((_, i) => ({ item: i })),
		);

		// The password and the token never show in the output.
		const printed = JSON.stringify(output);
		assert.ok(!printed.includes(PASSWORD), 'the password shows in the output');
		assert.ok(!printed.includes(TOKEN), 'the token shows in the output');
	},
});
