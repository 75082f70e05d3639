import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { accountIdRule, accountLocator, optionalRules, pick, userFieldRules, userIdRule, userLocator, userOptionalFields } from '../../fields';
import type { FullResponse } from '../../transport';
import { callApi, changeResult } from '../../transport';
import { USER_BODY_ORDER, userPath } from './shared';

const description: INodeProperties[] = [accountLocator(), userLocator(), updateFieldsCollection(userOptionalFields())];

const schema = z
	.object({ accountId: accountIdRule, userId: userIdRule, ...optionalRules(userFieldRules) })
	.refine((v) => Object.keys(v).some((k) => k !== 'accountId' && k !== 'userId'), {
		message: 'add at least one field to change',
		path: ['updateFields'],
	});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { accountId, userId, ...changes } = readInput(this, itemIndex, description, schema);
	const response = await callApi<FullResponse>(this, {
		method: 'PUT',
		path: userPath(accountId, userId),
		body: pick(changes, USER_BODY_ORDER),
		fullResponse: true,
		safe: false,
		itemIndex,
	});
	return changeResult(response, userId);
}

export const update: Operation = { description, safe: false, execute };
