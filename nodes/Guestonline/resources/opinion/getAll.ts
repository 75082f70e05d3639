import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { restaurantFilter } from '../../fields';
import { listRules, readInput } from '../../input';
import { listRecords } from '../../transport';

const description: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Updated Since',
				name: 'updatedAt',
				type: 'string',
				placeholder: 'YYYY-MM-DD',
				default: '',
				description: 'Only opinions updated on or after this date',
			},
			restaurantFilter(),
		],
	},
];

const schema = z.object({ ...listRules, updatedAt: rules.date().optional(), restaurantId: rules.numericId().optional() });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await listRecords(this, {
		path: '/opinions',
		listKey: 'opinions',
		qs: { updated_at: input.updatedAt, restaurant_id: input.restaurantId },
		itemIndex,
	});
}

export const getAll: Operation = { description, safe: true, execute };
