import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { contactLocator, guestonlineId } from '../../fields';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';

const description: INodeProperties[] = [contactLocator()];

const schema = z.object({ contactId: guestonlineId() });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await callApi(this, { method: 'GET', path: `/contacts/${input.contactId}`, safe: true, itemIndex });
}

export const get: Operation = { description, safe: true, execute };
