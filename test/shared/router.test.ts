import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { BatchOutcome, ResourceMap } from '../../nodes/shared/router';
import { runNode } from '../harness/run';
import { loopNode } from './loop-node';

/** Batches seen by the batch operation, to prove all items arrive in one call. */
const batches: number[][] = [];

const resources: ResourceMap = {
	thing: {
		submit: {
			description: [],
			safe: false,
			async executeBatch(this: IExecuteFunctions, indexes: number[]): Promise<BatchOutcome[]> {
				batches.push(indexes);
				return indexes.map((i) => {
					const value = this.getNodeParameter('value', i) as string;
					if (value === 'bad') return { ok: false, error: new NodeOperationError(this.getNode(), `Item ${i} was refused`) };
					if (value === 'many') return { ok: true, json: [{ value, n: 1 }, { value, n: 2 }] };
					return { ok: true, json: { value } };
				});
			},
		},
	},
};

const run = async (values: string[], continueOnFail: boolean) =>
	await runNode({
		node: loopNode('Batch Test', resources, { properties: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }] }),
		parameters: { resource: 'thing', operation: 'submit', value: '={{ $json.v }}' },
		credentials: {},
		credentialTypes: {},
		input: values.map((v) => ({ v })),
		continueOnFail,
	});

const items = (r: Awaited<ReturnType<typeof run>>) => r.items.map((i) => ({ json: i.json as IDataObject, pairedItem: i.pairedItem }));

describe('shared item loop with a batch operation', () => {
	beforeEach(() => (batches.length = 0));

	test('all items go to one batch call; each outcome is paired with its item', async () => {
		const r = await run(['a', 'many', 'b'], false);
		expect(batches).toEqual([[0, 1, 2]]);
		expect(items(r)).toEqual([
			{ json: { value: 'a' }, pairedItem: { item: 0 } },
			{ json: { value: 'many', n: 1 }, pairedItem: { item: 1 } },
			{ json: { value: 'many', n: 2 }, pairedItem: { item: 1 } },
			{ json: { value: 'b' }, pairedItem: { item: 2 } },
		]);
	});

	test('Continue On Fail: a refused item becomes an error item in its place', async () => {
		const r = await run(['a', 'bad', 'b'], true);
		expect(items(r)).toEqual([
			{ json: { value: 'a' }, pairedItem: { item: 0 } },
			{ json: { error: 'Item 1 was refused' }, pairedItem: { item: 1 } },
			{ json: { value: 'b' }, pairedItem: { item: 2 } },
		]);
	});

	test('without Continue On Fail, the first refused item is thrown with its index', async () => {
		const r = await run(['a', 'b', 'bad'], false);
		expect(r.error?.message).toBe('Item 2 was refused');
		expect(r.error?.context?.itemIndex).toBe(2);
	});
});
