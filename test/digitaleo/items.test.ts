import type { IDataObject } from 'n8n-workflow';

import { BASE, byId, mockApi, output, runDigitaleo } from './helpers';

const accountOf = (id: string): IDataObject => ({ externalIdentifier: id });
const getFromItem = { resource: 'account', operation: 'get', accountId: byId('={{ $json.id }}') };

describe('Digitaleo items', () => {
	test('Continue On Fail: failing items become error items paired to them; the others are kept', async () => {
		const api = mockApi();
		api.scope.get(`${BASE}/accounts/A`).reply(200, accountOf('A'));
		api.scope.get(`${BASE}/accounts/B`).reply(404, { error: { message: 'Not Found', status_code: 404 } });
		api.scope.get(`${BASE}/accounts/D`).reply(200, accountOf('D'));

		const run = await runDigitaleo(getFromItem, { input: [{ id: 'A' }, { id: 'B' }, { id: 'C/1' }, { id: 'D' }], continueOnFail: true });

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([
			{ json: accountOf('A'), pairedItem: { item: 0 } },
			{ json: { error: 'Not Found', description: 'HTTP 404: The requested item was not found', httpCode: '404' }, pairedItem: { item: 1 } },
			{ json: { error: 'Invalid "Account": must not contain "/", "\\" or control characters [item 2]' }, pairedItem: { item: 2 } },
			{ json: accountOf('D'), pairedItem: { item: 3 } },
		]);
		expect(api.sent.map((r) => r.path).sort()).toEqual([`${BASE}/accounts/A`, `${BASE}/accounts/B`, `${BASE}/accounts/D`]);
	});

	test('without Continue On Fail the first failing item stops the node and is named', async () => {
		const api = mockApi();
		api.scope.get(`${BASE}/accounts/A`).reply(200, accountOf('A'));
		api.scope.get(`${BASE}/accounts/B`).reply(404, { error: { message: 'Not Found', status_code: 404 } });

		const run = await runDigitaleo(getFromItem, { input: [{ id: 'A' }, { id: 'B' }] });

		expect(run.error?.message).toBe('Not Found');
		expect(run.error?.context?.itemIndex).toBe(1);
		expect(run.items).toEqual([]);
	});

	test('changes run one at a time by default and stop at the first failure', async () => {
		const api = mockApi();
		api.scope.delete(`${BASE}/accounts/A`).reply(204, '');
		api.scope.delete(`${BASE}/accounts/B`).reply(500, { message: 'Server Error' });

		const run = await runDigitaleo(
			{ resource: 'account', operation: 'delete', accountId: byId('={{ $json.id }}') },
			{ input: [{ id: 'A' }, { id: 'B' }, { id: 'C' }] },
		);

		expect(run.error?.message).toBe('Server Error');
		expect(run.error?.context?.itemIndex).toBe(1);
		expect(api.sent.map((r) => r.path)).toEqual([`${BASE}/accounts/A`, `${BASE}/accounts/B`]);
	});

	test('a list operation gives one item per record, each paired with its input item', async () => {
		const api = mockApi();
		api.scope.get(`${BASE}/accounts/A/users`).reply(200, [{ userExternalIdentifier: 'U1' }, { userExternalIdentifier: 'U2' }]);
		api.scope.get(`${BASE}/accounts/B/users`).reply(200, [{ userExternalIdentifier: 'U3' }]);

		const run = await runDigitaleo(
			{ resource: 'user', operation: 'getAll', accountId: byId('={{ $json.id }}'), returnAll: true },
			{ input: [{ id: 'A' }, { id: 'B' }] },
		);

		expect(output(run)).toEqual([
			{ json: { userExternalIdentifier: 'U1' }, pairedItem: { item: 0 } },
			{ json: { userExternalIdentifier: 'U2' }, pairedItem: { item: 0 } },
			{ json: { userExternalIdentifier: 'U3' }, pairedItem: { item: 1 } },
		]);
	});
});
