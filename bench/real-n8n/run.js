#!/usr/bin/env node
'use strict';
/*
 * bench:real - this package's Guestonline node against n8n's own HTTP Request node, inside a real
 * n8n (the version of scripts/n8n-runtime.js), on the same work: one GET per item for <items> items
 * against a local stand-in of the Guestonline API that answers after <latency> ms.
 *
 * What it measures: each node's `executionTime` as n8n itself records it in the saved execution
 * (the engine takes the time when it picks the node off its execution stack and again when the
 * node's output is stored: the node's whole work over all items, without the other nodes, the
 * start of the workflow or the saving of the execution).
 *
 * How:
 *   1. gets the cached Node 24 + n8n runtime (ensureRuntime() of scripts/n8n-runtime.js; the first
 *      time it is downloaded and built, which takes a few minutes)
 *   2. `npm run build` in this repository, `npm pack` into a temporary folder, and `npm install` of
 *      that tarball as a community package into a throwaway n8n user folder under the system's
 *      temporary folder
 *   3. starts the stand-in server (bench/real-n8n/server.js) in its own process on a free port; it
 *      checks the X-Token header of every request and counts requests and the peak of requests in
 *      flight, per run
 *   4. imports two credentials and three workflows (bench/real-n8n/workflows.js) with the n8n CLI:
 *      Manual Trigger -> Edit Fields (`ids` = <items> numbers) -> Split Out (one item { id } each) ->
 *        A  HTTP Request 4.2 with Header Auth (X-Token)
 *        B  Guestonline, Booking -> Get, Booking ID `={{ $json.id }}`
 *        A2 HTTP Request 4.2 with the predefined credential type guestonlineApi (fewer runs)
 *   5. starts `n8n start` (SQLite, its own process group), creates the owner account, logs in, and
 *      runs the workflows through the editor's REST API (POST /rest/workflows/:id/run), one at a
 *      time: one warm-up round of each (not counted), then <runs> rounds of A and B (their order
 *      alternates from round to round) and A2 in the first half of the rounds. After each run it
 *      reads the saved execution (GET /rest/executions/:id) and checks that the measured node gave
 *      exactly <items> items, with the expected booking ids in order, and that the server saw
 *      exactly <items> requests, all with the right token; any other result stops the benchmark
 *      with exit code 1.
 *   6. stops n8n and the server, prints the tables and machine information, writes the JSON
 *      results, and removes the temporary folder (also on failure and on Ctrl+C).
 *
 * Usage: node bench/real-n8n/run.js [options]
 *   --runs <n>      measured rounds (default 8); A2 runs in ceil(n / 2) of them
 *   --items <n>     items, so requests, per run (default 1000)
 *   --latency <ms>  delay of every reply of the stand-in server (default 20)
 *   --out <file>    JSON results (default bench/real-n8n/results.json)
 *   --no-a2         leave out A2
 *
 * Needs network access the first time only (the runtime and npm packages). Plain CommonJS, Node
 * built-ins only, runs on Node 20; n8n itself runs on the runtime's Node 24.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { spawn, fork, spawnSync } = require('child_process');
const { ensureRuntime, cleanEnv, npmEnv, n8nEnv, n8nStartEnv, freePort, stopN8nGroup, N8N_VERSION } = require('../../scripts/n8n-runtime');
const { rest, ownerSetupAndLogin } = require('../../scripts/n8n-rest');
const { FIRST_ID, MEASURED_NODE, DESCRIPTION, credentials, workflows } = require('./workflows');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE_NAME = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).name;
const DEFAULT_OUT = path.join(__dirname, 'results.json');

const TIMEOUT = {
	build: 5 * 60_000,
	pack: 2 * 60_000,
	install: 10 * 60_000,
	cli: 3 * 60_000,
	ready: 3 * 60_000,
	execution: 10 * 60_000,
	stopGrace: 20_000,
};
const POLL_MS = 200;

const OWNER = { email: 'bench@example.com', firstName: 'Bench', lastName: 'Real', password: 'Bench-real-2026' };

const USAGE = `Usage: node bench/real-n8n/run.js [--runs <n>] [--items <n>] [--latency <ms>] [--out <file>] [--no-a2]
  --runs <n>      measured rounds (default 8); A2 runs in ceil(n / 2) of them
  --items <n>     items, so requests, per run (default 1000)
  --latency <ms>  delay of every reply of the stand-in server (default 20)
  --out <file>    JSON results (default bench/real-n8n/results.json)
  --no-a2         leave out A2 (HTTP Request with the guestonlineApi credential)`;

// ---------------------------------------------------------------------------------------------
// options and output
// ---------------------------------------------------------------------------------------------

function usageError(message) {
	const err = new Error(message);
	err.usage = true;
	return err;
}

function parseArgs(argv) {
	const opts = { runs: 8, items: 1000, latency: 20, out: DEFAULT_OUT, a2: true, help: false };
	for (let i = 0; i < argv.length; i++) {
		const eq = argv[i].indexOf('=');
		const flag = eq > 0 ? argv[i].slice(0, eq) : argv[i];
		const value = () => {
			const v = eq > 0 ? argv[i].slice(eq + 1) : argv[++i];
			if (v === undefined) throw usageError(`${flag} needs a value (see --help)`);
			return v;
		};
		const count = (min) => {
			const v = value();
			const n = Number(v);
			if (!Number.isInteger(n) || n < min) throw usageError(`${flag} must be a whole number >= ${min}, not "${v}"`);
			return n;
		};
		if (flag === '--runs') opts.runs = count(1);
		else if (flag === '--items') opts.items = count(1);
		else if (flag === '--latency') opts.latency = count(0);
		else if (flag === '--out') opts.out = path.resolve(value());
		else if (flag === '--no-a2') opts.a2 = false;
		else if (flag === '--help' || flag === '-h') opts.help = true;
		else throw usageError(`unknown option ${argv[i]} (see --help)`);
	}
	opts.a2Runs = opts.a2 ? Math.ceil(opts.runs / 2) : 0;
	return opts;
}

const startedAt = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** Progress on stderr; the report goes to stdout. */
const progress = (msg) => process.stderr.write(`[bench:real ${seconds(Date.now() - startedAt)}] ${msg}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const tail = (text, lines = 30) => String(text || '').trimEnd().split('\n').slice(-lines).join('\n');

// ---------------------------------------------------------------------------------------------
// child processes: every one is tracked, and killed with its process group when we leave
// ---------------------------------------------------------------------------------------------

/** Detached children (npm, n8n): each leads its own process group. */
const groups = new Set();
/** The stand-in server (forked, with an IPC channel). */
let standIn = null;
let tmpDir = null;

function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		/* the group is gone */
	}
}

/** Everything still running goes, the temporary folder too. Synchronous: also used on signals. */
function cleanup() {
	for (const pid of groups) killGroup(pid, 'SIGKILL');
	groups.clear();
	if (standIn && standIn.exitCode === null && standIn.signalCode === null) {
		try {
			standIn.kill('SIGKILL');
		} catch {
			/* gone */
		}
	}
	if (tmpDir) {
		try {
			// A process killed a moment ago may still be closing files in there.
			fs.rmSync(tmpDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
		} catch (err) {
			process.stderr.write(`[bench:real] could not remove ${tmpDir}: ${err.message}\n`);
		}
		tmpDir = null;
	}
}

process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(sig, () => {
		process.stderr.write(`\n[bench:real] ${sig}: stopping n8n and the server, removing the temporary folder\n`);
		cleanup();
		process.exit(130);
	});
}

/** Runs a command to its end in its own process group; rejects with the end of its output on failure. */
function run(label, cmd, args, { cwd, env, timeoutMs }) {
	return new Promise((resolve, reject) => {
		const t0 = Date.now();
		const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		groups.add(child.pid);
		let output = '';
		let timedOut = false;
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child.pid, 'SIGKILL');
		}, timeoutMs);
		const finish = (code, error) => {
			clearTimeout(timer);
			killGroup(child.pid, 'SIGKILL'); // anything it left behind
			groups.delete(child.pid);
			const ms = Date.now() - t0;
			if (error || timedOut || code !== 0) {
				const why = error ? error.message : timedOut ? `timed out after ${seconds(ms)}` : `exit ${code}`;
				reject(new Error(`${label} failed (${why}):\n${tail(output)}`));
			} else resolve({ output, ms });
		};
		child.on('error', (err) => finish(null, err));
		child.on('close', (code) => finish(code));
	});
}

// ---------------------------------------------------------------------------------------------
// build, pack, install
// ---------------------------------------------------------------------------------------------


async function buildPackAndInstall(userFolder) {
	if (!fs.existsSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'))) {
		throw new Error('the build tools are not installed: run `npm ci` in the repository first');
	}
	// The build script itself must run, so no ignore-scripts here.
	const build = await run('npm run build', 'npm', ['run', 'build'], { cwd: ROOT, env: cleanEnv(process.env), timeoutMs: TIMEOUT.build });
	progress(`npm run build: done in ${seconds(build.ms)}`);

	const packDir = path.join(tmpDir, 'pack');
	fs.mkdirSync(packDir, { recursive: true });
	const pack = await run('npm pack', 'npm', ['pack', '--ignore-scripts', '--json', `--pack-destination=${packDir}`], {
		cwd: ROOT,
		env: npmEnv(),
		timeoutMs: TIMEOUT.pack,
	});
	const packed = JSON.parse(pack.output.slice(pack.output.indexOf('[')))[0];
	const tarball = path.join(packDir, packed.filename);
	progress(`npm pack: ${packed.filename}, ${packed.entryCount} files (${seconds(pack.ms)})`);

	// Where n8n keeps community packages: <user folder>/.n8n/nodes.
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(path.join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true }, null, 2));
	const install = await run('npm install <tarball>', 'npm', ['install', '--ignore-scripts', '--no-package-lock', tarball], {
		cwd: nodesDir,
		env: npmEnv(),
		timeoutMs: TIMEOUT.install,
	});
	if (!fs.existsSync(path.join(nodesDir, 'node_modules', PACKAGE_NAME, 'package.json'))) {
		throw new Error(`npm install did not put ${PACKAGE_NAME} into ${nodesDir}`);
	}
	progress(`npm install: ${PACKAGE_NAME} installed as a community package (${seconds(install.ms)})`);
}

// ---------------------------------------------------------------------------------------------
// the stand-in server
// ---------------------------------------------------------------------------------------------

function startStandIn(token, latency) {
	return new Promise((resolve, reject) => {
		const child = fork(path.join(__dirname, 'server.js'), ['--token', token, '--latency', String(latency)], {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		standIn = child;
		const pending = [];
		child.on('message', (msg) => {
			if (msg && msg.listening) resolve({ child, port: msg.listening, stats });
			else if (msg && msg.stats && pending.length) pending.shift().resolve(msg.stats);
		});
		child.on('exit', (code, signal) => {
			const err = new Error(`the stand-in server exited (${signal || `exit ${code}`})`);
			reject(err);
			while (pending.length) pending.shift().reject(err);
		});
		/** Its counters since the last reset; with reset, they start again from zero. */
		function stats(reset = false) {
			return new Promise((res, rej) => {
				if (!child.connected) return rej(new Error('the stand-in server is not running'));
				pending.push({ resolve: res, reject: rej });
				child.send({ cmd: 'stats', reset });
			});
		}
	});
}

async function stopStandIn() {
	if (!standIn || standIn.exitCode !== null || standIn.signalCode !== null) return;
	const exited = new Promise((resolve) => standIn.once('exit', resolve));
	standIn.kill('SIGTERM');
	await Promise.race([exited, sleep(3000)]);
	if (standIn.exitCode === null && standIn.signalCode === null) standIn.kill('SIGKILL');
}

// ---------------------------------------------------------------------------------------------
// n8n
// ---------------------------------------------------------------------------------------------

/** The environment of every n8n command of this benchmark (CLI imports and `n8n start`). */
const benchN8nEnv = (runtime, userFolder, encryptionKey) =>
	n8nEnv(runtime, userFolder, encryptionKey, {
		// Refreshes a catalogue from api.n8n.io at start; not needed here.
		N8N_DISABLED_MODULES: 'mcp-registry',
		// The numbers are read from the saved executions.
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
	});

/** Messages of n8n's JSON log lines. */
function logMessages(output) {
	const out = [];
	for (const line of String(output).split('\n')) {
		const s = line.trim();
		if (!s.startsWith('{')) continue;
		try {
			const entry = JSON.parse(s);
			if (typeof entry.message === 'string') out.push(entry.message);
		} catch {
			/* not a log entry */
		}
	}
	return out;
}

/** `n8n import:<what> --input=<file>`; checks n8n's own "Successfully imported ..." line. */
async function n8nImport(ctx, what, docs, expected) {
	const file = path.join(tmpDir, `import-${what}.json`);
	fs.writeFileSync(file, JSON.stringify(docs, null, 2));
	const env = { ...ctx.env, N8N_RUNNERS_BROKER_PORT: String(await freePort()) };
	const res = await run(`n8n import:${what}`, ctx.runtime.node, [ctx.runtime.n8nBin, `import:${what}`, `--input=${file}`], {
		cwd: tmpDir,
		env,
		timeoutMs: TIMEOUT.cli,
	});
	fs.rmSync(file, { force: true });
	if (!logMessages(res.output).includes(expected)) throw new Error(`n8n import:${what} did not report "${expected}":\n${tail(res.output)}`);
	progress(`n8n import:${what}: ${expected} (${seconds(res.ms)})`);
}

function httpStatus(url) {
	return new Promise((resolve) => {
		const req = require('http').get(url, { timeout: 2000 }, (res) => {
			res.resume();
			resolve(res.statusCode);
		});
		req.on('timeout', () => req.destroy());
		req.on('error', () => resolve(0));
	});
}

/** `n8n start` in its own process group; its log goes to a file in the temporary folder. */
async function startN8n(ctx) {
	const { env, port } = await n8nStartEnv(ctx.env);
	const logFile = path.join(tmpDir, 'n8n-start.log');
	const fd = fs.openSync(logFile, 'w');
	const child = spawn(ctx.runtime.node, [ctx.runtime.n8nBin, 'start'], { cwd: tmpDir, env, detached: true, stdio: ['ignore', fd, fd] });
	fs.closeSync(fd);
	groups.add(child.pid);
	const server = { child, pgid: child.pid, url: `http://127.0.0.1:${port}`, logFile, exited: null };
	server.exit = new Promise((resolve) => {
		const done = (code, signal, error) => {
			if (server.exited) return;
			server.exited = { code, signal, error };
			resolve(server.exited);
		};
		child.on('error', (err) => done(null, null, err));
		child.on('exit', (code, signal) => done(code, signal));
	});
	const t0 = Date.now();
	while (Date.now() - t0 < TIMEOUT.ready) {
		if (server.exited) throw new Error(`n8n start exited before it was ready:\n${tail(readLog(server))}`);
		if ((await httpStatus(`${server.url}/healthz/readiness`)) === 200) {
			progress(`n8n start: ready on ${server.url} after ${seconds(Date.now() - t0)} (pid ${child.pid})`);
			return server;
		}
		await sleep(500);
	}
	throw new Error(`n8n start was not ready after ${seconds(TIMEOUT.ready)}:\n${tail(readLog(server))}`);
}

function readLog(server) {
	try {
		return fs.readFileSync(server.logFile, 'utf8');
	} catch {
		return '';
	}
}

/** Stops n8n and whatever is left of its process group (the task runner); returns how it went. */
async function stopN8n(server) {
	const how = await stopN8nGroup(server, TIMEOUT.stopGrace, describeExit);
	groups.delete(server.pgid);
	return how;
}

function describeExit(exited) {
	if (exited.error) return `could not start: ${exited.error.message}`;
	return exited.signal ? `signal ${exited.signal}` : `exit ${exited.code}`;
}

/**
 * n8n stores execution data in the "flatted" form: a JSON array whose first entry is the root value,
 * where every object and every string inside an object or array is replaced by the index (as a
 * string) of the entry that holds it. This turns it back into plain values.
 */
function unflatten(text) {
	const table = JSON.parse(text);
	const built = new Map();
	const value = (index) => {
		const entry = table[index];
		if (entry === null || typeof entry !== 'object') return entry;
		if (built.has(index)) return built.get(index);
		const out = Array.isArray(entry) ? [] : {};
		built.set(index, out);
		for (const key of Object.keys(entry)) {
			const v = entry[key];
			out[key] = typeof v === 'string' ? value(Number(v)) : v;
		}
		return out;
	};
	return value(0);
}

// ---------------------------------------------------------------------------------------------
// one run
// ---------------------------------------------------------------------------------------------

/** Runs one workflow through the REST API, waits for its saved execution, checks it, returns the numbers. */
async function runWorkflow(ctx, key, label) {
	const wf = ctx.workflows[key];
	const nodeName = MEASURED_NODE[key];
	const n = ctx.opts.items;
	await ctx.standIn.stats(true);
	const t0 = Date.now();
	const started = await rest(ctx.n8n.url, 'POST', `/rest/workflows/${wf.id}/run`, { triggerToStartFrom: { name: 'Start' } }, ctx.cookie);
	const executionId = started.json && started.json.data && started.json.data.executionId;
	if (started.status !== 200 || !executionId) {
		throw new Error(`${label} ${key}: POST /rest/workflows/${wf.id}/run answered ${started.status}: ${started.text.slice(0, 300)}`);
	}
	let execution;
	for (;;) {
		await sleep(POLL_MS);
		const res = await rest(ctx.n8n.url, 'GET', `/rest/executions/${executionId}`, undefined, ctx.cookie);
		execution = res.json && res.json.data;
		if (execution && execution.stoppedAt && !['new', 'running', 'waiting'].includes(execution.status)) break;
		if (ctx.n8n.exited) throw new Error(`n8n exited during ${label} ${key}:\n${tail(readLog(ctx.n8n))}`);
		if (Date.now() - t0 > TIMEOUT.execution) throw new Error(`${label} ${key}: execution ${executionId} not finished after ${seconds(TIMEOUT.execution)}`);
	}
	const wallMs = Date.now() - t0;
	const server = await ctx.standIn.stats(false);

	const data = typeof execution.data === 'string' ? unflatten(execution.data) : execution.data;
	const runData = (data && data.resultData && data.resultData.runData) || {};
	const task = runData[nodeName] && runData[nodeName][0];
	const items = (task && task.data && task.data.main && task.data.main[0]) || [];
	const splitTask = runData['Split Out'] && runData['Split Out'][0];
	const splitItems = splitTask && splitTask.data && splitTask.data.main && splitTask.data.main[0] ? splitTask.data.main[0].length : 0;
	const errorMessage = (data && data.resultData && data.resultData.error && data.resultData.error.message) || (task && task.error && task.error.message) || null;

	const problems = [];
	if (execution.status !== 'success') problems.push(`execution status "${execution.status}"`);
	if (errorMessage) problems.push(`error "${errorMessage}"`);
	if (!task || typeof task.executionTime !== 'number') problems.push(`no run data for node "${nodeName}"`);
	if (splitItems !== n) problems.push(`Split Out gave ${splitItems} items, not ${n}`);
	if (items.length !== n) problems.push(`"${nodeName}" gave ${items.length} items, not ${n}`);
	const wrong = items.findIndex((it, i) => !it || !it.json || it.json.object !== 'booking' || it.json.id !== FIRST_ID + i);
	if (wrong >= 0) problems.push(`item ${wrong} is ${JSON.stringify(items[wrong] && items[wrong].json)}, expected the booking ${FIRST_ID + wrong}`);
	if (server.requests !== n) problems.push(`the server saw ${server.requests} requests, not ${n}`);
	if (server.unauthorized) problems.push(`${server.unauthorized} requests without the right X-Token`);
	if (server.other) problems.push(`${server.other} requests to an unknown route`);
	if (problems.length) throw new Error(`${label} ${key} (execution ${executionId}) is not a valid run: ${problems.join('; ')}`);

	const first = items[0].json;
	const last = items[items.length - 1].json;
	const result = {
		label,
		key,
		warmup: label === 'warm-up',
		executionId,
		status: execution.status,
		executionTimeMs: task.executionTime,
		nodeStartTime: task.startTime,
		wallMs,
		items: items.length,
		firstId: first.id,
		lastId: last.id,
		server: {
			requests: server.requests,
			peakInFlight: server.peakInFlight,
			unauthorized: server.unauthorized,
			other: server.other,
			spanMs: server.firstAt !== null && server.lastAt !== null ? server.lastAt - server.firstAt : null,
		},
	};
	progress(
		`${label} ${key}: executionTime ${result.executionTimeMs} ms, ${result.items} items (ids ${first.id}..${last.id}), ` +
			`server ${server.requests} requests, peak ${server.peakInFlight} in flight; workflow ${wallMs} ms end to end`,
	);
	return result;
}

// ---------------------------------------------------------------------------------------------
// report
// ---------------------------------------------------------------------------------------------

function median(values) {
	const s = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
	if (!s.length) return null;
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const fmtMs = (v) => (v === null || v === undefined ? '' : Number.isInteger(v) ? String(v) : v.toFixed(1));
const fmtRatio = (v) => (v === null || v === undefined ? '' : v.toFixed(2));

/** A plain-text table with aligned columns; `right` lists the columns aligned to the right. */
function table(header, rows, right = []) {
	const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
	const line = (cells) => cells.map((v, c) => (right.includes(c) ? String(v).padStart(widths[c]) : String(v).padEnd(widths[c]))).join(' | ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

function summarize(results, opts) {
	const measured = results.filter((r) => !r.warmup);
	const times = (key) => measured.filter((r) => r.key === key).map((r) => r.executionTimeMs);
	const rounds = [...new Set(results.map((r) => r.label))];
	const pairRatios = [];
	for (const label of rounds) {
		const a = results.find((r) => r.label === label && r.key === 'A');
		const b = results.find((r) => r.label === label && r.key === 'B');
		if (a && b && !a.warmup) pairRatios.push(b.executionTimeMs / a.executionTimeMs);
	}
	const medA = median(times('A'));
	const medB = median(times('B'));
	const medA2 = opts.a2 ? median(times('A2')) : null;
	return {
		medianMs: { A: medA, B: medB, A2: medA2 },
		runs: { A: times('A').length, B: times('B').length, A2: times('A2').length },
		ratioOfMediansBA: medA ? medB / medA : null,
		medianOfPairRatiosBA: median(pairRatios),
		pairRatiosBA: pairRatios,
		ratioOfMediansA2A: medA && medA2 !== null ? medA2 / medA : null,
	};
}

function report(results, summary, info) {
	const rounds = [...new Set(results.map((r) => r.label))];
	const get = (label, key) => results.find((r) => r.label === label && r.key === key);
	const a2 = info.options.a2;

	const timeRows = rounds.map((label) => {
		const a = get(label, 'A');
		const b = get(label, 'B');
		const x = get(label, 'A2');
		return [label, fmtMs(a && a.executionTimeMs), fmtMs(b && b.executionTimeMs), a && b ? fmtRatio(b.executionTimeMs / a.executionTimeMs) : '', ...(a2 ? [fmtMs(x && x.executionTimeMs)] : [])];
	});
	timeRows.push(['median', fmtMs(summary.medianMs.A), fmtMs(summary.medianMs.B), `${fmtRatio(summary.ratioOfMediansBA)} (ratio of medians)`, ...(a2 ? [fmtMs(summary.medianMs.A2)] : [])]);
	timeRows.push(['median of B/A per round', '', '', fmtRatio(summary.medianOfPairRatiosBA), ...(a2 ? [''] : [])]);
	const timeHeader = ['run', 'A ms', 'B ms', 'B/A', ...(a2 ? ['A2 ms'] : [])];

	const serverCell = (r) => (r ? `${r.server.requests} / ${r.server.peakInFlight}` : '');
	const serverRows = rounds.map((label) => [label, serverCell(get(label, 'A')), serverCell(get(label, 'B')), ...(a2 ? [serverCell(get(label, 'A2'))] : [])]);
	const serverHeader = ['run', 'A req / peak', 'B req / peak', ...(a2 ? ['A2 req / peak'] : [])];

	const checks = results.map((r) => `${r.label} ${r.key}: ${r.items} items, ids ${r.firstId}..${r.lastId}, ${r.server.requests} requests, ${r.server.unauthorized} without the right token, status ${r.status}`);
	const load = (l) => l.map((v) => v.toFixed(2)).join(' ');
	const m = info.machine;
	const lines = [
		'',
		`bench:real - ${info.options.items} items, one GET each, server latency ${info.options.latency} ms, ${info.options.runs} measured rounds after one warm-up round`,
		...['A', 'B', ...(a2 ? ['A2'] : [])].map((k) => `  ${k.padEnd(2)} = ${DESCRIPTION[k]}${k === 'A2' ? ` (${info.options.a2Runs} of the rounds)` : ''}`),
		'',
		'executionTime of the measured node (ms), as n8n saved it in each execution (the warm-up round is not in the medians):',
		table(timeHeader, timeRows, [1, 2, 3, 4]),
		'',
		'Stand-in server per run: requests / peak requests in flight at once:',
		table(serverHeader, serverRows, [1, 2, 3]),
		'',
		`Checks (all passed; a failed one stops the benchmark): every run gave exactly ${info.options.items} items with the booking ids ${FIRST_ID}..${FIRST_ID + info.options.items - 1} in order, and the server saw exactly ${info.options.items} requests, all with the right X-Token:`,
		...checks.map((c) => `  ${c}`),
		'',
		'What executionTime is: n8n takes the time when its engine picks the node off the execution stack',
		"and again when the node's output is stored, and saves the difference with the node's run data.",
		"So it is the node's own time for all items (here: all the requests and their replies), without",
		'the other nodes, the start of the workflow, or the saving of the execution.',
		'',
		'Machine:',
		`  CPU         ${m.cpuModel}, ${m.nproc} available (${m.cpus} in os.cpus())`,
		`  OS          ${m.os}`,
		`  n8n         ${m.n8nVersion} on Node ${m.runtimeNodeVersion} (the cached runtime); this script on Node ${m.scriptNodeVersion}`,
		`  load avg    at start ${load(m.loadAverage.atStart)}, before the runs ${load(m.loadAverage.beforeRuns)}, after the runs ${load(m.loadAverage.afterRuns)} (1, 5, 15 min)`,
		`  date        ${m.date}`,
		`  took        ${seconds(info.durationMs.total)} in all (runs ${seconds(info.durationMs.runs)}; build, pack, install, import and n8n start ${seconds(info.durationMs.setup)})`,
		'',
		`Results: ${info.options.out}`,
	];
	return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	if (opts.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const loadAtStart = os.loadavg();
	const date = new Date().toISOString();

	progress(`n8n ${N8N_VERSION} runtime (the first time: download and build, a few minutes) ...`);
	const runtime = ensureRuntime();
	const nodeVersion = spawnSync(runtime.node, ['--version'], { encoding: 'utf8', timeout: 30_000 }).stdout.trim();
	const n8nVersion = JSON.parse(fs.readFileSync(path.join(path.dirname(path.dirname(runtime.n8nBin)), 'package.json'), 'utf8')).version;
	progress(`runtime: n8n ${n8nVersion}, Node ${nodeVersion}, in ${runtime.dir}`);

	tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-bench-real-'));
	const userFolder = path.join(tmpDir, 'user');
	progress(`temporary folder ${tmpDir}`);
	await buildPackAndInstall(userFolder);

	const token = crypto.randomBytes(12).toString('hex');
	const server = await startStandIn(token, opts.latency);
	const baseUrl = `http://127.0.0.1:${server.port}/v1`;
	progress(`stand-in server on ${baseUrl} (pid ${server.child.pid}, ${opts.latency} ms per reply)`);

	const ctx = { opts, runtime, standIn: server, env: benchN8nEnv(runtime, userFolder, crypto.randomBytes(24).toString('hex')) };
	const allWorkflows = workflows({ baseUrl, items: opts.items });
	ctx.workflows = allWorkflows;
	const keys = opts.a2 ? ['A', 'B', 'A2'] : ['A', 'B'];
	await n8nImport(ctx, 'credentials', credentials({ baseUrl, token }), 'Successfully imported 2 credentials.');
	await n8nImport(ctx, 'workflow', keys.map((k) => allWorkflows[k]), `Successfully imported ${keys.length} workflows.`);

	ctx.n8n = await startN8n(ctx);
	const results = [];
	let loadBeforeRuns;
	let runsStarted;
	let runsMs;
	try {
		ctx.cookie = await ownerSetupAndLogin(ctx.n8n.url, OWNER);
		loadBeforeRuns = os.loadavg();
		runsStarted = Date.now();
		for (const key of keys) results.push(await runWorkflow(ctx, key, 'warm-up'));
		for (let i = 1; i <= opts.runs; i++) {
			const label = `run ${i}`;
			// A before B in odd rounds, B before A in even ones: a drift of the machine hits both alike.
			for (const key of i % 2 ? ['A', 'B'] : ['B', 'A']) results.push(await runWorkflow(ctx, key, label));
			if (i <= opts.a2Runs) results.push(await runWorkflow(ctx, 'A2', label));
		}
		runsMs = Date.now() - runsStarted;
	} finally {
		progress('stopping n8n ...');
		progress(`n8n ${await stopN8n(ctx.n8n)}`);
		await stopStandIn();
		progress('stand-in server stopped');
	}
	const loadAfterRuns = os.loadavg();

	// Rows in the order of the table: by round, then A, B, A2.
	const order = { A: 0, B: 1, A2: 2 };
	const rounds = ['warm-up', ...Array.from({ length: opts.runs }, (_, i) => `run ${i + 1}`)];
	results.sort((x, y) => rounds.indexOf(x.label) - rounds.indexOf(y.label) || order[x.key] - order[y.key]);

	const summary = summarize(results, opts);
	const cpus = os.cpus();
	const info = {
		options: { runs: opts.runs, items: opts.items, latency: opts.latency, a2: opts.a2, a2Runs: opts.a2Runs, out: opts.out },
		machine: {
			cpuModel: cpus.length ? cpus[0].model.trim() : 'unknown',
			nproc: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
			cpus: cpus.length,
			os: `${os.type()} ${os.release()} ${os.arch()}`,
			n8nVersion,
			runtimeNodeVersion: nodeVersion,
			scriptNodeVersion: process.version,
			loadAverage: { atStart: loadAtStart, beforeRuns: loadBeforeRuns, afterRuns: loadAfterRuns },
			date,
		},
		durationMs: { total: Date.now() - startedAt, runs: runsMs, setup: runsStarted - startedAt },
	};
	const workflowsByKey = Object.fromEntries(keys.map((k) => [k, { description: DESCRIPTION[k], workflowId: allWorkflows[k].id, node: MEASURED_NODE[k] }]));
	fs.mkdirSync(path.dirname(opts.out), { recursive: true });
	fs.writeFileSync(opts.out, `${JSON.stringify({ ...info, workflows: workflowsByKey, summary, results }, null, 2)}\n`);
	process.stdout.write(`${report(results, summary, info)}\n`);
	return 0;
}

main()
	.then((code) => {
		cleanup();
		process.exit(code);
	})
	.catch((err) => {
		if (err && err.usage) process.stderr.write(`${err.message}\n${USAGE}\n`);
		else process.stderr.write(`\n[bench:real] FAILED: ${err && err.stack ? err.stack : err}\n`);
		cleanup();
		process.exit(1);
	});
