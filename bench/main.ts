/**
 * `npm run bench`: our nodes against "the HTTP Request node way", side by side, in one run, against
 * one local server with a fixed latency per request. "The HTTP Request node way" is measured twice:
 * - the engine baseline (bench/engine-baseline.ts): a bench-only node doing it inside n8n-core's engine,
 *   through the same request helper and credential as our nodes; the goals are ratios against it;
 * - the bare-http baseline (bench/baseline.ts): the same requests with Node's http client, outside n8n.
 * Started by bench/run.js once the TypeScript is compiled; see that file for the options.
 */
import { fork, type ChildProcess } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

import type { IDataObject } from 'n8n-workflow';

import { getOk, paginateSequentially, perItem, requestJson } from './baseline';
import type { NodeRun } from '../test/harness/run';
import type { LoadScenario, MemoryResult } from './memory';
import type { ServerCommand, ServerMessage, ServerStats } from './server';
import { COMPANEO_KEY, DIGITALEO_CLIENT, DIGITALEO_SECRET, GUESTONLINE_TOKEN, LIMITED_RETRY_AFTER_S, LOCALTRAC_PASSWORD, LOCALTRAC_USER, PARTOO_KEY } from './server';
import {
	accountIds,
	bookingIds,
	companeoCreateLeads,
	digitaleoGetAccounts,
	engineFloorGetBookings,
	engineGetBookings,
	engineGetBookingsRun,
	engineGuestonlineContacts,
	enginePartooReviews,
	guestonlineContactsReturnAll,
	guestonlineGetBookings,
	guestonlineGetBookingsRun,
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
	/** CPU time of this process (user + system) during the run. */
	cpuMs: number;
	requests: number;
	peakInFlight: number;
	routes: Record<string, number>;
}

interface Side {
	/** Median wall time of the measured runs. */
	ms: number;
	/** CPU time of the bench process in the run with the median wall time. */
	cpuMs: number;
	runsMs: number[];
	requests: number;
	peakInFlight: number;
	routes: Record<string, number>;
	/** ⌈pages / concurrency⌉ × latency, for the pagination figures. */
	floorMs?: number;
	note?: string;
}

/**
 * One measured run. It starts from a collected heap, once the server has closed the previous run's
 * connections, so that no workload pays for the garbage or the sockets of the one before it.
 */
async function sample(server: BenchServer, work: () => Promise<unknown>): Promise<Sample> {
	await new Promise((resolve) => setTimeout(resolve, 50));
	(globalThis as { gc?: () => void }).gc?.();
	await server.stats(true);
	const cpu = process.cpuUsage();
	const started = performance.now();
	await work();
	const ms = performance.now() - started;
	const used = process.cpuUsage(cpu);
	const stats = await server.stats(true);
	return { ms, cpuMs: (used.user + used.system) / 1000, requests: stats.total, peakInFlight: stats.peakInFlight, routes: stats.routes };
}

function side(samples: Sample[], extra: Partial<Side> = {}): Side {
	const sorted = [...samples].sort((a, b) => a.ms - b.ms);
	const median = sorted[Math.floor((sorted.length - 1) / 2)];
	return {
		ms: median.ms,
		cpuMs: median.cpuMs,
		runsMs: samples.map((s) => Math.round(s.ms * 10) / 10),
		requests: median.requests,
		peakInFlight: Math.max(...samples.map((s) => s.peakInFlight)),
		routes: median.routes,
		...extra,
	};
}

/**
 * The ratio of two workloads measured in the same rounds: the median of each round's own ratio.
 * Load on the machine drifts over the bench's minutes; two runs of the same round, a second apart,
 * meet the same load, so their ratio varies less than the ratio of medians taken over all rounds.
 */
function pairedRatio(a: Sample[], b: Sample[]): number {
	const ratios = a.map((sample, i) => sample.ms / b[i].ms).sort((x, y) => x - y);
	const middle = Math.floor(ratios.length / 2);
	return ratios.length % 2 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
}

/**
 * A warm-up (by default one run of each workload), then `runs` measured rounds; each round runs every
 * workload once, in turn, so that drift (GC, CPU frequency, other load) hits them all alike. Each round
 * starts one workload further on, so that no workload always runs after the same one (and its garbage).
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
		const order = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
		for (const name of order) result[name].push(await sample(server, workloads[name]));
	}
	return result;
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Figure {
	id: string;
	scenario: string;
	ours?: Side;
	/** The engine baseline: the same work the HTTP Request node way, inside n8n-core's engine (bench/engine-baseline.ts). */
	engine?: Side;
	/** The bare-http baseline: the same work with Node's http client, outside n8n (bench/baseline.ts). */
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
/** The node's default Parallel Requests for reads (Options › Parallel Requests): every item, up to 1,000. */
const PARALLEL_READS = 1000;

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
		engine: () => Promise<unknown>;
		baseline: () => Promise<unknown>;
	},
): Promise<Figure[]> {
	const WIDE = 10;
	const r = await interleaved(server, o.runs, {
		ours: () => spec.ours({}),
		wide: () => spec.ours({ pageConcurrency: WIDE }),
		engine: spec.engine,
		baseline: spec.baseline,
	});
	const floor = (concurrency: number): number => ceilDiv(spec.pages, concurrency) * o.latency;
	const ours = side(r.ours, { floorMs: floor(PAGE_CONCURRENCY), note: `Page Concurrency ${PAGE_CONCURRENCY} (default)` });
	const wide = side(r.wide, { floorMs: floor(WIDE), note: `Page Concurrency ${WIDE}` });
	const engine = side(r.engine, { floorMs: floor(1), note: 'one page at a time, in n8n-core' });
	const base = side(r.baseline, { floorMs: floor(1), note: 'one page at a time, bare http' });
	const value = ours.ms / engine.ms;
	const wideValue = wide.ms / engine.ms;
	const trips = (concurrency: number): number => 1 + ceilDiv(spec.pages - 1, concurrency);
	return [
		{
			id: spec.id,
			scenario: spec.scenario,
			ours,
			engine,
			baseline: base,
			result: `ratio ${ratio(value)} (bare ${ratio(ours.ms / base.ms)})`,
			value,
			goal: `≤ ${spec.goal.toFixed(2)}`,
			met: value <= spec.goal,
			notes: [
				`floor ours ⌈${spec.pages}/${PAGE_CONCURRENCY}⌉ × ${o.latency} ms = ${ms(floor(PAGE_CONCURRENCY))}; floor baseline ${spec.pages} × ${o.latency} ms = ${ms(floor(1))}; floor ratio ${ratio(floor(PAGE_CONCURRENCY) / floor(1))}`,
				`the node reads page 1 alone (it tells the page count), then pages 2..${spec.pages} ${PAGE_CONCURRENCY} at a time: ${trips(PAGE_CONCURRENCY)} round trips, so its own floor is ${ms(trips(PAGE_CONCURRENCY) * o.latency)} (ratio ${ratio(trips(PAGE_CONCURRENCY) / spec.pages)})`,
				`goal ratio: ours / engine baseline ${ratio(value)}; against bare http ${ratio(ours.ms / base.ms)}; the engine baseline spends ${ms((engine.ms - floor(1)) / spec.pages)} per page above the latency, bare http ${ms((base.ms - floor(1)) / spec.pages)}`,
			],
			details: { ratioVsEngine: value, ratioVsBareHttp: ours.ms / base.ms },
		},
		{
			id: `${spec.id}b`,
			scenario: `${spec.scenario}, Page Concurrency ${WIDE}`,
			ours: wide,
			engine,
			baseline: base,
			result: `ratio ${ratio(wideValue)} (bare ${ratio(wide.ms / base.ms)})`,
			value: wideValue,
			goal: `≤ ${spec.goal.toFixed(2)}`,
			met: wideValue <= spec.goal,
			extra: true,
			notes: [`extra: the node's Page Concurrency option set to ${WIDE} (it allows up to 20); ${trips(WIDE)} round trips`],
			details: { ratioVsEngine: wideValue, ratioVsBareHttp: wide.ms / base.ms },
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
		engine: () => enginePartooReviews(server.base, reviews),
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
		engine: () => engineGuestonlineContacts(server.base, contacts),
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
	const bareHttp = (items = count) => async (): Promise<void> => {
		const bookings = await perItem(items, Infinity, async (i) => await getOk(`${server.base}/guestonline/0/v1/bookings/${ids[i]}`, headers));
		if (bookings.length !== items) throw new Error('baseline lost bookings');
	};
	/** Narrower Parallel Requests than the default, for the extra rows 3b and 3c. */
	const MIDDLE = 100;
	const NARROW = 10;
	// Single runs vary by up to ±30% on a busy machine, and drift over a run of the bench: this figure
	// takes at least 5 rounds, and compares runs of the same round (see pairedRatio).
	const runs = Math.max(o.runs, 5);
	const r = await interleaved(
		server,
		runs,
		{
			ours: () => guestonlineGetBookings(server.base, count),
			middle: () => guestonlineGetBookings(server.base, count, { parallelRequests: MIDDLE }),
			narrow: () => guestonlineGetBookings(server.base, count, { parallelRequests: NARROW }),
			engine: () => engineGetBookings(server.base, count),
			floor: () => engineFloorGetBookings(server.base, count),
			baseline: bareHttp(),
		},
		// A 200-item warm-up compiles the same code paths as a 1,000-item one, in a fifth of the time.
		async () => {
			await guestonlineGetBookings(server.base, 200);
			await guestonlineGetBookings(server.base, 200, { parallelRequests: NARROW });
			await engineGetBookings(server.base, 200);
			await engineFloorGetBookings(server.base, 200);
			await bareHttp(200)();
		},
	);
	const inFlight = Math.min(count, PARALLEL_READS);
	const ours = side(r.ours, { note: `Parallel Requests not set: reads send every item at once, up to ${PARALLEL_READS.toLocaleString('en-US')}` });
	const middle = side(r.middle, { note: `Parallel Requests ${MIDDLE}` });
	const narrow = side(r.narrow, { note: `Parallel Requests ${NARROW}` });
	const engine = side(r.engine, { note: 'the HTTP Request node\'s steps for each item, every request started before any reply is awaited, in n8n-core' });
	const floorSide = side(r.floor, { note: 'the URL read per item and nothing else, every request at once, in n8n-core' });
	const base = side(r.baseline, { note: 'every item at once, bare http' });
	const rounds = (concurrency: number): number => ceilDiv(count, concurrency);
	const perItemMs = (s: Side): string => `${(s.ms / count).toFixed(2)} ms`;
	const perItemCpu = (s: Side): string => `${(s.cpuMs / count).toFixed(2)} ms`;
	const row = (id: string, scenario: string, s: Side, samples: Sample[], extra: boolean, notes: string[]): Figure => {
		const value = pairedRatio(samples, r.engine);
		return {
			id,
			scenario,
			ours: s,
			engine,
			baseline: base,
			result: `ratio ${ratio(value)} (bare ${ratio(s.ms / base.ms)})`,
			value,
			goal: '≤ 1.10',
			met: value <= 1.1,
			...(extra ? { extra } : {}),
			notes,
			details: {
				ratioVsEngine: value,
				ratioOfMedians: s.ms / engine.ms,
				roundRatios: samples.map((sample, i) => Math.round((sample.ms / r.engine[i].ms) * 100) / 100),
				ratioVsFloor: pairedRatio(samples, r.floor),
				ratioVsBareHttp: s.ms / base.ms,
				msPerItem: s.ms / count,
				cpuMsPerItem: s.cpuMs / count,
			},
		};
	};
	const narrower = (concurrency: number): string =>
		`extra: the node's Parallel Requests option at ${concurrency}, for users who want to spare the service; floor ${rounds(concurrency)} round trips × ${o.latency} ms = ${ms(rounds(concurrency) * o.latency)}`;
	return [
		row('3', `${count.toLocaleString('en-US')} items of Guestonline Get Booking`, ours, r.ours, false, [
			`ratio: the median of the ${runs} rounds' own ratios (${r.ours.map((x, i) => ratio(x.ms / r.engine[i].ms)).join(', ')}); the ratio of the medians is ${ratio(ours.ms / engine.ms)}`,
			`with the defaults the node puts all ${inFlight} in flight; the server saw ${ours.peakInFlight} at once for ours, ${engine.peakInFlight} for the engine baseline, ${floorSide.peakInFlight} for the floor and ${base.peakInFlight} for bare http`,
			`per item: ours ${perItemMs(ours)} wall / ${perItemCpu(ours)} CPU; engine baseline ${perItemMs(engine)} wall / ${perItemCpu(engine)} CPU; floor ${perItemMs(floorSide)} wall / ${perItemCpu(floorSide)} CPU; bare http ${perItemMs(base)} wall / ${perItemCpu(base)} CPU`,
		]),
		row('3b', `${count.toLocaleString('en-US')} × Get Booking, Parallel Requests ${MIDDLE}`, middle, r.middle, true, [narrower(MIDDLE)]),
		row('3c', `${count.toLocaleString('en-US')} × Get Booking, Parallel Requests ${NARROW}`, narrow, r.narrow, true, [narrower(NARROW)]),
		{
			id: '3d',
			scenario: `${count.toLocaleString('en-US')} × Get Booking against the floor`,
			ours,
			engine: floorSide,
			baseline: base,
			result: `ratio ${ratio(pairedRatio(r.ours, r.floor))} to the floor`,
			value: pairedRatio(r.ours, r.floor),
			goal: 'stated',
			met: null,
			extra: true,
			notes: [
				`extra: ours with the defaults against a node that reads only the URL per item and sends every request at once (bench/engine-baseline.ts, style "floor"): what our validation, retries and pacing cost on top of the least possible; rounds ${r.ours.map((x, i) => ratio(x.ms / r.floor[i].ms)).join(', ')}`,
			],
			details: { ratioVsFloor: pairedRatio(r.ours, r.floor), roundRatios: r.ours.map((x, i) => Math.round((x.ms / r.floor[i].ms) * 100) / 100) },
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
			notes: [`server counted ${plural(tokens, 'token request')}; the credential's preAuthentication ran ${plural(preAuth, 'time')} for ${count} items (after the first, the other ${count - 1} in flight at once)`],
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

function runMemoryChild(port: string, scenario: LoadScenario, mode: 'ours' | 'baseline', small: number, large: number): Promise<MemoryResult> {
	return new Promise((resolve, reject) => {
		let result: MemoryResult | undefined;
		const child: ChildProcess = fork(path.join(__dirname, 'memory.js'), [port, scenario, mode, String(small), String(large)], {
			execArgv: ['--expose-gc'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		child.on('message', (message: MemoryResult) => (result = message));
		child.on('error', reject);
		child.on('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`the load scenario (${scenario}, ${mode}) exited with code ${code}`))));
	});
}

/** A load run as a table side: the large run's time; the requests and peak in flight the server saw during the whole child. */
function loadSide(m: MemoryResult, stats: ServerStats, requestsBefore: number, extra: Partial<Side>): Side {
	return {
		ms: m.large.ms,
		cpuMs: m.large.cpuMs,
		runsMs: [Math.round(m.large.ms * 10) / 10],
		requests: stats.total - requestsBefore,
		peakInFlight: stats.peakInFlight,
		routes: stats.routes,
		...extra,
	};
}

const rssText = (m: MemoryResult): string => `peak RSS ${mb(m.rssPeakBytes)} (+${mb(m.rssIncreaseBytes)})`;

/** Per-item time at the large size / at the small size, from the same child process. */
function growth(m: MemoryResult): { small: number; large: number; value: number; cpuSmall: number; cpuLarge: number } {
	const small = m.small.ms / m.small.count;
	const large = m.large.ms / m.large.count;
	return { small, large, value: large / small, cpuSmall: m.small.cpuMs / m.small.count, cpuLarge: m.large.cpuMs / m.large.count };
}

const perItemText = (value: number): string => `${value.toFixed(value < 1 ? 3 : 2)} ms`;

/** Figures 8, 9 and 10: one execution over 10,000 records or items, with bounded memory, and per-item time that does not grow. */
async function loadFigures(server: BenchServer, o: Options): Promise<Figure[]> {
	const large = 10_000;
	const small = 1_000;
	const port = new URL(server.base).port;
	const pages = (records: number): number => Math.ceil(records / 30);
	const n = (value: number): string => value.toLocaleString('en-US');

	await server.stats(true);
	const partoo = await runMemoryChild(port, 'partoo', 'ours', small, large);
	const partooStats = await server.stats(true);
	const partooBare = await runMemoryChild(port, 'partoo', 'baseline', small, large);
	const partooBareStats = await server.stats(true);
	const bookings = await runMemoryChild(port, 'bookings', 'ours', small, large);
	const bookingsStats = await server.stats(true);
	const bookingsEngine = await runMemoryChild(port, 'bookings', 'baseline', small, large);
	const bookingsEngineStats = await server.stats(true);

	const partooBefore = pages(30) + pages(small);
	const oursPartoo = loadSide(partoo, partooStats, partooBefore, {
		floorMs: ceilDiv(pages(large), PAGE_CONCURRENCY) * o.latency,
		note: `${rssText(partoo)}, ${n(Math.round(partoo.recordsPerSecond))} records/s`,
	});
	const bareSide = loadSide(partooBare, partooBareStats, partooBefore, {
		floorMs: pages(large) * o.latency,
		note: `${rssText(partooBare)}, ${n(Math.round(partooBare.recordsPerSecond))} records/s`,
	});
	const oursBookings = loadSide(bookings, bookingsStats, 200 + small, {
		floorMs: ceilDiv(large, PARALLEL_READS) * o.latency,
		note: `Parallel Requests not set (up to ${n(PARALLEL_READS)} in flight), ${rssText(bookings)}`,
	});
	const engineBookings = loadSide(bookingsEngine, bookingsEngineStats, 200 + small, {
		floorMs: o.latency,
		note: `every item at once, in n8n-core, ${rssText(bookingsEngine)}`,
	});
	const gB = growth(bookings);
	const gP = growth(partoo);
	const sampling = (m: MemoryResult): string =>
		`a fresh child process: a warm-up, the ${n(small)} run, a garbage collection, then RSS sampled every 2 ms during the ${n(large)} run (${m.samples} samples) plus the kernel's max RSS; RSS after the warm-up ${mb(m.rssAfterWarmUpBytes)}, before the ${n(large)} run ${mb(m.rssBeforeBytes)}, peak ${mb(m.rssPeakBytes)}; V8 heap just after the run, output still held, ${mb(m.heapUsedAfterBytes)}`;
	return [
		{
			id: '8',
			scenario: `Return All of ${n(large)} Partoo reviews (${pages(large)} pages)`,
			ours: oursPartoo,
			baseline: bareSide,
			result: rssText(partoo),
			value: partoo.rssPeakBytes,
			goal: 'stated',
			met: null,
			notes: [
				`ours: ${sampling(partoo)}; ${n(Math.round(partoo.recordsPerSecond))} records/s`,
				`bare http baseline (JSON.parse, no n8n engine, pages one at a time): ${rssText(partooBare)}, ${n(Math.round(partooBare.recordsPerSecond))} records/s; the parsed records' own cost, not the HTTP Request node's`,
			],
			details: { ours: partoo, baseline: partooBare },
		},
		{
			id: '9',
			scenario: `One execution of ${n(large)} items of Guestonline Get Booking`,
			ours: oursBookings,
			engine: engineBookings,
			result: rssText(bookings),
			value: bookings.rssPeakBytes,
			goal: 'stated',
			met: null,
			notes: [
				`ours, defaults: ${sampling(bookings)}; ${n(Math.round(bookings.recordsPerSecond))} items/s`,
				`engine baseline (the HTTP Request node way, all ${n(large)} in flight at once): ${sampling(bookingsEngine)}; ${n(Math.round(bookingsEngine.recordsPerSecond))} items/s`,
			],
			details: { ours: bookings, engine: bookingsEngine },
		},
		{
			id: '10',
			scenario: `Time per item, Get Booking: ${n(large)} items vs ${n(small)}`,
			result: `${perItemText(gB.large)} / ${perItemText(gB.small)} = ${ratio(gB.value)}`,
			value: gB.value,
			goal: '≤ 1.50',
			met: gB.value <= 1.5,
			notes: [
				`wall time per item ${perItemText(gB.small)} at ${n(small)} items (${ms(bookings.small.ms)}), ${perItemText(gB.large)} at ${n(large)} (${ms(bookings.large.ms)}), ratio ${ratio(gB.value)}; CPU time per item ${perItemText(gB.cpuSmall)} and ${perItemText(gB.cpuLarge)}, ratio ${ratio(gB.cpuLarge / gB.cpuSmall)}; one execution of each size, defaults, in figure 9's child process`,
			],
			details: { msPerItemSmall: gB.small, msPerItemLarge: gB.large, cpuMsPerItemSmall: gB.cpuSmall, cpuMsPerItemLarge: gB.cpuLarge },
		},
		{
			id: '10b',
			scenario: `Time per record, Return All Partoo reviews: ${n(large)} vs ${n(small)}`,
			result: `${perItemText(gP.large)} / ${perItemText(gP.small)} = ${ratio(gP.value)}`,
			value: gP.value,
			goal: '≤ 1.50',
			met: gP.value <= 1.5,
			extra: true,
			notes: [
				`extra: wall time per review ${perItemText(gP.small)} at ${n(small)} reviews (${pages(small)} pages, ${ms(partoo.small.ms)}), ${perItemText(gP.large)} at ${n(large)} (${pages(large)} pages, ${ms(partoo.large.ms)}); CPU time per review ${perItemText(gP.cpuSmall)} and ${perItemText(gP.cpuLarge)}, ratio ${ratio(gP.cpuLarge / gP.cpuSmall)}; in figure 8's child process`,
			],
			details: { msPerItemSmall: gP.small, msPerItemLarge: gP.large, cpuMsPerItemSmall: gP.cpuSmall, cpuMsPerItemLarge: gP.cpuLarge },
		},
	];
}

/**
 * Figure 11 (extra): 1,000 Get Booking against a service that serves 100 requests at a time and
 * refuses the others with 429 and Retry-After. It shows what the default of every item at once costs
 * when the service cannot take it, ours against the HTTP Request node way.
 */
async function figure11(server: BenchServer): Promise<Figure[]> {
	const count = 1000;
	const admits = 100;
	const base = `${server.base}/limited/${admits}`;
	const attempt = async (work: () => Promise<NodeRun>) => {
		await server.stats(true);
		const started = performance.now();
		const run = await work();
		const ms = performance.now() - started;
		const stats = await server.stats(true);
		const answered = run.error ? 0 : run.items.filter((item) => item.json.error === undefined).length;
		return { run, ms, stats, answered, errorItems: run.items.length - answered };
	};
	// Warm-up, unlimited: the code paths, not the rate limit.
	await guestonlineGetBookingsRun(server.base, 200);
	await engineGetBookingsRun(server.base, 200);
	const ours = await attempt(async () => await guestonlineGetBookingsRun(base, count));
	const engine = await attempt(async () => await engineGetBookingsRun(base, count));
	const engineOnErrorContinue = await attempt(async () => await engineGetBookingsRun(base, count, true));
	const sideOf = (a: Awaited<ReturnType<typeof attempt>>, note: string): Side => ({
		ms: a.ms,
		cpuMs: 0,
		runsMs: [Math.round(a.ms * 10) / 10],
		requests: a.stats.total + a.stats.refused,
		peakInFlight: a.stats.peakInFlight,
		routes: a.stats.routes,
		note,
	});
	const outcome = (a: Awaited<ReturnType<typeof attempt>>): string =>
		a.run.error ? `the node failed: ${a.run.error.message}` : `${a.answered} of ${count} bookings${a.errorItems ? `, ${a.errorItems} error items` : ''}`;
	return [
		{
			id: '11',
			scenario: `${count.toLocaleString('en-US')} × Get Booking, service serving ${admits} at a time (429 beyond)`,
			ours: sideOf(ours, `defaults; ${outcome(ours)}; ${ours.stats.refused} refused`),
			engine: sideOf(engine, `every item at once; ${outcome(engine)}; ${engine.stats.refused} refused`),
			result: `ours ${outcome(ours)}; HTTP Request way ${engineOnErrorContinue.answered} of ${count}`,
			value: ours.answered,
			goal: 'stated',
			met: null,
			extra: true,
			notes: [
				`extra: beyond ${admits} requests in flight the service answers 429 with Retry-After ${LIMITED_RETRY_AFTER_S} s; ours with the defaults (Retries 3): ${outcome(ours)}, ${ours.stats.total} served and ${ours.stats.refused} refused, most in flight at once ${ours.stats.peakInFlight}, ${ms(ours.ms)}`,
				`the HTTP Request node way: ${outcome(engine)}; with "On Error: Continue", ${outcome(engineOnErrorContinue)} (${engineOnErrorContinue.stats.total} served, ${engineOnErrorContinue.stats.refused} refused, ${ms(engineOnErrorContinue.ms)})`,
			],
			details: {
				ours: { answered: ours.answered, errorItems: ours.errorItems, served: ours.stats.total, refused: ours.stats.refused, ms: ours.ms, error: ours.run.error?.message },
				engine: { answered: engine.answered, served: engine.stats.total, refused: engine.stats.refused, ms: engine.ms, error: engine.run.error?.message },
				engineOnErrorContinue: {
					answered: engineOnErrorContinue.answered,
					errorItems: engineOnErrorContinue.errorItems,
					served: engineOnErrorContinue.stats.total,
					refused: engineOnErrorContinue.stats.refused,
					ms: engineOnErrorContinue.ms,
				},
			},
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

function sideNote(name: string, s: Side | undefined): string {
	if (!s) return '';
	return `${name}: ${plural(s.requests, 'request')}, ≤ ${s.peakInFlight} in flight${s.note ? `, ${s.note}` : ''}, runs ${s.runsMs.join(' / ')} ms`;
}

/** Which numbered goals the run met, in one line each way (extra rows and stated figures left out). */
function goalSummary(figures: Figure[]): string {
	const goals = figures.filter((f) => !f.extra && f.met !== null);
	const met = goals.filter((f) => f.met).map((f) => f.id);
	const missed = goals.filter((f) => !f.met).map((f) => `${f.id} (${f.result}, goal ${f.goal})`);
	return [`Goals met: ${met.length ? met.join(', ') : 'none'}`, `Goals not met: ${missed.length ? missed.join('; ') : 'none'}`].join('\n');
}

function table(figures: Figure[]): string {
	const header = ['#', 'Scenario', 'Ours', 'Engine baseline', 'Bare http', 'Result', 'Goal', 'Met'];
	const rows = figures.map((f) => [f.id, f.scenario, sideText(f.ours), sideText(f.engine), sideText(f.baseline), f.result, f.goal, metText(f.met)]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdown(figures: Figure[], info: Machine & { date: string; latencyMs: number; runs: number; loadAverageAtEnd: number }): string {
	const cell = (text: string): string => text.replace(/\|/g, '\\|');
	const lines = [
		`Run of ${info.date} on ${info.cpu}, ${info.nproc} cores (nproc), Node ${info.node}, ${info.platform}; ${info.latencyMs} ms latency per request; median of ${info.runs} runs (figure 3: at least 5); 1-minute load average ${info.loadAverage} before the run.`,
		'',
		'| # | Scenario | Ours | Engine baseline | Bare http | Result | Goal | Met |',
		'|---|---|---|---|---|---|---|---|',
		...figures.map(
			(f) =>
				`| ${f.id} | ${cell(f.scenario)} | ${cell(sideText(f.ours))} | ${cell(sideText(f.engine))} | ${cell(sideText(f.baseline))} | ${cell(f.result)} | ${cell(f.goal)} | ${metText(f.met)} |`,
		),
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
		`Bench: ${info.cpu}, ${info.nproc} cores, Node ${info.node}, load average ${info.loadAverage}; server ${server.base}, ${options.latency} ms per request; median of ${options.runs} runs (figure 3: at least 5)\n\n`,
	);

	const steps: Array<[string, () => Promise<Figure[]>]> = [
		['1', () => figure1(server, options)],
		['2', () => figure2(server, options)],
		['3', () => figure3(server, options)],
		['4', () => figure4(server, options)],
		['5', () => figure5(server)],
		['6', () => figure6(server, options)],
		['7', () => figure7(server)],
		// Figures 8, 9 and 10 come from the same child processes: --only 8, 9 or 10 runs the three.
		['8,9,10', () => loadFigures(server, options)],
		['11', () => figure11(server)],
	];
	const figures: Figure[] = [];
	const failures: string[] = [];
	try {
		for (const [id, step] of steps) {
			if (options.only && !id.split(',').some((one) => options.only?.has(one))) continue;
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

	process.stdout.write(`\n${table(figures)}\n\n${goalSummary(figures)}\n\nNotes\n`);
	for (const f of figures) {
		const parts = [
			sideNote('ours', f.ours),
			sideNote('engine baseline', f.engine),
			sideNote('bare http', f.baseline),
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
