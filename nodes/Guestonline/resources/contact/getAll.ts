import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { contactFieldRules, restaurantFilter } from '../../fields';
import { listRules, readInput } from '../../input';
import { listRecords } from '../../transport';

const description: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
			{ displayName: 'Last Name', name: 'lastname', type: 'string', default: '' },
			{ displayName: 'Mobile Phone', name: 'mobile_phone', type: 'string', default: '' },
			restaurantFilter(),
		],
	},
];

const schema = z.object({
	...listRules,
	restaurantId: rules.numericId().optional(),
	email: contactFieldRules.email.optional(),
	mobile_phone: contactFieldRules.mobile_phone.optional(),
	lastname: contactFieldRules.lastname.optional(),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await listRecords(this, {
		path: '/contacts',
		listKey: 'contacts',
		qs: {
			restaurant_id: input.restaurantId,
			email: input.email,
			mobile_phone: input.mobile_phone,
			lastname: input.lastname,
		},
		itemIndex,
	});
}

export const getAll: Operation = { description, safe: true, execute };
