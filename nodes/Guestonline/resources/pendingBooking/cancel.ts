import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';
import { pendingBookingIdField, pendingBookingIdRule } from './shared';

const description: INodeProperties[] = [pendingBookingIdField];

const schema = z.object(pendingBookingIdRule);

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	await callApi(this, {
		method: 'DELETE',
		path: `/pending_bookings/${encodeURIComponent(input.pendingBookingId)}`,
		safe: false,
		itemIndex,
	});
	// The API answers with an empty object; say plainly what happened.
	return { success: true, id: input.pendingBookingId };
}

export const cancel: Operation = { description, safe: false, execute };
