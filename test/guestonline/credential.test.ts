import type { IHttpRequestOptions } from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { GuestonlineApi } from '../../credentials/GuestonlineApi.credentials';
import { TestCredentialsHelper } from '../harness/credentials';

const credential = new GuestonlineApi();

/** A workflow whose expression engine resolves `$credentials`, as n8n does for credential tests. */
function resolver() {
	const node = { id: 'n', name: 'Node', type: 'x', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => ({ description: { properties: [], inputs: [NodeConnectionTypes.Main], outputs: [NodeConnectionTypes.Main] } }) as never,
			getByNameAndVersion: () => ({ description: { properties: [], inputs: [NodeConnectionTypes.Main], outputs: [NodeConnectionTypes.Main] } }) as never,
			getKnownTypes: () => ({}),
		},
	});
	return { workflow, node };
}

describe('Guestonline API credential', () => {
	test('the test request is GET {baseUrl}/restaurants, with a trailing slash on the base URL removed', () => {
		const { workflow, node } = resolver();
		const baseURL = workflow.expression.getParameterValue(credential.test.request.baseURL as string, null, 0, 0, node.name, [], 'internal', {
			$credentials: { token: 't', baseUrl: 'https://proxy.example.com/v1/' },
		});
		expect(baseURL).toBe('https://proxy.example.com/v1');
		expect(credential.test.request.url).toBe('/restaurants');
		expect(credential.test.request.method).toBe('GET');
	});

	test('authentication puts the token in the X-Token header and nowhere else', async () => {
		const { workflow, node } = resolver();
		const helper = new TestCredentialsHelper({ guestonlineApi: credential });
		const options: IHttpRequestOptions = { url: 'https://api.guestonline.fr/v1/restaurants', qs: { page: 1 } };
		const out = await helper.authenticate({ token: 'abc123', baseUrl: 'https://api.guestonline.fr/v1' }, 'guestonlineApi', options, workflow, node);
		expect(out.headers).toEqual({ 'X-Token': 'abc123' });
		expect(out.qs).toEqual({ page: 1 });
		expect(out.body).toBeUndefined();
	});

	test('the token field is a password field and the base URL defaults to production', () => {
		const token = credential.properties.find((p) => p.name === 'token');
		const baseUrl = credential.properties.find((p) => p.name === 'baseUrl');
		expect(token?.typeOptions?.password).toBe(true);
		expect(baseUrl?.default).toBe('https://api.guestonline.fr/v1');
	});
});
