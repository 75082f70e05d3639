import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { guestonlineId, restaurantLocator } from '../../fields';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';

const description: INodeProperties[] = [
	{
		displayName: 'Commercial ID',
		name: 'commercialId',
		type: 'string',
		required: true,
		placeholder: 'e.g. 162',
		default: '',
		description: 'ID of the offer or event',
	},
	restaurantLocator(false),
];

const schema = z.object({ commercialId: guestonlineId(), restaurantId: guestonlineId().optional() });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await callApi(this, {
		method: 'GET',
		path: `/commercials/${input.commercialId}`,
		qs: { restaurant_id: input.restaurantId },
		safe: true,
		itemIndex,
	});
}

export const get: Operation = { description, safe: true, execute };
