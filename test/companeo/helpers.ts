import type { IDataObject } from 'n8n-workflow';

import { CompaneoApi } from '../../credentials/CompaneoApi.credentials';
import { Companeo } from '../../nodes/Companeo/Companeo.node';
import { recordingScope } from '../harness/http';
import type { NodeRun } from '../harness/run';
import { runNode } from '../harness/run';

export const HOST = 'https://api.companeo.com';
export const API_KEY = 'cmp-test-key-Zx81.Qw';

export function mockCompaneo() {
	const { scope, requests } = recordingScope(HOST, ['authorization']);
	return {
		scope,
		/** Each request's parsed JSON body, in order. */
		get bodies(): unknown[] {
			return requests.map((r) => JSON.parse(r.body ?? 'null'));
		},
		get requests() {
			return requests;
		},
	};
}

/** The lead of the API reference's example, as node parameters. */
export const wayne: IDataObject = {
	resource: 'lead',
	operation: 'create',
	category: '1463',
	headcountRange: '25638',
	postcode: '75001',
	email: 'wayne.hotte@test.fr',
	phone: '0130926784',
	companyName: 'HOTTE INC.',
	segment: '1',
	firstname: 'Wayne',
	lastname: 'Hotte',
};

/** Parameters that read each answer from the input item, so each item is a different lead. */
export const fromItem: IDataObject = {
	...wayne,
	lastname: '={{ $json.lastname }}',
	email: '={{ $json.email }}',
};

export const person = (i: number): IDataObject => ({ lastname: `Hotte${String.fromCharCode(97 + (i % 26))}`, email: `lead${i}@test.fr` });

export async function runCompaneo(
	parameters: IDataObject,
	options: { input?: IDataObject[]; continueOnFail?: boolean } = {},
): Promise<NodeRun> {
	return await runNode({
		node: new Companeo(),
		parameters,
		credentials: { companeoApi: { apiKey: API_KEY } },
		credentialTypes: { companeoApi: new CompaneoApi() },
		input: options.input,
		continueOnFail: options.continueOnFail,
	});
}

export const items = (run: NodeRun) => run.items.map((i) => ({ json: i.json, pairedItem: i.pairedItem }));

/** A success reply for `count` leads, numbering rfq ids from `first`. */
export function created(count: number, first = 17410391): IDataObject {
	const data: IDataObject = { message: 'partner_creation_success' };
	for (let n = 0; n < count; n++) data[`input_${n}`] = { rfq_id: String(first + n), cli_id: 8301644 + n };
	return { success: true, data, message: 'partner_creation_success', errors: [] };
}
