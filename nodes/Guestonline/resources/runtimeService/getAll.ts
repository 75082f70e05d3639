import { dateField } from '../../../shared/descriptions';
import { listOperation } from '../../../shared/operations';
import { rules } from '../../../shared/validation';
import { guestonlineId, restaurantFilter } from '../../fields';
import { listRecords } from '../../transport';

export const getAll = listOperation({
	fields: [dateField('date', 'Date', 'The day whose services are listed')],
	filters: [restaurantFilter()],
	rules: { date: rules.date(), restaurantId: guestonlineId().optional() },
	// Runtime services come back whole: no page parameters.
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
			path: '/runtime_services',
			listKey: 'runtime_services',
			qs: { date: input.date, restaurant_id: input.restaurantId },
			itemIndex,
			paginated: false,
		}),
});
