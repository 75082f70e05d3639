import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { localtracRequest, locationPage, PAGE_SIZE } from '../transport';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/**
 * "From list" for locations: one page of /localtrac/locations per call, the next page as the
 * pagination token. The API has no search parameter, so the filter matches the page that was read
 * (name, address, store code or UUID).
 */
export async function searchLocations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await localtracRequest<unknown>(this, {
		method: 'GET',
		path: '/localtrac/locations',
		qs: { p: page },
		safe: true,
	});
	const records = locationPage(body);
	const needle = filter?.trim().toLowerCase();
	const matches = (r: IDataObject): boolean =>
		!needle ||
		[r.name, r.address, r.storecode, r.uuid].some((v) => text(v).toLowerCase().includes(needle));
	return {
		results: records.filter(matches).map((r) => ({
			name: [text(r.name) || `Location ${text(r.uuid)}`, text(r.address)].filter(Boolean).join(' – ') + (r.active === false ? ' (inactive)' : ''),
			value: text(r.uuid),
		})),
		paginationToken: records.length >= PAGE_SIZE ? String(page + 1) : undefined,
	};
}
