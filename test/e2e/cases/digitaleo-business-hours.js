'use strict';
/*
 * End-to-end case: Digitaleo -> Business -> Get Many, then Business -> Update (opening hours) for each
 * business, then Account -> Get Auto Login once.
 * Proves, through n8n's real credential handling, that the client-credentials login happens once and its
 * token is reused by the second node, that the seven-day schedules and the 202 reply survive the real
 * HTTP stack, and that the login_as call carries the client credentials without a Bearer header.
 */
const assert = require('node:assert/strict');

const CLIENT_ID = 'e2e-dgo-client';
const CLIENT_SECRET = 'e2e-dgo-secret-5b7e';
const MASTER_TOKEN = 'e2e-dgo-master-token-91c2';
const SESSION_TOKEN = 'e2e-dgo-session-"token"-4d';

const BUSINESSES = [
	{ id: '5918301', name: 'Burger SHop', storeCode: 'MY_CUSTOM_CODE', city: 'Rennes' },
	{ id: '5918302', name: 'Bakery', storeCode: 'BAKERY_1', city: 'Rennes' },
];

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EXPECTED_WEEK = DAYS.map((label) => ({
	label,
	timetableSlots:
		label === 'Tuesday'
			? [
					{ start: '09:00', end: '12:00' },
					{ start: '14:00', end: '18:00' },
				]
			: label === 'Saturday'
				? [{ start: '10:00', end: '19:00' }]
				: [],
}));

module.exports = ({ baseUrl }) => ({
	name: 'digitaleo: business getAll -> update opening hours -> auto login (one login)',

	credentials: [
		{
			id: 'e2eDgoCred00001',
			name: 'Digitaleo e2e',
			type: 'digitaleoApi',
			data: {
				clientId: CLIENT_ID,
				clientSecret: CLIENT_SECRET,
				baseUrl: `${baseUrl}/back-office/v1`,
				oauthUrl: `${baseUrl}/token`,
			},
		},
	],

	workflow: {
		id: 'e2eDgoWf0000001',
		name: 'e2e digitaleo business hours',
		nodes: [
			{
				id: '3c9d7a10-0001-4e21-9b55-000000000001',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '3c9d7a10-0002-4e21-9b55-000000000002',
				name: 'Businesses',
				type: 'n8n-nodes-local-business.digitaleo',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'business',
					operation: 'getAll',
					accountId: { __rl: true, mode: 'id', value: 'ORG_1234' },
					returnAll: true,
				},
				credentials: { digitaleoApi: { id: 'e2eDgoCred00001', name: 'Digitaleo e2e' } },
			},
			{
				id: '3c9d7a10-0003-4e21-9b55-000000000003',
				name: 'Opening Hours',
				type: 'n8n-nodes-local-business.digitaleo',
				typeVersion: 1,
				position: [440, 0],
				parameters: {
					resource: 'business',
					operation: 'update',
					accountId: { __rl: true, mode: 'id', value: 'ORG_1234' },
					storeCode: { __rl: true, mode: 'id', value: '={{ $json.storeCode }}' },
					updateFields: {
						contactEmail: 'contact@acme.com',
						schedules: {
							tuesday: [
								{ start: '09:00', end: '12:00' },
								{ start: '14:00', end: '18:00' },
							],
							saturday: [{ start: '10:00', end: '19:00' }],
						},
					},
				},
				credentials: { digitaleoApi: { id: 'e2eDgoCred00001', name: 'Digitaleo e2e' } },
			},
			{
				id: '3c9d7a10-0004-4e21-9b55-000000000004',
				name: 'Sign In',
				type: 'n8n-nodes-local-business.digitaleo',
				typeVersion: 1,
				position: [660, 0],
				executeOnce: true,
				parameters: {
					resource: 'account',
					operation: 'getAutoLogin',
					accountId: { __rl: true, mode: 'id', value: 'ORG_1234' },
				},
				credentials: { digitaleoApi: { id: 'e2eDgoCred00001', name: 'Digitaleo e2e' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Businesses', type: 'main', index: 0 }]] },
			Businesses: { main: [[{ node: 'Opening Hours', type: 'main', index: 0 }]] },
			'Opening Hours': { main: [[{ node: 'Sign In', type: 'main', index: 0 }]] },
		},
	},

	routes: {
		'POST /token': (req) => {
			const body = req.body || {};
			if (body.client_id !== CLIENT_ID || body.client_secret !== CLIENT_SECRET) {
				return { status: 401, body: { error: 'invalid_client' } };
			}
			if (body.grant_type === 'client_credentials') {
				return { status: 200, body: { access_token: MASTER_TOKEN, expires_in: 3600, token_type: 'bearer', scope: 'basic' } };
			}
			if (body.grant_type === 'login_as' && body.external_identifier === 'ORG_1234') {
				return { status: 200, body: { access_token: SESSION_TOKEN, expires_in: 3600, token_type: 'bearer', scope: 'basic' } };
			}
			return { status: 400, body: { error: 'unsupported_grant_type' } };
		},
		'GET /back-office/v1/accounts/ORG_1234/businesses': (req) =>
			req.headers.authorization === `Bearer ${MASTER_TOKEN}`
				? { status: 200, body: BUSINESSES }
				: { status: 401, body: { error: { message: 'Unauthorized', status_code: 401 } } },
		'PUT /back-office/v1/accounts/ORG_1234/businesses/MY_CUSTOM_CODE': (req) =>
			req.headers.authorization === `Bearer ${MASTER_TOKEN}` ? { status: 202, body: '' } : { status: 401, body: {} },
		'PUT /back-office/v1/accounts/ORG_1234/businesses/BAKERY_1': (req) =>
			req.headers.authorization === `Bearer ${MASTER_TOKEN}` ? { status: 202, body: '' } : { status: 401, body: {} },
	},

	expectedRequests: [
		{
			method: 'POST',
			path: '/token',
			headers: { 'content-type': /application\/json/ },
			body: { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials' },
		},
		{
			method: 'GET',
			path: '/back-office/v1/accounts/ORG_1234/businesses',
			headers: { authorization: `Bearer ${MASTER_TOKEN}` },
		},
		{
			method: 'PUT',
			path: '/back-office/v1/accounts/ORG_1234/businesses/BAKERY_1',
			headers: { authorization: `Bearer ${MASTER_TOKEN}`, 'content-type': /application\/json/ },
			body: { contactEmail: 'contact@acme.com', schedules: EXPECTED_WEEK },
		},
		{
			method: 'POST',
			path: '/token',
			body: { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'login_as', external_identifier: 'ORG_1234' },
		},
	],

	check(output, requests, { itemsOf }) {
		assert.deepEqual(itemsOf('Businesses'), BUSINESSES);
		assert.deepEqual(itemsOf('Opening Hours'), [
			{ accepted: true, storeCode: 'MY_CUSTOM_CODE' },
			{ accepted: true, storeCode: 'BAKERY_1' },
		]);

		// One client-credentials login for the whole run: the second node reused the stored token.
		const logins = requests.filter((r) => r.path === '/token' && r.body && r.body.grant_type === 'client_credentials');
		assert.equal(logins.length, 1, `expected 1 client-credentials login, got ${logins.length}`);

		const puts = requests.filter((r) => r.method === 'PUT');
		assert.equal(puts.length, 2);
		for (const put of puts) assert.deepEqual(put.body, { contactEmail: 'contact@acme.com', schedules: EXPECTED_WEEK });

		const loginAs = requests.filter((r) => r.path === '/token' && r.body && r.body.grant_type === 'login_as');
		assert.equal(loginAs.length, 1, 'Execute Once: one login_as call');
		assert.equal(loginAs[0].headers.authorization, undefined, 'login_as is sent without the Bearer header');

		const [signIn] = itemsOf('Sign In');
		assert.equal(signIn.access_token, SESSION_TOKEN);
		assert.equal(signIn.loginUrl, 'https://app.digitaleo.com/auth/login');
		assert.ok(signIn.html.includes('action="https://app.digitaleo.com/auth/login"'));
		assert.ok(signIn.html.includes('value="e2e-dgo-session-&quot;token&quot;-4d"'), 'the token is escaped in the page');

		// Nothing of the credential's secrets in any output.
		const printed = JSON.stringify(output.data.resultData);
		assert.ok(!printed.includes(CLIENT_SECRET), 'client secret in the output');
		assert.ok(!printed.includes(MASTER_TOKEN), 'master token in the output');
	},
});
