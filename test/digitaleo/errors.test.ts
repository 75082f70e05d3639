import { parseDigitaleoError } from '../../nodes/Digitaleo/transport';
import { localServer } from '../harness/local-server';
import { BASE, bearer, byId, mockApi, mockHost, output, runDigitaleo } from './helpers';

// The 417 replies of the docs: account creation and business update.
const accountValidation = {
	message: 'The given data failed to pass validation.',
	errorCode: 'INVALID_PARAMETERS',
	messages: [
		{ field: 'name', errorCode: 'INVALID_PARAMETER', message: 'The name field is required.', details: 'The name field is required.' },
		{ field: 'firstName', errorCode: 'INVALID_PARAMETER', message: 'The name must be 255 characters.', details: 'The name must be 255 characters.' },
		{
			field: 'groups',
			errorCode: 'INVALID_PARAMETER',
			message: 'The group [A group that does not exists] does not exists',
			details: 'The group [A group that does not exists] does not exists',
		},
	],
};
const businessValidation = {
	message: 'The given data failed to pass validation.',
	errorCode: 'INVALID_PARAMETERS',
	messages: [
		{ field: 'phone', errorCode: 'INVALID_PARAMETER', message: 'Phone number is not valid', details: 'Phone number is not valid' },
		{
			field: 'city',
			errorCode: 'INVALID_PARAMETER',
			message: 'no match between city Tauves and zipcode 73690',
			details: 'no match between city Tauves and zipcode 73690',
		},
	],
};

const getAccount = { resource: 'account', operation: 'get', accountId: byId('ORG_1234') };
const createAccount = { resource: 'account', operation: 'create', externalIdentifier: 'ORG_1234', name: 'ORG [1234] Rennes' };
const createUser = { resource: 'user', operation: 'create', accountId: byId('ORG_1234'), userExternalIdentifier: 'USER_42', additionalFields: { login: 'evelyn' } };

describe('Digitaleo errors', () => {
	test('a 417 lists every field with its message in one line', async () => {
		const api = mockApi();
		api.scope.post(`${BASE}/accounts`).reply(417, accountValidation);

		const run = await runDigitaleo(createAccount);

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe(
			'The given data failed to pass validation: name: The name field is required.; firstName: The name must be 255 characters.; groups: The group [A group that does not exists] does not exists',
		);
		expect(run.error?.description).toBe('Error code: INVALID_PARAMETERS\nHTTP 417: The service answered with HTTP 417');
		expect(run.error?.httpCode).toBe('417');
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(api.sent).toHaveLength(1);
	});

	test('a 417 on a business update names the phone and the city', async () => {
		const api = mockApi();
		api.scope.put(`${BASE}/accounts/ORG_1234/businesses/SHOP`).reply(417, businessValidation);

		const run = await runDigitaleo({
			resource: 'business',
			operation: 'update',
			accountId: byId('ORG_1234'),
			storeCode: byId('SHOP'),
			updateFields: { phone: '331638399281', zipCode: '73690', city: 'Tauves' },
		});

		expect(run.error?.message).toBe(
			'The given data failed to pass validation: phone: Phone number is not valid; city: no match between city Tauves and zipcode 73690',
		);
		expect(run.error?.httpCode).toBe('417');
	});

	test('a 404 reads the nested error message', async () => {
		const api = mockApi();
		api.scope.get(`${BASE}/accounts/ORG_1234`).reply(404, { error: { message: 'Not Found', status_code: 404 } });

		const run = await runDigitaleo(getAccount);

		expect(run.error?.message).toBe('Not Found');
		expect(run.error?.description).toBe('HTTP 404: The requested item was not found');
		expect(run.error?.httpCode).toBe('404');
		expect(api.sent).toHaveLength(1);
	});

	test.each([
		[409, { message: 'Login [evelyn] is not available' }, 'Login [evelyn] is not available', 'HTTP 409: The request conflicts with the current state of the item'],
		[
			400,
			{ message: 'Your login template configuration is not defined. Please contact customer service: serviceclient@digitaleo.com.' },
			'Your login template configuration is not defined. Please contact customer service: serviceclient@digitaleo.com.',
			'HTTP 400: The request was rejected as invalid',
		],
		[
			404,
			{ error: { message: 'Account with external identifier [ORG_1234] could not be found', status_code: 404 } },
			'Account with external identifier [ORG_1234] could not be found',
			'HTTP 404: The requested item was not found',
		],
		[417, { message: 'Login [evelyn] is not valid', errorCode: 'INVALID_PARAMETERS' }, 'Login [evelyn] is not valid', 'Error code: INVALID_PARAMETERS\nHTTP 417: The service answered with HTTP 417'],
	])('user creation: HTTP %i becomes a NodeApiError with the vendor message', async (status, body, message, description) => {
		const api = mockApi();
		api.scope.post(`${BASE}/accounts/ORG_1234/users`).reply(status, body);

		const run = await runDigitaleo(createUser);

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe(message);
		expect(run.error?.description).toBe(description);
		expect(run.error?.httpCode).toBe(String(status));
		expect(api.sent).toHaveLength(1);
	});

	test('a POST is never repeated after a 500', async () => {
		const api = mockApi();
		api.scope.post(`${BASE}/accounts/ORG_1234/users`).reply(500, { message: "Something went wrong on Digitaleo's end." });

		const run = await runDigitaleo(createUser);

		expect(run.error?.message).toBe("Something went wrong on Digitaleo's end.");
		expect(run.error?.httpCode).toBe('500');
		expect(api.sent).toHaveLength(1);
	});

	test('a 500 without a body falls back to a plain-language message', async () => {
		const api = mockApi();
		api.scope.post(`${BASE}/accounts`).reply(500, '<html>Internal error</html>', { 'Content-Type': 'text/html' });

		const run = await runDigitaleo(createAccount);

		expect(run.error?.message).toBe('The service had an internal error');
		expect(api.sent).toHaveLength(1);
	});

	test('a PUT is never repeated after a 503 or a connection reset', async () => {
		const api = mockApi();
		api.scope.put(`${BASE}/accounts/ORG_1234`).reply(503, { message: 'Busy' });
		const run = await runDigitaleo({ resource: 'account', operation: 'update', accountId: byId('ORG_1234'), updateFields: { firstName: 'Jo' } });
		expect(run.error?.httpCode).toBe('503');
		expect(api.sent).toHaveLength(1);

		const server = await localServer((req) => req.socket.destroy());
		try {
			const reset = await runDigitaleo(
				{ resource: 'account', operation: 'update', accountId: byId('ORG_1234'), updateFields: { firstName: 'Jo' } },
				{ credentials: { baseUrl: `${server.url}${BASE}` } },
			);
			expect(reset.error?.message).toBe('The connection was reset by the service');
			expect(server.hits()).toBe(1);
		} finally {
			await server.close();
		}
	});

	test('a read is retried after 503 and 502, then succeeds', async () => {
		const api = mockApi();
		const account = { externalIdentifier: 'ORG_1234' };
		api.scope.get(`${BASE}/accounts/ORG_1234`).reply(503, { message: 'maintenance' });
		api.scope.get(`${BASE}/accounts/ORG_1234`).reply(502, 'Bad gateway');
		api.scope.get(`${BASE}/accounts/ORG_1234`).reply(200, account);

		const run = await runDigitaleo(getAccount);

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([{ json: account, pairedItem: { item: 0 } }]);
		expect(api.sent.map((r) => r.authorization)).toEqual([bearer(), bearer(), bearer()]);
	});

	test('a read is not retried after a 500', async () => {
		const api = mockApi();
		api.scope.get(`${BASE}/accounts/ORG_1234`).times(4).reply(500, { error: { message: 'Server Error', status_code: 500 } });

		const run = await runDigitaleo(getAccount);

		expect(run.error?.message).toBe('Server Error');
		expect(api.sent).toHaveLength(1);
	});

	test('a change is retried after 429, honouring Retry-After', async () => {
		const api = mockApi();
		api.scope.post(`${BASE}/accounts`).reply(429, { message: 'Too Many Attempts.' }, { 'Retry-After': '0' });
		api.scope.post(`${BASE}/accounts`).reply(204, '');

		const run = await runDigitaleo(createAccount);

		expect(run.error).toBeUndefined();
		expect(api.sent).toHaveLength(2);
		expect(api.sent[0].body).toBe(api.sent[1].body);
	});

	test('a proxy base URL is used as given, without its trailing slash', async () => {
		const proxy = mockHost('https://proxy.example.com');
		proxy.scope.get('/digitaleo/accounts/ORG_1234').reply(200, { externalIdentifier: 'ORG_1234' });

		const run = await runDigitaleo(getAccount, { credentials: { baseUrl: 'https://proxy.example.com/digitaleo/' } });

		expect(run.error).toBeUndefined();
		expect(proxy.sent).toEqual([{ method: 'GET', path: '/digitaleo/accounts/ORG_1234', authorization: bearer() }]);
	});

	test('plain http is refused for a remote base URL, before anything is sent', async () => {
		const plain = mockHost('http://api.digitaleo.com');
		const run = await runDigitaleo(getAccount, { credentials: { baseUrl: 'http://api.digitaleo.com/back-office/v1' } });
		expect(run.error?.message).toBe("The credential's Base URL must start with https:// (plain http is accepted only for localhost)");
		expect(plain.sent).toEqual([]);
	});

	describe('error body parser', () => {
		test.each([
			[{ messages: [{ field: 'email', details: 'Bad email' }, { message: 'Global problem' }, 'loose text', { field: 'x' }] }, { message: 'The data was refused: email: Bad email; Global problem; loose text; x', description: undefined }],
			[{ error: 'invalid_grant', error_description: 'Unknown account' }, { message: 'Unknown account (invalid_grant)' }],
			[{ error: 'invalid_client' }, { message: 'invalid_client' }],
			[{ error: { status_code: 500 }, message: 'Top message' }, { message: 'Top message', description: undefined }],
			['Service unavailable', { message: 'Service unavailable' }],
			['<html>oops</html>', undefined],
			[{ unrelated: true }, undefined],
			[null, undefined],
		])('%j reads as %j', (body, expected) => {
			expect(parseDigitaleoError(body)).toEqual(expected);
		});
	});
});
