import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { envelopePage, guestonlineRequest } from '../transport';

const SEARCH_PAGE_SIZE = 50;

/** One page of a list endpoint turned into "From list" entries, with the next page as the pagination token. */
async function searchPage(
	ctx: ILoadOptionsFunctions,
	path: string,
	listKey: string,
	qs: IDataObject,
	token: string | undefined,
	toEntry: (record: IDataObject) => { name: string; value: string },
	localFilter?: (record: IDataObject) => boolean,
): Promise<INodeListSearchResult> {
	const page = token ? Number(token) : 1;
	const body = await guestonlineRequest<IDataObject>(ctx, {
		method: 'GET',
		path,
		qs: { ...qs, page, max_results: SEARCH_PAGE_SIZE },
		safe: true,
	});
	const { items, totalPages } = envelopePage(body, listKey);
	const more = totalPages !== undefined ? page < totalPages : items.length >= SEARCH_PAGE_SIZE;
	return {
		results: (localFilter ? items.filter(localFilter) : items).map(toEntry),
		paginationToken: more ? String(page + 1) : undefined,
	};
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

export async function searchRestaurants(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const needle = filter?.trim().toLowerCase();
	return await searchPage(
		this,
		'/restaurants',
		'restaurants',
		{},
		paginationToken,
		(r) => ({ name: [text(r.name), text(r.city)].filter(Boolean).join(', ') || `Restaurant ${text(r.id)}`, value: text(r.id) }),
		// The API has no name filter: match on the page that was read.
		needle ? (r) => `${text(r.name)} ${text(r.city)} ${text(r.id)}`.toLowerCase().includes(needle) : undefined,
	);
}

export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const needle = filter?.trim();
	const qs: IDataObject = {};
	if (needle) {
		if (needle.includes('@')) qs.email = needle;
		else if (/^\+?[\d ]{6,}$/.test(needle)) qs.mobile_phone = needle;
		else qs.lastname = needle;
	}
	return await searchPage(this, '/contacts', 'contacts', qs, paginationToken, (c) => ({
		name: [[text(c.firstname), text(c.lastname)].filter(Boolean).join(' '), text(c.email)].filter(Boolean).join(' – ') || `Contact ${text(c.id)}`,
		value: text(c.id),
	}));
}

export async function searchBookings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const needle = filter?.trim();
	const qs: IDataObject = {};
	// A date narrows the list on the server; any other text filters the page that was read.
	if (needle && /^\d{4}-\d{2}-\d{2}$/.test(needle)) qs.booking_date = needle;
	const local = needle && !qs.booking_date ? needle.toLowerCase() : undefined;
	return await searchPage(
		this,
		'/bookings',
		'bookings',
		qs,
		paginationToken,
		(b) => ({
			name: `${text(b.booking_date)} ${text(b.booking_time).slice(11, 16)} · ${[text(b.firstname), text(b.lastname)].filter(Boolean).join(' ')} · ${text(b.booked_persons_number)} pers. (${text(b.booking_state)})`,
			value: text(b.id),
		}),
		local ? (b) => `${text(b.firstname)} ${text(b.lastname)} ${text(b.email)} ${text(b.id)}`.toLowerCase().includes(local) : undefined,
	);
}
