'use strict';
/*
 * The credentials and workflows that bench/real-n8n/run.js imports into n8n.
 *
 * Every workflow: Manual Trigger -> Edit Fields (Set) building `ids`, an array of <items> numbers
 * -> Split Out turning it into one item { id } per number -> the node under test, which makes one
 * GET /v1/bookings/<id> per item against the local stand-in server:
 *   A   n8n's HTTP Request node 4.2, Generic Credential Type -> Header Auth (X-Token)
 *   B   this package's Guestonline node, Booking -> Get, Booking ID `={{ $json.id }}`
 *   A2  n8n's HTTP Request node 4.2, Predefined Credential Type -> Guestonline API (this package's
 *       credential, which adds the X-Token header)
 * All other parameters keep their defaults.
 */

/** The first booking id; item i asks for FIRST_ID + i. */
const FIRST_ID = 700001;

const CREDENTIAL_IDS = { headerAuth: 'benchRealHdrAuth', guestonline: 'benchRealGoApi01' };
const WORKFLOW_IDS = { A: 'benchRealWfA0001', B: 'benchRealWfB0001', A2: 'benchRealWfA2001' };

/** The node each workflow measures, by its name in the workflow. */
const MEASURED_NODE = { A: 'HTTP Request', B: 'Guestonline', A2: 'HTTP Request' };

const DESCRIPTION = {
	A: 'HTTP Request 4.2, Header Auth',
	B: 'Guestonline, Booking -> Get',
	A2: 'HTTP Request 4.2, guestonlineApi',
};

function credentials({ baseUrl, token }) {
	const now = new Date().toISOString();
	return [
		{
			id: CREDENTIAL_IDS.headerAuth,
			name: 'bench:real Header Auth',
			type: 'httpHeaderAuth',
			data: { name: 'X-Token', value: token },
			createdAt: now,
			updatedAt: now,
		},
		{
			id: CREDENTIAL_IDS.guestonline,
			name: 'bench:real Guestonline',
			type: 'guestonlineApi',
			data: { token, baseUrl },
			createdAt: now,
			updatedAt: now,
		},
	];
}

/** Trigger, Set and Split Out, followed by `node`. */
function workflow(key, items, node) {
	const id = WORKFLOW_IDS[key];
	const now = new Date().toISOString();
	return {
		id,
		name: `bench:real ${key} - ${DESCRIPTION[key]}`,
		active: false,
		isArchived: false,
		pinData: {},
		settings: { executionOrder: 'v1' },
		createdAt: now,
		updatedAt: now,
		nodes: [
			{
				id: `${id}-trigger`,
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: `${id}-ids`,
				name: 'Make IDs',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [220, 0],
				parameters: {
					assignments: {
						assignments: [
							{
								id: `${id}-ids-field`,
								name: 'ids',
								type: 'array',
								value: `={{ Array.from({ length: ${items} }, (_, i) => ${FIRST_ID} + i) }}`,
							},
						],
					},
					options: {},
				},
			},
			{
				id: `${id}-split`,
				name: 'Split Out',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [440, 0],
				parameters: { fieldToSplitOut: 'ids', options: { destinationFieldName: 'id' } },
			},
			{ id: `${id}-measured`, position: [660, 0], ...node },
		],
		connections: {
			Start: { main: [[{ node: 'Make IDs', type: 'main', index: 0 }]] },
			'Make IDs': { main: [[{ node: 'Split Out', type: 'main', index: 0 }]] },
			'Split Out': { main: [[{ node: node.name, type: 'main', index: 0 }]] },
		},
	};
}

function workflows({ baseUrl, items }) {
	const url = `=${baseUrl}/bookings/{{ $json.id }}`;
	const guestonlineCredential = { guestonlineApi: { id: CREDENTIAL_IDS.guestonline, name: 'bench:real Guestonline' } };
	/** HTTP Request 4.2 getting each item's booking, everything but its authentication at the defaults. */
	const httpRequest = (name, authentication, credentials) => ({
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: { url, ...authentication, options: {} },
		credentials,
	});
	return {
		A: workflow(
			'A',
			items,
			httpRequest(
				MEASURED_NODE.A,
				{ authentication: 'genericCredentialType', genericAuthType: 'httpHeaderAuth' },
				{ httpHeaderAuth: { id: CREDENTIAL_IDS.headerAuth, name: 'bench:real Header Auth' } },
			),
		),
		B: workflow('B', items, {
			name: MEASURED_NODE.B,
			type: 'n8n-nodes-local-business.guestonline',
			typeVersion: 1,
			parameters: {
				resource: 'booking',
				operation: 'get',
				bookingId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			credentials: guestonlineCredential,
		}),
		A2: workflow(
			'A2',
			items,
			httpRequest(MEASURED_NODE.A2, { authentication: 'predefinedCredentialType', nodeCredentialType: 'guestonlineApi' }, guestonlineCredential),
		),
	};
}

module.exports = { FIRST_ID, MEASURED_NODE, DESCRIPTION, credentials, workflows };
