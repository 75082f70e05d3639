import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { idRules, userLocator } from '../../fields';
import { callApi } from '../../transport';

const description: INodeProperties[] = [
	userLocator('The user to log out'),
	additionalFieldsCollection([
		{
			displayName: 'Authorization Token',
			name: 'user_authorization_token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Revoke only this token. Leave it out to revoke every token of the user.',
		},
	]),
];

const schema = z.object({
	userId: idRules.opaque(),
	user_authorization_token: z.string({ invalid_type_error: 'must be text' }).trim().optional(),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	const token = input.user_authorization_token || undefined;
	return await callApi<IDataObject>(
		this,
		{ method: 'POST', path: '/authorize/revoke', body: { user_id: input.userId, user_authorization_token: token }, safe: false, itemIndex },
		[token],
	);
}

export const revoke: Operation = { description, safe: false, execute };
