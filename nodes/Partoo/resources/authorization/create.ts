import { simpleOperation } from '../simple';
import { idRules, partooRules, userLocator } from '../../fields';
import { trueFalse } from '../../transport';

export const create = simpleOperation({
	fields: [
		userLocator('The user the authorization token is for'),
		{
			displayName: 'Consumable',
			name: 'consumable',
			type: 'boolean',
			default: false,
			description: 'Whether the token is valid for one request only (it is consumed when used)',
		},
	],
	rules: { userId: idRules.opaque(), consumable: partooRules.boolean() },
	safe: false,
	request: (input) => ({
		method: 'POST',
		path: '/authorize',
		body: { user_id: input.userId, consumable: trueFalse(input.consumable) },
	}),
});
