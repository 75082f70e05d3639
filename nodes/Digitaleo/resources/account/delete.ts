import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { accountIdRule, accountLocator } from '../../fields';
import type { FullResponse } from '../../transport';
import { accountPath, callApi, changeResult } from '../../transport';

const description: INodeProperties[] = [
	{
		displayName: 'The account is deleted for good: it cannot be activated again. Digitaleo answers with success even when the account does not exist.',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
	},
	accountLocator(),
];

const schema = z.object({ accountId: accountIdRule });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { accountId } = readInput(this, itemIndex, description, schema);
	const response = await callApi<FullResponse>(this, {
		method: 'DELETE',
		path: accountPath(accountId),
		fullResponse: true,
		safe: false,
		itemIndex,
	});
	return changeResult(response, accountId);
}

export const deleteAccount: Operation = { description, safe: false, execute };
