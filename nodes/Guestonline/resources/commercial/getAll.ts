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
				displayName: 'Available On',
				name: 'date',
				type: 'string',
				placeholder: 'YYYY-MM-DD',
				default: '',
				description: 'Only offers and events available on this date',
			},
			{
				displayName: 'Permanent',
				name: 'permanent',
				type: 'boolean',
				default: false,
				description: 'Whether to list only permanent offers (on) or only non-permanent ones (off)',
			},
			restaurantFilter(),
		],
	},
];

const schema = z.object({
	...listRules,
	date: rules.date().optional(),
	permanent: z.boolean({ invalid_type_error: 'must be true or false' }).optional(),
	restaurantId: rules.numericId().optional(),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await listRecords(this, {
		path: '/commercials',
		listKey: 'commercials',
		qs: { permanent: input.permanent, date: input.date, restaurant_id: input.restaurantId },
		itemIndex,
	});
}

export const getAll: Operation = { description, safe: true, execute };
