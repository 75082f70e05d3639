/**
 * `npm run bench`: our nodes against "the HTTP Request node way", side by side, in one run, against
 * one local server with a fixed latency per request. Started by bench/run.js once the TypeScript is
 * compiled; see that file for the options.
 */
import { fork, type ChildProcess } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

import type { IDataObject } from 'n8n-workflow';

import { getOk, paginateSequentially, perItem, requestJson } from './baseline';
import type { MemoryResult } from './memory';
import type { ServerCommand, ServerMessage, ServerStats } from './server';
import { COMPANEO_KEY, DIGITALEO_CLIENT, DIGITALEO_SECRET, GUESTONLINE_TOKEN, LOCALTRAC_PASSWORD, LOCALTRAC_USER, PARTOO_KEY } from './server';
import {
	accountIds,
	bookingIds,
	companeoCreateLeads,
	digitaleoGetAccounts,
	guestonlineContactsReturnAll,
	guestonlineGetBookings,
	guestonlineTrigger,
	leadBody,
	localtracGetLocations,
	localtracStore,
	locationIds,
	partooReviewsReturnAll,
	partooTrigger,
} from './vendors';

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
	latency: number;
	runs: number;
	out: string;
	markdown?: string;
	only?: Set<string>;
}

function parseOptions(argv: string[]): Options {
	const options: Options = { latency: 20, runs: 3, out: path.resolve('bench/results.json') };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = (): string => {
			const v = inline ?? argv[++i];
			if (v === undefined) throw new Error(`${flag} needs a value`);
			return v;
		};
		if (flag === '--latency') options.latency = Number(value());
		else if (flag === '--runs') options.runs = Number(value());
		else if (flag === '--out') options.out = path.resolve(value());
		else if (flag === '--markdown') options.markdown = path.resolve(value());
		else if (flag === '--only') options.only = new Set(value().split(','));
		else throw new Error(`Unknown option ${argv[i]}`);
	}
	if (!Number.isFinite(options.latency) || options.latency < 0) throw new Error('--latency must be a number of milliseconds');
	if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a whole number, at least 1');
	return options;
}

// ---------------------------------------------------------------------------------------------
// The server process

interface BenchServer {
	base: string;
	/** Counters since the last reset; `reset` starts new ones. */
	stats: (reset: boolean) => Promise<ServerStats>;
	stop: () => void;
}

async function startServerProcess(latency: number): Promise<BenchServer> {
	const child = fork(path.join(__dirname, 'server.js'), [String(latency)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	const waiting = new Map<number, (stats: ServerStats) => void>();
	let nextId = 0;
	const port = await new Promise<number>((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`The bench server exited (${code}) before it was ready`)));
		child.on('message', (message: ServerMessage) => {
			if ('ready' in message) resolve(message.port);
			else waiting.get(message.id)?.(message.stats);
		});
	});
	child.removeAllListeners('exit');
	return {
		base: `http://127.0.0.1:${port}`,
		stats: (reset) =>
			new Promise((resolve) => {
				const id = ++nextId;
				waiting.set(id, (stats) => {
					waiting.delete(id);
					resolve(stats);
				});
				const command: ServerCommand = { id, cmd: reset ? 'reset' : 'stats' };
				child.send(command);
			}),
		stop: () => child.kill(),
	};
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Sample {
	ms: number;
	requests: number;
	peakInFlight: number;
	routes: Record<string, number>;
}

interface Side {
	/** Median wall time of the measured runs. */
	ms: number;
	runsMs: number[];
	requests: number;
	peakInFlight: number;
	routes: Record<string, number>;
	/** ⌈pages / concurrency⌉ × latency, for the pagination figures. */
	floorMs?: number;
	note?: string;
}

async function sample(server: BenchServer, work: () => Promise<unknown>): Promise<Sample> {
	await server.stats(true);
	const started = performance.now();
	await work();
	const ms = performance.now() - started;
	const stats = await server.stats(true);
	return { ms, requests: stats.total, peakInFlight: stats.peakInFlight, routes: stats.routes };
}

function side(samples: Sample[], extra: Partial<Side> = {}): Side {
	const sorted = [...samples].sort((a, b) => a.ms - b.ms);
	const median = sorted[Math.floor((sorted.length - 1) / 2)];
	return {
		ms: median.ms,
		runsMs: samples.map((s) => Math.round(s.ms * 10) / 10),
		requests: median.requests,
		peakInFlight: Math.max(...samples.map((s) => s.peakInFlight)),
		routes: median.routes,
		...extra,
	};
}

/**
 * A warm-up (by default one run of each workload), then `runs` measured rounds; each round runs every
 * workload once, in turn, so that drift (GC, CPU frequency, other load) hits them all alike.
 */
async function interleaved<K extends string>(
	server: BenchServer,
	runs: number,
	workloads: Record<K, () => Promise<unknown>>,
	warmUp?: () => Promise<unknown>,
): Promise<Record<K, Sample[]>> {
	const names = Object.keys(workloads) as K[];
	const result = {} as Record<K, Sample[]>;
	for (const name of names) {
		if (!warmUp) await workloads[name]();
		result[name] = [];
	}
	await warmUp?.();
	for (let i = 0; i < runs; i++) {
		for (const name of names) result[name].push(await sample(server, workloads[name]));
	}
	return result;
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Figure {
	id: string;
	scenario: string;
	ours?: Side;
	baseline?: Side;
	/** What is compared to the goal, in words, and its number when it has one. */
	result: string;
	value: number | string;
	goal: string;
	/** null when the goal is to state a number. */
	met: boolean | null;
	extra?: boolean;
	notes: string[];
	details?: Record<string, unknown>;
}

const ms = (value: number): string => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
const ratio = (value: number): string => value.toFixed(2);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The node's default Page Concurrency (Options › Page Concurrency). */
const PAGE_CONCURRENCY = 4;
/** The node's default Parallel Requests for reads (Options › Parallel Requests). */
const PARALLEL_READS = 10;

/** Figures 1 and 2: Return All with the node's default Page Concurrency, with a wider one, and page by page. */
async function paginationFigure(
	server: BenchServer,
	o: Options,
	spec: {
		id: string;
		scenario: string;
		pages: number;
		goal: number;
		ours: (options: IDataObject) => Promise<unknown>;
		baseline: () => Promise<unknown>;
	},
): Promise<Figure[]> {
	const WIDE = 10;
	const r = await interleaved(server, o.runs, {
		ours: () => spec.ours({}),
		wide: () => spec.ours({ pageConcurrency: WIDE }),
		baseline: spec.baseline,
	});
	const floor = (concurrency: number): number => ceilDiv(spec.pages, concurrency) * o.latency;
	const ours = side(r.ours, { floorMs: floor(PAGE_CONCURRENCY), note: `Page Concurrency ${PAGE_CONCURRENCY} (default)` });
	const wide = side(r.wide, { floorMs: floor(WIDE), note: `Page Concurrency ${WIDE}` });
	const base = side(r.baseline, { floorMs: floor(1), note: 'one page at a time' });
	const value = ours.ms / base.ms;
	const wideValue = wide.ms / base.ms;
	const trips = (concurrency: number): number => 1 + ceilDiv(spec.pages - 1, concurrency);
	return [
		{
			id: spec.id,
			scenario: spec.scenario,
			ours,
			baseline: base,
			result: `ratio ${ratio(value)}`,
			value,
			goal: `≤ ${spec.goal.toFixed(2)}`,
			met: value <= spec.goal,
			notes: [
				`floor ours ⌈${spec.pages}/${PAGE_CONCURRENCY}⌉ × ${o.latency} ms = ${ms(floor(PAGE_CONCURRENCY))}; floor baseline ${spec.pages} × ${o.latency} ms = ${ms(floor(1))}; floor ratio ${ratio(floor(PAGE_CONCURRENCY) / floor(1))}`,
				`the node reads page 1 alone (it tells the page count), then pages 2..${spec.pages} ${PAGE_CONCURRENCY} at a time: ${trips(PAGE_CONCURRENCY)} round trips, so its own floor is ${ms(trips(PAGE_CONCURRENCY) * o.latency)} (ratio ${ratio(trips(PAGE_CONCURRENCY) / spec.pages)})`,
			],
		},
		{
			id: `${spec.id}b`,
			scenario: `${spec.scenario}, Page Concurrency ${WIDE}`,
			ours: wide,
			baseline: base,
			result: `ratio ${ratio(wideValue)}`,
			value: wideValue,
			goal: `≤ ${spec.goal.toFixed(2)}`,
			met: wideValue <= spec.goal,
			extra: true,
			notes: [`extra: the node's Page Concurrency option set to ${WIDE} (it allows up to 20); ${trips(WIDE)} round trips`],
		},
	];
}

async function figure1(server: BenchServer, o: Options): Promise<Figure[]> {
	const reviews = 3000;
	return await paginationFigure(server, o, {
		id: '1',
		scenario: `Return All Partoo reviews, ${reviews / 30} pages × 30`,
		pages: reviews / 30,
		goal: 0.35,
		ours: (options) => partooReviewsReturnAll(server.base, reviews, options),
		baseline: async () => {
			const { records } = await paginateSequentially(
				(page) => `${server.base}/partoo/${reviews}/api/v2/reviews?page=${page}&api_key=${PARTOO_KEY}`,
				{},
				(body) => ({ records: body.reviews as unknown[], lastPage: Number(body.page) >= Number(body.max_page) }),
			);
			if (records.length !== reviews) throw new Error(`baseline read ${records.length} reviews`);
		},
	});
}

async function figure2(server: BenchServer, o: Options): Promise<Figure[]> {
	const contacts = 2000;
	return await paginationFigure(server, o, {
		id: '2',
		scenario: `Return All Guestonline contacts, ${contacts / 100} pages of 100`,
		pages: contacts / 100,
		goal: 0.4,
		ours: (options) => guestonlineContactsReturnAll(server.base, contacts, options),
		baseline: async () => {
			const { records } = await paginateSequentially(
				(page) => `${server.base}/guestonline/${contacts}/v1/contacts?page=${page}&max_results=100`,
				{ 'X-Token': GUESTONLINE_TOKEN },
				(body) => ({ records: body.contacts as unknown[], lastPage: Number(body.current_page) >= Number(body.num_pages) }),
			);
			if (records.length !== contacts) throw new Error(`baseline read ${records.length} contacts`);
		},
	});
}

async function figure3(server: BenchServer, o: Options): Promise<Figure[]> {
	const count = 1000;
	const headers = { 'X-Token': GUESTONLINE_TOKEN };
	const ids = bookingIds(count);
	const baselineWith = (limit: number, items = count) => async (): Promise<void> => {
		const bookings = await perItem(items, limit, async (i) => await getOk(`${server.base}/guestonline/0/v1/bookings/${ids[i]}`, headers));
		if (bookings.length !== items) throw new Error('baseline lost bookings');
	};
	const WIDE = 50;
	const r = await interleaved(
		server,
		o.runs,
		{
			ours: () => guestonlineGetBookings(server.base, count),
			wide: () => guestonlineGetBookings(server.base, count, { parallelRequests: WIDE }),
			baseline: baselineWith(Infinity),
			baselineEven: baselineWith(PARALLEL_READS),
		},
		// A 200-item warm-up compiles the same code paths as a 1,000-item one, in a fifth of the time.
		async () => {
			await guestonlineGetBookings(server.base, 200, { parallelRequests: WIDE });
			await baselineWith(Infinity, 200)();
		},
	);
	const ours = side(r.ours, { note: `Parallel Requests ${PARALLEL_READS} (default for reads)` });
	const wide = side(r.wide, { note: `Parallel Requests ${WIDE} (the option's maximum)` });
	const base = side(r.baseline, { note: 'every item at once' });
	const baseEven = side(r.baselineEven, { note: `${PARALLEL_READS} items at a time` });
	const value = ours.ms / base.ms;
	const wideValue = wide.ms / base.ms;
	const evenValue = ours.ms / baseEven.ms;
	const rounds = (concurrency: number): number => ceilDiv(count, concurrency);
	return [
		{
			id: '3',
			scenario: `${count.toLocaleString('en-US')} items of Guestonline Get Booking`,
			ours,
			baseline: base,
			result: `ratio ${ratio(value)}`,
			value,
			goal: '≤ 1.10',
			met: value <= 1.1,
			notes: [
				`the node runs reads ${PARALLEL_READS} items at a time by default: at least ${rounds(PARALLEL_READS)} round trips × ${o.latency} ms = ${ms(rounds(PARALLEL_READS) * o.latency)}; the baseline puts all ${count} in flight (the server saw ${base.peakInFlight} at once), about one round trip`,
			],
		},
		{
			id: '3b',
			scenario: `${count.toLocaleString('en-US')} × Get Booking, Parallel Requests ${WIDE}`,
			ours: wide,
			baseline: base,
			result: `ratio ${ratio(wideValue)}`,
			value: wideValue,
			goal: '≤ 1.10',
			met: wideValue <= 1.1,
			extra: true,
			notes: [`extra: the node's Parallel Requests option at its maximum; floor ${rounds(WIDE)} round trips × ${o.latency} ms = ${ms(rounds(WIDE) * o.latency)}`],
		},
		{
			id: '3c',
			scenario: `${count.toLocaleString('en-US')} × Get Booking, both ${PARALLEL_READS} at a time`,
			ours,
			baseline: baseEven,
			result: `ratio ${ratio(evenValue)}`,
			value: evenValue,
			goal: 'overhead',
			met: null,
			extra: true,
			notes: [
				`extra: the same concurrency on both sides isolates what the node adds to each item's request (n8n's expression engine for the item's ID and the credential's header, n8n's HTTP stack, input validation): ${ms((ours.ms - baseEven.ms) / count)} per item`,
			],
		},
	];
}

async function figure4(server: BenchServer, o: Options): Promise<Figure[]> {
	const count = 1000;
	const uuids = locationIds(count);
	const store = localtracStore(server.base);
	const first = await sample(server, () => localtracGetLocations(server.base, count, store));
	const loginsFirst = store.preAuthCalls.get('localtracApi') ?? 0;
	const second = await sample(server, () => localtracGetLocations(server.base, count, store));
	const loginsSecond = (store.preAuthCalls.get('localtracApi') ?? 0) - loginsFirst;
	const served = (s: Sample): number => s.routes['localtrac POST /localtrac/login'] ?? 0;

	// The HTTP Request node way: a login request node, then the 1,000 GETs, in every execution.
	const baselineExecution = async (): Promise<void> => {
		const login = await requestJson('POST', `${server.base}/localtrac-api/localtrac/login`, {}, { username: LOCALTRAC_USER, password: LOCALTRAC_PASSWORD });
		const token = String((login.body as { token?: unknown }).token);
		await perItem(count, Infinity, async (i) => await getOk(`${server.base}/localtrac-api/localtrac/location/${uuids[i]}`, { Authorization: token }));
	};
	const b1 = await sample(server, baselineExecution);
	const b2 = await sample(server, baselineExecution);

	const met = loginsFirst === 1 && loginsSecond === 0 && served(first) === 1 && served(second) === 0;
	return [
		{
			id: '4',
			scenario: `${count.toLocaleString('en-US')}-item LOCALTRAC Get Location, then a second execution`,
			ours: side([first], { note: `run 1 ${ms(first.ms)}, run 2 ${ms(second.ms)}` }),
			baseline: side([b1], { note: `run 1 ${ms(b1.ms)}, run 2 ${ms(b2.ms)}` }),
			result: `logins ${loginsFirst} / ${loginsSecond}`,
			value: `${loginsFirst} / ${loginsSecond}`,
			goal: '1 / 0',
			met,
			notes: [
				`server counted login requests: ours ${served(first)} / ${served(second)}, baseline (a login request in each execution) ${served(b1)} / ${served(b2)}`,
				`requests: ours ${first.requests} then ${second.requests}; the second execution reuses the token stored in the credential`,
			],
			details: { run2: second, baselineRun2: b2 },
		},
	];
}

async function figure5(server: BenchServer): Promise<Figure[]> {
	const count = 1000;
	const ids = accountIds(count);
	let preAuth = 0;
	const ours = await sample(server, async () => {
		const run = await digitaleoGetAccounts(server.base, count);
		preAuth = run.credentials.preAuthCalls.get('digitaleoApi') ?? 0;
	});
	const tokens = ours.routes['digitaleo POST /token'] ?? 0;
	const baseline = await sample(server, async () => {
		const reply = await requestJson('POST', `${server.base}/digitaleo-oauth/token`, {}, { client_id: DIGITALEO_CLIENT, client_secret: DIGITALEO_SECRET, grant_type: 'client_credentials' });
		const token = String((reply.body as { access_token?: unknown }).access_token);
		await perItem(count, Infinity, async (i) => await getOk(`${server.base}/digitaleo/back-office/v1/accounts/${ids[i]}`, { Authorization: `Bearer ${token}` }));
	});
	return [
		{
			id: '5',
			scenario: `${count.toLocaleString('en-US')}-item Digitaleo Get Account`,
			ours: side([ours], { note: 'starts without a stored token' }),
			baseline: side([baseline], { note: 'a token request, then every item at once' }),
			result: `token requests ${tokens}`,
			value: tokens,
			goal: '1',
			met: tokens === 1 && preAuth === 1,
			notes: [`server counted ${plural(tokens, 'token request')}; the credential's preAuthentication ran ${plural(preAuth, 'time')} for ${count} items in flight 10 at a time`],
		},
	];
}

async function figure6(server: BenchServer, o: Options): Promise<Figure[]> {
	const count = 1000;
	const headers = { Authorization: `Bearer ${COMPANEO_KEY}` };
	const baseline = async (): Promise<void> => {
		const replies = await perItem(count, Infinity, async (i) => await requestJson('POST', `${server.base}/companeo/api/v1/partners/create_rfq`, headers, [leadBody(i)]));
		if (!replies.every((r) => r.status === 200)) throw new Error('baseline: a lead was refused');
	};
	const r = await interleaved(server, o.runs, { ours: () => companeoCreateLeads(server.base, count), baseline });
	const ours = side(r.ours, { note: 'Leads per Request 50 (default), one request at a time' });
	const base = side(r.baseline, { note: 'one request per lead, every item at once' });
	const time = ours.ms / base.ms;
	return [
		{
			id: '6',
			scenario: `${count.toLocaleString('en-US')} Companeo leads`,
			ours,
			baseline: base,
			result: `${ours.requests} requests (vs ${base.requests}); time ratio ${ratio(time)}`,
			value: ours.requests,
			goal: '≤ 20 requests',
			met: ours.requests <= 20,
			notes: [
				`wall-time ratio ours / one-request-per-lead: ${ratio(time)} (no goal set); the node sends its chunks one after another, so it costs ${ours.requests} round trips where the baseline's ${base.requests} requests overlap`,
			],
			details: { timeRatio: time },
		},
	];
}

interface PollFigure {
	id: string;
	scenario: string;
	poller: ReturnType<typeof partooTrigger>;
	/** Requests an idle poll should cost, by the node's options. */
	expected: number;
	explain: string;
}

async function figure7(server: BenchServer): Promise<Figure[]> {
	const idlePolls = 3;
	const cases: PollFigure[] = [
		{
			id: '7a',
			scenario: 'Idle poll, Partoo Trigger (reviews), defaults',
			poller: partooTrigger(server.base, 500),
			expected: 1,
			explain: 'one page of the reviews updated since the newest seen less the 10-minute overlap: ⌈reviews in the overlap / 30⌉, here 1',
		},
		{
			id: '7b',
			scenario: 'Idle poll, Guestonline Trigger (bookings + opinions), defaults',
			poller: guestonlineTrigger(server.base, ['booking.created', 'booking.updated', 'opinion.created']),
			expected: 93,
			explain: 'bookings: one request per watched date (Days Back 1 + today + Days Ahead 90 = 92, more for a date with over 100 bookings) + 1 for opinions',
		},
		{
			id: '7c',
			scenario: 'Idle poll, Guestonline Trigger (bookings + opinions), Days Back 0, Days Ahead 6',
			poller: guestonlineTrigger(server.base, ['booking.created', 'booking.updated', 'opinion.created'], { daysBack: 0, daysAhead: 6 }),
			expected: 8,
			explain: 'bookings: 0 + 1 + 6 = 7 dates + 1 for opinions: the cost follows the window options',
		},
		{
			id: '7d',
			scenario: 'Idle poll, Guestonline Trigger (opinions only)',
			poller: guestonlineTrigger(server.base, ['opinion.created']),
			expected: 1,
			explain: 'one page of the opinions updated since the last one read, less one day',
		},
	];
	const figures: Figure[] = [];
	for (const c of cases) {
		// The first poll learns what exists (and emits nothing); the next ones find no new data.
		const learning = await sample(server, () => c.poller.poll());
		const polls: Sample[] = [];
		let emitted = 0;
		for (let i = 0; i < idlePolls; i++) {
			polls.push(
				await sample(server, async () => {
					emitted += (await c.poller.poll()).length;
				}),
			);
		}
		const perPoll = polls.map((p) => p.requests);
		const worst = Math.max(...perPoll);
		const routes = Object.entries(polls[0].routes)
			.map(([route, n]) => `${route.replace(/^\w+ /, '')} × ${n}`)
			.join(', ');
		figures.push({
			id: c.id,
			scenario: c.scenario,
			ours: side(polls, { note: `${idlePolls} idle polls` }),
			result: `${worst} request${worst === 1 ? '' : 's'} / poll`,
			value: worst,
			goal: 'stated, bounded',
			met: perPoll.every((n) => n === c.expected) && emitted === 0,
			notes: [`${routes}; expected ${c.expected}: ${c.explain}; first (learning) poll ${plural(learning.requests, 'request')}; events emitted by idle polls: ${emitted}`],
		});
	}
	return figures;
}

function runMemoryChild(port: string, reviews: number, mode: 'ours' | 'baseline'): Promise<MemoryResult> {
	return new Promise((resolve, reject) => {
		let result: MemoryResult | undefined;
		const child: ChildProcess = fork(path.join(__dirname, 'memory.js'), [port, String(reviews), mode], {
			execArgv: ['--expose-gc'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		child.on('message', (message: MemoryResult) => (result = message));
		child.on('error', reject);
		child.on('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`the memory scenario (${mode}) exited with code ${code}`))));
	});
}

async function figure8(server: BenchServer, o: Options): Promise<Figure[]> {
	const reviews = 10_000;
	const pages = Math.ceil(reviews / 30);
	const port = new URL(server.base).port;
	await server.stats(true);
	const ours = await runMemoryChild(port, reviews, 'ours');
	const oursStats = await server.stats(true);
	const baseline = await runMemoryChild(port, reviews, 'baseline');
	const baseStats = await server.stats(true);
	const asSide = (m: MemoryResult, stats: ServerStats, extra: Partial<Side>): Side => ({
		ms: m.ms,
		runsMs: [Math.round(m.ms * 10) / 10],
		requests: stats.total - 1, // less the one-page warm-up
		peakInFlight: stats.peakInFlight,
		routes: stats.routes,
		...extra,
	});
	return [
		{
			id: '8',
			scenario: `Return All of ${reviews.toLocaleString('en-US')} Partoo reviews (${pages} pages)`,
			ours: asSide(ours, oursStats, { floorMs: ceilDiv(pages, PAGE_CONCURRENCY) * o.latency, note: `peak RSS +${mb(ours.rssIncreaseBytes)}, ${Math.round(ours.recordsPerSecond).toLocaleString('en-US')} records/s` }),
			baseline: asSide(baseline, baseStats, { floorMs: pages * o.latency, note: `peak RSS +${mb(baseline.rssIncreaseBytes)}, ${Math.round(baseline.recordsPerSecond).toLocaleString('en-US')} records/s` }),
			result: `+${mb(ours.rssIncreaseBytes)} RSS, ${Math.round(ours.recordsPerSecond).toLocaleString('en-US')} rec/s`,
			value: ours.rssIncreaseBytes,
			goal: 'stated',
			met: null,
			notes: [
				`each side runs in a fresh child process: one warm-up page, a garbage collection, then RSS sampled every 2 ms (${ours.samples} samples) plus the kernel's max RSS; RSS before ${mb(ours.rssBeforeBytes)}, peak ${mb(ours.rssPeakBytes)}`,
				`baseline (raw http + JSON.parse, no n8n engine, pages one at a time): peak RSS +${mb(baseline.rssIncreaseBytes)}, ${Math.round(baseline.recordsPerSecond).toLocaleString('en-US')} records/s — it shows the parsed records' own cost, not the HTTP Request node's`,
			],
			details: { ours, baseline },
		},
	];
}

// ---------------------------------------------------------------------------------------------
// Output

interface Machine {
	/** 1-minute load average before the run started: other work on the machine shows here. */
	loadAverage: number;
	nproc: number;
	cpu: string;
	node: string;
	platform: string;
	memory: string;
}

function machine(): Machine {
	let cpu = os.cpus()[0]?.model ?? 'unknown';
	try {
		const line = readFileSync('/proc/cpuinfo', 'utf8')
			.split('\n')
			.find((l) => l.startsWith('model name'));
		if (line) cpu = line.split(':')[1].trim();
	} catch {
		// Not Linux: os.cpus() names the model.
	}
	const nproc = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
	return { loadAverage: Math.round(os.loadavg()[0] * 100) / 100, nproc, cpu, node: process.version, platform: `${os.type()} ${os.release()} ${os.arch()}`, memory: mb(os.totalmem()) };
}

const metText = (met: boolean | null): string => (met === null ? '—' : met ? 'yes' : 'NO');

function sideText(s: Side | undefined): string {
	if (!s) return '';
	return s.floorMs !== undefined ? `${ms(s.ms)} (floor ${ms(s.floorMs)})` : ms(s.ms);
}

function table(figures: Figure[]): string {
	const header = ['#', 'Scenario', 'Ours', 'Baseline', 'Result', 'Goal', 'Met'];
	const rows = figures.map((f) => [f.id, f.scenario, sideText(f.ours), sideText(f.baseline), f.result, f.goal, metText(f.met)]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdown(figures: Figure[], info: Machine & { date: string; latencyMs: number; runs: number; loadAverageAtEnd: number }): string {
	const cell = (text: string): string => text.replace(/\|/g, '\\|');
	const lines = [
		`Run of ${info.date} on ${info.cpu}, ${info.nproc} cores (nproc), Node ${info.node}, ${info.platform}; ${info.latencyMs} ms latency per request; median of ${info.runs} runs; 1-minute load average ${info.loadAverage} before the run.`,
		'',
		'| # | Scenario | Ours | Baseline | Result | Goal | Met |',
		'|---|---|---|---|---|---|---|',
		...figures.map((f) => `| ${f.id} | ${cell(f.scenario)} | ${cell(sideText(f.ours))} | ${cell(sideText(f.baseline))} | ${cell(f.result)} | ${cell(f.goal)} | ${metText(f.met)} |`),
	];
	return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	const started = performance.now();
	const server = await startServerProcess(options.latency);
	const info = { date: new Date().toISOString(), ...machine(), latencyMs: options.latency, runs: options.runs };
	process.stdout.write(
		`Bench: ${info.cpu}, ${info.nproc} cores, Node ${info.node}, load average ${info.loadAverage}; server ${server.base}, ${options.latency} ms per request; median of ${options.runs} runs\n\n`,
	);

	const steps: Array<[string, () => Promise<Figure[]>]> = [
		['1', () => figure1(server, options)],
		['2', () => figure2(server, options)],
		['3', () => figure3(server, options)],
		['4', () => figure4(server, options)],
		['5', () => figure5(server)],
		['6', () => figure6(server, options)],
		['7', () => figure7(server)],
		['8', () => figure8(server, options)],
	];
	const figures: Figure[] = [];
	const failures: string[] = [];
	try {
		for (const [id, step] of steps) {
			if (options.only && !options.only.has(id)) continue;
			const stepStarted = performance.now();
			try {
				const done = await step();
				figures.push(...done);
				for (const f of done) process.stdout.write(`  ${f.id.padEnd(3)} ${f.result}  (goal ${f.goal}, met: ${metText(f.met)})\n`);
			} catch (error) {
				failures.push(`figure ${id}: ${(error as Error).message}`);
				process.stdout.write(`  ${id.padEnd(3)} FAILED: ${(error as Error).message}\n`);
			}
			process.stdout.write(`      (${((performance.now() - stepStarted) / 1000).toFixed(1)} s)\n`);
		}
	} finally {
		server.stop();
	}

	process.stdout.write(`\n${table(figures)}\n\nNotes\n`);
	for (const f of figures) {
		const parts = [
			f.ours ? `ours: ${plural(f.ours.requests, 'request')}, ≤ ${f.ours.peakInFlight} in flight${f.ours.note ? `, ${f.ours.note}` : ''}, runs ${f.ours.runsMs.join(' / ')} ms` : '',
			f.baseline ? `baseline: ${plural(f.baseline.requests, 'request')}, ≤ ${f.baseline.peakInFlight} in flight${f.baseline.note ? `, ${f.baseline.note}` : ''}, runs ${f.baseline.runsMs.join(' / ')} ms` : '',
			...f.notes,
		].filter(Boolean);
		process.stdout.write(`  ${f.id}: ${parts.join('\n      ')}\n`);
	}
	const totalSeconds = (performance.now() - started) / 1000;
	process.stdout.write(`\nMeasured in ${totalSeconds.toFixed(1)} s.\n`);

	const loadAverageAtEnd = Math.round(os.loadavg()[0] * 100) / 100;
	process.stdout.write(
		`Load average (1 min): ${info.loadAverage} before the run${info.loadAverage > info.nproc / 2 ? ' — other work was using the CPUs, so times may be inflated' : ''}; ${loadAverageAtEnd} at the end (the bench itself adds 1 to 2).\n`,
	);
	const results = { ...info, loadAverageAtEnd, seconds: Math.round(totalSeconds * 10) / 10, figures, failures };
	writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
	process.stdout.write(`Results written to ${path.relative(process.cwd(), options.out) || options.out}\n`);
	if (options.markdown) {
		writeFileSync(options.markdown, markdown(figures, { ...info, loadAverageAtEnd }));
		process.stdout.write(`Markdown table written to ${options.markdown}\n`);
	}
	if (failures.length) {
		process.stderr.write(`\n${failures.length} figure(s) could not be measured:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
		process.exitCode = 1;
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exit(1);
});
