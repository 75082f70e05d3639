import { CompaneoApi } from '../../credentials/CompaneoApi.credentials';

describe('Companeo API credential', () => {
	const credential = new CompaneoApi();

	test('the test sends an empty list of leads, which creates nothing; 401 and 403 fail the test', () => {
		expect(credential.test.request).toMatchObject({ url: '/partners/create_rfq', method: 'POST', body: [], ignoreHttpStatusErrors: true });
		expect(credential.test.rules).toEqual([
			{ type: 'responseCode', properties: { value: 401, message: 'The API key was not accepted' } },
			{ type: 'responseCode', properties: { value: 403, message: 'The API key is not allowed to submit leads' } },
		]);
	});

	test('the key is a password field sent as a Bearer token', () => {
		expect(credential.properties.find((p) => p.name === 'apiKey')?.typeOptions?.password).toBe(true);
		expect(credential.authenticate).toEqual({ type: 'generic', properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } } });
	});
});
