import { listOperation } from '../../../shared/operations';
import { locationLocator, uuidRule } from '../../fields';
import { exceptionPage, listRecords } from '../../transport';

/** One item per date whose opening hours differ from the regular ones: `{date, periods}`. */
export const getAll = listOperation({
	fields: [locationLocator()],
	rules: { locationId: uuidRule() },
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
			path: `/localtrac/locations/${input.locationId}/scheduleexceptions`,
			itemIndex,
			read: exceptionPage,
			key: (record) => (typeof record.date === 'string' ? record.date : JSON.stringify(record)),
			// The page size of this list is not documented: read until an empty page.
			pageSize: 1,
		}),
});
