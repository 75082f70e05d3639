import { USER_ID } from './fixtures';
import { API_KEY, byId, fromList, get, mockApi, output, paired, runPartoo, sentJson } from './helpers';

const TOKEN = '5&SSkkals11&%409cAK:LADS879Asad;lksa';

describe('Partoo authorization', () => {
	test.each([
		[false, 'False'],
		[true, 'True'],
	])('create with Consumable %s sends consumable "%s"', async (consumable, sent) => {
		const api = mockApi();
		const reply = { user_id: USER_ID, user_authorization_token: TOKEN };
		api.scope.post('/api/v2/authorize').query(true).reply(200, reply);

		const run = await runPartoo({ resource: 'authorization', operation: 'create', userId: byId(USER_ID), consumable });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson('POST', '/authorize', { user_id: USER_ID, consumable: sent })]);
		expect(output(run)).toEqual([paired(reply)]);
	});

	test('getAll gives one item per current token', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/authorize/list').query(true).reply(200, { user_id: USER_ID, user_authorization_tokens: [TOKEN, 'second-token'] });

		const run = await runPartoo({ resource: 'authorization', operation: 'getAll', userId: fromList(USER_ID), returnAll: true });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get(`/authorize/list?user_id=${USER_ID}`)]);
		expect(output(run)).toEqual([
			paired({ user_id: USER_ID, user_authorization_token: TOKEN }),
			paired({ user_id: USER_ID, user_authorization_token: 'second-token' }),
		]);
	});

	test('getAll with a limit keeps the first tokens; no token gives no item', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/authorize/list').query(true).reply(200, { user_id: USER_ID, user_authorization_tokens: ['t1', 't2', 't3'] });
		api.scope.get('/api/v2/authorize/list').query(true).reply(200, { user_id: USER_ID, user_authorization_tokens: [] });

		const limited = await runPartoo({ resource: 'authorization', operation: 'getAll', userId: byId(USER_ID), returnAll: false, limit: 2 });
		const none = await runPartoo({ resource: 'authorization', operation: 'getAll', userId: byId(USER_ID), returnAll: true });

		expect(output(limited)).toEqual([
			paired({ user_id: USER_ID, user_authorization_token: 't1' }),
			paired({ user_id: USER_ID, user_authorization_token: 't2' }),
		]);
		expect(output(none)).toEqual([]);
		expect(api.sent).toEqual([get(`/authorize/list?user_id=${USER_ID}`), get(`/authorize/list?user_id=${USER_ID}`)]);
	});

	test('revoke without a token revokes every token of the user', async () => {
		const api = mockApi();
		const reply = { user_id: USER_ID, user_authorization_tokens: [] };
		api.scope.post('/api/v2/authorize/revoke').query(true).reply(200, reply);

		const run = await runPartoo({ resource: 'authorization', operation: 'revoke', userId: byId(USER_ID) });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson('POST', '/authorize/revoke', { user_id: USER_ID })]);
		expect(output(run)).toEqual([paired(reply)]);
	});

	test('revoke with a token revokes only that token', async () => {
		const api = mockApi();
		const reply = { user_id: USER_ID, user_authorization_tokens: ['second-token'] };
		api.scope.post('/api/v2/authorize/revoke').query(true).reply(200, reply);

		const run = await runPartoo({
			resource: 'authorization',
			operation: 'revoke',
			userId: byId(USER_ID),
			additionalFields: { user_authorization_token: TOKEN },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson('POST', '/authorize/revoke', { user_id: USER_ID, user_authorization_token: TOKEN })]);
		expect(output(run)).toEqual([paired(reply)]);
	});

	test('revoke: a token echoed in an error is hidden, like the API key', async () => {
		const api = mockApi();
		api.scope
			.post('/api/v2/authorize/revoke')
			.query(true)
			.reply(400, { errors: { json: { user_authorization_token: `${TOKEN} is unknown (key ${API_KEY})` } } });

		const run = await runPartoo({
			resource: 'authorization',
			operation: 'revoke',
			userId: byId(USER_ID),
			additionalFields: { user_authorization_token: TOKEN },
		});

		expect(run.error?.message).toBe('user_authorization_token: [redacted] is unknown (key [redacted])');
		const error = run.error as Error & { description?: unknown; context?: unknown; errorResponse?: unknown; messages?: unknown };
		// The node's own parameters (where the user typed the token) are n8n's business; the error text is ours.
		const shown = JSON.stringify([error.message, error.description, error.errorResponse, error.messages, error.stack, error.context]);
		expect(shown).not.toContain(TOKEN);
		expect(shown).not.toContain(encodeURIComponent(TOKEN));
		expect(shown).not.toContain(API_KEY);
	});

	test.each([
		['create', { userId: fromList('5409/../me') }, 'Invalid "User": must contain only letters, digits, "-" and "_" [item 0]'],
		['create', { userId: byId(USER_ID), consumable: '={{ "yes" }}' }, 'Invalid "Consumable": must be true or false [item 0]'],
		['getAll', { userId: byId('={{ "" }}'), returnAll: true }, 'Invalid "User": is required [item 0]'],
		['getAll', { userId: byId(USER_ID), returnAll: false, limit: '={{ 0 }}' }, 'Invalid "Limit": must be at least 1 [item 0]'],
		['revoke', { userId: fromList('a b') }, 'Invalid "User": must contain only letters, digits, "-" and "_" [item 0]'],
	])('%s rejects %j before sending anything', async (operation, params, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'authorization', operation, ...params });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});
