import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';
import { bookingExpands, bookingIdRule, bookingLocator, expandsRule } from './shared';

const description: INodeProperties[] = [
	bookingLocator(),
	additionalFieldsCollection([bookingExpands()], 'Options'),
];

const schema = z.object({ ...bookingIdRule, expands: expandsRule });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await callApi(this, {
		method: 'GET',
		path: `/bookings/${input.bookingId}`,
		qs: { expands: input.expands },
		safe: true,
		itemIndex,
	});
}

export const get: Operation = { description, safe: true, execute };
