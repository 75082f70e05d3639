import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { partooRequest, searchPage } from '../transport';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** One page of a Partoo search turned into "From list" entries; the next page number is the pagination token. */
async function searchEntries(
	ctx: ILoadOptionsFunctions,
	path: string,
	listKey: string,
	qs: IDataObject,
	token: string | undefined,
	toEntry: (record: IDataObject) => { name: string; value: string },
): Promise<INodeListSearchResult> {
	const page = token ? Number(token) : 1;
	const body = await partooRequest<IDataObject>(ctx, { method: 'GET', path, qs: { ...qs, page }, safe: true });
	const { items, totalPages } = searchPage(body, listKey);
	const more = totalPages !== undefined ? page < totalPages : items.length >= 30;
	return { results: items.map(toEntry), paginationToken: more ? String(page + 1) : undefined };
}

const filterText = (filter?: string): string | undefined => filter?.trim() || undefined;

export async function searchBusinesses(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	// "query" is Partoo's fuzzy search on name, city and zipcode.
	return await searchEntries(this, '/business/search', 'businesses', { query: filterText(filter) }, paginationToken, (b) => ({
		name:
			[text(b.name), [text(b.zipcode), text(b.city)].filter(Boolean).join(' ')].filter(Boolean).join(' – ') ||
			`Business ${text(b.id)}`,
		value: text(b.id),
	}));
}

export async function searchOrganizations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchEntries(this, '/org/search', 'orgs', { name: filterText(filter) }, paginationToken, (o) => ({
		name: [text(o.name), o.alias ? `(${text(o.alias)})` : ''].filter(Boolean).join(' ') || `Organization ${text(o.org_id)}`,
		value: text(o.org_id),
	}));
}

export async function searchUsers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	// Leaving out business_ids makes the search much faster, as the reference notes.
	return await searchEntries(
		this,
		'/user/search',
		'users',
		{ query: filterText(filter), display_business_ids: 'False' },
		paginationToken,
		(u) => ({
			name:
				[[text(u.first_name), text(u.last_name)].filter(Boolean).join(' '), text(u.email)].filter(Boolean).join(' – ') ||
				`User ${text(u.id)}`,
			value: text(u.id),
		}),
	);
}

export async function searchCategories(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const lang = this.getCurrentNodeParameter('lang');
	if (typeof lang !== 'string' || !/^[A-Za-z]{2}$/.test(lang.trim())) {
		throw new NodeOperationError(this.getNode(), 'Set "Language" to a two-letter code (e.g. fr) first: categories are searched by name in that language');
	}
	return await searchEntries(
		this,
		'/category/search',
		'categories',
		{ lang: lang.trim().toLowerCase(), name: filterText(filter) },
		paginationToken,
		(c) => ({ name: text(c.name) || `Category ${text(c.id)}`, value: text(c.id) }),
	);
}
