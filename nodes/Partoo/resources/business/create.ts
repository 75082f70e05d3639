import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
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
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'Name of the business' },
	{ displayName: 'Country', name: 'country', type: 'string', required: true, placeholder: 'e.g. FR', default: '', description: 'ISO 3166 alpha-2 country code' },
	{ displayName: 'Zipcode', name: 'zipcode', type: 'string', required: true, default: '' },
	{ displayName: 'City', name: 'city', type: 'string', required: true, default: '' },
	addressDetailsField,
	categoriesField(true),
	contactsField('Physical contacts of the business. At least one is required.'),
	additionalFieldsCollection([
		...simpleOptionalFields,
		deprecatedField,
		openHoursField,
		photosField,
		specificHoursField,
	]),
];

const schema = z.object(businessRules('create'));

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await callApi(this, { method: 'POST', path: '/business', body: businessBody(input as IDataObject), safe: false, itemIndex });
}

export const create: Operation = { description, safe: false, execute };
