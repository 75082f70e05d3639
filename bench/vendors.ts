/**
 * Credentials pointing every vendor at the bench server, and the node runs the scenarios use,
 * through the test harness (n8n-core's WorkflowExecute and PollContext, as in the test suite).
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { CompaneoApi } from '../credentials/CompaneoApi.credentials';
import { DigitaleoApi } from '../credentials/DigitaleoApi.credentials';
import { GuestonlineApi } from '../credentials/GuestonlineApi.credentials';
import { LocaltracApi } from '../credentials/LocaltracApi.credentials';
import { PartooApi } from '../credentials/PartooApi.credentials';
import { Companeo } from '../nodes/Companeo/Companeo.node';
import { Digitaleo } from '../nodes/Digitaleo/Digitaleo.node';
import { Guestonline } from '../nodes/Guestonline/Guestonline.node';
import { GuestonlineTrigger } from '../nodes/Guestonline/GuestonlineTrigger.node';
import { Localtrac } from '../nodes/Localtrac/Localtrac.node';
import { Partoo } from '../nodes/Partoo/Partoo.node';
import { PartooTrigger } from '../nodes/Partoo/PartooTrigger.node';
import { TestCredentialsHelper } from '../test/harness/credentials';
import { setExposureRecording } from '../test/harness/exposure';
import { Poller } from '../test/harness/poll';
import type { NodeRun } from '../test/harness/run';
import { runNode } from '../test/harness/run';
import { BenchHeaderAuth, BenchHttpRequest, BenchQueryAuth, type PaginateParameters } from './engine-baseline';
import {
	COMPANEO_KEY,
	DIGITALEO_CLIENT,
	DIGITALEO_SECRET,
	GUESTONLINE_TOKEN,
	LOCALTRAC_PASSWORD,
	LOCALTRAC_USER,
	PARTOO_KEY,
} from './server';

type Credentials = ICredentialDataDecryptedObject;

/**
 * The test harness records everything a run exposes for the test suite's secrets check
 * (test/harness/exposure.ts). That is test-only work n8n does not do, and in a long bench process the
 * records would pile up: the bench turns the recording off, for our nodes and the engine baseline alike.
 */
setExposureRecording(false);

export const partooCredentials = (base: string, reviews: number): Credentials => ({
	apiKey: PARTOO_KEY,
	environment: 'custom',
	customUrl: `${base}/partoo/${reviews}/api/v2`,
});
export const guestonlineCredentials = (base: string, contacts = 0): Credentials => ({
	token: GUESTONLINE_TOKEN,
	baseUrl: `${base}/guestonline/${contacts}/v1`,
});
export const localtracCredentials = (base: string): Credentials => ({
	baseUrl: `${base}/localtrac-api`,
	username: LOCALTRAC_USER,
	password: LOCALTRAC_PASSWORD,
});
export const digitaleoCredentials = (base: string): Credentials => ({
	clientId: DIGITALEO_CLIENT,
	clientSecret: DIGITALEO_SECRET,
	baseUrl: `${base}/digitaleo/back-office/v1`,
	oauthUrl: `${base}/digitaleo-oauth/token`,
});
export const companeoCredentials = (base: string): Credentials => ({ apiKey: COMPANEO_KEY, baseUrl: `${base}/companeo/api/v1` });

/** A resource locator "By ID" whose value is read from each input item. */
const fromItem = (field: string): IDataObject => ({ __rl: true, mode: 'id', value: `={{ $json.${field} }}` });

/** Fails loudly when a run did not produce what the scenario expects, so no wrong number is printed. */
function expectItems(run: NodeRun, count: number, what: string): NodeRun {
	if (run.error) throw new Error(`${what}: the node failed: ${run.error.message}`);
	if (run.items.length !== count) throw new Error(`${what}: expected ${count} items, got ${run.items.length}`);
	return run;
}

export async function partooReviewsReturnAll(base: string, reviews: number, options: IDataObject = {}): Promise<NodeRun> {
	const run = await runNode({
		node: new Partoo(),
		parameters: { resource: 'review', operation: 'getAll', returnAll: true, options },
		credentials: { partooApi: partooCredentials(base, reviews) },
		credentialTypes: { partooApi: new PartooApi() },
	});
	return expectItems(run, reviews, 'Partoo Return All reviews');
}

export async function guestonlineContactsReturnAll(base: string, contacts: number, options: IDataObject = {}): Promise<NodeRun> {
	const run = await runNode({
		node: new Guestonline(),
		parameters: { resource: 'contact', operation: 'getAll', returnAll: true, options },
		credentials: { guestonlineApi: guestonlineCredentials(base, contacts) },
		credentialTypes: { guestonlineApi: new GuestonlineApi() },
	});
	return expectItems(run, contacts, 'Guestonline Return All contacts');
}

export const bookingIds = (count: number): number[] => Array.from({ length: count }, (_, i) => 577_000 + i);

/** Get Booking over `count` items; the run as it ended, failed or not. */
export async function guestonlineGetBookingsRun(base: string, count: number, options: IDataObject = {}): Promise<NodeRun> {
	return await runNode({
		node: new Guestonline(),
		parameters: { resource: 'booking', operation: 'get', bookingId: fromItem('id'), options },
		credentials: { guestonlineApi: guestonlineCredentials(base) },
		credentialTypes: { guestonlineApi: new GuestonlineApi() },
		input: bookingIds(count).map((id) => ({ id })),
	});
}

export async function guestonlineGetBookings(base: string, count: number, options: IDataObject = {}): Promise<NodeRun> {
	return expectItems(await guestonlineGetBookingsRun(base, count, options), count, 'Guestonline Get Booking');
}

export const locationIds = (count: number): string[] =>
	Array.from({ length: count }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);

export function localtracStore(base: string): TestCredentialsHelper {
	const helper = new TestCredentialsHelper({ localtracApi: new LocaltracApi() });
	helper.set('localtracApi', localtracCredentials(base));
	return helper;
}

/** One execution of Get Location over `count` items; pass the same store to simulate a later execution. */
export async function localtracGetLocations(base: string, count: number, store: TestCredentialsHelper): Promise<NodeRun> {
	const run = await runNode({
		node: new Localtrac(),
		parameters: { resource: 'location', operation: 'get', locationId: fromItem('uuid') },
		credentials: { localtracApi: localtracCredentials(base) },
		credentialTypes: { localtracApi: new LocaltracApi() },
		credentialsHelper: store,
		input: locationIds(count).map((uuid) => ({ uuid })),
	});
	return expectItems(run, count, 'LOCALTRAC Get Location');
}

export const accountIds = (count: number): string[] => Array.from({ length: count }, (_, i) => `ORG_${1000 + i}`);

/** Get Account over `count` items, starting without a stored token. */
export async function digitaleoGetAccounts(base: string, count: number): Promise<NodeRun> {
	const store = new TestCredentialsHelper({ digitaleoApi: new DigitaleoApi() });
	store.set('digitaleoApi', digitaleoCredentials(base));
	const run = await runNode({
		node: new Digitaleo(),
		parameters: { resource: 'account', operation: 'get', accountId: fromItem('id') },
		credentials: { digitaleoApi: digitaleoCredentials(base) },
		credentialTypes: { digitaleoApi: new DigitaleoApi() },
		credentialsHelper: store,
		input: accountIds(count).map((id) => ({ id })),
	});
	return expectItems(run, count, 'Digitaleo Get Account');
}

/** The person of lead i: what changes from one input item to the next. */
export const leadPerson = (i: number): IDataObject => ({ lastname: `Martin${String.fromCharCode(97 + (i % 26))}`, email: `lead${i}@example.fr` });

/** The lead of person i as the Companeo API takes it (what the node builds from the parameters below). */
export const leadBody = (i: number): IDataObject => ({
	categoryId: 1463,
	data: {
		'30148': 25638,
		'25533': '75001',
		email: leadPerson(i).email,
		phone: '0130926784',
		companyName: 'Cafés Martin',
		segment: 1,
		firstname: 'Paul',
		lastname: leadPerson(i).lastname,
	},
});

export async function companeoCreateLeads(base: string, count: number): Promise<NodeRun> {
	const run = await runNode({
		node: new Companeo(),
		parameters: {
			resource: 'lead',
			operation: 'create',
			category: '1463',
			headcountRange: '25638',
			postcode: '75001',
			email: '={{ $json.email }}',
			phone: '0130926784',
			companyName: 'Cafés Martin',
			segment: '1',
			firstname: 'Paul',
			lastname: '={{ $json.lastname }}',
		},
		credentials: { companeoApi: companeoCredentials(base) },
		credentialTypes: { companeoApi: new CompaneoApi() },
		input: Array.from({ length: count }, (_, i) => leadPerson(i)),
	});
	expectItems(run, count, 'Companeo Create Lead');
	if (!run.items.every((item) => item.json.created === true)) throw new Error('Companeo Create Lead: not every lead was created');
	return run;
}

export function partooTrigger(base: string, reviews: number): Poller {
	return new Poller({
		node: new PartooTrigger(),
		parameters: { events: ['review.created', 'review.updated'] },
		credentials: { partooApi: partooCredentials(base, reviews) },
		credentialTypes: { partooApi: new PartooApi() },
	});
}

export function guestonlineTrigger(base: string, events: string[], options: IDataObject = {}): Poller {
	return new Poller({
		node: new GuestonlineTrigger(),
		parameters: { events, options },
		credentials: { guestonlineApi: guestonlineCredentials(base) },
		credentialTypes: { guestonlineApi: new GuestonlineApi() },
	});
}

// ---------------------------------------------------------------------------------------------
// The engine baseline: the same work through bench/engine-baseline.ts, "the HTTP Request node way"
// inside n8n-core's engine, with the same secrets in the generic credential a user would pick there.

/** Guestonline's token as Header Auth: the X-Token header the Guestonline node sends. */
const xTokenHeader = { benchHeaderAuth: { name: 'X-Token', value: GUESTONLINE_TOKEN } };
const headerAuthType = { benchHeaderAuth: new BenchHeaderAuth() };

/** Guestonline Get Booking the HTTP Request node way: `{{ $json.id }}` in the URL, every item's GET started before any reply is awaited. */
export async function engineGetBookings(base: string, count: number): Promise<NodeRun> {
	return expectItems(await engineGetBookingsRun(base, count), count, 'engine baseline, Get Booking');
}

/** The same work at the floor: the URL read per item and nothing else (see bench/engine-baseline.ts). */
export async function engineFloorGetBookings(base: string, count: number): Promise<NodeRun> {
	return expectItems(await engineGetBookingsRun(base, count, false, 'floor'), count, 'engine floor, Get Booking');
}

/** The same; the run as it ended, failed or not. */
export async function engineGetBookingsRun(
	base: string,
	count: number,
	continueOnFail = false,
	style: 'httpRequestNode' | 'floor' = 'httpRequestNode',
): Promise<NodeRun> {
	return await runNode({
		continueOnFail,
		node: new BenchHttpRequest(),
		parameters: {
			mode: 'perItem',
			style,
			credentialType: 'benchHeaderAuth',
			url: `=${base}/guestonline/0/v1/bookings/{{ $json.id }}`,
		},
		credentials: xTokenHeader,
		credentialTypes: headerAuthType,
		input: bookingIds(count).map((id) => ({ id })),
	});
}

async function enginePaginate(
	what: string,
	count: number,
	url: string,
	pagination: PaginateParameters,
	credentials: Pick<Parameters<typeof runNode>[0], 'credentials' | 'credentialTypes'>,
): Promise<NodeRun> {
	const run = await runNode({
		node: new BenchHttpRequest(),
		parameters: { mode: 'paginate', credentialType: Object.keys(credentials.credentials)[0], url, pagination: pagination as unknown as IDataObject },
		...credentials,
	});
	return expectItems(run, count, what);
}

/** Partoo reviews page after page, api_key added as Query Auth. */
export async function enginePartooReviews(base: string, reviews: number): Promise<NodeRun> {
	return await enginePaginate(
		'engine baseline, Partoo reviews',
		reviews,
		`${base}/partoo/${reviews}/api/v2/reviews`,
		{ pageParameter: 'page', query: {}, listKey: 'reviews', pageField: 'page', pageCountField: 'max_page' },
		{ credentials: { benchQueryAuth: { name: 'api_key', value: PARTOO_KEY } }, credentialTypes: { benchQueryAuth: new BenchQueryAuth() } },
	);
}

/** Guestonline contacts page after page (100 a page), X-Token added as Header Auth. */
export async function engineGuestonlineContacts(base: string, contacts: number): Promise<NodeRun> {
	return await enginePaginate(
		'engine baseline, Guestonline contacts',
		contacts,
		`${base}/guestonline/${contacts}/v1/contacts`,
		{ pageParameter: 'page', query: { max_results: 100 }, listKey: 'contacts', pageField: 'current_page', pageCountField: 'num_pages' },
		{ credentials: xTokenHeader, credentialTypes: headerAuthType },
	);
}
