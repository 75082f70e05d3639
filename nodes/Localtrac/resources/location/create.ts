import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { addressField, LOCALES, localizedField, locationGroupRules, nonEmptyGroups, uuidRule } from '../../fields';
import { callApi } from '../../transport';

const description: INodeProperties[] = [
	{
		displayName: 'Business ID',
		name: 'business',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 5e0c7c2a-8b1f-4f7e-9d61-0a3b2c4d5e6f',
		description: 'UUID of the LOCALTRAC business (account) the new location belongs to',
	},
	{
		displayName: 'Locale',
		name: 'locale',
		type: 'options',
		required: true,
		default: 'fr_CA',
		options: [
			{ name: 'English (Canada)', value: 'en_CA' },
			{ name: 'English (United States)', value: 'en_US' },
			{ name: 'French (Canada)', value: 'fr_CA' },
		],
		description: 'Main language of the location',
	},
	additionalFieldsCollection([addressField(), localizedField('name', 'Name', 'Name of the location')]),
];

const schema = z.object({
	business: uuidRule(),
	locale: rules.oneOf(LOCALES),
	name: locationGroupRules.name.optional(),
	address: locationGroupRules.address.optional(),
});

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	const body: IDataObject = {
		business: input.business,
		locale: input.locale,
		...nonEmptyGroups(input as IDataObject, ['name', 'address']),
	};
	return await callApi(this, { method: 'POST', path: '/localtrac/location', body, safe: false, itemIndex });
}

export const create: Operation = { description, safe: false, execute };
