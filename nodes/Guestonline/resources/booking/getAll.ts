import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { BOOKING_PERIODS, BOOKING_STATES, optionsOf, restaurantFilter } from '../../fields';
import { listRules, readInput } from '../../input';
import { listRecords } from '../../transport';
import { bookingExpands, expandsRule } from './shared';

const description: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Booking Date', name: 'bookingDate', type: 'string', placeholder: 'YYYY-MM-DD', default: '' },
			{ displayName: 'Booking State', name: 'bookingState', type: 'options', default: 'validated', options: optionsOf(BOOKING_STATES) },
			bookingExpands(),
			{ displayName: 'Period', name: 'period', type: 'options', default: 'dinner', options: optionsOf(BOOKING_PERIODS) },
			restaurantFilter(),
		],
	},
];

const schema = z.object({
	...listRules,
	bookingDate: rules.date().optional(),
	bookingState: rules.oneOf(BOOKING_STATES).optional(),
	period: rules.oneOf(BOOKING_PERIODS).optional(),
	restaurantId: rules.numericId().optional(),
	expands: expandsRule,
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await listRecords(this, {
		path: '/bookings',
		listKey: 'bookings',
		qs: {
			restaurant_id: input.restaurantId,
			period: input.period,
			booking_state: input.bookingState,
			booking_date: input.bookingDate,
			expands: input.expands,
		},
		itemIndex,
	});
}

export const getAll: Operation = { description, safe: true, execute };
