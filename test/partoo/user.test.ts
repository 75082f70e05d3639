import { BUSINESS_ID, USER_ID, success, user } from './fixtures';
import { byId, fromList, get, mockApi, output, paired, runPartoo, searchReply, sentJson } from './helpers';

const stats = { count: 12, invited_count: 2, activate_count: 10 };

describe('Partoo user reads', () => {
	test.each([
		[{}, `/user/${USER_ID}`],
		[{ additionalFields: { display_business_ids: false } }, `/user/${USER_ID}?display_business_ids=False`],
		[{ additionalFields: { display_business_ids: true } }, `/user/${USER_ID}?display_business_ids=True`],
	])('get with options %j sends GET %s', async (params, path) => {
		const api = mockApi();
		api.scope.get(`/api/v2/user/${USER_ID}`).query(true).reply(200, user);

		const run = await runPartoo({ resource: 'user', operation: 'get', userId: byId(USER_ID), ...params });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get(path)]);
		expect(output(run)).toEqual([paired(user)]);
	});

	test.each([
		[{}, '/user/me'],
		[{ additionalFields: { display_business_ids: false } }, '/user/me?display_business_ids=False'],
	])('getMe with options %j sends GET %s', async (params, path) => {
		const api = mockApi();
		api.scope.get('/api/v2/user/me').query(true).reply(200, user);

		const run = await runPartoo({ resource: 'user', operation: 'getMe', ...params });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get(path)]);
		expect(output(run)).toEqual([paired(user)]);
	});

	test('getStats reads the user counts', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/user/stats').query(true).reply(200, stats);

		const run = await runPartoo({ resource: 'user', operation: 'getStats' });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get('/user/stats')]);
		expect(output(run)).toEqual([paired(stats)]);
	});

	test('getAll sends every documented filter', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/user/search').query(true).reply(200, searchReply('users', [user]));

		const run = await runPartoo({
			resource: 'user',
			operation: 'getAll',
			returnAll: true,
			filters: {
				orgId: byId(1234),
				last_name: 'Flantier',
				email: 'noel@flantier.com',
				status: 'invited',
				display_business_ids: false,
				query: 'noel',
			},
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			get('/user/search?org_id=1234&last_name=Flantier&email=noel%40flantier.com&status=invited&display_business_ids=False&query=noel&page=1'),
		]);
		expect(output(run)).toEqual([paired(user)]);
	});

	test.each([
		['get', { userId: fromList('me/../1') }, 'Invalid "User": must contain only letters, digits, "-" and "_" [item 0]'],
		['get', { userId: byId(USER_ID), additionalFields: { display_business_ids: '={{ "False" }}' } }, 'Invalid "Display Business IDs": must be true or false [item 0]'],
		['getAll', { returnAll: true, filters: { email: 'noel' } }, 'Invalid "Email": must be a valid email address [item 0]'],
		['getAll', { returnAll: true, filters: { status: '={{ "deleted" }}' } }, 'Invalid "Status": must be one of: active, invited [item 0]'],
		['getAll', { returnAll: true, filters: { orgId: fromList('x') } }, 'Invalid "Organization": must be a positive whole number (the numeric ID) [item 0]'],
	])('%s rejects %j before sending anything', async (operation, params, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'user', operation, ...params });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});

describe('Partoo user writes', () => {
	test('create sends the reference example, with send_invitation as "True"', async () => {
		const api = mockApi();
		api.scope.post('/api/v2/user').query(true).reply(200, success(USER_ID));

		const run = await runPartoo({
			resource: 'user',
			operation: 'create',
			email: 'email@partoo.fr',
			first_name: 'Noël',
			last_name: 'Flantier',
			additionalFields: {
				status: 'invited',
				business_ids: '',
				orgId: fromList('12345'),
				lang: 'fr',
				role: 'BUSINESS_MANAGER',
				send_invitation: true,
				phone: '+33612131415',
			},
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			sentJson('POST', '/user', {
				email: 'email@partoo.fr',
				first_name: 'Noël',
				last_name: 'Flantier',
				lang: 'fr',
				status: 'invited',
				role: 'BUSINESS_MANAGER',
				org_id: 12345,
				send_invitation: 'True',
				phone: '+33612131415',
			}),
		]);
		expect(output(run)).toEqual([paired(success(USER_ID))]);
	});

	test('create an active user with a password and businesses', async () => {
		const api = mockApi();
		api.scope.post('/api/v2/user').query(true).reply(200, success(USER_ID));

		const run = await runPartoo({
			resource: 'user',
			operation: 'create',
			email: ' rene.cotty@partoo.fr ',
			first_name: 'René',
			last_name: 'Cotty',
			additionalFields: {
				status: 'active',
				password: 'secret6',
				send_invitation: false,
				business_ids: `${BUSINESS_ID}, 5a2ab4edb12ff67cba1b7e1b`,
				role: 'ORG_ADMIN',
			},
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			sentJson('POST', '/user', {
				email: 'rene.cotty@partoo.fr',
				first_name: 'René',
				last_name: 'Cotty',
				status: 'active',
				role: 'ORG_ADMIN',
				password: 'secret6',
				send_invitation: 'False',
				business_ids: [BUSINESS_ID, '5a2ab4edb12ff67cba1b7e1b'],
			}),
		]);
		expect(output(run)).toEqual([paired(success(USER_ID))]);
	});

	test('update sends only the fields given', async () => {
		const api = mockApi();
		api.scope.post(`/api/v2/user/${USER_ID}`).query(true).reply(200, success(USER_ID));

		const run = await runPartoo({
			resource: 'user',
			operation: 'update',
			userId: fromList(USER_ID),
			updateFields: { last_name: 'Flantier', password: 'new-password', orgId: byId(12345) },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			sentJson('POST', `/user/${USER_ID}`, { last_name: 'Flantier', org_id: 12345, password: 'new-password' }),
		]);
		expect(output(run)).toEqual([paired(success(USER_ID))]);
	});

	test.each([
		['delete', 'DELETE', `/user/${USER_ID}`, success(USER_ID)],
		['reinvite', 'POST', `/user/${USER_ID}/invite`, { status: 'success' }],
	])('%s sends %s %s without a body', async (operation, method, path, reply) => {
		const api = mockApi();
		api.scope.intercept(`/api/v2${path}`, method).query(true).reply(200, reply);

		const run = await runPartoo({ resource: 'user', operation, userId: byId(USER_ID) });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson(method, path)]);
		expect(output(run)).toEqual([paired(reply)]);
	});

	test('a password echoed in an error is hidden', async () => {
		const api = mockApi();
		api.scope.post('/api/v2/user').query(true).reply(400, { errors: { json: { password: 'hunter22 is too weak' } } });

		const run = await runPartoo({
			resource: 'user',
			operation: 'create',
			email: 'email@partoo.fr',
			first_name: 'Noël',
			last_name: 'Flantier',
			additionalFields: { password: 'hunter22' },
		});

		expect(run.error?.message).toBe('password: [redacted] is too weak');
		const error = run.error as Error & { description?: unknown; context?: unknown; errorResponse?: unknown; messages?: unknown };
		expect(JSON.stringify([error.message, error.description, error.errorResponse, error.messages, error.stack])).not.toContain('hunter22');
	});

	const create = { resource: 'user', operation: 'create', email: 'email@partoo.fr', first_name: 'Noël', last_name: 'Flantier' };
	test.each([
		[{ email: 'email.partoo.fr' }, 'Invalid "Email": must be a valid email address [item 0]'],
		[{ first_name: '={{ "" }}' }, 'Invalid "First Name": is required [item 0]'],
		[{ last_name: '={{ " " }}' }, 'Invalid "Last Name": is required [item 0]'],
		[{ additionalFields: { password: '12345' } }, 'Invalid "Password": must be at least 6 characters long [item 0]'],
		[
			{ additionalFields: { status: 'invited', password: 'secret6' } },
			'Invalid "Password": is not allowed when the status is "invited" (the user sets it from the invitation email) [item 0]',
		],
		[{ additionalFields: { status: '={{ "pending" }}' } }, 'Invalid "Status": must be one of: active, invited [item 0]'],
		[{ additionalFields: { role: '={{ "OWNER" }}' } }, 'Invalid "Role": must be one of: PROVIDER, ORG_ADMIN, BUSINESS_MANAGER, ADMIN, SUPERADMIN [item 0]'],
		[{ additionalFields: { lang: 'FRA' } }, 'Invalid "Language": must be an ISO 639-1 language code, e.g. fr [item 0]'],
		[{ additionalFields: { phone: 'call me' } }, 'Invalid "Phone": must be a phone number of digits, spaces and an optional leading + [item 0]'],
		[
			{ additionalFields: { business_ids: 'a1, b/2' } },
			'Invalid "Business IDs" (entry 2): must be a comma-separated list of business IDs (letters, digits, "-" and "_") [item 0]',
		],
		[{ additionalFields: { send_invitation: '={{ "True" }}' } }, 'Invalid "Send Invitation": must be true or false [item 0]'],
	])('create rejects %j before sending anything', async (params, message) => {
		const api = mockApi();
		const run = await runPartoo({ ...create, ...params });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});

	test.each([
		[{}, 'Invalid "Update Fields": add at least one field to change [item 0]'],
		[{ email: 'noel@' }, 'Invalid "Email": must be a valid email address [item 0]'],
		[
			{ status: 'invited', password: 'secret6' },
			'Invalid "Password": is not allowed when the status is "invited" (the user sets it from the invitation email) [item 0]',
		],
		[{ password: 'short' }, 'Invalid "Password": must be at least 6 characters long [item 0]'],
		[{ role: '={{ "owner" }}' }, 'Invalid "Role": must be one of: PROVIDER, ORG_ADMIN, BUSINESS_MANAGER, ADMIN, SUPERADMIN [item 0]'],
		[{ lang: 'zz' }, 'Invalid "Language": must be an ISO 639-1 language code, e.g. fr [item 0]'],
	])('update rejects %j before sending anything', async (updateFields, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'user', operation: 'update', userId: byId(USER_ID), updateFields });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});

	test.each(['delete', 'reinvite'])('%s rejects an ID with a slash before sending anything', async (operation) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'user', operation, userId: fromList('1/invite') });
		expect(run.error?.message).toBe('Invalid "User": must contain only letters, digits, "-" and "_" [item 0]');
		expect(api.sent).toEqual([]);
	});
});
