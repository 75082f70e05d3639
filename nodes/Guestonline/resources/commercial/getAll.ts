import { dateField } from '../../../shared/descriptions';
import { listOperation } from '../../../shared/operations';
import { rules, z } from '../../../shared/validation';
import { guestonlineId, restaurantFilter } from '../../fields';
import { listRecords } from '../../transport';

export const getAll = listOperation({
	filters: [
		dateField('date', 'Available On', 'Only offers and events available on this date', false),
		{
			displayName: 'Permanent',
			name: 'permanent',
			type: 'boolean',
			default: false,
			description: 'Whether to list only permanent offers (on) or only non-permanent ones (off)',
		},
		restaurantFilter(),
	],
	rules: {
		date: rules.date().optional(),
		permanent: z.boolean({ invalid_type_error: 'must be true or false' }).optional(),
		restaurantId: guestonlineId().optional(),
	},
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
			path: '/commercials',
			listKey: 'commercials',
			qs: { permanent: input.permanent, date: input.date, restaurant_id: input.restaurantId },
			itemIndex,
		}),
});
