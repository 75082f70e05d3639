import { listOperation } from '../../../shared/operations';
import { contactFieldRules, guestonlineId, restaurantFilter } from '../../fields';
import { listRecords } from '../../transport';

export const getAll = listOperation({
	filters: [
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
		{ displayName: 'Last Name', name: 'lastname', type: 'string', default: '' },
		{ displayName: 'Mobile Phone', name: 'mobile_phone', type: 'string', default: '' },
		restaurantFilter(),
	],
	rules: {
		restaurantId: guestonlineId().optional(),
		email: contactFieldRules.email.optional(),
		mobile_phone: contactFieldRules.mobile_phone.optional(),
		lastname: contactFieldRules.lastname.optional(),
	},
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
			path: '/contacts',
			listKey: 'contacts',
			qs: {
				restaurant_id: input.restaurantId,
				email: input.email,
				mobile_phone: input.mobile_phone,
				lastname: input.lastname,
			},
			itemIndex,
		}),
});
