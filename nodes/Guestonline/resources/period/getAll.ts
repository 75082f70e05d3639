import { dateField } from '../../../shared/descriptions';
import { listOperation } from '../../../shared/operations';
import { rules, z } from '../../../shared/validation';
import { expandsField, guestonlineId, optionsOf, personsField, restaurantFilter, SEARCH_PERIODS } from '../../fields';
import { listRecords } from '../../transport';

export const getAll = listOperation({
	fields: [dateField('date', 'Date', 'The day to look at'), personsField('persons')],
	filters: [
		expandsField([['bookings_detail', 'Bookings Detail']], 'Extra data to include with each period'),
		{ displayName: 'Period', name: 'period', type: 'options', default: 'lunch', options: optionsOf(SEARCH_PERIODS) },
		restaurantFilter(),
	],
	rules: {
		date: rules.date(),
		persons: rules.int(1),
		period: rules.oneOf(SEARCH_PERIODS).optional(),
		restaurantId: guestonlineId().optional(),
		expands: z.array(rules.oneOf(['bookings_detail'])).optional(),
	},
	// The periods list comes back whole: no page parameters.
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
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
		}),
});
