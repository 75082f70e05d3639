import type { IHttpRequestOptions } from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { PARTOO_ENVIRONMENTS, PartooApi } from '../../credentials/PartooApi.credentials';
import { partooBaseUrl } from '../../nodes/Partoo/transport';
import { TestCredentialsHelper } from '../harness/credentials';
import { API_KEY, KEY_QS, mockApi, output, paired, runPartoo } from './helpers';
import { user } from './fixtures';

const credential = new PartooApi();

/** A workflow whose expression engine resolves `$credentials`, as n8n does for credential tests. */
function resolver() {
	const node = { id: 'n', name: 'Node', type: 'x', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
	const type = { description: { properties: [], inputs: [NodeConnectionTypes.Main], outputs: [NodeConnectionTypes.Main] } };
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: { getByName: () => type as never, getByNameAndVersion: () => type as never, getKnownTypes: () => ({}) },
	});
	return { workflow, node };
}

const testBaseUrl = (credentials: Record<string, string>): unknown => {
	const { workflow, node } = resolver();
	return workflow.expression.getParameterValue(credential.test.request.baseURL as string, null, 0, 0, node.name, [], 'internal', {
		$credentials: credentials,
	});
};

const ENVIRONMENTS: Array<[string, string]> = [
	['productionFrance', 'https://www.partoo.fr/api/v2'],
	['productionSpain', 'https://www.localoo.es/api/v2'],
	['productionInternational', 'https://www.partoo.co/api/v2'],
	['productionItaly', 'https://www.partoo.it/api/v2'],
	['sandbox', 'https://sandbox.partoo.co/api/v2'],
	['sandboxSpain', 'https://sandbox.localoo.es/api/v2'],
];

describe('Partoo API credential', () => {
	test('offers the six documented environments and a custom URL, Production France by default', () => {
		const environment = credential.properties.find((p) => p.name === 'environment');
		expect(environment?.default).toBe('productionFrance');
		expect((environment?.options as Array<{ value: string }>).map((o) => o.value)).toEqual([...ENVIRONMENTS.map(([v]) => v), 'custom']);
		expect(PARTOO_ENVIRONMENTS).toEqual(Object.fromEntries(ENVIRONMENTS));
		const customUrl = credential.properties.find((p) => p.name === 'customUrl');
		expect(customUrl?.displayOptions).toEqual({ show: { environment: ['custom'] } });
		expect(credential.properties.find((p) => p.name === 'apiKey')?.typeOptions?.password).toBe(true);
	});

	test.each(ENVIRONMENTS)('the test request is GET /user/me on %s (%s)', (environment, url) => {
		expect(testBaseUrl({ apiKey: 'k', environment })).toBe(url);
		expect(partooBaseUrl({ apiKey: 'k', environment })).toBe(url);
		expect(credential.test.request.url).toBe('/user/me');
		expect(credential.test.request.method).toBe('GET');
	});

	test('with Custom URL the test request and the node use that URL, without a trailing slash', () => {
		const credentials = { apiKey: 'k', environment: 'custom', customUrl: ' https://proxy.example.com/partoo/api/v2/ ' };
		expect(testBaseUrl(credentials)).toBe('https://proxy.example.com/partoo/api/v2');
		expect(partooBaseUrl(credentials)).toBe('https://proxy.example.com/partoo/api/v2');
	});

	test('authentication adds api_key to the query string and nothing else', async () => {
		const { workflow, node } = resolver();
		const helper = new TestCredentialsHelper({ partooApi: credential });
		const options: IHttpRequestOptions = { url: 'https://www.partoo.fr/api/v2/business/search', qs: { page: 1 } };
		const out = await helper.authenticate({ apiKey: 'abc123', environment: 'productionFrance' }, 'partooApi', options, workflow, node);
		expect(out.qs).toEqual({ page: 1, api_key: 'abc123' });
		expect(out.headers).toBeUndefined();
		expect(out.body).toBeUndefined();
	});

	test.each(ENVIRONMENTS)('the node calls the %s host', async (environment, url) => {
		const { origin, pathname } = new URL(url);
		const api = mockApi(origin);
		api.scope.get(`${pathname}/user/me`).query(true).reply(200, user);

		const run = await runPartoo({ resource: 'user', operation: 'getMe' }, { credentials: { environment } });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([{ method: 'GET', path: `${pathname}/user/me?${KEY_QS}` }]);
		expect(output(run)).toEqual([paired(user)]);
	});

	test('the node calls a custom https URL as given', async () => {
		const api = mockApi('https://proxy.example.com');
		api.scope.get('/partoo/api/v2/user/me').query(true).reply(200, user);

		const run = await runPartoo(
			{ resource: 'user', operation: 'getMe' },
			{ credentials: { environment: 'custom', customUrl: 'https://proxy.example.com/partoo/api/v2/' } },
		);

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([{ method: 'GET', path: `/partoo/api/v2/user/me?${KEY_QS}` }]);
	});

	test.each([
		['http://proxy.example.com/api/v2', "The credential's Base URL must start with https:// (plain http is accepted only for localhost)"],
		['', 'The credential\'s Base URL "" is not a valid URL'],
	])('a custom URL %j is refused before anything is sent', async (customUrl, message) => {
		const api = mockApi('http://proxy.example.com');
		const run = await runPartoo({ resource: 'user', operation: 'getMe' }, { credentials: { environment: 'custom', customUrl } });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
		expect(JSON.stringify(run.error)).not.toContain(API_KEY);
	});
});
