'use strict';
/*
 * End-to-end case (kind "active"): examples/lead-routing.json in a running n8n, unchanged except
 * for the Companeo credential. The workflow is published, so its webhook is live; the case posts
 * two quote forms to it, the way a website would:
 *   - a valid one, as JSON: Companeo (the stub) creates the lead, the form gets 200 and the rfq_id;
 *   - one with a bad phone, form-encoded: nothing is sent to Companeo, the form gets 422 and the
 *     validation message.
 */
const assert = require('node:assert/strict');
const { loadExample, withCredentials, readyN8n, callWebhook } = require('./_examples');

const KEY = 'e2e-example-companeo-key-0b3d';

const VALID = {
	company: 'Hotte Inc.',
	firstname: 'Wayne',
	lastname: 'Hotte',
	email: 'wayne.hotte@test.fr',
	phone: '0130926784',
	postcode: 75001,
	employees: 12,
	city: 'Paris',
	message: 'Two machines for the ground floor',
};
const INVALID = { company: 'Bad Phone SARL', firstname: 'Ann', lastname: 'Bad', email: 'ann@test.fr', phone: '12', postcode: '35000', employees: '3' };

module.exports = ({ baseUrl }) => ({
	name: 'example lead-routing.json: form POST -> Companeo Create Lead -> rfq_id or validation message',
	kind: 'active',

	credentials: [{ id: 'e2eExCmpCred01', name: 'Companeo example', type: 'companeoApi', data: { baseUrl: `${baseUrl}/api/v1`, apiKey: KEY } }],

	workflow: withCredentials(loadExample('lead-routing'), {
		'n8n-nodes-local-business.companeo': { companeoApi: { id: 'e2eExCmpCred01', name: 'Companeo example' } },
	}),

	routes: {
		'POST /api/v1/partners/create_rfq': (req) =>
			req.headers.authorization === `Bearer ${KEY}`
				? {
						status: 200,
						body: { success: true, data: { message: 'partner_creation_success', input_0: { rfq_id: '17410392', cli_id: 8301645 } }, message: 'partner_creation_success', errors: [] },
					}
				: { status: 401, body: { success: false, message: 'Unauthorized' } },
	},

	steps: [
		{
			name: 'two forms posted to the webhook and answered',
			waitFor: () => true,
			then: async (state, view) => {
				const n8nUrl = await readyN8n(view.n8nUrl);
				state.valid = await callWebhook(n8nUrl, 'companeo-lead', {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(VALID),
				});
				state.invalid = await callWebhook(n8nUrl, 'companeo-lead', {
					method: 'POST',
					headers: { 'content-type': 'application/x-www-form-urlencoded' },
					body: new URLSearchParams(INVALID).toString(),
				});
			},
		},
	],

	check(sink, requests, { state }) {
		assert.equal(state.valid.status, 200, `valid form: HTTP ${state.valid.status} ${state.valid.body}`);
		assert.deepEqual(JSON.parse(state.valid.body), { created: true, rfq_id: '17410392', cli_id: 8301645 });

		assert.equal(state.invalid.status, 422, `invalid form: HTTP ${state.invalid.status} ${state.invalid.body}`);
		assert.deepEqual(JSON.parse(state.invalid.body), {
			created: false,
			error: 'Invalid "Phone": must be a French number such as 0130926784 [item 0]',
			details: null,
		});

		const creates = requests.filter((r) => r.path === '/api/v1/partners/create_rfq');
		assert.equal(creates.length, 1, 'only the valid lead reaches Companeo');
		assert.deepEqual(JSON.parse(creates[0].rawBody), [
			{
				categoryId: 1463,
				data: {
					30148: 25640,
					25533: '75001',
					email: 'wayne.hotte@test.fr',
					phone: '0130926784',
					companyName: 'Hotte Inc.',
					segment: 1,
					firstname: 'Wayne',
					lastname: 'Hotte',
					comment: 'Two machines for the ground floor',
					employees: '12',
					city: 'Paris',
				},
			},
		]);
	},
});
