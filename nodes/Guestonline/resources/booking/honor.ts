import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { bookingAction, bookingFieldRules, bookingIdRule, bookingLocator } from './shared';

const description: INodeProperties[] = [
	bookingLocator(),
	additionalFieldsCollection([
			{
				displayName: 'Present Persons',
				name: 'presentPersonsNumber',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'How many guests came. Without it, the booked number is used.',
			},
		]),
];

const schema = z.object({ ...bookingIdRule, presentPersonsNumber: bookingFieldRules.present_persons_number.optional() });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	return await bookingAction(this, itemIndex, 'honore', description, schema, (input) =>
		input.presentPersonsNumber !== undefined ? { present_persons_number: input.presentPersonsNumber } : undefined,
	);
}

export const honor: Operation = { description, safe: false, execute };
