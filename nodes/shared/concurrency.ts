/**
 * Runs `worker` over `count` indexes with at most `limit` in flight, and returns the results in index order.
 * When `stopOnError` is set, no new index starts after a failure; the failure with the lowest index is thrown,
 * which is the error a one-by-one run would have met first.
 */
export async function mapBounded<T>(
	count: number,
	limit: number,
	worker: (index: number) => Promise<T>,
	stopOnError = true,
): Promise<T[]> {
	const results = new Array<T>(count);
	const errors = new Map<number, unknown>();
	let next = 0;
	let failed = false;
	const lanes = Math.max(1, Math.min(Math.floor(limit) || 1, count));
	const lane = async (): Promise<void> => {
		while (next < count && !(stopOnError && failed)) {
			const index = next++;
			try {
				results[index] = await worker(index);
			} catch (error) {
				errors.set(index, error);
				failed = true;
			}
		}
	};
	await Promise.all(Array.from({ length: lanes }, lane));
	if (errors.size) {
		const first = Math.min(...errors.keys());
		throw errors.get(first);
	}
	return results;
}
