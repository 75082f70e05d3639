import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { restaurantFilter } from '../../fields';
import { listRules, readInput } from '../../input';
import { listRecords } from '../../transport';

const description: INodeProperties[] = [
	{
		displayName: 'Date',
		name: 'date',
		type: 'string',
		required: true,
		placeholder: 'YYYY-MM-DD',
		default: '',
		description: 'The day whose services are listed',
	},
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [restaurantFilter()],
	},
];

const schema = z.object({ ...listRules, date: rules.date(), restaurantId: rules.numericId().optional() });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await listRecords(this, {
		path: '/runtime_services',
		listKey: 'runtime_services',
		qs: { date: input.date, restaurant_id: input.restaurantId },
		itemIndex,
		paginated: false,
	});
}

export const getAll: Operation = { description, safe: true, execute };
