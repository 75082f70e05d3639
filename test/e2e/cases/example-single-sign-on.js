'use strict';
/*
 * End-to-end case (kind "active"): examples/single-sign-on.json in a running n8n, unchanged except
 * for its two credentials (Digitaleo, and the Header Auth that protects the webhook). The case calls
 * the published webhook the way a portal's server would:
 *   - with the header: the answer is the auto-submit page that posts the login_as token to Digitaleo;
 *   - without it: n8n refuses the call and Digitaleo is never asked for a token.
 */
const assert = require('node:assert/strict');
const { loadExample, withCredentials, readyN8n, callWebhook } = require('./_examples');

const CLIENT_ID = 'e2e-example-dgo-client';
const CLIENT_SECRET = 'e2e-example-dgo-secret-2f9c';
const SESSION_TOKEN = 'e2e-example-session-token-<&>';
const PORTAL_HEADER = 'X-Portal-Key';
const PORTAL_KEY = 'e2e-example-portal-key-6d1e';

module.exports = ({ baseUrl }) => ({
	name: 'example single-sign-on.json: webhook -> Digitaleo Get Auto-Login -> sign-in page',
	kind: 'active',

	credentials: [
		{
			id: 'e2eExDgoCred01',
			name: 'Digitaleo example',
			type: 'digitaleoApi',
			data: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, baseUrl: `${baseUrl}/back-office/v1`, oauthUrl: `${baseUrl}/token` },
		},
		{ id: 'e2eExHdrCred01', name: 'Portal key example', type: 'httpHeaderAuth', data: { name: PORTAL_HEADER, value: PORTAL_KEY } },
	],

	workflow: withCredentials(loadExample('single-sign-on'), {
		'n8n-nodes-local-business.digitaleo': { digitaleoApi: { id: 'e2eExDgoCred01', name: 'Digitaleo example' } },
		'n8n-nodes-base.webhook': { httpHeaderAuth: { id: 'e2eExHdrCred01', name: 'Portal key example' } },
	}),

	routes: {
		'POST /token': (req) => {
			const body = req.body || {};
			if (body.client_id !== CLIENT_ID || body.client_secret !== CLIENT_SECRET) return { status: 401, body: { error: 'invalid_client' } };
			if (body.grant_type === 'login_as' && body.external_identifier === 'ORG_1234') {
				return { status: 200, body: { access_token: SESSION_TOKEN, expires_in: 3600, token_type: 'bearer', scope: 'basic' } };
			}
			return { status: 400, body: { error: 'unsupported_grant_type' } };
		},
	},

	steps: [
		{
			name: 'the portal asked for a sign-in page, with and without its key',
			waitFor: () => true,
			then: async (state, view) => {
				const n8nUrl = await readyN8n(view.n8nUrl);
				state.signedIn = await callWebhook(n8nUrl, 'digitaleo-sso?account=ORG_1234', { headers: { [PORTAL_HEADER]: PORTAL_KEY } });
				state.refused = await callWebhook(n8nUrl, 'digitaleo-sso?account=ORG_1234', {});
			},
		},
	],

	check(sink, requests, { state }) {
		const page = state.signedIn;
		assert.equal(page.status, 200, `HTTP ${page.status}: ${page.body.slice(0, 300)}`);
		assert.match(page.headers['content-type'], /^text\/html; charset=utf-8/);
		assert.equal(page.headers['cache-control'], 'no-store');
		assert.ok(page.body.includes('<form id="digitaleo-login" method="post" action="https://app.digitaleo.com/auth/login">'), page.body);
		assert.ok(page.body.includes('<input type="hidden" name="access_token" value="e2e-example-session-token-&lt;&amp;&gt;">'), 'the token, HTML-escaped');
		assert.ok(page.body.includes('document.getElementById("digitaleo-login").submit()'));

		assert.ok([401, 403].includes(state.refused.status), `without the key: HTTP ${state.refused.status}`);
		assert.ok(!state.refused.body.includes('access_token'));
		const loginAs = requests.filter((r) => r.path === '/token' && r.body && r.body.grant_type === 'login_as');
		assert.equal(loginAs.length, 1, 'one login_as, for the call with the key');
	},
});
