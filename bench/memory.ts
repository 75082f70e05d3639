/**
 * The load figures, each run in a fresh child process so that nothing else the bench did (other
 * scenarios' garbage, the server) is in its memory:
 * - partoo:   Return All of N Partoo reviews (one item per review), by our node or by bare http;
 * - bookings: one execution of Guestonline Get Booking over N input items, by our node (defaults) or
 *   the HTTP Request node way in n8n-core (every item at once; bench/engine-baseline.ts).
 *
 * The child warms up on a small run, then measures a run of `small` records or items (time per item
 * at that size), then one of `large` with its resident set size sampled every 2 ms (peak RSS), so
 * that the time per item at both sizes comes from the same process.
 *
 * Usage (forked by bench/main.ts): memory.js <port> <partoo|bookings> <ours|baseline> <small> <large>
 */
import { paginateSequentially } from './baseline';
import { PARTOO_KEY } from './server';
import { engineGetBookings, guestonlineGetBookings, partooReviewsReturnAll } from './vendors';

export type LoadScenario = 'partoo' | 'bookings';

export interface TimedRun {
	count: number;
	ms: number;
	/** CPU time of the child (user + system) during the run. */
	cpuMs: number;
}

export interface MemoryResult {
	scenario: LoadScenario;
	mode: 'ours' | 'baseline';
	/** The run of `small` records or items, for the time per item. */
	small: TimedRun;
	/** The run whose memory is measured. */
	large: TimedRun;
	records: number;
	ms: number;
	recordsPerSecond: number;
	/** RSS after the warm-up and a garbage collection, before the small run. */
	rssAfterWarmUpBytes: number;
	/** RSS just before the large run, after the smaller runs and a garbage collection. */
	rssBeforeBytes: number;
	/** Highest RSS seen during the large run (sampled, and the kernel's max RSS when it grew during the run). */
	rssPeakBytes: number;
	rssIncreaseBytes: number;
	/** V8 heap in use just after the large run, its output still held. */
	heapUsedAfterBytes: number;
	samples: number;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function settle(): Promise<void> {
	gc();
	await pause(100);
	gc();
}

async function main(): Promise<void> {
	const [portText, scenarioText, modeText, smallText, largeText] = process.argv.slice(2);
	const base = `http://127.0.0.1:${portText}`;
	const scenario: LoadScenario = scenarioText === 'bookings' ? 'bookings' : 'partoo';
	const mode = modeText === 'baseline' ? 'baseline' : 'ours';
	const small = Number(smallText);
	const large = Number(largeText);

	/** Runs the scenario over `count` records or items; returns its output (records or node items). */
	const run = async (count: number): Promise<unknown[]> => {
		if (scenario === 'bookings') return (mode === 'ours' ? await guestonlineGetBookings(base, count) : await engineGetBookings(base, count)).items;
		if (mode === 'ours') return (await partooReviewsReturnAll(base, count)).items;
		const { records } = await paginateSequentially(
			(page) => `${base}/partoo/${count}/api/v2/reviews?page=${page}&api_key=${PARTOO_KEY}`,
			{},
			(body) => ({ records: body.reviews as unknown[], lastPage: Number(body.page) >= Number(body.max_page) }),
		);
		return records;
	};
	/** The output of the last timed run, held until the heap is measured. */
	let held: unknown[] = [];
	const timed = async (count: number): Promise<TimedRun> => {
		const cpu = process.cpuUsage();
		const started = performance.now();
		held = await run(count);
		const ms = performance.now() - started;
		const used = process.cpuUsage(cpu);
		if (held.length !== count) throw new Error(`expected ${count} records, got ${held.length}`);
		return { count, ms, cpuMs: (used.user + used.system) / 1000 };
	};

	// Warm-up: load every module and compile the hot paths, so the measures are the data's cost.
	await run(scenario === 'bookings' ? 200 : 30);
	await settle();
	const rssAfterWarmUpBytes = process.memoryUsage().rss;
	const smallRun = await timed(small);
	held = [];
	await settle();

	const rssBeforeBytes = process.memoryUsage().rss;
	const maxRssBefore = process.resourceUsage().maxRSS * 1024;
	let peak = rssBeforeBytes;
	let samples = 0;
	const sample = (): void => {
		peak = Math.max(peak, process.memoryUsage().rss);
		samples++;
	};
	const timer = setInterval(sample, 2);
	const largeRun = await timed(large);
	sample();
	clearInterval(timer);
	const heapUsedAfterBytes = process.memoryUsage().heapUsed;
	const maxRssAfter = process.resourceUsage().maxRSS * 1024;
	// The kernel's high-water mark catches a peak between two samples, if it was set during the run.
	if (maxRssAfter > maxRssBefore) peak = Math.max(peak, maxRssAfter);
	held = [];

	const result: MemoryResult = {
		scenario,
		mode,
		small: smallRun,
		large: largeRun,
		records: largeRun.count,
		ms: largeRun.ms,
		recordsPerSecond: largeRun.count / (largeRun.ms / 1000),
		rssAfterWarmUpBytes,
		rssBeforeBytes,
		rssPeakBytes: peak,
		rssIncreaseBytes: peak - rssBeforeBytes,
		heapUsedAfterBytes,
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
