import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { BOOKING_PERIODS, optionsOf } from '../../fields';
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
		description: 'The day of the booking',
	},
	{
		displayName: 'Number of Persons',
		name: 'personsNumber',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1 },
		default: 2,
		description: 'How many people the table is for',
	},
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Expand',
				name: 'expands',
				type: 'multiOptions',
				default: [],
				description: 'Extra data to include with each restaurant',
				options: [{ name: 'First Bookable Hours', value: 'first_bookable_hours' }],
			},
			{
				displayName: 'Period',
				name: 'period',
				type: 'options',
				default: 'lunch',
				options: optionsOf(BOOKING_PERIODS),
			},
			{
				displayName: 'Restaurant IDs',
				name: 'restaurantIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 479, 480',
				description: 'Comma-separated restaurant IDs to check. Leave empty to check every restaurant the token manages.',
			},
		],
	},
];

const schema = z.object({
	...listRules,
	date: rules.date(),
	personsNumber: rules.int(1),
	period: rules.oneOf(BOOKING_PERIODS).optional(),
	expands: z.array(rules.oneOf(['first_bookable_hours'])).optional(),
	restaurantIds: z
		.string({ invalid_type_error: 'must be a comma-separated list of restaurant IDs' })
		.transform((v) =>
			v
				.split(',')
				.map((id) => id.trim())
				.filter(Boolean),
		)
		.refine((ids) => ids.every((id) => /^[1-9]\d*$/.test(id)), 'must be a comma-separated list of numeric restaurant IDs')
		.optional(),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await listRecords(this, {
		path: '/restaurants/bookable',
		listKey: 'restaurants',
		qs: {
			date: input.date,
			persons_number: input.personsNumber,
			restaurant_ids: input.restaurantIds,
			period: input.period,
			expands: input.expands,
		},
		itemIndex,
	});
}

export const getBookable: Operation = { description, safe: true, execute };
