import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { accountIdRule, accountLocator, userIdRule, userLocator } from '../../fields';
import type { FullResponse } from '../../transport';
import { callApi, changeResult } from '../../transport';
import { userPath } from './shared';

const description: INodeProperties[] = [accountLocator(), userLocator()];

const schema = z.object({ accountId: accountIdRule, userId: userIdRule });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { accountId, userId } = readInput(this, itemIndex, description, schema);
	const response = await callApi<FullResponse>(this, {
		method: 'DELETE',
		path: userPath(accountId, userId),
		fullResponse: true,
		safe: false,
		itemIndex,
	});
	return changeResult(response, userId);
}

export const deleteUser: Operation = { description, safe: false, execute };
