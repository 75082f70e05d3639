'use strict';
/*
 * End-to-end case (kind "active"): the "Test" button of each of the five credentials, as the
 * credential dialog calls it (POST /rest/credentials/test), in a running n8n. Each credential is
 * tested once with data the stub accepts and once with data it refuses. An accepted one must give
 * n8n's "OK"; a refused one an error whose message does not contain the secret that was refused.
 */
const assert = require('node:assert/strict');
const { readyN8n } = require('./_examples');
const { ownerSetupAndLogin, rest } = require('../../../scripts/n8n-rest');

const OWNER = { email: 'owner@example.com', firstName: 'Ada', lastName: 'Example', password: 'E2e-Credentials-2026' };

const GOOD = {
	guestonline: 'e2e-cred-go-token-5a1c',
	partoo: 'e2e-cred-partoo-key-77de',
	digitaleoSecret: 'e2e-cred-dgo-secret-4f2a',
	localtracPassword: 'e2e-cred-lt-pass-91bb',
	companeo: 'e2e-cred-cmp-key-c03e',
};
const BAD = {
	guestonline: 'e2e-cred-go-WRONG-token',
	partoo: 'e2e-cred-partoo-WRONG-key',
	digitaleoSecret: 'e2e-cred-dgo-WRONG-secret',
	localtracPassword: 'e2e-cred-lt-WRONG-pass',
	companeo: 'e2e-cred-cmp-WRONG-key',
};

const credentialsFor = (baseUrl, secrets) => ({
	guestonlineApi: { token: secrets.guestonline, baseUrl: `${baseUrl}/v1` },
	partooApi: { apiKey: secrets.partoo, environment: 'custom', customUrl: `${baseUrl}/api/v2` },
	digitaleoApi: { clientId: 'e2e-client', clientSecret: secrets.digitaleoSecret, baseUrl: `${baseUrl}/back-office/v1`, oauthUrl: `${baseUrl}/oauth/token` },
	localtracApi: { baseUrl, username: 'e2e@localtrac.example', password: secrets.localtracPassword },
	companeoApi: { apiKey: secrets.companeo, baseUrl: `${baseUrl}/api/v1` },
});

const ID = (type) => `e2eCredTest${type.replace(/Api$/, '')}`.slice(0, 21);

module.exports = ({ baseUrl }) => {
	const good = credentialsFor(baseUrl, GOOD);
	const bad = credentialsFor(baseUrl, BAD);
	return {
		name: 'credential tests: the Test button of all five credentials, accepted and refused',
		kind: 'active',

		credentials: Object.entries(good).map(([type, data]) => ({ id: ID(type), name: `${type} (test)`, type, data })),

		// An active workflow is needed to run n8n start; a webhook is the lightest one.
		workflow: {
			id: 'e2eCredTestWf01',
			nodes: [
				{
					id: 'c0a1b2c3-0000-4000-8000-000000000001',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					parameters: { path: 'e2e-credential-tests', httpMethod: 'GET' },
					webhookId: 'c0a1b2c3-0000-4000-8000-0000000000aa',
				},
			],
			connections: {},
		},

		routes: {
			'GET /v1/restaurants': (req) =>
				req.headers['x-token'] === GOOD.guestonline ? { status: 200, body: { restaurants: [] } } : { status: 401, body: { message: 'Invalid token' } },
			'GET /api/v2/user/me': (req) =>
				req.query.api_key === GOOD.partoo ? { status: 200, body: { id: 'u1', email: 'me@partoo.example' } } : { status: 401, body: { errors: { authentication: 'User not authenticated' } } },
			'POST /oauth/token': (req) =>
				req.body && req.body.client_secret === GOOD.digitaleoSecret
					? { status: 200, body: { access_token: 'e2e-cred-dgo-access-1', expires_in: 3600, token_type: 'bearer' } }
					: { status: 401, body: { error: 'invalid_client', error_description: 'The client credentials are invalid' } },
			'POST /localtrac/login': (req) =>
				req.body && req.body.password === GOOD.localtracPassword
					? { status: 200, body: { success: true, token: 'e2e-cred-lt-session-1' } }
					: { status: 401, body: { code: 'AUTH_INVALID', message: 'Invalid credential provided' } },
			'POST /api/v1/partners/create_rfq': (req) =>
				req.headers.authorization === `Bearer ${GOOD.companeo}`
					? // An empty list of leads: nothing to create, so Companeo lists no error and no lead.
						{ status: 400, body: { success: false, message: 'partner_creation_error', data: [], errors: [] } }
					: { status: 401, body: { success: false, message: 'Unauthorized' } },
		},

		steps: [
			{
				name: 'each credential tested with good and bad data',
				waitFor: () => true,
				then: async (state, view) => {
					const n8nUrl = await readyN8n(view.n8nUrl);
					const cookie = await ownerSetupAndLogin(n8nUrl, OWNER);
					state.results = {};
					for (const [label, all] of [['good', good], ['bad', bad]]) {
						for (const [type, data] of Object.entries(all)) {
							const res = await rest(n8nUrl, 'POST', '/rest/credentials/test', { credentials: { id: ID(type), name: `${type} (test)`, type, data } }, cookie);
							state.results[`${type} ${label}`] = { status: res.status, body: res.json ? res.json.data || res.json : res.text };
						}
					}
				},
			},
		],

		check(_sink, requests, { state }) {
			const results = state.results;
			assert.ok(results, 'the credential tests did not run');
			for (const type of Object.keys(good)) {
				const ok = results[`${type} good`];
				assert.equal(ok.status, 200, `${type} good: HTTP ${ok.status}`);
				assert.deepEqual(ok.body && ok.body.status, 'OK', `${type} with good data: ${JSON.stringify(ok.body)}`);
				const refused = results[`${type} bad`];
				assert.equal(refused.status, 200, `${type} bad: HTTP ${refused.status}`);
				assert.equal(refused.body && refused.body.status, 'Error', `${type} with bad data: ${JSON.stringify(refused.body)}`);
				const shown = JSON.stringify(refused.body);
				for (const secret of Object.values(BAD)) {
					assert.ok(!shown.includes(secret) && !shown.includes(encodeURIComponent(secret)), `${type}: the refused secret appears in ${shown}`);
				}
			}
			// Every test reached the stub: one accepted and one refused request per vendor at least.
			for (const path of ['/v1/restaurants', '/api/v2/user/me', '/oauth/token', '/localtrac/login', '/api/v1/partners/create_rfq']) {
				assert.ok(requests.filter((r) => r.path === path).length >= 2, `expected the tests to call ${path} twice or more`);
			}
			state.summary = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.body && v.body.message]));
		},
	};
};
