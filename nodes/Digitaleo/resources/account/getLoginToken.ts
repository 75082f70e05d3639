import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { accountIdRule, accountLocator } from '../../fields';
import { loginAsToken } from '../../transport';

const description: INodeProperties[] = [accountLocator()];

const schema = z.object({ accountId: accountIdRule });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { accountId } = readInput(this, itemIndex, description, schema);
	return await loginAsToken(this, accountId, itemIndex);
}

/** Issuing a token changes nothing in the account, so it runs like a read. */
export const getLoginToken: Operation = { description, safe: true, execute };
