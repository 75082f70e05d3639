import type { IDataObject } from 'n8n-workflow';

import { PartooApi } from '../../credentials/PartooApi.credentials';
import { Partoo } from '../../nodes/Partoo/Partoo.node';
import { runListSearch } from '../harness/list-search';
import { API_KEY, get, mockApi, searchReply } from './helpers';
import { BUSINESS_ID, USER_ID, business, business2, category, org, user } from './fixtures';

type Method = 'searchBusinesses' | 'searchOrganizations' | 'searchUsers' | 'searchCategories';

/** Runs a listSearch method as the editor does. */
async function search(method: Method, filter?: string, paginationToken?: string, parameters: IDataObject = {}) {
	return await runListSearch(
		{
			node: new Partoo(),
			method,
			parameterName: 'businessId',
			parameters: { resource: 'business', operation: 'get', ...parameters },
			credentials: { partooApi: { apiKey: API_KEY } },
			credentialTypes: { partooApi: new PartooApi() },
		},
		filter,
		paginationToken,
	);
}

describe('Partoo "From list" searches', () => {
	test('businesses: the filter is the fuzzy query and the next page is offered', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/business/search').query(true).reply(200, searchReply('businesses', [business, business2, { id: 'x1' }], 1, 3, 75));

		const result = await search('searchBusinesses', ' caire ');

		expect(api.sent).toEqual([get('/business/search?query=caire&page=1')]);
		expect(result).toEqual({
			results: [
				{ name: 'SCEP du Caire – 75017 Paris', value: BUSINESS_ID },
				{ name: 'SCEP du Caire 2 – 69001 Lyon', value: business2.id },
				{ name: 'Business x1', value: 'x1' },
			],
			paginationToken: '2',
		});
	});

	test('businesses: the last page offers no further page', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/business/search').query(true).reply(200, searchReply('businesses', [business], 3, 3, 61));

		const result = await search('searchBusinesses', undefined, '3');

		expect(api.sent).toEqual([get('/business/search?page=3')]);
		expect(result).toEqual({ results: [{ name: 'SCEP du Caire – 75017 Paris', value: BUSINESS_ID }], paginationToken: undefined });
	});

	test('organizations: the filter is the name', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/org/search').query(true).reply(200, searchReply('orgs', [org]));

		const result = await search('searchOrganizations', 'Partoo');

		expect(api.sent).toEqual([get('/org/search?name=Partoo&page=1')]);
		expect(result).toEqual({ results: [{ name: 'Partoo (partoo)', value: '1234' }], paginationToken: undefined });
	});

	test('users: the filter is the fuzzy query, without business IDs (faster)', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/user/search').query(true).reply(200, searchReply('users', [user], 1, 2, 31));

		const result = await search('searchUsers', 'noel');

		expect(api.sent).toEqual([get('/user/search?query=noel&display_business_ids=False&page=1')]);
		expect(result).toEqual({ results: [{ name: 'Noël Flantier – noel@flantier.com', value: USER_ID }], paginationToken: '2' });
	});

	test('categories: searched by name in the language chosen on the node', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/category/search').query(true).reply(200, searchReply('categories', [category]));

		const result = await search('searchCategories', 'rest', undefined, { resource: 'category', operation: 'get', lang: 'FR' });

		expect(api.sent).toEqual([get('/category/search?lang=fr&name=rest&page=1')]);
		expect(result).toEqual({ results: [{ name: 'Restaurant', value: category.id }], paginationToken: undefined });
	});

	test('categories: without a language nothing is sent and the user is told to set it', async () => {
		const api = mockApi();
		await expect(search('searchCategories', 'rest', undefined, { resource: 'category', operation: 'get', lang: '' })).rejects.toThrow(
			'Set "Language" to a two-letter code (e.g. fr) first: categories are searched by name in that language',
		);
		expect(api.sent).toEqual([]);
	});

	test('a failing search reports the Partoo message without the key', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/business/search').query(true).reply(403, { errors: { authorization: `Operation not allowed for ${API_KEY}` } });

		await expect(search('searchBusinesses', 'x')).rejects.toThrow('Operation not allowed for [redacted]');
		expect(api.sent).toHaveLength(1);
	});
});
