import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { accountIdRule, accountLocator, userIdRule, userLocator } from '../../fields';
import { callApi } from '../../transport';
import { userPath } from './shared';

const description: INodeProperties[] = [accountLocator(), userLocator()];

const schema = z.object({ accountId: accountIdRule, userId: userIdRule });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { accountId, userId } = readInput(this, itemIndex, description, schema);
	return await callApi(this, { method: 'GET', path: userPath(accountId, userId), safe: true, itemIndex });
}

export const get: Operation = { description, safe: true, execute };
