import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { accountIdRule, accountLocator, identifier, optionalRules, pick, userFieldRules, userOptionalFields } from '../../fields';
import type { FullResponse } from '../../transport';
import { callApi, changeResult } from '../../transport';
import { USER_BODY_ORDER, usersPath } from './shared';

const description: INodeProperties[] = [
	accountLocator(),
	{
		displayName: 'User External Identifier',
		name: 'userExternalIdentifier',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. USER_42',
		description: 'Your own reference for the user, used to find it later. At most 255 characters.',
	},
	additionalFieldsCollection(userOptionalFields()),
];

const schema = z.object({
	accountId: accountIdRule,
	userExternalIdentifier: identifier(255),
	...optionalRules(userFieldRules),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { accountId, ...user } = readInput(this, itemIndex, description, schema);
	const response = await callApi<FullResponse>(this, {
		method: 'POST',
		path: usersPath(accountId),
		body: pick(user, USER_BODY_ORDER),
		fullResponse: true,
		safe: false,
		itemIndex,
	});
	return changeResult(response, user.userExternalIdentifier);
}

export const create: Operation = { description, safe: false, execute };
