import type { IDataObject } from 'n8n-workflow';

import { CompaneoApi } from '../../credentials/CompaneoApi.credentials';
import { Companeo } from '../../nodes/Companeo/Companeo.node';
import * as companeo from '../companeo/helpers';
import * as digitaleo from '../digitaleo/helpers';
import * as guestonline from '../guestonline/helpers';
import type { RecordedRequest } from '../harness/http';
import { byId, recordingScope } from '../harness/http';
import type { NodeRun } from '../harness/run';
import { runNode } from '../harness/run';
import * as localtrac from '../localtrac/helpers';
import * as partoo from '../partoo/helpers';
import type { Backend, Reply, Route } from './backend';
import { json, nockBackend } from './backend';

export interface ExpectedError {
	message: string;
	description?: string;
	httpCode?: string;
}

/** What one item comes out as: a record, or an error (`own`: worded by the operation, not by the request). */
export type Outcome = { ok: IDataObject } | { error: ExpectedError; own?: boolean };

export interface RunSettings {
	input: IDataObject[];
	continueOnFail: boolean;
	/** Credential data to add, e.g. a base URL pointing at a local server. */
	credentials?: IDataObject;
}

/** One operation of a vendor, as the fault tests drive it. */
export interface Side {
	kind: 'read' | 'write';
	/** "resource operation", for the table. */
	operation: string;
	/** Node parameters; each input item names its own record, so every item has its own request. */
	params: IDataObject;
	route: Route;
	input: (n: number) => IDataObject;
	/** The vendor's success reply for item n, and what the node outputs for it. */
	success: (n: number) => Reply;
	output: (n: number) => IDataObject;
	/** What a 200 reply with an empty body becomes for this operation. */
	onEmpty: (n: number) => Outcome;
	/** How a failed request shows on this operation's item, when the operation says more than the request. */
	failure?: (error: ExpectedError) => ExpectedError;
	/** How the error reads when it stops the node (Companeo lists the leads created before it). */
	stopped?: (error: ExpectedError) => ExpectedError;
}

export interface VendorCase {
	name: string;
	/** 'static': a key that does not change; 'session': a token the credential obtains by logging in. */
	auth: 'static' | 'session';
	/** The vendor's own error body carrying `message`. */
	errorBody: (message: string, status: number) => object;
	/** Extra lines the vendor's error parser puts before "HTTP <status>: …" in the description. */
	hint?: (status: number) => string | undefined;
	read?: Side;
	write: Side;
	/** Credential data that points the node at a local server. */
	localCredentials: (url: string) => IDataObject;
	/** A fresh recording nock scope on the vendor's default host. */
	nock: () => Backend;
	run: (params: IDataObject, settings: RunSettings) => Promise<NodeRun>;
	/** Credential values that must never be shown. */
	secrets: string[];
	/** For session vendors: the stored token, the token a new login issues, and how a login is mocked. */
	session?: Session;
}

export interface Session {
	credentialType: string;
	stored: string;
	fresh: string;
	/** The Authorization header that carries a token. */
	header: (token: string) => string;
	/** Mocks one login that issues `token`; returns the requests that login endpoint received. */
	login: (token: string) => RecordedRequest[];
}

/** A read of one record per item: item n reads its own path. */
function readRoute(path: (n: number) => string): Route {
	return { method: 'GET', path, owns: (request, n) => request.path === path(n) };
}

/** A POST to one path; item n is recognised by a marker only its body contains. */
function writeRoute(path: string, marker: (n: number) => string): Route {
	return { method: 'POST', path: () => path, owns: (request, n) => request.path === path && String(request.body ?? '').includes(marker(n)) };
}

const recorded = (host: string, headers: string[] = []): Backend => {
	const { scope, requests } = recordingScope(host, headers);
	return nockBackend(scope, requests);
};

function mockLogin(host: string, path: string, reply: IDataObject): RecordedRequest[] {
	const { scope, requests } = recordingScope(host);
	scope.post(path).reply(200, reply);
	return requests;
}

const emptyWrite = (): Outcome => ({ ok: { success: true } });

/**
 * A Get by ID whose ID comes from the item (`$json.id`): the vendor answers the record, the node outputs it as it is.
 * An empty reply reaches the shared item loop, which reports it.
 */
function readSide(resource: string, locator: string, id: (n: number) => string | number, path: (id: string | number) => string, record: (n: number) => IDataObject): Side {
	return {
		kind: 'read',
		operation: `${resource} get`,
		params: { resource, operation: 'get', [locator]: byId('={{ $json.id }}') },
		route: readRoute((n) => path(id(n))),
		input: (n) => ({ id: id(n) }),
		success: (n) => json(200, record(n)),
		output: record,
		onEmpty: () => ({
			error: {
				message: 'The service answered without any data',
				description: 'The reply to this read had an empty body, so there is no record to output',
			},
		}),
	};
}

/** A create whose item is recognised by `marker` in the body; by default the vendor answers the record and the node outputs it. */
function writeSide(
	operation: string,
	params: IDataObject,
	route: { path: string; marker: (n: number) => string; input: (n: number) => IDataObject },
	record: (n: number) => IDataObject,
	more: Partial<Side> = {},
): Side {
	return {
		kind: 'write',
		operation,
		params,
		route: writeRoute(route.path, route.marker),
		input: route.input,
		success: (n) => json(200, record(n)),
		output: record,
		onEmpty: emptyWrite,
		...more,
	};
}

const bookingId = (n: number): number => 577980 + n;
const contact = (n: number): IDataObject => ({ object: 'contact', id: 622350 + n, lastname: `Cabarrou${n}` });

const guestonlineCase: VendorCase = {
	name: 'Guestonline',
	auth: 'static',
	errorBody: (message) => ({ message }),
	read: readSide('booking', 'bookingId', bookingId, (id) => `/v1/bookings/${id}`, (n) => ({ object: 'booking', id: bookingId(n), booking_state: 'validated' })),
	write: writeSide(
		'contact create',
		{ resource: 'contact', operation: 'create', lastname: '={{ $json.lastname }}' },
		{ path: '/v1/contacts', marker: (n) => `Cabarrou${n}`, input: (n) => ({ lastname: `Cabarrou${n}` }) },
		contact,
	),
	localCredentials: (url) => ({ baseUrl: `${url}/v1` }),
	nock: () => recorded(guestonline.HOST),
	run: async (params, settings) => await guestonline.runGuestonline(params, settings),
	secrets: [guestonline.TOKEN],
};

const businessId = (n: number): string => `5409c35b97aac999d8c2673${n}`;

const partooCase: VendorCase = {
	name: 'Partoo',
	auth: 'static',
	errorBody: (message, status) => ({ errors: { [status === 401 ? 'authentication' : 'server']: message } }),
	read: {
		...readSide('business', 'businessId', businessId, (id) => `/api/v2/business/${id}`, (n) => ({ id: businessId(n), name: `Shop ${n}` })),
	},
	write: writeSide(
		'organization create',
		{ resource: 'organization', operation: 'create', name: '={{ $json.name }}' },
		{ path: '/api/v2/org', marker: (n) => `Org number ${n}`, input: (n) => ({ name: `Org number ${n}` }) },
		(n) => ({ status: 'success', org_id: 12340 + n, alias: `org-${n}` }),
	),
	localCredentials: (url) => ({ environment: 'custom', customUrl: `${url}/api/v2` }),
	nock: () => recorded(partoo.HOST),
	run: async (params, settings) => await partoo.runPartoo(params, settings),
	secrets: [partoo.API_KEY, encodeURIComponent(partoo.API_KEY)],
};

const accountId = (n: number): string => `ORG_${n}`;
/** What an account change outputs for Digitaleo's usual 204 without a Location. */
const accountChanged = (n: number): IDataObject => ({ success: true, id: accountId(n), location: null });

const digitaleoCase: VendorCase = {
	name: 'Digitaleo',
	auth: 'session',
	errorBody: (message, status) => ({ error: { message, status_code: status } }),
	read: readSide('account', 'accountId', accountId, (id) => `${digitaleo.BASE}/accounts/${id}`, (n) => ({ externalIdentifier: accountId(n), name: `Account ${n}` })),
	write: writeSide(
		'account create',
		{ resource: 'account', operation: 'create', externalIdentifier: '={{ $json.id }}', name: 'Shop' },
		{ path: `${digitaleo.BASE}/accounts`, marker: (n) => `"${accountId(n)}"`, input: (n) => ({ id: accountId(n) }) },
		accountChanged,
		// The account operations read the full reply: an empty body is their usual 204 answer.
		{ success: () => json(204, ''), onEmpty: (n) => ({ ok: accountChanged(n) }) },
	),
	localCredentials: (url) => ({ baseUrl: `${url}${digitaleo.BASE}` }),
	nock: () => recorded(digitaleo.API_HOST, ['authorization']),
	run: async (params, settings) => await digitaleo.runDigitaleo(params, settings),
	secrets: [digitaleo.CLIENT_SECRET, digitaleo.TOKEN, digitaleo.FRESH_TOKEN],
	session: {
		credentialType: 'digitaleoApi',
		stored: digitaleo.TOKEN,
		fresh: digitaleo.FRESH_TOKEN,
		header: digitaleo.bearer,
		login: (token) => mockLogin(digitaleo.OAUTH_HOST, '/token', digitaleo.tokenReply(token)),
	},
};

const uuid = (n: number): string => `00000000-0000-4000-8000-00000000000${n}`;
const businessUuid = (n: number): string => `5e0c7c2a-8b1f-4f7e-9d61-0a3b2c4d5e6${n}`;

const localtracCase: VendorCase = {
	name: 'LOCALTRAC',
	auth: 'session',
	errorBody: (message) => ({ message }),
	hint: (status) => (status === 401 ? 'Check the username and password of the LOCALTRAC credential' : undefined),
	read: readSide('location', 'locationId', uuid, (id) => `/localtrac/location/${id}`, (n) => ({ uuid: uuid(n), name: { fr_CA: `Lieu ${n}` }, active: true })),
	write: writeSide(
		'location create',
		{ resource: 'location', operation: 'create', business: '={{ $json.business }}', locale: 'fr_CA' },
		{ path: '/localtrac/location', marker: businessUuid, input: (n) => ({ business: businessUuid(n) }) },
		(n) => ({ uuid: uuid(n) }),
	),
	localCredentials: (url) => ({ baseUrl: url }),
	nock: () => recorded(localtrac.HOST, ['authorization']),
	// A token valid for ten more minutes is stored: the runs do not log in unless a test makes them.
	run: async (params, settings) =>
		await localtrac.runLocaltrac(params, { ...settings, credentials: { ...localtrac.validSession(), ...settings.credentials } }),
	secrets: [localtrac.PASSWORD, localtrac.TOKEN, localtrac.TOKEN_2],
	session: {
		credentialType: 'localtracApi',
		stored: localtrac.TOKEN,
		fresh: localtrac.TOKEN_2,
		header: (token) => token,
		login: (token) => mockLogin(localtrac.HOST, '/localtrac/login', { success: true, token }),
	},
};

const rfq = (n: number): number => 17410390 + n;
const COMPANEO_UNKNOWN =
	'The request failed before Companeo confirmed each lead, so this lead may or may not have been created. It was not resent: check in Companeo before sending it again.';

const companeoCase: VendorCase = {
	name: 'Companeo',
	auth: 'static',
	errorBody: (message) => ({ message }),
	write: writeSide(
		'lead create',
		// One lead per request, so that one lead can fail on its own.
		{ ...companeo.fromItem, options: { chunkSize: 1 } },
		{ path: '/api/v1/partners/create_rfq', marker: (n) => `lead${n}@test.fr`, input: companeo.person },
		(n) => ({ created: true, rfq_id: String(rfq(n)), cli_id: 8301644, categoryId: 1463 }),
		{
			success: (n) => json(200, companeo.created(1, rfq(n))),
			// A success status whose reply confirms nothing for the lead: it may exist, so it is not called "Not created".
			onEmpty: () => ({
				own: true,
				error: {
					message: "Outcome unknown: Companeo's reply does not show this lead",
					description:
						'Companeo accepted the request but its reply does not list this lead as created or refused, so it may or may not have been created. It was not resent: check in Companeo before sending it again.',
					httpCode: '200',
				},
			}),
			// Only a refused key is certain to have created nothing; any other failure leaves the lead's fate unknown.
			failure: (error) =>
				error.httpCode === '401' || error.httpCode === '403'
					? error
					: { message: `Outcome unknown: ${error.message}`, description: COMPANEO_UNKNOWN, httpCode: error.httpCode },
			stopped: (error) => ({
				...error,
				description: `${error.description}\nLeads created before the node stopped (do not resend them): item 0: rfq_id ${rfq(0)}`,
			}),
		},
	),
	localCredentials: (url) => ({ baseUrl: `${url}/api/v1` }),
	nock: () => recorded(companeo.HOST, ['authorization']),
	// The Companeo helper has no credential override, which the local server needs: same run, with it.
	run: async (params, settings) =>
		await runNode({
			node: new Companeo(),
			parameters: params,
			credentials: { companeoApi: { apiKey: companeo.API_KEY, ...settings.credentials } as never },
			credentialTypes: { companeoApi: new CompaneoApi() },
			input: settings.input,
			continueOnFail: settings.continueOnFail,
		}),
	secrets: [companeo.API_KEY],
};

export const VENDORS: VendorCase[] = [guestonlineCase, partooCase, digitaleoCase, localtracCase, companeoCase];

/** Every (vendor, operation) pair, reads first. */
export const SIDES: Array<{ vendor: VendorCase; side: Side }> = VENDORS.flatMap((vendor) =>
	[vendor.read, vendor.write].filter((side): side is Side => side !== undefined).map((side) => ({ vendor, side })),
);
