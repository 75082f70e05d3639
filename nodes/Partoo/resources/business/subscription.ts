import type { INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import { z } from '../../../shared/validation';
import { PRODUCTS, businessLocator, idRules, optionsOf, partooRules } from '../../fields';
import { simpleOperation } from '../simple';

const productsField = (verb: string): INodeProperties => ({
	displayName: 'Products',
	name: 'products',
	type: 'multiOptions',
	required: true,
	default: [],
	options: optionsOf(PRODUCTS),
	description: `The products to ${verb}`,
});

const productsRule = z
	.array(z.enum(PRODUCTS, { errorMap: () => ({ message: `must be among: ${PRODUCTS.join(', ')}` }) }), {
		required_error: 'is required',
		invalid_type_error: 'must be a list of products',
	})
	.min(1, 'needs at least one product');

const momentField = (name: string, displayName: string, what: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. 1540628702 or 2018-10-27T08:25:02Z',
	description: `${what}, now when left out: a Unix timestamp, a date (YYYY-MM-DD, midnight UTC) or an ISO 8601 date and time with a time zone`,
});

export const subscribe = simpleOperation({
	fields: [
		businessLocator('The business to subscribe'),
		productsField('subscribe to'),
		additionalFieldsCollection([
			{ displayName: 'Plan', name: 'plan', type: 'string', default: '', description: 'Free text describing your offer' },
			momentField('subscription_date', 'Subscription Date', 'Start of the subscription'),
		]),
	],
	rules: {
		businessId: idRules.opaque(),
		products: productsRule,
		subscription_date: partooRules.timestamp().optional(),
		plan: z.string({ invalid_type_error: 'must be text' }).trim().optional(),
	},
	safe: false,
	request: (input) => ({
		method: 'POST',
		path: `/business/${input.businessId}/subscribe`,
		body: { products: input.products, subscription_date: input.subscription_date, plan: input.plan || undefined },
	}),
});

export const unsubscribe = simpleOperation({
	fields: [
		businessLocator('The business to unsubscribe'),
		productsField('unsubscribe from'),
		additionalFieldsCollection([momentField('canceling_date', 'Canceling Date', 'End of the subscription (may be in the future)')]),
	],
	rules: {
		businessId: idRules.opaque(),
		products: productsRule,
		canceling_date: partooRules.timestamp().optional(),
	},
	safe: false,
	request: (input) => ({
		method: 'POST',
		path: `/business/${input.businessId}/unsubscribe`,
		body: { products: input.products, canceling_date: input.canceling_date },
	}),
});
