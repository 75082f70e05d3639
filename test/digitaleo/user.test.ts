import type { IDataObject } from 'n8n-workflow';

import { DigitaleoApi } from '../../credentials/DigitaleoApi.credentials';
import { Digitaleo } from '../../nodes/Digitaleo/Digitaleo.node';
import { runListSearch } from '../harness/list-search';
import { API_HOST, BASE, bearer, byId, CLIENT_ID, CLIENT_SECRET, JSON_TYPE, mockApi, output, runDigitaleo, TOKEN } from './helpers';

// The user of the "Add a user to an existing account" example.
const evelyn = {
	userExternalIdentifier: 'USER_42',
	email: 'evelyn.carter@acme.com',
	login: 'evelyn.carter@acme.com',
	firstName: 'Evelyn',
	lastName: 'CARTER',
	locale: 'en_GB',
};
const noah = { userExternalIdentifier: 'USER_43', email: 'noah@acme.com', firstName: 'Noah', lastName: 'LEE', locale: 'fr_FR' };
const account = byId('ORG_1234');
const usersPath = `${BASE}/accounts/ORG_1234/users`;

describe('Digitaleo user', () => {
	describe('create', () => {
		test('sends the documented fields as JSON, in the order of the docs example', async () => {
			const api = mockApi();
			const location = `${API_HOST}${usersPath}/USER_42`;
			api.scope.post(usersPath).reply(204, '', { Location: location });

			const run = await runDigitaleo({
				resource: 'user',
				operation: 'create',
				accountId: account,
				userExternalIdentifier: 'USER_42',
				additionalFields: { locale: 'en_GB', lastName: 'CARTER', firstName: 'Evelyn', login: 'evelyn.carter@acme.com', email: 'evelyn.carter@acme.com' },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'POST', path: usersPath, body: JSON.stringify(evelyn), contentType: JSON_TYPE, authorization: bearer() },
			]);
			expect(output(run)).toEqual([{ json: { success: true, id: 'USER_42', location }, pairedItem: { item: 0 } }]);
		});

		test('with only the identifier, and a reply that carries the new user, returns that user', async () => {
			const api = mockApi();
			api.scope.post(usersPath).reply(201, { userExternalIdentifier: 'USER_42' });

			const run = await runDigitaleo({ resource: 'user', operation: 'create', accountId: account, userExternalIdentifier: 'USER_42' });

			expect(run.error).toBeUndefined();
			expect(api.sent[0].body).toBe('{"userExternalIdentifier":"USER_42"}');
			expect(output(run)).toEqual([{ json: { userExternalIdentifier: 'USER_42' }, pairedItem: { item: 0 } }]);
		});

		test.each([
			[{ userExternalIdentifier: ' ' }, 'Invalid "User External Identifier": is required [item 0]'],
			[{ userExternalIdentifier: 'U'.repeat(256) }, 'Invalid "User External Identifier": must be at most 255 characters [item 0]'],
			[{ userExternalIdentifier: 'a\\b' }, 'Invalid "User External Identifier": must not contain "/", "\\" or control characters [item 0]'],
			[{ additionalFields: { email: 'evelyn' } }, 'Invalid "Email": must be a valid email address [item 0]'],
			[{ additionalFields: { email: `${'e'.repeat(244)}@example.com` } }, 'Invalid "Email": must be at most 255 characters [item 0]'],
			[{ additionalFields: { login: 'l'.repeat(256) } }, 'Invalid "Login": must be at most 255 characters [item 0]'],
			[{ additionalFields: { firstName: 'f'.repeat(256) } }, 'Invalid "First Name": must be at most 255 characters [item 0]'],
			[{ additionalFields: { lastName: 'l'.repeat(256) } }, 'Invalid "Last Name": must be at most 255 characters [item 0]'],
			[{ additionalFields: { locale: '={{ "en_US" }}' } }, 'Invalid "Locale": must be one of: fr_FR, en_GB, es_ES, es_CO [item 0]'],
			[{ accountId: byId('={{ "" }}') }, 'Invalid "Account": is required [item 0]'],
		])('rejects %j before sending anything', async (params, message) => {
			const api = mockApi();
			const run = await runDigitaleo({ resource: 'user', operation: 'create', accountId: account, userExternalIdentifier: 'USER_42', ...params } as IDataObject);
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('getAll', () => {
		test('returns one item per user of the account', async () => {
			const api = mockApi();
			api.scope.get(usersPath).reply(200, [evelyn, noah]);

			const run = await runDigitaleo({ resource: 'user', operation: 'getAll', accountId: account, returnAll: true });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: usersPath, authorization: bearer() }]);
			expect(output(run)).toEqual([
				{ json: evelyn, pairedItem: { item: 0 } },
				{ json: noah, pairedItem: { item: 0 } },
			]);
		});

		test('Limit keeps the first users of the single reply', async () => {
			const api = mockApi();
			api.scope.get(usersPath).reply(200, [evelyn, noah]);

			const run = await runDigitaleo({ resource: 'user', operation: 'getAll', accountId: account, returnAll: false, limit: 1 });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: usersPath, authorization: bearer() }]);
			expect(output(run)).toEqual([{ json: evelyn, pairedItem: { item: 0 } }]);
		});

		test('reads users wrapped in a data envelope too, and an empty reply gives no item', async () => {
			const api = mockApi();
			api.scope.get(usersPath).reply(200, { data: [noah] });
			api.scope.get(`${BASE}/accounts/EMPTY/users`).reply(200, []);

			const wrapped = await runDigitaleo({ resource: 'user', operation: 'getAll', accountId: account, returnAll: true });
			const empty = await runDigitaleo({ resource: 'user', operation: 'getAll', accountId: byId('EMPTY'), returnAll: true });

			expect(output(wrapped)).toEqual([{ json: noah, pairedItem: { item: 0 } }]);
			expect(empty.error).toBeUndefined();
			expect(empty.items).toEqual([]);
		});

		test.each([
			[{ returnAll: false, limit: '={{ 0 }}' }, 'Invalid "Limit": must be at least 1 [item 0]'],
			[{ accountId: byId('={{ "a/b" }}') }, 'Invalid "Account": must not contain "/", "\\" or control characters [item 0]'],
		])('rejects %j before sending anything', async (params, message) => {
			const api = mockApi();
			const run = await runDigitaleo({ resource: 'user', operation: 'getAll', accountId: account, returnAll: true, ...params });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('get', () => {
		test('reads one user of the account', async () => {
			const api = mockApi();
			api.scope.get(`${usersPath}/USER_42`).reply(200, evelyn);

			const run = await runDigitaleo({ resource: 'user', operation: 'get', accountId: account, userId: byId('USER_42') });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: `${usersPath}/USER_42`, authorization: bearer() }]);
			expect(output(run)).toEqual([{ json: evelyn, pairedItem: { item: 0 } }]);
		});

		test('URL-encodes both identifiers', async () => {
			const api = mockApi();
			api.scope.get(`${BASE}/accounts/ORG%201/users/evelyn%40acme.com`).reply(200, evelyn);

			const run = await runDigitaleo({ resource: 'user', operation: 'get', accountId: byId('ORG 1'), userId: byId('evelyn@acme.com') });

			expect(run.error).toBeUndefined();
			expect(api.sent.map((r) => r.path)).toEqual([`${BASE}/accounts/ORG%201/users/evelyn%40acme.com`]);
		});

		test('rejects an invalid user before sending anything', async () => {
			const api = mockApi();
			const run = await runDigitaleo({ resource: 'user', operation: 'get', accountId: account, userId: { __rl: true, mode: 'list', value: '../x' } });
			expect(run.error?.message).toBe('Invalid "User": must not contain "/", "\\" or control characters [item 0]');
			expect(api.sent).toEqual([]);
		});
	});

	describe('update', () => {
		test('sends only the fields given, and reports the 204', async () => {
			const api = mockApi();
			api.scope.put(`${usersPath}/USER_42`).reply(204, '');

			const run = await runDigitaleo({
				resource: 'user',
				operation: 'update',
				accountId: account,
				userId: byId('USER_42'),
				updateFields: { lastName: 'CARTER-DOE', email: 'evelyn.doe@acme.com' },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: `${usersPath}/USER_42`,
					body: '{"email":"evelyn.doe@acme.com","lastName":"CARTER-DOE"}',
					contentType: JSON_TYPE,
					authorization: bearer(),
				},
			]);
			expect(output(run)).toEqual([{ json: { success: true, id: 'USER_42', location: null }, pairedItem: { item: 0 } }]);
		});

		test('sends every documented field', async () => {
			const api = mockApi();
			api.scope.put(`${usersPath}/USER_42`).reply(204, '');
			const { userExternalIdentifier: _id, ...fields } = evelyn;

			const run = await runDigitaleo({ resource: 'user', operation: 'update', accountId: account, userId: byId('USER_42'), updateFields: fields });

			expect(run.error).toBeUndefined();
			expect(api.sent[0].body).toBe(JSON.stringify(fields));
		});

		test.each([
			[{}, 'Invalid "Update Fields": add at least one field to change [item 0]'],
			[{ email: 'x' }, 'Invalid "Email": must be a valid email address [item 0]'],
			[{ login: 'l'.repeat(256) }, 'Invalid "Login": must be at most 255 characters [item 0]'],
			[{ firstName: 'f'.repeat(256) }, 'Invalid "First Name": must be at most 255 characters [item 0]'],
			[{ lastName: 'l'.repeat(256) }, 'Invalid "Last Name": must be at most 255 characters [item 0]'],
			[{ locale: '={{ "fr" }}' }, 'Invalid "Locale": must be one of: fr_FR, en_GB, es_ES, es_CO [item 0]'],
		])('rejects %j before sending anything', async (updateFields, message) => {
			const api = mockApi();
			const run = await runDigitaleo({ resource: 'user', operation: 'update', accountId: account, userId: byId('USER_42'), updateFields });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('delete', () => {
		test('deletes the user and reports success', async () => {
			const api = mockApi();
			api.scope.delete(`${usersPath}/USER_42`).reply(204, '');

			const run = await runDigitaleo({ resource: 'user', operation: 'delete', accountId: account, userId: byId('USER_42') });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'DELETE', path: `${usersPath}/USER_42`, authorization: bearer() }]);
			expect(output(run)).toEqual([{ json: { success: true, id: 'USER_42', location: null }, pairedItem: { item: 0 } }]);
		});

		test('rejects an empty user before sending anything', async () => {
			const api = mockApi();
			const run = await runDigitaleo({ resource: 'user', operation: 'delete', accountId: account, userId: byId('={{ " " }}') });
			expect(run.error?.message).toBe('Invalid "User": is required [item 0]');
			expect(api.sent).toEqual([]);
		});
	});

	describe('"From list" search', () => {
		async function search(accountId: unknown, filter?: string) {
			return await runListSearch(
				{
					node: new Digitaleo(),
					method: 'searchUsers',
					parameterName: 'userId',
					parameters: { resource: 'user', operation: 'get', accountId: accountId as never },
					credentials: { digitaleoApi: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, accessToken: TOKEN } },
					credentialTypes: { digitaleoApi: new DigitaleoApi() },
				},
				filter,
			);
		}

		test('lists the users of the chosen account, filtered by the typed text', async () => {
			const api = mockApi();
			api.scope.get(usersPath).times(2).reply(200, [evelyn, noah, { userExternalIdentifier: 'USER_44' }]);

			expect(await search(account)).toEqual({
				results: [
					{ name: 'Evelyn CARTER – evelyn.carter@acme.com', value: 'USER_42' },
					{ name: 'Noah LEE – noah@acme.com', value: 'USER_43' },
					{ name: 'USER_44', value: 'USER_44' },
				],
			});
			expect(await search(account, ' noah ')).toEqual({ results: [{ name: 'Noah LEE – noah@acme.com', value: 'USER_43' }] });
			expect(api.sent).toEqual([
				{ method: 'GET', path: usersPath, authorization: bearer() },
				{ method: 'GET', path: usersPath, authorization: bearer() },
			]);
		});

		test('asks for the account first', async () => {
			const api = mockApi();
			await expect(search({ __rl: true, mode: 'id', value: '' })).rejects.toThrow(
				'Choose the account first: its users and businesses are listed from it',
			);
			expect(api.sent).toEqual([]);
		});
	});
});
