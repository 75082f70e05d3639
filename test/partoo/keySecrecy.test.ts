import type { IDataObject } from 'n8n-workflow';

import { Partoo } from '../../nodes/Partoo/Partoo.node';
import { visibleText } from '../harness/exposure';
import { API_KEY, byId, mockApi, runPartoo, withKey } from './helpers';

/**
 * The Partoo key travels in the query string, so every URL n8n or the API shows could carry it.
 * Each of the 31 operations is made to fail in the two ways that put the URL in front of the user:
 * an API error that quotes the request URL, and a request that never reaches the API. The key must
 * appear nowhere, in any form (the suite-wide check in setup.ts looks at the same run too).
 */
const BUSINESS = byId('5409c35b97aac999d8c26737');
const USER = byId('5309c3a397aac999d8c26734');
const ORG = byId(12345);

/** Each operation, its parameters, and the request it sends (path before the key). */
const OPERATIONS: Array<[string, string, IDataObject, string]> = [
	['authorization', 'create', { userId: USER }, 'POST /authorize'],
	['authorization', 'getAll', { userId: USER }, 'GET /authorize/list?user_id=5309c3a397aac999d8c26734'],
	['authorization', 'revoke', { userId: USER }, 'POST /authorize/revoke'],
	['business', 'create', { name: 'SCEP', country: 'FR', zipcode: '75017', city: 'Paris', categories: '57def0b5b12ff65e069c34f6', address_details: { address: { number: '10', street_type: 'rue', street_name: 'du Rosier' } }, contacts: { contact: [{ name: 'Noël', email: 'noel@flantier.com' }] } }, 'POST /business'],
	['business', 'delete', { businessId: BUSINESS }, 'DELETE /business/5409c35b97aac999d8c26737'],
	['business', 'get', { businessId: BUSINESS }, 'GET /business/5409c35b97aac999d8c26737'],
	['business', 'getAdditionalData', { businessId: BUSINESS }, 'GET /business/5409c35b97aac999d8c26737/additional_data'],
	['business', 'getIntegrationStatus', { businessId: BUSINESS }, 'GET /business/5409c35b97aac999d8c26737/integration_status'],
	['business', 'getAll', { returnAll: false, limit: 5 }, 'GET /business/search?page=1'],
	['business', 'getPartnerUrls', { businessId: BUSINESS }, 'GET /business/5409c35b97aac999d8c26737/partner_urls'],
	['business', 'getSubscriptions', { businessId: BUSINESS }, 'GET /business/5409c35b97aac999d8c26737/subscription'],
	['business', 'setAdditionalData', { businessId: BUSINESS, data: { entry: [{ key: 'crm_id', value: '42' }] } }, 'POST /business/5409c35b97aac999d8c26737/additional_data'],
	['business', 'subscribe', { businessId: BUSINESS, products: ['presence_management'] }, 'POST /business/5409c35b97aac999d8c26737/subscribe'],
	['business', 'unsubscribe', { businessId: BUSINESS, products: ['presence_management'] }, 'POST /business/5409c35b97aac999d8c26737/unsubscribe'],
	['business', 'update', { businessId: BUSINESS, updateFields: { name: 'SCEP du Caire' } }, 'POST /business/5409c35b97aac999d8c26737'],
	['category', 'get', { lang: 'fr', categoryId: byId('57def0b5b12ff65e069c34f6') }, 'GET /category/57def0b5b12ff65e069c34f6?lang=fr'],
	['category', 'getAll', { lang: 'fr', returnAll: false, limit: 5 }, 'GET /category/search?lang=fr&page=1'],
	['organization', 'create', { name: 'Burger Group' }, 'POST /org'],
	['organization', 'delete', { orgId: ORG }, 'DELETE /org/12345'],
	['organization', 'get', { orgId: ORG }, 'GET /org/12345'],
	['organization', 'getAll', { returnAll: false, limit: 5 }, 'GET /org/search?page=1'],
	['organization', 'update', { orgId: ORG, name: 'Burger Group' }, 'POST /org/12345'],
	['review', 'getAll', { returnAll: false, limit: 5 }, 'GET /reviews?page=1'],
	['user', 'create', { email: 'email@partoo.fr', first_name: 'Noël', last_name: 'Flantier' }, 'POST /user'],
	['user', 'delete', { userId: USER }, 'DELETE /user/5309c3a397aac999d8c26734'],
	['user', 'get', { userId: USER }, 'GET /user/5309c3a397aac999d8c26734'],
	['user', 'getAll', { returnAll: false, limit: 5 }, 'GET /user/search?page=1'],
	['user', 'getMe', {}, 'GET /user/me'],
	['user', 'getStats', {}, 'GET /user/stats'],
	['user', 'reinvite', { userId: USER }, 'POST /user/5309c3a397aac999d8c26734/invite'],
	['user', 'update', { userId: USER, updateFields: { last_name: 'Flantier' } }, 'POST /user/5309c3a397aac999d8c26734'],
];

function operationsOfTheNode(): string[] {
	const properties = new Partoo().description.properties;
	return properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) => (p.options as Array<{ value: string }>).map((o) => `${String(p.displayOptions?.show?.resource?.[0])} ${o.value}`))
		.sort();
}

function expectNoKey(seen: string): void {
	expect(seen).not.toContain(API_KEY);
	expect(seen).not.toContain(encodeURIComponent(API_KEY));
	expect(seen).not.toContain('pk_Test');
}

describe('the Partoo key on every failing operation', () => {
	test('the table lists every operation of the node', () => {
		expect(OPERATIONS.map(([resource, operation]) => `${resource} ${operation}`).sort()).toEqual(operationsOfTheNode());
	});

	test.each(OPERATIONS)('%s %s: an API error quoting the request URL', async (resource, operation, parameters, request) => {
		const api = mockApi();
		// The reply quotes the path and query it received, key included, raw and encoded.
		for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
			api.scope
				.intercept(() => true, method)
				.query(true)
				.reply(400, (uri) => ({ errors: { json: `Bad request on ${uri} (${decodeURIComponent(uri)})` } }));
		}

		const run = await runPartoo({ resource, operation, ...parameters, options: { maxRetries: 0 } });

		expect(api.sent).toHaveLength(1);
		const [method, path] = request.split(' ');
		expect(api.sent[0]).toMatchObject({ method, path: withKey(`/api/v2${path}`) });
		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.httpCode).toBe('400');
		expect(run.error?.message).toMatch(/^Bad request on \/api\/v2\/.*\[redacted\]/);
		expectNoKey(visibleText({ error: run.error, items: run.items, data: run.run.data.resultData }));
	});

	test.each(OPERATIONS)('%s %s: a request that never reaches Partoo', async (resource, operation, parameters) => {
		// Nothing is mocked: the request is refused, and the refusal names the URL it was for.
		const run = await runPartoo({ resource, operation, ...parameters, options: { maxRetries: 0 } });

		expect(run.error?.name).toBe('NodeApiError');
		expectNoKey(visibleText({ error: run.error, items: run.items, data: run.run.data.resultData }));
	});
});
