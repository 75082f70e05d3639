import { dateField } from '../../../shared/descriptions';
import { listOperation } from '../../../shared/operations';
import { rules } from '../../../shared/validation';
import { BOOKING_PERIODS, BOOKING_STATES, guestonlineId, optionsOf, restaurantFilter } from '../../fields';
import { listRecords } from '../../transport';
import { bookingExpands, expandsRule } from './shared';

export const getAll = listOperation({
	filters: [
		dateField('bookingDate', 'Booking Date', undefined, false),
		{ displayName: 'Booking State', name: 'bookingState', type: 'options', default: 'validated', options: optionsOf(BOOKING_STATES) },
		bookingExpands(),
		{ displayName: 'Period', name: 'period', type: 'options', default: 'dinner', options: optionsOf(BOOKING_PERIODS) },
		restaurantFilter(),
	],
	rules: {
		bookingDate: rules.date().optional(),
		bookingState: rules.oneOf(BOOKING_STATES).optional(),
		period: rules.oneOf(BOOKING_PERIODS).optional(),
		restaurantId: guestonlineId().optional(),
		expands: expandsRule,
	},
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
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
		}),
});
