import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import {
	addressField,
	communicationField,
	localizedField,
	locationGroupRules,
	locationLocator,
	nonEmptyGroups,
	paymentsField,
	schedulesField,
	schedulesJsonField,
	urlsField,
	uuidRule,
} from '../../fields';
import { callApi } from '../../transport';

/** The sub-keys LOCALTRAC updates independently; the ones not sent keep their value. */
const GROUPS = ['name', 'address', 'description', 'communication', 'urls', 'payments', 'schedules'] as const;

const description: INodeProperties[] = [
	locationLocator(),
	updateFieldsCollection([
		addressField(),
		communicationField(),
		localizedField('description', 'Description', 'Description of the location'),
		localizedField('name', 'Name', 'Name of the location'),
		paymentsField(),
		schedulesField(),
		schedulesJsonField(),
		urlsField(),
	]),
];

const schema = z
	.object({
		locationId: uuidRule(),
		name: locationGroupRules.name.optional(),
		address: locationGroupRules.address.optional(),
		description: locationGroupRules.description.optional(),
		communication: locationGroupRules.communication.optional(),
		urls: locationGroupRules.urls.optional(),
		payments: locationGroupRules.payments.optional(),
		schedules: locationGroupRules.schedules.optional(),
		schedulesJson: locationGroupRules.schedulesJson.optional(),
	})
	.superRefine((v, ctx) => {
		if (v.schedules && Object.keys(v.schedules).length > 0 && v.schedulesJson) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['schedulesJson'], message: 'use either Schedules or Schedules (JSON), not both' });
		}
	})
	.transform(({ schedulesJson, ...rest }) => (schedulesJson ? { ...rest, schedules: schedulesJson } : rest))
	.refine((v) => Object.keys(nonEmptyGroups(v as IDataObject, GROUPS)).length > 0, {
		message: 'add at least one field to change',
		path: ['updateFields'],
	});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { locationId, ...input } = readInput(this, itemIndex, description, schema);
	const reply = await callApi(this, {
		method: 'POST',
		path: `/localtrac/location/${locationId}`,
		body: nonEmptyGroups(input as IDataObject, GROUPS),
		safe: false,
		itemIndex,
	});
	return { uuid: locationId, ...reply };
}

export const update: Operation = { description, safe: false, execute };
