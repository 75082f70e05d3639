import { dateField } from '../../../shared/descriptions';
import { listOperation } from '../../../shared/operations';
import { rules } from '../../../shared/validation';
import { listRecords } from '../../transport';

export const getAll = listOperation({
	filters: [dateField('date', 'Date', 'Date parameter listed by the API reference for this endpoint', false)],
	rules: { date: rules.date().optional() },
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, { path: '/restaurants', listKey: 'restaurants', qs: { date: input.date }, itemIndex }),
});
