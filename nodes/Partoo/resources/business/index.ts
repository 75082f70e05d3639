import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { create } from './create';
import { getAll } from './getAll';
import { setAdditionalData } from './setAdditionalData';
import {
	deleteBusiness,
	get,
	getAdditionalData,
	getIntegrationStatus,
	getPartnerUrls,
	getSubscriptions,
} from './simple';
import { subscribe, unsubscribe } from './subscription';
import { update } from './update';

const entries: OperationEntry[] = [
	{ name: 'Create', value: 'create', action: 'Create a business', description: 'Add a business with its address, categories and contacts', module: create },
	{ name: 'Delete', value: 'delete', action: 'Delete a business', description: 'Delete a business (ORG_ADMIN role)', module: deleteBusiness },
	{ name: 'Get', value: 'get', action: 'Get a business', description: 'Retrieve all information about one business', module: get },
	{ name: 'Get Additional Data', value: 'getAdditionalData', action: 'Get additional data of a business', description: 'Read your own key/value data stored with a business', module: getAdditionalData },
	{ name: 'Get Integration Status', value: 'getIntegrationStatus', action: 'Get integration status of a business', description: 'See how the business is pushed to each partner', module: getIntegrationStatus },
	{ name: 'Get Many', value: 'getAll', action: 'Get many businesses', description: 'Search businesses with filters, or list them all', module: getAll },
	{ name: 'Get Partner URLs', value: 'getPartnerUrls', action: 'Get partner URLs of a business', description: 'Links to the business on each partner site', module: getPartnerUrls },
	{ name: 'Get Subscriptions', value: 'getSubscriptions', action: 'Get subscriptions of a business', description: 'List the products the business is subscribed to', module: getSubscriptions },
	{ name: 'Set Additional Data', value: 'setAdditionalData', action: 'Set additional data of a business', description: 'Store up to 10 key/value pairs with a business', module: setAdditionalData },
	{ name: 'Subscribe', value: 'subscribe', action: 'Subscribe a business to products', description: 'Subscribe a business to presence or review management', module: subscribe },
	{ name: 'Unsubscribe', value: 'unsubscribe', action: 'Unsubscribe a business from products', description: 'End a subscription, now or at a date', module: unsubscribe },
	{ name: 'Update', value: 'update', action: 'Update a business', description: 'Change only the fields you give', module: update },
];

export const businessDescription = resourceDescription('business', entries, 'get');
export const businessOperations = operationMap(entries);
