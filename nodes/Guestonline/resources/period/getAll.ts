import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { expandsField, optionsOf, restaurantFilter, SEARCH_PERIODS } from '../../fields';
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
		description: 'The day to look at',
	},
	{
		displayName: 'Number of Persons',
		name: 'persons',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1 },
		default: 2,
	},
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			expandsField([['bookings_detail', 'Bookings Detail']], 'Extra data to include with each period'),
			{
				displayName: 'Period',
				name: 'period',
				type: 'options',
				default: 'lunch',
				options: optionsOf(SEARCH_PERIODS),
			},
			restaurantFilter(),
		],
	},
];

const schema = z.object({
	...listRules,
	date: rules.date(),
	persons: rules.int(1),
	period: rules.oneOf(SEARCH_PERIODS).optional(),
	restaurantId: rules.numericId().optional(),
	expands: z.array(rules.oneOf(['bookings_detail'])).optional(),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	// The periods list comes back whole: no page parameters.
	return await listRecords(this, {
		path: '/periods',
		listKey: 'periods',
		qs: {
			date: input.date,
			persons: input.persons,
			restaurant_id: input.restaurantId,
			period: input.period,
			expands: input.expands,
		},
		itemIndex,
		paginated: false,
	});
}

export const getAll: Operation = { description, safe: true, execute };
