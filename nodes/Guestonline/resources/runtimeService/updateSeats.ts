import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { changeService, serviceFields, serviceRules } from './shared';

const description: INodeProperties[] = [
	...serviceFields,
	{
		displayName: 'Left Seats',
		name: 'leftSeats',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The new number of seats still available for the service',
	},
];

const schema = z.object({ ...serviceRules, leftSeats: rules.int(0) });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	return await changeService(this, itemIndex, '/runtime_services', description, schema, (input) => ({
		left_seats: input.leftSeats,
	}));
}

// Setting an absolute seat count twice leaves the same state, but it still changes data: run items one by one.
export const updateSeats: Operation = { description, safe: false, execute };
