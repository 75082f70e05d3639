/**
 * Figure 8, run in a fresh child process so that nothing else the bench did (other scenarios'
 * garbage, the server) is in its memory: Return All of 10,000 Partoo reviews, with the process's
 * resident set size sampled every 2 ms during the run.
 *
 * Usage (forked by bench/main.ts): memory.js <port> <reviews> <ours|baseline>
 */
import { paginateSequentially } from './baseline';
import { PARTOO_KEY } from './server';
import { partooReviewsReturnAll } from './vendors';

export interface MemoryResult {
	mode: 'ours' | 'baseline';
	records: number;
	ms: number;
	recordsPerSecond: number;
	/** RSS just before the run, after a warm-up run and a garbage collection. */
	rssBeforeBytes: number;
	/** Highest RSS seen during the run (sampled, and the kernel's max RSS when it grew during the run). */
	rssPeakBytes: number;
	rssIncreaseBytes: number;
	samples: number;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
	const [portText, reviewsText, modeText] = process.argv.slice(2);
	const base = `http://127.0.0.1:${portText}`;
	const reviews = Number(reviewsText);
	const mode = modeText === 'baseline' ? 'baseline' : 'ours';

	const run = async (count: number): Promise<number> => {
		if (mode === 'ours') return (await partooReviewsReturnAll(base, count)).items.length;
		const { records } = await paginateSequentially(
			(page) => `${base}/partoo/${count}/api/v2/reviews?page=${page}&api_key=${PARTOO_KEY}`,
			{},
			(body) => ({ records: body.reviews as unknown[], lastPage: Number(body.page) >= Number(body.max_page) }),
		);
		return records.length;
	};

	// Warm-up: load every module and compile the hot paths on one page, so the measure is the data's cost.
	await run(30);
	gc();
	await pause(100);
	gc();

	const rssBeforeBytes = process.memoryUsage().rss;
	const maxRssBefore = process.resourceUsage().maxRSS * 1024;
	let peak = rssBeforeBytes;
	let samples = 0;
	const sample = (): void => {
		peak = Math.max(peak, process.memoryUsage().rss);
		samples++;
	};
	const timer = setInterval(sample, 2);

	const started = performance.now();
	const records = await run(reviews);
	const ms = performance.now() - started;
	sample();
	clearInterval(timer);
	const maxRssAfter = process.resourceUsage().maxRSS * 1024;
	// The kernel's high-water mark catches a peak between two samples, if it was set during the run.
	if (maxRssAfter > maxRssBefore) peak = Math.max(peak, maxRssAfter);
	if (records !== reviews) throw new Error(`expected ${reviews} records, got ${records}`);

	const result: MemoryResult = {
		mode,
		records,
		ms,
		recordsPerSecond: records / (ms / 1000),
		rssBeforeBytes,
		rssPeakBytes: peak,
		rssIncreaseBytes: peak - rssBeforeBytes,
		samples,
	};
	// Exit once the parent has the result: an exit right after send() can drop the message.
	await new Promise<void>((resolve) => (process.send ? process.send(result, undefined, {}, () => resolve()) : resolve()));
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`memory scenario failed: ${(error as Error).stack ?? String(error)}\n`);
		process.exit(1);
	},
);
