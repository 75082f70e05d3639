import { CATEGORY_ID, category } from './fixtures';
import { byId, fromList, get, mockApi, output, paired, runPartoo, searchReply } from './helpers';

describe('Partoo category', () => {
	test('get sends the language in lower case', async () => {
		const api = mockApi();
		api.scope.get(`/api/v2/category/${CATEGORY_ID}`).query(true).reply(200, category);

		const run = await runPartoo({ resource: 'category', operation: 'get', lang: 'FR', categoryId: byId(CATEGORY_ID) });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get(`/category/${CATEGORY_ID}?lang=fr`)]);
		expect(output(run)).toEqual([paired(category)]);
	});

	test('getAll sends the language and the name filter', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/category/search').query(true).reply(200, searchReply('categories', [category]));

		const run = await runPartoo({ resource: 'category', operation: 'getAll', lang: 'es', returnAll: true, filters: { name: 'Restaurante' } });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get('/category/search?lang=es&name=Restaurante&page=1')]);
		expect(output(run)).toEqual([paired(category)]);
	});

	test.each([
		['get', { lang: 'FRA', categoryId: byId(CATEGORY_ID) }, 'Invalid "Language": must be an ISO 639-1 language code, e.g. fr [item 0]'],
		['get', { lang: '={{ "" }}', categoryId: byId(CATEGORY_ID) }, 'Invalid "Language": must be an ISO 639-1 language code, e.g. fr [item 0]'],
		['get', { lang: 'fr', categoryId: fromList('gcid:restaurant') }, 'Invalid "Category": must contain only letters, digits, "-" and "_" [item 0]'],
		['getAll', { lang: 'qq', returnAll: true }, 'Invalid "Language": must be an ISO 639-1 language code, e.g. fr [item 0]'],
	])('%s rejects %j before sending anything', async (operation, params, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'category', operation, ...params });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});
