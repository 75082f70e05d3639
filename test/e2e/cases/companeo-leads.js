'use strict';
/*
 * End-to-end case: Companeo -> Lead -> Create from three form submissions, one of them invalid.
 * Proves the JSON array, the Bearer key, and the per-item outcomes survive n8n's real engine:
 * the bad lead is never sent and gets an error item; the two good ones carry their rfq_id.
 */
const assert = require('node:assert/strict');

const KEY = 'e2e-companeo-key-51fa';

module.exports = ({ baseUrl }) => ({
	name: 'companeo: lead create (batch of 3, one invalid, continue on fail)',

	credentials: [{ id: 'e2eCmpCred00001', name: 'Companeo e2e', type: 'companeoApi', data: { baseUrl: `${baseUrl}/api/v1`, apiKey: KEY } }],

	workflow: {
		id: 'e2eCmpWf0000001',
		name: 'e2e companeo leads',
		nodes: [
			{ id: '3c1d7e55-0001-4a0e-9a51-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: '3c1d7e55-0002-4a0e-9a51-000000000002',
				name: 'Form Submissions',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [200, 0],
				parameters: {
					jsCode:
						"return [{ json: { first: 'Wayne', last: 'Hotte', phone: '0130926784' } }, { json: { first: 'Ann', last: 'Bad', phone: '12' } }, { json: { first: 'Élodie', last: 'Martin', phone: '+33 6 12 34 56 78' } }];",
				},
			},
			{
				id: '3c1d7e55-0003-4a0e-9a51-000000000003',
				name: 'Companeo',
				type: 'n8n-nodes-local-business.companeo',
				typeVersion: 1,
				position: [420, 0],
				continueOnFail: true,
				onError: 'continueRegularOutput',
				parameters: {
					resource: 'lead',
					operation: 'create',
					category: '1463',
					headcountRange: '25639',
					postcode: '75001',
					email: 'contact@hotte.fr',
					phone: '={{ $json.phone }}',
					companyName: 'HOTTE INC.',
					segment: 'AUTO',
					firstname: '={{ $json.first }}',
					lastname: '={{ $json.last }}',
				},
				credentials: { companeoApi: { id: 'e2eCmpCred00001', name: 'Companeo e2e' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Form Submissions', type: 'main', index: 0 }]] },
			'Form Submissions': { main: [[{ node: 'Companeo', type: 'main', index: 0 }]] },
		},
	},

	routes: {
		'POST /api/v1/partners/create_rfq': () => ({
			status: 200,
			body: {
				success: true,
				data: { message: 'partner_creation_success', input_0: { rfq_id: '17410392', cli_id: 8301645 }, input_1: { rfq_id: '17410393', cli_id: 8301646 } },
				message: 'partner_creation_success',
				errors: [],
			},
		}),
	},

	check(output, requests, { itemsOf }) {
		assert.equal(requests.length, 1, `expected one request for the two valid leads, got ${requests.length}`);
		const [req] = requests;
		assert.equal(req.headers.authorization, `Bearer ${KEY}`);
		assert.match(req.headers['content-type'], /^application\/json/);
		const leads = JSON.parse(req.rawBody);
		assert.deepEqual(
			leads.map((l) => [l.categoryId, l.data.firstname, l.data.phone, l.data['30148'], l.data.segment]),
			[
				[1463, 'Wayne', '0130926784', 25639, 'AUTO'],
				[1463, 'Élodie', '+33 6 12 34 56 78', 25639, 'AUTO'],
			],
		);

		const items = itemsOf('Companeo');
		assert.deepEqual(items[0], { created: true, rfq_id: '17410392', cli_id: 8301645, categoryId: 1463 });
		assert.equal(items[1].error, 'Invalid "Phone": must be a French number such as 0130926784 [item 1]');
		assert.deepEqual(items[2], { created: true, rfq_id: '17410393', cli_id: 8301646, categoryId: 1463 });
		const run = output.data.resultData.runData.Companeo[0];
		assert.deepEqual(run.data.main[0].map((i) => i.pairedItem), [{ item: 0 }, { item: 1 }, { item: 2 }]);
	},
});
