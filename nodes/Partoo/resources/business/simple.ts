import { simpleOperation } from '../simple';
import { businessLocator, idRules } from '../../fields';

/** One request on one business, without inputs other than its ID. */
function onBusiness(method: 'GET' | 'DELETE', suffix: string, description?: string) {
	return simpleOperation({
		fields: [businessLocator(description)],
		rules: { businessId: idRules.opaque() },
		safe: method === 'GET',
		request: (input) => ({ method, path: `/business/${input.businessId}${suffix}` }),
	});
}

export const get = onBusiness('GET', '');
export const deleteBusiness = onBusiness('DELETE', '', 'The business to delete. Needs the ORG_ADMIN role.');
export const getSubscriptions = onBusiness('GET', '/subscription');
export const getIntegrationStatus = onBusiness('GET', '/integration_status');
export const getPartnerUrls = onBusiness('GET', '/partner_urls');
export const getAdditionalData = onBusiness('GET', '/additional_data');
