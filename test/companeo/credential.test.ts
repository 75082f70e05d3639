import { CredentialTestContext } from 'n8n-core';
import type { ICredentialsDecrypted } from 'n8n-workflow';

import { CompaneoApi } from '../../credentials/CompaneoApi.credentials';
import { Companeo } from '../../nodes/Companeo/Companeo.node';
import { TestCredentialsHelper } from '../harness/credentials';
import { expose } from '../harness/exposure';
import { buildAdditionalData } from '../harness/run';
import { recordingApi } from '../harness/http';
import { API_KEY, HOST } from './helpers';

/** A Companeo host that records what it receives, with the Authorization header. */
const mockApi = (host = HOST) => recordingApi(host, { name: 'authorization', field: 'authorization' });

/** The Test button of the credential dialog, as n8n runs it: the node's credentialTest in n8n-core's CredentialTestContext. */
async function testCredential(data: ICredentialsDecrypted['data']) {
	const node = new Companeo();
	const testedBy = node.description.credentials?.find((c) => c.name === 'companeoApi')?.testedBy;
	expect(testedBy).toBe('companeoApiTest');
	const context = new CredentialTestContext(buildAdditionalData(new TestCredentialsHelper({ companeoApi: new CompaneoApi() }), undefined, 'credential-test'));
	const result = await node.methods.credentialTest[testedBy as 'companeoApiTest'].call(context, { id: 'c1', name: 'Companeo', type: 'companeoApi', data });
	expose('the credential test result', result);
	return result;
}

describe('Companeo API credential', () => {
	const credential = new CompaneoApi();

	test('the key is a password field sent as a Bearer token', () => {
		expect(credential.properties.find((p) => p.name === 'apiKey')?.typeOptions?.password).toBe(true);
		expect(credential.authenticate).toEqual({ type: 'generic', properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } } });
	});

	test.each([
		[200, { success: true, data: [], errors: [] }],
		[400, { success: false, data: [], message: 'partner_error_detected', errors: {} }],
	])('Test sends an empty list of leads; HTTP %i means the key was accepted', async (status, body) => {
		const api = mockApi();
		api.scope.post('/api/v1/partners/create_rfq').reply(status, body);

		const result = await testCredential({ apiKey: API_KEY });

		expect(result).toEqual({ status: 'OK', message: 'Companeo accepted the API key' });
		expect(api.sent).toEqual([{ method: 'POST', path: '/api/v1/partners/create_rfq', body: '[]', contentType: 'application/json', authorization: `Bearer ${API_KEY}` }]);
	});

	test.each([
		[401, { success: false, message: 'Unauthorized' }, 'Companeo did not accept the API key (HTTP 401)'],
		[400, { success: false, errors: { input_0: [{ code: 1, message: 'partner_error_authenticate' }] } }, 'Companeo did not accept the API key (HTTP 400)'],
		[403, { message: 'Forbidden' }, 'The API key is not allowed to submit leads (HTTP 403)'],
		[400, { success: false, errors: { input_0: [{ code: 2, message: 'partner_error_account_disabled' }] } }, 'The API key is not allowed to submit leads (HTTP 400)'],
		[500, '<html>oops</html>', 'Companeo answered HTTP 500, so the key could not be checked'],
	])('HTTP %i with %j fails the test: %s', async (status, body, message) => {
		const api = mockApi();
		api.scope.post('/api/v1/partners/create_rfq').reply(status, body);

		expect(await testCredential({ apiKey: API_KEY })).toEqual({ status: 'Error', message });
		expect(api.sent).toHaveLength(1);
	});

	test('a custom Base URL is used, without its trailing slash', async () => {
		const api = mockApi('https://proxy.example.com');
		api.scope.post('/companeo/v1/partners/create_rfq').reply(400, {});
		expect(await testCredential({ apiKey: API_KEY, baseUrl: 'https://proxy.example.com/companeo/v1/' })).toEqual({ status: 'OK', message: 'Companeo accepted the API key' });
		expect(api.sent).toHaveLength(1);
	});

	test.each([
		[{ apiKey: '  ' }, 'Enter the API key'],
		[{ apiKey: API_KEY, baseUrl: 'http://api.companeo.com/api/v1' }, 'The Base URL must start with https:// (plain http is accepted only for localhost)'],
	])('%j fails before anything is sent: %s', async (data, message) => {
		const api = mockApi();
		expect(await testCredential(data)).toEqual({ status: 'Error', message });
		expect(api.sent).toEqual([]);
	});

	test('an unreachable Companeo fails the test without showing the key', async () => {
		// Nothing is mocked: the connection is refused.
		const result = await testCredential({ apiKey: API_KEY });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Companeo could not be reached/);
	});
});
