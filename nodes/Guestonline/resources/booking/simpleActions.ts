import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { bookingAction, bookingIdRule, bookingLocator } from './shared';

/** Actions that take only the booking: the state change is the whole request. */
function stateChange(action: string): Operation {
	const description: INodeProperties[] = [bookingLocator()];
	const schema = z.object(bookingIdRule);
	return {
		description,
		safe: false,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			return await bookingAction(this, itemIndex, action, description, schema);
		},
	};
}

export const cancel = stateChange('cancel');
export const confirm = stateChange('confirm');
export const markFake = stateChange('fake');
