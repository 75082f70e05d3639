import { org } from './fixtures';
import { byId, fromList, get, mockApi, output, paired, runPartoo, searchReply, sentJson } from './helpers';

describe('Partoo organization', () => {
	test('get reads one organization', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/org/1234').query(true).reply(200, org);

		const run = await runPartoo({ resource: 'organization', operation: 'get', orgId: byId(1234) });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get('/org/1234')]);
		expect(output(run)).toEqual([paired(org)]);
	});

	test('getAll sends the org_id, name and alias filters', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/org/search').query(true).reply(200, searchReply('orgs', [org]));

		const run = await runPartoo({
			resource: 'organization',
			operation: 'getAll',
			returnAll: true,
			filters: { org_id: '1234', name: 'Partoo', alias: 'partoo' },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get('/org/search?org_id=1234&name=Partoo&alias=partoo&page=1')]);
		expect(output(run)).toEqual([paired(org)]);
	});

	test('create sends the name and alias, as in the reference example', async () => {
		const api = mockApi();
		const reply = { status: 'success', org_id: 12345, alias: 'partoo_org_2' };
		api.scope.post('/api/v2/org').query(true).reply(200, reply);

		const run = await runPartoo({ resource: 'organization', operation: 'create', name: 'Partoo', additionalFields: { alias: 'partoo_org' } });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson('POST', '/org', { name: 'Partoo', alias: 'partoo_org' })]);
		expect(output(run)).toEqual([paired(reply)]);
	});

	test('create without an alias lets Partoo generate it', async () => {
		const api = mockApi();
		const reply = { status: 'success', org_id: 12346, alias: 'partoo' };
		api.scope.post('/api/v2/org').query(true).reply(200, reply);

		const run = await runPartoo({ resource: 'organization', operation: 'create', name: ' Partoo ' });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson('POST', '/org', { name: 'Partoo' })]);
		expect(output(run)).toEqual([paired(reply)]);
	});

	test('update sends the required name and the alias', async () => {
		const api = mockApi();
		const reply = { status: 'success', org_id: 12345 };
		api.scope.post('/api/v2/org/12345').query(true).reply(200, reply);

		const run = await runPartoo({
			resource: 'organization',
			operation: 'update',
			orgId: fromList('12345'),
			name: 'Partoo',
			additionalFields: { alias: 'partoo' },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson('POST', '/org/12345', { name: 'Partoo', alias: 'partoo' })]);
		expect(output(run)).toEqual([paired(reply)]);
	});

	test.each([
		[false, 'False'],
		[true, 'True'],
	])('delete with Force %s sends force "%s" in the JSON body', async (force, sent) => {
		const api = mockApi();
		const reply = { status: 'success', org_id: 12345 };
		api.scope.delete('/api/v2/org/12345').query(true).reply(200, reply);

		const run = await runPartoo({ resource: 'organization', operation: 'delete', orgId: byId(12345), force });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson('DELETE', '/org/12345', { force: sent })]);
		expect(output(run)).toEqual([paired(reply)]);
	});

	const alias = 'must contain only lower-case letters, digits and "_" (e.g. partoo_org)';
	test.each([
		['get', { orgId: fromList('partoo') }, 'Invalid "Organization": must be a positive whole number (the numeric ID) [item 0]'],
		['getAll', { returnAll: true, filters: { org_id: '12a' } }, 'Invalid "Organization ID": must be a positive whole number (the numeric ID) [item 0]'],
		['getAll', { returnAll: true, filters: { alias: 'Partoo Org' } }, `Invalid "Alias": ${alias} [item 0]`],
		['create', { name: '={{ "" }}' }, 'Invalid "Name": is required [item 0]'],
		['create', { name: 'Partoo', additionalFields: { alias: 'partoo-org' } }, `Invalid "Alias": ${alias} [item 0]`],
		['update', { orgId: byId(12345), name: 'Partoo', additionalFields: { alias: 'PARTOO' } }, `Invalid "Alias": ${alias} [item 0]`],
		['update', { orgId: byId(12345), name: '={{ " " }}' }, 'Invalid "Name": is required [item 0]'],
		['delete', { orgId: byId(12345), force: '={{ "True" }}' }, 'Invalid "Force": must be true or false [item 0]'],
	])('%s rejects %j before sending anything', async (operation, params, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'organization', operation, ...params });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});
