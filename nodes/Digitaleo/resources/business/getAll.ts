import type { IDataObject } from 'n8n-workflow';

import { listOperation } from '../../../shared/operations';
import { z } from '../../../shared/validation';
import { accountIdRule, accountLocator } from '../../fields';
import { accountPath, listRecords } from '../../transport';

const flag = z.boolean({ invalid_type_error: 'must be true or false' }).optional();

export const getAll = listOperation({
	fields: [
		accountLocator(),
		{
			displayName: 'Include Reviews List',
			name: 'withReviewsList',
			type: 'boolean',
			default: false,
			description: 'Whether to include the last 15 reviews scored 4 or more of each business',
		},
		{
			displayName: 'Include Review Statistics',
			name: 'withReviewStatistics',
			type: 'boolean',
			default: false,
			description: 'Whether to include the number of reviews and the average score of each business',
		},
	],
	rules: { accountId: accountIdRule, withReviewsList: flag, withReviewStatistics: flag },
	read: async (ctx, input, itemIndex) => {
		const qs: IDataObject = {};
		if (input.withReviewsList) qs.withReviewsList = 1;
		if (input.withReviewStatistics) qs.withReviewStatistics = 1;
		return await listRecords(ctx, `${accountPath(input.accountId)}/businesses`, itemIndex, qs);
	},
});
