import type { IDataObject } from 'n8n-workflow';

import { mapBounded } from './concurrency';

/** One page as read from the vendor: its records, and the page count when the vendor states it. */
export interface Page {
	items: IDataObject[];
	totalPages?: number;
}

export interface PaginationOptions {
	returnAll: boolean;
	/** Maximum number of records when returnAll is off. */
	limit: number;
	/** Records the vendor returns on a full page. */
	pageSize: number;
	/** Pages fetched at once once the page count is known. */
	concurrency: number;
	/** Page numbers start here (1 for every vendor so far). */
	firstPage?: number;
}

/**
 * Reads as many pages as needed and returns the records in order.
 * - Known page count: the first page tells how many there are; the rest are fetched with bounded concurrency.
 * - Unknown page count: pages are fetched one after another until a short or empty page.
 * - Limit: no page beyond the one holding the last wanted record is requested.
 */
export async function paginate(
	fetchPage: (page: number) => Promise<Page>,
	options: PaginationOptions,
): Promise<IDataObject[]> {
	const first = options.firstPage ?? 1;
	const wanted = options.returnAll ? Infinity : Math.max(0, options.limit);
	if (wanted === 0) return [];

	const firstPage = await fetchPage(first);
	const records = [...firstPage.items];
	const pagesForLimit = options.returnAll ? Infinity : Math.ceil(wanted / options.pageSize);

	if (firstPage.totalPages !== undefined) {
		const lastPage = first + Math.min(firstPage.totalPages, pagesForLimit) - 1;
		const remaining = lastPage - first;
		if (remaining > 0 && records.length < wanted && firstPage.items.length > 0) {
			const pages = await mapBounded(remaining, options.concurrency, async (i) => await fetchPage(first + 1 + i));
			for (const page of pages) records.push(...page.items);
		}
		return records.slice(0, wanted === Infinity ? undefined : wanted);
	}

	let page = first;
	let last = firstPage;
	while (last.items.length >= options.pageSize && records.length < wanted) {
		page += 1;
		last = await fetchPage(page);
		records.push(...last.items);
	}
	return records.slice(0, wanted === Infinity ? undefined : wanted);
}
