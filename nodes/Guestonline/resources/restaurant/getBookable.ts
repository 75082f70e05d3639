import { dateField } from '../../../shared/descriptions';
import { listOperation } from '../../../shared/operations';
import { rules, z } from '../../../shared/validation';
import { BOOKING_PERIODS, expandsField, optionsOf, personsField } from '../../fields';
import { listRecords } from '../../transport';

export const getBookable = listOperation({
	fields: [
		dateField('date', 'Date', 'The day of the booking'),
		personsField('personsNumber', 'How many people the table is for'),
	],
	filters: [
		expandsField([['first_bookable_hours', 'First Bookable Hours']], 'Extra data to include with each restaurant'),
		{ displayName: 'Period', name: 'period', type: 'options', default: 'lunch', options: optionsOf(BOOKING_PERIODS) },
		{
			displayName: 'Restaurant IDs',
			name: 'restaurantIds',
			type: 'string',
			default: '',
			placeholder: 'e.g. 479, 480',
			description: 'Comma-separated restaurant IDs to check. Leave empty to check every restaurant the token manages.',
		},
	],
	rules: {
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
	},
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
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
		}),
});
