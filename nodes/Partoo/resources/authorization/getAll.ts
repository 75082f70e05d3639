import type { IDataObject } from 'n8n-workflow';

import { listOperation } from '../../../shared/operations';
import { listParameters } from '../../../shared/params';
import { idRules, userLocator } from '../../fields';
import { callApi } from '../../transport';

/** Lists a user's current tokens, one output item per token. The API answers them in one reply. */
export const getAll = listOperation({
	fields: [userLocator('The user whose authorization tokens are listed')],
	rules: { userId: idRules.opaque() },
	read: async (ctx, input, itemIndex) => {
		const reply = await callApi<IDataObject>(ctx, {
			method: 'GET',
			path: '/authorize/list',
			qs: { user_id: input.userId },
			safe: true,
			itemIndex,
		});
		const tokens = Array.isArray(reply?.user_authorization_tokens) ? (reply.user_authorization_tokens as unknown[]) : [];
		const userId = reply?.user_id ?? input.userId;
		const records = tokens.map((token) => ({ user_id: userId, user_authorization_token: token }) as IDataObject);
		const { returnAll, limit } = listParameters(ctx, itemIndex);
		return returnAll ? records : records.slice(0, limit);
	},
});
