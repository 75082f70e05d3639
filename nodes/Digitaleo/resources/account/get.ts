import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { accountIdRule, accountLocator } from '../../fields';
import { accountPath, callApi } from '../../transport';

const description: INodeProperties[] = [accountLocator()];

const schema = z.object({ accountId: accountIdRule });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { accountId } = readInput(this, itemIndex, description, schema);
	return await callApi(this, { method: 'GET', path: accountPath(accountId), safe: true, itemIndex });
}

export const get: Operation = { description, safe: true, execute };
