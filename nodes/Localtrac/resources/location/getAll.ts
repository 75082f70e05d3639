import { listOperation } from '../../../shared/operations';
import { listRecords, locationPage, PAGE_SIZE } from '../../transport';

export const getAll = listOperation({
	rules: {},
	read: async (ctx, _input, itemIndex) =>
		await listRecords(ctx, {
			path: '/localtrac/locations',
			itemIndex,
			read: locationPage,
			key: (record) => (typeof record.uuid === 'string' ? record.uuid : JSON.stringify(record)),
			pageSize: PAGE_SIZE,
		}),
});
