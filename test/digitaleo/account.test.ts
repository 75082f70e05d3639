import type { IDataObject } from 'n8n-workflow';

import {
	API_HOST,
	BASE,
	bearer,
	byId,
	CLIENT_ID,
	CLIENT_SECRET,
	JSON_TYPE,
	mockApi,
	mockOAuth,
	output,
	runDigitaleo,
	TOKEN,
	visible,
} from './helpers';

// The account of the "Show existing account" example.
const account = {
	externalIdentifier: 'ORG_1234',
	locale: 'fr_FR',
	name: 'ORG [1234] Rennes',
	firstName: 'Jean',
	lastName: 'Michel',
	email: 'jean.michel@acme.com',
	groups: ['ORG_RENNES'],
	fields: { businessAddress1: '20 Avenue Jules Maniez', businessCity: 'Rennes' },
	dateCreated: '2020-01-21 15:00:00',
	dateUpdated: '2020-01-21 15:05:00',
};
const location = `${API_HOST}${BASE}/accounts/ORG_1234`;
const create = { resource: 'account', operation: 'create', externalIdentifier: 'ORG_1234', name: 'ORG [1234] Rennes' };

describe('Digitaleo account', () => {
	describe('create', () => {
		test('sends the identifier and the name as JSON and reads the Location header of the 204', async () => {
			const api = mockApi();
			api.scope.post(`${BASE}/accounts`).reply(204, '', { Location: location });

			const run = await runDigitaleo(create);

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'POST',
					path: `${BASE}/accounts`,
					body: '{"externalIdentifier":"ORG_1234","name":"ORG [1234] Rennes"}',
					contentType: JSON_TYPE,
					authorization: bearer(),
				},
			]);
			expect(output(run)).toEqual([{ json: { success: true, id: 'ORG_1234', location }, pairedItem: { item: 0 } }]);
		});

		test('sends every documented field in the order of the docs, fields as an object and lists as arrays', async () => {
			const api = mockApi();
			api.scope.post(`${BASE}/accounts`).reply(204, '', { Location: location });

			const run = await runDigitaleo({
				...create,
				additionalFields: {
					defaultReplyTo: 'reply@acme.com',
					locale: 'en_GB',
					firstName: 'Jean',
					lastName: 'Michel',
					email: 'jean.michel@acme.com',
					groups: ['ORG_RENNES', ' ORG_BRETAGNE '],
					fields: {
						entry: [
							{ key: 'businessAddress1', value: '20 Avenue Jules Maniez' },
							{ key: 'businessCity', value: 'Rennes' },
						],
					},
					timezone: 'America/Bogota',
					dependsOn: ['NETWORK_B'],
					offer: 'MY_CUSTOM_OFFER',
					emailSenders: ['news@acme.com', 'promo@acme.com'],
					defaultEmailSender: 'ACME Rennes',
				},
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'POST',
					path: `${BASE}/accounts`,
					body: JSON.stringify({
						externalIdentifier: 'ORG_1234',
						locale: 'en_GB',
						name: 'ORG [1234] Rennes',
						firstName: 'Jean',
						lastName: 'Michel',
						email: 'jean.michel@acme.com',
						groups: ['ORG_RENNES', 'ORG_BRETAGNE'],
						fields: { businessAddress1: '20 Avenue Jules Maniez', businessCity: 'Rennes' },
						timezone: 'America/Bogota',
						dependsOn: ['NETWORK_B'],
						offer: 'MY_CUSTOM_OFFER',
						emailSenders: ['news@acme.com', 'promo@acme.com'],
						defaultEmailSender: 'ACME Rennes',
						defaultReplyTo: 'reply@acme.com',
					}),
					contentType: JSON_TYPE,
					authorization: bearer(),
				},
			]);
			expect(output(run)).toEqual([{ json: { success: true, id: 'ORG_1234', location }, pairedItem: { item: 0 } }]);
		});

		test('lists given by expression as arrays or comma-separated text are sent as arrays', async () => {
			const api = mockApi();
			api.scope.post(`${BASE}/accounts`).reply(204, '');

			const run = await runDigitaleo(
				{
					...create,
					additionalFields: { groups: '={{ $json.groups }}', emailSenders: '={{ $json.senders }}' },
				},
				{ input: [{ groups: 'A, B', senders: ['x@acme.com'] }] },
			);

			expect(run.error).toBeUndefined();
			expect(api.sent[0].body).toBe(
				'{"externalIdentifier":"ORG_1234","name":"ORG [1234] Rennes","groups":["A","B"],"emailSenders":["x@acme.com"]}',
			);
			// Without a Location header the output names the identifier that was sent.
			expect(output(run)).toEqual([{ json: { success: true, id: 'ORG_1234', location: null }, pairedItem: { item: 0 } }]);
		});

		test('accepts every text at its documented maximum of 255 characters', async () => {
			const api = mockApi();
			api.scope.post(`${BASE}/accounts`).reply(204, '');
			const email = `${'a'.repeat(243)}@example.com`;

			const run = await runDigitaleo({
				resource: 'account',
				operation: 'create',
				externalIdentifier: 'E'.repeat(255),
				name: 'N'.repeat(255),
				additionalFields: { firstName: 'F'.repeat(255), lastName: 'L'.repeat(255), email },
			});

			expect(run.error).toBeUndefined();
			expect(email).toHaveLength(255);
			expect(JSON.parse(api.sent[0].body as string)).toEqual({
				externalIdentifier: 'E'.repeat(255),
				name: 'N'.repeat(255),
				firstName: 'F'.repeat(255),
				lastName: 'L'.repeat(255),
				email,
			});
		});

		test.each([
			[{ externalIdentifier: '   ' }, 'Invalid "External Identifier": is required [item 0]'],
			[{ externalIdentifier: 'E'.repeat(256) }, 'Invalid "External Identifier": must be at most 255 characters [item 0]'],
			[{ externalIdentifier: 'ORG/1234' }, 'Invalid "External Identifier": must not contain "/", "\\" or control characters [item 0]'],
			[{ externalIdentifier: '..' }, 'Invalid "External Identifier": must not be "." or ".." [item 0]'],
			[{ name: '  ' }, 'Invalid "Name": is required [item 0]'],
			[{ name: 'N'.repeat(256) }, 'Invalid "Name": must be at most 255 characters [item 0]'],
			[{ additionalFields: { firstName: 'F'.repeat(256) } }, 'Invalid "First Name": must be at most 255 characters [item 0]'],
			[{ additionalFields: { lastName: 'L'.repeat(256) } }, 'Invalid "Last Name": must be at most 255 characters [item 0]'],
			[{ additionalFields: { email: `${'a'.repeat(244)}@example.com` } }, 'Invalid "Email": must be at most 255 characters [item 0]'],
			[{ additionalFields: { email: 'jean.michel.acme.com' } }, 'Invalid "Email": must be a valid email address [item 0]'],
			[{ additionalFields: { locale: '={{ "de_DE" }}' } }, 'Invalid "Locale": must be one of: fr_FR, en_GB, es_ES, es_CO [item 0]'],
			[
				{ additionalFields: { timezone: '={{ "Mars/Olympus" }}' } },
				'Invalid "Timezone": must be a time zone name from the tz database, e.g. Europe/Paris [item 0]',
			],
			[{ additionalFields: { emailSenders: ['news@acme.com', 'promo'] } }, 'Invalid "Email Senders" (entry 2): must be a valid email address [item 0]'],
			[{ additionalFields: { defaultReplyTo: 'reply' } }, 'Invalid "Default Reply-To": must be a valid email address [item 0]'],
			[{ additionalFields: { groups: '={{ 5 }}' } }, 'Invalid "Groups": must be a list of texts [item 0]'],
			[{ additionalFields: { dependsOn: '={{ { a: 1 } }}' } }, 'Invalid "Depends On": must be a list of texts [item 0]'],
			[{ additionalFields: { emailSenders: '={{ 5 }}' } }, 'Invalid "Email Senders": must be a list of email addresses [item 0]'],
		])('rejects %j before sending anything', async (params, message) => {
			const api = mockApi();
			const oauth = mockOAuth();
			const run = await runDigitaleo({ ...create, ...params } as IDataObject, { credentials: { accessToken: '' } });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
			// Not even a login: validation comes first.
			expect(oauth.sent).toEqual([]);
		});

		test('an identifier that an expression leaves empty is required', async () => {
			const api = mockApi();
			const run = await runDigitaleo({ ...create, externalIdentifier: '={{ $json.ref }}' }, { input: [{ ref: '' }] });
			expect(run.error?.message).toBe('Invalid "External Identifier": is required [item 0]');
			expect(api.sent).toEqual([]);
		});
	});

	describe('get', () => {
		test('reads one account by its external identifier', async () => {
			const api = mockApi();
			api.scope.get(`${BASE}/accounts/ORG_1234`).reply(200, account);

			const run = await runDigitaleo({ resource: 'account', operation: 'get', accountId: byId('ORG_1234') });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: `${BASE}/accounts/ORG_1234`, authorization: bearer() }]);
			expect(output(run)).toEqual([{ json: account, pairedItem: { item: 0 } }]);
		});

		test('URL-encodes the identifier in the path', async () => {
			const api = mockApi();
			api.scope.get(`${BASE}/accounts/ORG%20%5B1%5D%3F%23`).reply(200, account);

			const run = await runDigitaleo({ resource: 'account', operation: 'get', accountId: byId('ORG [1]?#') });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: `${BASE}/accounts/ORG%20%5B1%5D%3F%23`, authorization: bearer() }]);
		});

		test.each([
			['={{ "ORG/1234" }}', 'Invalid "Account": must not contain "/", "\\" or control characters [item 0]'],
			['={{ "  " }}', 'Invalid "Account": is required [item 0]'],
			['={{ "ORG\\n1" }}', 'Invalid "Account": must not contain "/", "\\" or control characters [item 0]'],
			[`={{ "${'A'.repeat(256)}" }}`, 'Invalid "Account": must be at most 255 characters [item 0]'],
		])('rejects the account %s before sending anything', async (value, message) => {
			const api = mockApi();
			const run = await runDigitaleo({ resource: 'account', operation: 'get', accountId: byId(value) });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});

		test('a slash typed in "By ID" mode is refused by n8n with the locator\'s message', async () => {
			const api = mockApi();
			await expect(runDigitaleo({ resource: 'account', operation: 'get', accountId: byId('ORG/1') })).rejects.toThrow(
				'An account is identified by its external identifier, e.g. ORG_1234, without "/"',
			);
			expect(api.sent).toEqual([]);
		});
	});

	describe('update', () => {
		test('sends only the fields given, as in the docs example', async () => {
			const api = mockApi();
			api.scope.put(`${BASE}/accounts/ORG_1234`).reply(204, '', { Location: location });

			const run = await runDigitaleo({
				resource: 'account',
				operation: 'update',
				accountId: byId('ORG_1234'),
				updateFields: {
					firstName: 'Patrick',
					email: 'patrick.michel@acme.com',
					fields: { entry: [{ key: 'businessAddress1', value: '22 Avenue Jules Maniez' }] },
				},
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: `${BASE}/accounts/ORG_1234`,
					body: '{"firstName":"Patrick","email":"patrick.michel@acme.com","fields":{"businessAddress1":"22 Avenue Jules Maniez"}}',
					contentType: JSON_TYPE,
					authorization: bearer(),
				},
			]);
			expect(output(run)).toEqual([{ json: { success: true, id: 'ORG_1234', location }, pairedItem: { item: 0 } }]);
		});

		test('sends every updatable field in the order of the docs', async () => {
			const api = mockApi();
			api.scope.put(`${BASE}/accounts/ORG_1234`).reply(204, '');

			const run = await runDigitaleo({
				resource: 'account',
				operation: 'update',
				accountId: byId('ORG_1234'),
				updateFields: {
					defaultReplyTo: 'reply@acme.com',
					defaultEmailSender: 'ACME',
					emailSenders: ['news@acme.com'],
					fields: { entry: [{ key: 'businessCity', value: 'Rennes' }] },
					email: 'p@acme.com',
					lastName: 'Michel',
					firstName: 'Patrick',
					name: 'ORG [1234] Rennes Centre',
				},
			});

			expect(run.error).toBeUndefined();
			expect(api.sent[0].body).toBe(
				JSON.stringify({
					name: 'ORG [1234] Rennes Centre',
					firstName: 'Patrick',
					lastName: 'Michel',
					email: 'p@acme.com',
					fields: { businessCity: 'Rennes' },
					emailSenders: ['news@acme.com'],
					defaultEmailSender: 'ACME',
					defaultReplyTo: 'reply@acme.com',
				}),
			);
			expect(output(run)).toEqual([{ json: { success: true, id: 'ORG_1234', location: null }, pairedItem: { item: 0 } }]);
		});

		test('clears the sender settings with null, and an empty sender list empties it with []', async () => {
			const api = mockApi();
			api.scope.put(`${BASE}/accounts/ORG_1234`).times(2).reply(204, '');

			const cleared = await runDigitaleo({
				resource: 'account',
				operation: 'update',
				accountId: byId('ORG_1234'),
				updateFields: { clearFields: ['defaultReplyTo', 'emailSenders', 'defaultEmailSender'] },
			});
			const emptied = await runDigitaleo({
				resource: 'account',
				operation: 'update',
				accountId: byId('ORG_1234'),
				updateFields: { emailSenders: [] },
			});

			expect(cleared.error).toBeUndefined();
			expect(emptied.error).toBeUndefined();
			expect(api.sent.map((r) => r.body)).toEqual([
				'{"emailSenders":null,"defaultEmailSender":null,"defaultReplyTo":null}',
				'{"emailSenders":[]}',
			]);
		});

		test.each([
			[{}, 'Invalid "Update Fields": add at least one field to change [item 0]'],
			[{ clearFields: [] }, 'Invalid "Update Fields": add at least one field to change [item 0]'],
			[{ name: ' ' }, 'Invalid "Name": is required [item 0]'],
			[{ name: 'N'.repeat(256) }, 'Invalid "Name": must be at most 255 characters [item 0]'],
			[{ firstName: 'F'.repeat(256) }, 'Invalid "First Name": must be at most 255 characters [item 0]'],
			[{ lastName: 'L'.repeat(256) }, 'Invalid "Last Name": must be at most 255 characters [item 0]'],
			[{ email: 'patrick' }, 'Invalid "Email": must be a valid email address [item 0]'],
			[{ emailSenders: ['bad'] }, 'Invalid "Email Senders" (entry 1): must be a valid email address [item 0]'],
			[{ defaultReplyTo: 'bad@' }, 'Invalid "Default Reply-To": must be a valid email address [item 0]'],
			[
				{ defaultReplyTo: 'reply@acme.com', clearFields: ['defaultReplyTo'] },
				'Invalid "Default Reply-To": cannot be both given and cleared [item 0]',
			],
			[
				{ clearFields: '={{ ["name"] }}' },
				'Invalid "Clear (Set to Null)" (entry 1): must list only emailSenders, defaultEmailSender or defaultReplyTo [item 0]',
			],
		])('rejects %j before sending anything', async (updateFields, message) => {
			const api = mockApi();
			const run = await runDigitaleo({ resource: 'account', operation: 'update', accountId: byId('ORG_1234'), updateFields });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('delete', () => {
		test('deletes the account and reports success for the 204', async () => {
			const api = mockApi();
			api.scope.delete(`${BASE}/accounts/ORG_1234`).reply(204, '');

			const run = await runDigitaleo({ resource: 'account', operation: 'delete', accountId: byId('ORG_1234') });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'DELETE', path: `${BASE}/accounts/ORG_1234`, authorization: bearer() }]);
			expect(output(run)).toEqual([{ json: { success: true, id: 'ORG_1234', location: null }, pairedItem: { item: 0 } }]);
		});

		test('rejects an invalid account before sending anything', async () => {
			const api = mockApi();
			const run = await runDigitaleo({ resource: 'account', operation: 'delete', accountId: byId('={{ ".." }}') });
			expect(run.error?.message).toBe('Invalid "Account": must not be "." or ".." [item 0]');
			expect(api.sent).toEqual([]);
		});
	});

	const LOGIN_AS_TOKEN = 'account-session-token-77';
	const loginAsBody = JSON.stringify({
		client_id: CLIENT_ID,
		client_secret: CLIENT_SECRET,
		grant_type: 'login_as',
		external_identifier: 'ORG_1234',
	});

	describe('getLoginToken', () => {
		test('posts grant type login_as with the client credentials as JSON to the OAuth URL, without the Bearer header', async () => {
			const api = mockApi();
			const oauth = mockOAuth();
			oauth.scope.post('/token').reply(200, { access_token: LOGIN_AS_TOKEN, expires_in: 3600, token_type: 'bearer', scope: 'basic' });

			const run = await runDigitaleo({ resource: 'account', operation: 'getLoginToken', accountId: byId('ORG_1234') });

			expect(run.error).toBeUndefined();
			expect(oauth.sent).toEqual([{ method: 'POST', path: '/token', body: loginAsBody, contentType: JSON_TYPE }]);
			expect(api.sent).toEqual([]);
			expect(output(run)).toEqual([
				{ json: { access_token: LOGIN_AS_TOKEN, expires_in: 3600, token_type: 'bearer' }, pairedItem: { item: 0 } },
			]);
			expect(visible(run)).not.toContain(CLIENT_SECRET);
			expect(visible(run)).not.toContain(TOKEN);
		});

		test('uses the OAuth URL of the credential', async () => {
			const oauth = mockOAuth();
			oauth.scope.post('/v2/oauth/token').reply(200, { access_token: LOGIN_AS_TOKEN, expires_in: '3600', token_type: 'bearer' });

			const run = await runDigitaleo(
				{ resource: 'account', operation: 'getLoginToken', accountId: byId('ORG_1234') },
				{ credentials: { oauthUrl: 'https://oauth.messengeo.net/v2/oauth/token' } },
			);

			expect(run.error).toBeUndefined();
			expect(oauth.sent.map((r) => r.path)).toEqual(['/v2/oauth/token']);
			expect(output(run)[0].json).toEqual({ access_token: LOGIN_AS_TOKEN, expires_in: 3600, token_type: 'bearer' });
		});

		test('a refusal is reported with the OAuth message, without the client secret even when echoed', async () => {
			const oauth = mockOAuth();
			oauth.scope
				.post('/token')
				.reply(400, { error: 'invalid_grant', error_description: `Unknown account for client ${CLIENT_SECRET}` });

			const run = await runDigitaleo({ resource: 'account', operation: 'getLoginToken', accountId: byId('ORG_9') });

			expect(run.error?.name).toBe('NodeApiError');
			expect(run.error?.message).toBe('Unknown account for client [redacted] (invalid_grant)');
			expect(run.error?.httpCode).toBe('400');
			expect(oauth.sent).toHaveLength(1);
			expect(visible(run)).not.toContain(CLIENT_SECRET);
		});

		test('a reply without a token is an error', async () => {
			const oauth = mockOAuth();
			oauth.scope.post('/token').reply(200, { token_type: 'bearer' });

			const run = await runDigitaleo({ resource: 'account', operation: 'getLoginToken', accountId: byId('ORG_1234') });

			expect(run.error?.message).toBe('Digitaleo answered without an access token for this account');
		});

		test('a plain-http OAuth URL is refused before anything is sent', async () => {
			const oauth = mockOAuth();
			const run = await runDigitaleo(
				{ resource: 'account', operation: 'getLoginToken', accountId: byId('ORG_1234') },
				{ credentials: { oauthUrl: 'http://oauth.messengeo.net/token' } },
			);
			expect(run.error?.message).toBe("The credential's OAuth URL must start with https:// (plain http is accepted only for localhost)");
			expect(oauth.sent).toEqual([]);
		});

		test('rejects an invalid account before sending anything', async () => {
			const oauth = mockOAuth();
			const run = await runDigitaleo({ resource: 'account', operation: 'getLoginToken', accountId: byId('={{ "a/b" }}') });
			expect(run.error?.message).toBe('Invalid "Account": must not contain "/", "\\" or control characters [item 0]');
			expect(oauth.sent).toEqual([]);
		});
	});

	describe('getAutoLogin', () => {
		const page = (action: string, token: string): string =>
			[
				'<!DOCTYPE html>',
				'<html lang="en">',
				'<head>',
				'<meta charset="utf-8">',
				'<meta name="referrer" content="no-referrer">',
				'<meta name="robots" content="noindex, nofollow">',
				'<title>Signing in to Digitaleo</title>',
				'</head>',
				'<body>',
				`<form id="digitaleo-login" method="post" action="${action}">`,
				`<input type="hidden" name="access_token" value="${token}">`,
				'<button type="submit">Continue to Digitaleo</button>',
				'</form>',
				'<script>document.getElementById("digitaleo-login").submit();</script>',
				'</body>',
				'</html>',
			].join('\n');

		test('returns the token, the login URL and a page that posts the token there', async () => {
			const oauth = mockOAuth();
			oauth.scope.post('/token').reply(200, { access_token: LOGIN_AS_TOKEN, expires_in: 3600, token_type: 'bearer' });

			const run = await runDigitaleo({ resource: 'account', operation: 'getAutoLogin', accountId: byId('ORG_1234') });

			expect(run.error).toBeUndefined();
			expect(oauth.sent).toEqual([{ method: 'POST', path: '/token', body: loginAsBody, contentType: JSON_TYPE }]);
			expect(output(run)).toEqual([
				{
					json: {
						access_token: LOGIN_AS_TOKEN,
						expires_in: 3600,
						token_type: 'bearer',
						loginUrl: 'https://app.digitaleo.com/auth/login',
						html: page('https://app.digitaleo.com/auth/login', LOGIN_AS_TOKEN),
					},
					pairedItem: { item: 0 },
				},
			]);
			expect(visible(run)).not.toContain(CLIENT_SECRET);
		});

		test('escapes the token and the login URL in the page', async () => {
			const oauth = mockOAuth();
			const odd = `a"b'c<d>e&f`;
			oauth.scope.post('/token').reply(200, { access_token: odd, expires_in: 3600, token_type: 'bearer' });

			const run = await runDigitaleo({
				resource: 'account',
				operation: 'getAutoLogin',
				accountId: byId('ORG_1234'),
				additionalFields: { loginUrl: 'https://sso.example.com/auth/login?a=1&b="2"' },
			});

			expect(run.error).toBeUndefined();
			const json = output(run)[0].json;
			expect(json.access_token).toBe(odd);
			expect(json.loginUrl).toBe('https://sso.example.com/auth/login?a=1&b="2"');
			expect(json.html).toBe(page('https://sso.example.com/auth/login?a=1&amp;b=&quot;2&quot;', 'a&quot;b&#39;c&lt;d&gt;e&amp;f'));
			expect(json.html).not.toContain(odd);
		});

		test.each([
			['http://app.digitaleo.com/auth/login', 'Invalid "Login URL": must be an https:// URL [item 0]'],
			['not a url', 'Invalid "Login URL": must be an https:// URL [item 0]'],
		])('rejects the login URL %j before sending anything', async (loginUrl, message) => {
			const oauth = mockOAuth();
			const run = await runDigitaleo({
				resource: 'account',
				operation: 'getAutoLogin',
				accountId: byId('ORG_1234'),
				additionalFields: { loginUrl },
			});
			expect(run.error?.message).toBe(message);
			expect(oauth.sent).toEqual([]);
		});
	});
});
