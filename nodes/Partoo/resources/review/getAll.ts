import { listOperation } from '../../../shared/operations';
import { listParameters, pageConcurrency, requestSettings } from '../../../shared/params';
import { fieldLabels, validate, z } from '../../../shared/validation';
import { readReviews, reviewFilterFields, reviewFilterRules, updateWindowInOrder } from './query';

const windowRule = z.custom<Parameters<typeof updateWindowInOrder>[0]>(() => true).superRefine(updateWindowInOrder);
const labels = fieldLabels(reviewFilterFields);

export const getAll = listOperation({
	filters: reviewFilterFields,
	rules: reviewFilterRules,
	read: async (ctx, input, itemIndex) => {
		validate(ctx, windowRule, input, itemIndex, labels);
		const { returnAll, limit } = listParameters(ctx, itemIndex);
		return await readReviews(
			ctx,
			input,
			{ returnAll, limit, concurrency: pageConcurrency(ctx), settings: requestSettings(ctx) },
			itemIndex,
		);
	},
});
