import type { IDataObject } from 'n8n-workflow';

import type { Page } from '../../nodes/shared/pagination';
import { paginate } from '../../nodes/shared/pagination';

/** A vendor with no page count (bare arrays): `total` records served `size` at a time. */
function unknownCount(total: number, size: number) {
	const asked: number[] = [];
	const fetch = async (page: number): Promise<Page> => {
		asked.push(page);
		const start = (page - 1) * size;
		const items: IDataObject[] = [];
		for (let i = start; i < Math.min(total, start + size); i++) items.push({ n: i });
		return { items };
	};
	return { asked, fetch };
}

describe('paginate without a page count', () => {
	test('stops at the first short page', async () => {
		const v = unknownCount(45, 20);
		const out = await paginate(v.fetch, { returnAll: true, limit: 0, pageSize: 20, concurrency: 4 });
		expect(out.map((r) => r.n)).toEqual(Array.from({ length: 45 }, (_, i) => i));
		expect(v.asked).toEqual([1, 2, 3]);
	});

	test('an exact multiple of the page size ends with one empty page', async () => {
		const v = unknownCount(40, 20);
		const out = await paginate(v.fetch, { returnAll: true, limit: 0, pageSize: 20, concurrency: 4 });
		expect(out).toHaveLength(40);
		expect(v.asked).toEqual([1, 2, 3]);
	});

	test('a limit stops fetching as soon as it is reached', async () => {
		const v = unknownCount(1000, 20);
		const out = await paginate(v.fetch, { returnAll: false, limit: 40, pageSize: 20, concurrency: 4 });
		expect(out).toHaveLength(40);
		expect(v.asked).toEqual([1, 2]);
	});

	test('a limit inside a page returns exactly the limit', async () => {
		const v = unknownCount(1000, 20);
		const out = await paginate(v.fetch, { returnAll: false, limit: 21, pageSize: 20, concurrency: 4 });
		expect(out.map((r) => r.n)).toEqual(Array.from({ length: 21 }, (_, i) => i));
		expect(v.asked).toEqual([1, 2]);
	});
});

describe('paginate with a page count', () => {
	test('a page that fails fails the whole list, so no partial list is returned as complete', async () => {
		const fetch = async (page: number): Promise<Page> => {
			if (page === 3) throw new Error('page 3 failed');
			return { items: [{ page }], totalPages: 4 };
		};
		await expect(paginate(fetch, { returnAll: true, limit: 0, pageSize: 1, concurrency: 2 })).rejects.toThrow('page 3 failed');
	});
});
