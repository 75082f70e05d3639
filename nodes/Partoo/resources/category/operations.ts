import { listOperation } from '../../../shared/operations';
import { z } from '../../../shared/validation';
import { categoryLocator, idRules, langField, partooRules } from '../../fields';
import { listRecords } from '../../transport';
import { simpleOperation } from '../simple';

const lang = langField(true, 'Language of the category names, ISO 639-1 code');

export const get = simpleOperation({
	fields: [lang, categoryLocator()],
	rules: { lang: partooRules.lang(), categoryId: idRules.opaque() },
	safe: true,
	request: (input) => ({ method: 'GET', path: `/category/${input.categoryId}`, qs: { lang: input.lang } }),
});

export const getAll = listOperation({
	fields: [lang],
	filters: [{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Keep categories matching this name' }],
	rules: { lang: partooRules.lang(), name: z.string({ invalid_type_error: 'must be text' }).trim().optional() },
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
			path: '/category/search',
			listKey: 'categories',
			key: 'id',
			qs: { lang: input.lang, name: input.name },
			itemIndex,
		}),
});
