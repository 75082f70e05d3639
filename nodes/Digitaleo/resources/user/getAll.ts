import { listOperation } from '../../../shared/operations';
import { accountIdRule, accountLocator } from '../../fields';
import { listRecords } from '../../transport';
import { usersPath } from './shared';

export const getAll = listOperation({
	fields: [accountLocator()],
	rules: { accountId: accountIdRule },
	read: async (ctx, input, itemIndex) => await listRecords(ctx, usersPath(input.accountId), itemIndex),
});
