import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { businessLocator, idRules, langField } from '../../fields';
import { callApi } from '../../transport';
import {
	addressDetailsField,
	businessBody,
	businessRules,
	categoriesField,
	contactsField,
	deprecatedField,
	openHoursField,
	photosField,
	simpleOptionalFields,
	specificHoursField,
} from './fields';

const description: INodeProperties[] = [
	businessLocator('The business to update'),
	updateFieldsCollection([
		addressDetailsField,
		categoriesField(false),
		{ displayName: 'City', name: 'city', type: 'string', default: '' },
		contactsField('Physical contacts of the business; they replace the stored ones'),
		{ displayName: 'Country', name: 'country', type: 'string', placeholder: 'e.g. FR', default: '', description: 'ISO 3166 alpha-2 country code' },
		langField(false, 'Language of the business, ISO 639-1 code'),
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{ displayName: 'Zipcode', name: 'zipcode', type: 'string', default: '' },
		...simpleOptionalFields,
		deprecatedField,
		openHoursField,
		photosField,
		specificHoursField,
	]),
];

const schema = z.object({ businessId: idRules.opaque(), ...businessRules('update') }).superRefine((value, ctx) => {
	const { businessId: _id, ...fields } = value;
	// Checked after shaping: an added but empty structured field (e.g. Photos with no URL) changes nothing.
	if (!Object.keys(businessBody(fields as IDataObject)).length) {
		ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['updateFields'], message: 'add at least one field to change' });
	}
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { businessId, ...fields } = readInput(this, itemIndex, description, schema);
	return await callApi(this, {
		method: 'POST',
		path: `/business/${businessId}`,
		body: businessBody(fields as IDataObject),
		safe: false,
		itemIndex,
	});
}

export const update: Operation = { description, safe: false, execute };
