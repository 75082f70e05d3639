import { dateField } from '../../../shared/descriptions';
import { listOperation } from '../../../shared/operations';
import { rules } from '../../../shared/validation';
import { guestonlineId, restaurantFilter } from '../../fields';
import { listRecords } from '../../transport';

export const getAll = listOperation({
	filters: [dateField('updatedAt', 'Updated Since', 'Only opinions updated on or after this date', false), restaurantFilter()],
	rules: { updatedAt: rules.date().optional(), restaurantId: guestonlineId().optional() },
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
			path: '/opinions',
			listKey: 'opinions',
			qs: { updated_at: input.updatedAt, restaurant_id: input.restaurantId },
			itemIndex,
		}),
});
