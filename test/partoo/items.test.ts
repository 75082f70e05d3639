import type { IDataObject } from 'n8n-workflow';

import { get, mockApi, output, paired, runPartoo, sentJson } from './helpers';

const org = (id: number): IDataObject => ({ org_id: id, name: `Org ${id}`, alias: `org_${id}` });
const getOrgFromItem = { resource: 'organization', operation: 'get', orgId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } };

describe('Partoo items', () => {
	test('Continue On Fail: API and validation failures become error items paired to their input', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/org/11').query(true).reply(200, org(11));
		api.scope.get('/api/v2/org/12').query(true).reply(404, { errors: { resource: 'Org matching query does not exist' } });
		api.scope.get('/api/v2/org/14').query(true).reply(200, org(14));

		const run = await runPartoo(getOrgFromItem, { input: [{ id: 11 }, { id: 12 }, { id: 'abc' }, { id: 14 }], continueOnFail: true });

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([
			paired(org(11), 0),
			paired({ error: 'Org matching query does not exist', description: 'HTTP 404: The requested item was not found', httpCode: '404' }, 1),
			paired({ error: 'Invalid "Organization": must be a positive whole number (the numeric ID) [item 2]' }, 2),
			paired(org(14), 3),
		]);
		expect(api.sent.map((r) => r.path).sort()).toEqual([get('/org/11').path, get('/org/12').path, get('/org/14').path]);
	});

	test('writes run one item at a time, in input order', async () => {
		const api = mockApi();
		let inFlight = 0;
		let peak = 0;
		for (const name of ['A', 'B', 'C']) {
			api.scope
				.post('/api/v2/org')
				.query(true)
				.reply(async () => {
					inFlight++;
					peak = Math.max(peak, inFlight);
					await new Promise((resolve) => setTimeout(resolve, 15));
					inFlight--;
					return [200, { status: 'success', org_id: name.charCodeAt(0), alias: name.toLowerCase() }];
				});
		}

		const run = await runPartoo(
			{ resource: 'organization', operation: 'create', name: '={{ $json.name }}' },
			{ input: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] },
		);

		expect(run.error).toBeUndefined();
		expect(peak).toBe(1);
		expect(api.sent).toEqual(['A', 'B', 'C'].map((name) => sentJson('POST', '/org', { name })));
		expect(output(run)).toEqual(['A', 'B', 'C'].map((name, i) => paired({ status: 'success', org_id: name.charCodeAt(0), alias: name.toLowerCase() }, i)));
	});

	test('a list operation run for two items pairs every record with its item', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/org/search').query({ name: 'a', page: '1', api_key: /.*/ as unknown as string }).reply(200, { page: 1, max_page: 1, count: 1, orgs: [org(1)] });
		api.scope.get('/api/v2/org/search').query({ name: 'b', page: '1', api_key: /.*/ as unknown as string }).reply(200, { page: 1, max_page: 1, count: 2, orgs: [org(2), org(3)] });

		const run = await runPartoo(
			{ resource: 'organization', operation: 'getAll', returnAll: true, filters: { name: '={{ $json.name }}' } },
			{ input: [{ name: 'a' }, { name: 'b' }] },
		);

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([paired(org(1), 0), paired(org(2), 1), paired(org(3), 1)]);
	});
});
