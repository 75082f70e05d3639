#!/usr/bin/env node
'use strict';
/*
 * End-to-end checks against a real n8n (npm run test:e2e).
 *
 *  1. ensures the cached Node 24 + n8n runtime (scripts/n8n-runtime.js)
 *  2. packs this package and installs the tarball as a community package
 *     into a fresh, temporary n8n user folder
 *  3. checks that n8n loads every node of package.json `n8n.nodes`
 *  4. runs every case of test/e2e/cases/*.js: imports credentials and the
 *     workflow, then
 *       - kind "execute" (default): executes it with `n8n execute`, and checks the
 *         output and the requests a local stub server (127.0.0.1 only) received
 *       - kind "active": publishes it, runs `n8n start`, walks the case's steps
 *         (wait for stub requests, change the stub's data) while triggers poll,
 *         stops n8n, and checks what reached the stub's /sink
 *  5. checks that every credential of package.json `n8n.credentials` was used
 *     by a passing case (so n8n knew the type and could authenticate with it)
 *  Steps 3 and 5 are skipped when E2E_CASE is set; a declared file missing
 *  from dist/ fails its own check only.
 *
 * Output: one PASS/FAIL line per check, then "N passed, N failed".
 * Env: E2E_KEEP_TMP=1 keeps the temp folder, E2E_VERBOSE=1 prints n8n output,
 *      E2E_CASE=<substring> runs only matching case files,
 *      E2E_CASES_DIR=<dir> reads cases from another folder (to test the runner itself).
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { spawn, spawnSync } = require('child_process');
const { ensureRuntime, cleanEnv, npmEnv: quietNpmEnv, n8nEnv, n8nStartEnv, freePort, stopN8nGroup } = require('./n8n-runtime');

const ROOT = path.resolve(__dirname, '..');
const CASES_DIR = process.env.E2E_CASES_DIR ? path.resolve(process.env.E2E_CASES_DIR) : path.join(ROOT, 'test', 'e2e', 'cases');
const PACKAGE_JSON = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const PACKAGE_NAME = PACKAGE_JSON.name;

const TIMEOUT = {
	build: 5 * 60_000,
	pack: 2 * 60_000,
	install: 5 * 60_000,
	n8n: 2 * 60_000,
	probe: 60_000,
};
const VERBOSE = process.env.E2E_VERBOSE === '1';
const KEEP_TMP = process.env.E2E_KEEP_TMP === '1';

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const info = (msg) => process.stderr.write(`[e2e ${elapsed()}] ${msg}\n`);

// ---------------------------------------------------------------------------
// child processes: always bounded by a timeout, always killed on exit
// ---------------------------------------------------------------------------

const liveChildren = new Set();

function killTree(child, signal) {
	try {
		process.kill(-child.pid, signal); // its own process group (detached)
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}

/** Runs a command asynchronously (the stub server must keep serving meanwhile). */
function runChild(label, cmd, args, { cwd, env, timeoutMs }) {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		liveChildren.add(child);
		let stdout = '';
		let stderr = '';
		let timedOut = false;
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => {
			timedOut = true;
			killTree(child, 'SIGTERM');
			setTimeout(() => killTree(child, 'SIGKILL'), 5000).unref();
		}, timeoutMs);
		const finish = (code, signal, spawnError) => {
			clearTimeout(timer);
			liveChildren.delete(child);
			// n8n may leave its task runner behind if it crashed; clean the whole group.
			killTree(child, 'SIGKILL');
			const res = { label, code, signal, stdout, stderr, timedOut, ms: Date.now() - started, spawnError };
			if (VERBOSE) info(`${label}: exit ${code} in ${res.ms} ms\n${stdout}${stderr}`);
			resolve(res);
		};
		child.on('error', (err) => finish(null, null, err));
		child.on('close', (code, signal) => finish(code, signal));
	});
}

function describeFailure(res) {
	if (res.spawnError) return `${res.label}: could not start: ${res.spawnError.message}`;
	if (res.timedOut) return `${res.label}: timed out after ${Math.round(res.ms / 1000)}s`;
	const errors = n8nErrorLines(res.stdout + '\n' + res.stderr);
	const tail = errors.length ? errors.join(' | ') : lastLines(res.stderr || res.stdout, 6);
	return `${res.label}: exit ${res.code}${res.signal ? ` (${res.signal})` : ''}: ${tail}`;
}

function lastLines(text, n) {
	return String(text || '')
		.trim()
		.split('\n')
		.slice(-n)
		.join(' | ');
}

async function mustRun(label, cmd, args, opts) {
	const res = await runChild(label, cmd, args, opts);
	if (res.code !== 0 || res.timedOut || res.spawnError) throw new Error(describeFailure(res));
	return res;
}

// ---------------------------------------------------------------------------
// n8n CLI
// ---------------------------------------------------------------------------

async function n8n(ctx, label, args) {
	// The task-runner broker listens on a port; pick a free one so parallel runs do not clash.
	const env = { ...ctx.env, N8N_RUNNERS_BROKER_PORT: String(await freePort()) };
	return runChild(label, ctx.runtime.node, [ctx.runtime.n8nBin, ...args], {
		cwd: ctx.tmp,
		env,
		timeoutMs: TIMEOUT.n8n,
	});
}

/** Log entries from n8n's json log format (one object per line); other lines become {text}. */
function parseLogLines(text) {
	const out = [];
	for (const line of String(text || '').split('\n')) {
		const s = line.trim();
		if (!s) continue;
		if (s.startsWith('{')) {
			try {
				out.push(JSON.parse(s));
				continue;
			} catch {
				/* not a single-line json entry */
			}
		}
		out.push({ text: s });
	}
	return out;
}

function logMessages(text) {
	return parseLogLines(text).map((e) => (typeof e.message === 'string' ? e.message : e.text || ''));
}

function n8nErrorLines(text) {
	return parseLogLines(text)
		.filter((e) => e.level === 'error' && typeof e.message === 'string' && e.message.trim())
		.map((e) => e.message.trim().split('\n')[0])
		.filter((m, i, all) => all.indexOf(m) === i)
		.slice(0, 4);
}

function looksLikeRun(v) {
	return v && typeof v === 'object' && v.data && v.data.resultData && typeof v.data.resultData === 'object';
}

/**
 * Finds the run (IRun) that `n8n execute --rawOutput` printed. With N8N_LOG_FORMAT=json the
 * document is the `message` of one log line; with the text format it is a multi-line
 * JSON document between other log lines, so fall back to scanning for it.
 */
function extractRun(stdout) {
	for (const e of parseLogLines(stdout)) {
		if (typeof e.message === 'string' && e.message.trimStart().startsWith('{')) {
			try {
				const v = JSON.parse(e.message);
				if (looksLikeRun(v)) return v;
			} catch {
				/* other message */
			}
		}
	}
	const lines = String(stdout || '').split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (!lines[i].startsWith('{')) continue;
		for (let j = i; j < lines.length; j++) {
			if (!lines[j].startsWith('}')) continue;
			try {
				const v = JSON.parse(lines.slice(i, j + 1).join('\n'));
				if (looksLikeRun(v)) return v;
			} catch {
				/* keep looking */
			}
		}
	}
	return null;
}

function runError(run) {
	const err = run && run.data && run.data.resultData && run.data.resultData.error;
	if (!err) return null;
	const where = err.node && err.node.name ? ` (node "${err.node.name}")` : '';
	const desc = err.description ? ` - ${err.description}` : '';
	return `${err.message || 'execution error'}${where}${desc}`;
}

/** json of the items on main output 0 of a node's last run. */
function itemsOf(run, nodeName, outputIndex = 0) {
	const runs = run && run.data && run.data.resultData && run.data.resultData.runData && run.data.resultData.runData[nodeName];
	if (!runs || !runs.length) throw new Error(`node "${nodeName}" did not run`);
	const last = runs[runs.length - 1];
	if (last.error) throw new Error(`node "${nodeName}" failed: ${last.error.message}`);
	const main = (last.data && last.data.main) || [];
	return (main[outputIndex] || []).map((item) => item.json);
}

// ---------------------------------------------------------------------------
// stub server
// ---------------------------------------------------------------------------

/**
 * The fake vendor API. `routes` maps "METHOD /path" to a handler `(request, context)`; `context` is
 * what the running case shares with its handlers (an active case's `state`). `afterReply(record)`,
 * when set, runs synchronously right after a reply was written, before the stub handles any later
 * request: an active case's steps use it to change the stub data between two polls without a race.
 */
function startStub() {
	const stub = { routes: {}, requests: [], unmatched: [], context: {}, afterReply: null };
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const url = new URL(req.url, 'http://stub');
			const raw = Buffer.concat(chunks).toString('utf8');
			let body = raw;
			if (raw && /json/i.test(req.headers['content-type'] || '')) {
				try {
					body = JSON.parse(raw);
				} catch {
					/* keep the raw text */
				}
			} else if (raw && /x-www-form-urlencoded/i.test(req.headers['content-type'] || '')) {
				body = Object.fromEntries(new URLSearchParams(raw));
			}
			const query = {};
			for (const [k, v] of url.searchParams) {
				query[k] = k in query ? [].concat(query[k], v) : v;
			}
			const record = { method: req.method, path: url.pathname, query, headers: { ...req.headers }, body, rawBody: raw, at: Date.now() };
			stub.requests.push(record);
			const key = `${req.method} ${url.pathname}`;
			const handler = stub.routes[key];
			let reply;
			if (!handler) {
				stub.unmatched.push(key);
				reply = { status: 404, body: { error: 'e2e stub: no route', route: key } };
			} else {
				try {
					reply = (await handler(record, stub.context)) || {};
				} catch (err) {
					reply = { status: 500, body: { error: `e2e stub handler threw: ${err.message}` } };
				}
			}
			const status = reply.status || 200;
			const headers = { ...(reply.headers || {}) };
			let payload = reply.body === undefined ? '' : reply.body;
			if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) {
				payload = JSON.stringify(payload);
				if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
					headers['content-type'] = 'application/json';
				}
			}
			res.writeHead(status, headers);
			res.end(payload);
			if (stub.afterReply) stub.afterReply(record);
		});
	});
	return new Promise((resolve, reject) => {
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			stub.server = server;
			stub.baseUrl = `http://127.0.0.1:${server.address().port}`;
			resolve(stub);
		});
	});
}

// ---------------------------------------------------------------------------
// matching expected requests
// ---------------------------------------------------------------------------

function matchValue(expected, actual) {
	if (typeof expected === 'function') return Boolean(expected(actual));
	if (expected instanceof RegExp) return actual !== undefined && expected.test(String(actual));
	if (Array.isArray(expected)) return JSON.stringify(expected) === JSON.stringify(actual);
	if (expected && typeof expected === 'object') return JSON.stringify(expected) === JSON.stringify(actual);
	return actual !== undefined && String(expected) === String(actual);
}

function matchSubset(expected, actual, lowerCaseKeys) {
	if (!expected) return true;
	if (typeof expected === 'function') return Boolean(expected(actual));
	for (const [k, v] of Object.entries(expected)) {
		const key = lowerCaseKeys ? k.toLowerCase() : k;
		if (!matchValue(v, actual ? actual[key] : undefined)) return false;
	}
	return true;
}

function requestMatches(exp, r) {
	return (
		(!exp.method || exp.method.toUpperCase() === r.method) &&
		(!exp.path || matchValue(exp.path, r.path)) &&
		matchSubset(exp.query, r.query, false) &&
		matchSubset(exp.headers, r.headers, true) &&
		(exp.body === undefined || matchValue(exp.body, r.body))
	);
}

function describeExpected(exp) {
	const show = (v) => (typeof v === 'function' ? '<fn>' : v instanceof RegExp ? String(v) : JSON.stringify(v));
	const parts = [`${exp.method || '*'} ${exp.path ? show(exp.path) : '*'}`];
	for (const f of ['query', 'headers', 'body']) {
		if (exp[f] && typeof exp[f] === 'object' && !(exp[f] instanceof RegExp)) {
			parts.push(`${f} {${Object.entries(exp[f]).map(([k, v]) => `${k}: ${show(v)}`).join(', ')}}`);
		} else if (exp[f] !== undefined) {
			parts.push(`${f} ${show(exp[f])}`);
		}
	}
	return parts.join(' ');
}

function describeSeen(requests) {
	if (!requests.length) return 'none';
	return requests.map((r) => `${r.method} ${r.path}${Object.keys(r.query).length ? '?' + new URLSearchParams(r.query) : ''}`).join(', ');
}

// ---------------------------------------------------------------------------
// package checks
// ---------------------------------------------------------------------------

/**
 * Loads the installed package's node and credential files the way n8n does (Node 24,
 * resolving n8n-workflow from the community-nodes folder) and reads their names.
 */
async function readPackageTypes(ctx, pkgDir, notBuilt) {
	const declared = {
		nodes: (PACKAGE_JSON.n8n && PACKAGE_JSON.n8n.nodes) || [],
		credentials: (PACKAGE_JSON.n8n && PACKAGE_JSON.n8n.credentials) || [],
	};
	// Files package.json lists but the build did not produce are reported, not loaded.
	const files = {
		nodes: declared.nodes.filter((f) => !notBuilt.has(f)),
		credentials: declared.credentials.filter((f) => !notBuilt.has(f)),
	};
	const probe = `
		const path = require('path');
		const files = ${JSON.stringify(files)};
		const pkgDir = ${JSON.stringify(pkgDir)};
		const out = { nodes: [], credentials: [] };
		const instances = (file) => {
			const mod = require(path.join(pkgDir, file));
			const list = [];
			for (const [exportName, value] of Object.entries(mod)) {
				if (typeof value !== 'function') continue;
				try { list.push({ exportName, instance: new value() }); } catch (e) { list.push({ exportName, error: e.message }); }
			}
			return list;
		};
		for (const file of files.nodes) {
			try {
				const found = instances(file).filter((x) => x.instance && x.instance.description);
				out.nodes.push({ file, names: found.map((x) => x.instance.description.name), displayNames: found.map((x) => x.instance.description.displayName) });
			} catch (e) { out.nodes.push({ file, error: e.message }); }
		}
		for (const file of files.credentials) {
			try {
				const found = instances(file).filter((x) => x.instance && typeof x.instance.name === 'string' && Array.isArray(x.instance.properties));
				out.credentials.push({ file, names: found.map((x) => x.instance.name) });
			} catch (e) { out.credentials.push({ file, error: e.message }); }
		}
		process.stdout.write(JSON.stringify(out));
	`;
	const res = await runChild('read package types', ctx.runtime.node, ['-e', probe], {
		cwd: pkgDir,
		env: { ...cleanEnv(process.env), NODE_PATH: '' },
		timeoutMs: TIMEOUT.probe,
	});
	if (res.code !== 0) throw new Error(describeFailure(res));
	const loaded = JSON.parse(res.stdout);
	const inOrder = (kind) =>
		declared[kind].map((file) => (notBuilt.has(file) ? { file, notBuilt: true } : loaded[kind].find((x) => x.file === file)));
	return { nodes: inOrder('nodes'), credentials: inOrder('credentials') };
}

// ---------------------------------------------------------------------------
// cases
// ---------------------------------------------------------------------------

const CASE_KINDS = ['execute', 'active'];

function loadCases(baseUrl) {
	if (!fs.existsSync(CASES_DIR)) return [];
	const filter = process.env.E2E_CASE;
	return fs
		.readdirSync(CASES_DIR)
		.filter((f) => f.endsWith('.js') && !f.startsWith('_')) // _*.js: helpers shared by cases
		.filter((f) => !filter || f.includes(filter))
		.sort()
		.map((file) => {
			const full = path.join(CASES_DIR, file);
			try {
				let c = require(full);
				if (typeof c === 'function') c = c({ baseUrl });
				const problems = [];
				if (!c || typeof c !== 'object') problems.push('module must export an object or a function returning one');
				else {
					if (!c.workflow || !Array.isArray(c.workflow.nodes)) problems.push('workflow.nodes missing');
					if (c.workflow && !c.workflow.id) problems.push('workflow.id missing');
					if (typeof c.check !== 'function') problems.push('check() missing');
					const kind = c.kind === undefined ? 'execute' : c.kind;
					if (!CASE_KINDS.includes(kind)) problems.push(`kind must be one of ${CASE_KINDS.join(', ')}`);
					if (kind === 'active') {
						if (!Array.isArray(c.steps) || !c.steps.length) problems.push('an active case needs steps');
						else if (c.steps.some((st) => !st || typeof st.waitFor !== 'function')) problems.push('each step needs waitFor()');
						else if (c.steps.some((st) => st.then !== undefined && typeof st.then !== 'function')) problems.push('a step\'s then must be a function');
					}
					for (const cred of c.credentials || []) {
						if (!cred.id || !cred.type || !cred.name) problems.push('each credential needs id, name and type');
					}
				}
				return { file, case: c, loadError: problems.length ? problems.join('; ') : null };
			} catch (err) {
				return { file, case: null, loadError: `cannot load: ${err.message}` };
			}
		});
}

function workflowDocument(c) {
	const now = new Date().toISOString();
	return {
		name: c.name || c.workflow.id,
		active: false,
		isArchived: false,
		connections: {},
		pinData: {},
		createdAt: now,
		updatedAt: now,
		...c.workflow,
		// A case may add settings (e.g. the timezone a trigger computes dates in); v1 order stays the default.
		settings: { executionOrder: 'v1', ...((c.workflow && c.workflow.settings) || {}) },
	};
}

function credentialDocuments(c) {
	const now = new Date().toISOString();
	return (c.credentials || []).map((cred) => ({ createdAt: now, updatedAt: now, ...cred }));
}

/** Imports the case's credentials and workflow into n8n's database. */
async function importCase(ctx, c, dir) {
	const creds = credentialDocuments(c);
	if (creds.length) {
		const f = path.join(dir, 'credentials.json');
		fs.writeFileSync(f, JSON.stringify(creds, null, 2));
		const res = await n8n(ctx, 'import:credentials', ['import:credentials', `--input=${f}`]);
		if (res.code !== 0 || res.timedOut) return { ok: false, reason: describeFailure(res) };
		if (!logMessages(res.stdout).some((m) => m.startsWith(`Successfully imported ${creds.length} credential`))) {
			return { ok: false, reason: `import:credentials did not report success: ${lastLines(res.stdout, 4)}` };
		}
	}

	const wf = workflowDocument(c);
	const wfFile = path.join(dir, 'workflow.json');
	fs.writeFileSync(wfFile, JSON.stringify(wf, null, 2));
	const imp = await n8n(ctx, 'import:workflow', ['import:workflow', `--input=${wfFile}`]);
	if (imp.code !== 0 || imp.timedOut) return { ok: false, reason: describeFailure(imp) };
	// A workflow refused by an import policy is only logged as a warning; the exit code stays 0.
	const impMessages = logMessages(imp.stdout);
	const skipped = impMessages.find((m) => m.startsWith('Skipped workflow'));
	if (skipped || !impMessages.includes('Successfully imported 1 workflow.')) {
		return { ok: false, reason: `import:workflow: ${skipped || lastLines(imp.stdout, 4)}` };
	}
	return { ok: true, wf };
}

function runCase(ctx, entry, stub) {
	return entry.case.kind === 'active' ? runActiveCase(ctx, entry, stub) : runExecuteCase(ctx, entry, stub);
}

async function runExecuteCase(ctx, entry, stub) {
	const c = entry.case;
	const dir = path.join(ctx.tmp, 'cases', path.basename(entry.file, '.js'));
	fs.mkdirSync(dir, { recursive: true });

	const imported = await importCase(ctx, c, dir);
	if (!imported.ok) return imported;
	const { wf } = imported;

	stub.routes = c.routes || {};
	stub.requests = [];
	stub.unmatched = [];
	const exe = await n8n(ctx, 'execute', ['execute', `--id=${wf.id}`, '--rawOutput']);
	const requests = stub.requests;
	stub.routes = {};
	fs.writeFileSync(path.join(dir, 'stub-requests.json'), JSON.stringify(requests, null, 2));
	if (VERBOSE) info(`stub saw: ${describeSeen(requests)}`);
	fs.writeFileSync(path.join(dir, 'execute.stdout.log'), exe.stdout);
	fs.writeFileSync(path.join(dir, 'execute.stderr.log'), exe.stderr);

	if (exe.timedOut || exe.spawnError) return { ok: false, reason: describeFailure(exe) };
	const run = extractRun(exe.stdout);
	const execErr = runError(run);
	if (execErr) {
		const noRoute = stub.unmatched.length ? `; stub had no route for: ${[...new Set(stub.unmatched)].join(', ')}` : '';
		return { ok: false, reason: `execution failed: ${execErr}; stub saw: ${describeSeen(requests)}${noRoute}` };
	}
	if (!run) return { ok: false, reason: `no run data in output (${describeFailure(exe)})` };
	if (exe.code !== 0) return { ok: false, reason: describeFailure(exe) };

	const unexpected = checkRequests(c, stub, requests);
	if (unexpected) return { ok: false, reason: unexpected };
	try {
		await c.check(run, requests, { itemsOf: (name, index) => itemsOf(run, name, index), baseUrl: stub.baseUrl });
	} catch (err) {
		return { ok: false, reason: `check: ${String(err.message || err).split('\n').slice(0, 6).join(' ')}` };
	}
	// Credential types this case really exercised: imported AND referenced by a node that ran.
	const runData = run.data.resultData.runData || {};
	const usedIds = new Set();
	for (const node of c.workflow.nodes) {
		if (!runData[node.name]) continue;
		for (const ref of Object.values(node.credentials || {})) if (ref && ref.id) usedIds.add(ref.id);
	}
	return { ok: true, credentialTypes: (c.credentials || []).filter((x) => usedIds.has(x.id)).map((x) => x.type) };
}

/** Unrouted requests and `expectedRequests` that nothing matched; null when all is well. */
function checkRequests(c, stub, requests) {
	if (stub.unmatched.length && !c.allowUnmatchedRequests) {
		return `stub had no route for: ${[...new Set(stub.unmatched)].join(', ')}`;
	}
	for (const exp of c.expectedRequests || []) {
		if (!requests.some((r) => requestMatches(exp, r))) {
			return `no request matched ${describeExpected(exp)}; stub saw: ${describeSeen(requests)}`;
		}
	}
	return null;
}

// ---------------------------------------------------------------------------
// active cases: a published workflow in a running `n8n start`
// ---------------------------------------------------------------------------

const ACTIVE = {
	readyMs: 90_000, // `n8n start` until /healthz/readiness answers 200 (about 15 s here)
	stepMs: 150_000, // default bound of one step, counted from the end of the previous one
	stopGraceMs: 25_000, // SIGTERM, then SIGKILL (n8n's own graceful timeout is set to 15 s)
	progressMs: 15_000, // how often a waiting step prints a progress line
	tickMs: 250,
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `n8n start` in its own process group, on free ports, with the same environment as the CLI commands.
 * Its log goes to `<dir>/n8n-start.log` and stays in memory for error reports.
 */
async function startServer(ctx, dir) {
	const { env, port } = await n8nStartEnv(ctx.env);
	const logFile = path.join(dir, 'n8n-start.log');
	const logFd = fs.openSync(logFile, 'w');
	const child = spawn(ctx.runtime.node, [ctx.runtime.n8nBin, 'start'], {
		cwd: ctx.tmp,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	liveChildren.add(child);
	const server = { child, pgid: child.pid, port, url: `http://127.0.0.1:${port}`, log: '', logFile, exited: null, startedAt: Date.now() };
	const onData = (d) => {
		server.log += d;
		fs.writeSync(logFd, d);
		if (VERBOSE) process.stderr.write(d);
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	server.exit = new Promise((resolve) => {
		const done = (code, signal, error) => {
			if (server.exited) return;
			server.exited = { code, signal, error, at: Date.now() };
			liveChildren.delete(child);
			try {
				fs.closeSync(logFd);
			} catch {
				/* closed */
			}
			resolve(server.exited);
		};
		child.on('error', (err) => done(null, null, err));
		child.on('close', (code, signal) => done(code, signal));
	});
	return server;
}

function httpStatus(url, timeoutMs) {
	return new Promise((resolve) => {
		const req = http.get(url, { timeout: timeoutMs }, (res) => {
			res.resume();
			resolve(res.statusCode);
		});
		req.on('timeout', () => req.destroy());
		req.on('error', () => resolve(0));
	});
}

async function waitForReady(server, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (server.exited) return { ok: false, reason: `n8n start exited early (${describeExit(server.exited)}): ${serverErrors(server)}` };
		if ((await httpStatus(`${server.url}/healthz/readiness`, 2000)) === 200) return { ok: true };
		await sleep(500);
	}
	return { ok: false, reason: `n8n start not ready after ${timeoutMs / 1000}s: ${serverErrors(server)}` };
}

function describeExit(exited) {
	if (exited.error) return `could not start: ${exited.error.message}`;
	return `exit ${exited.code}${exited.signal ? `, ${exited.signal}` : ''}`;
}

/** Error lines of the running n8n's log, or its last lines. */
function serverErrors(server) {
	const errors = n8nErrorLines(server.log);
	return errors.length ? errors.join(' | ') : lastLines(server.log, 6) || 'no output';
}

/** Stops n8n and whatever is left of its process group (the task runner); returns a one-line summary. */
async function stopServer(server) {
	const how = await stopN8nGroup(server, ACTIVE.stopGraceMs, describeExit);
	liveChildren.delete(server.child);
	return how;
}

/**
 * What n8n logged when activating the workflow failed, e.g. because the trigger threw on its first
 * poll: `There was a problem activating the workflow: "<error>"` (2.41), or `Issue on initial workflow
 * activation try of ...`. n8n retries such a workflow later, so waiting on would only time out.
 */
function activationError(log) {
	const entry = parseLogLines(log).find(
		(e) =>
			e.level === 'error' &&
			typeof e.message === 'string' &&
			/^(There was a problem activating the workflow|Issue on initial workflow activation)/.test(e.message),
	);
	return entry ? entry.message.split('\n')[0] : null;
}

/**
 * Walks through the case's steps while n8n runs. A step's `waitFor(requests, view)` is evaluated
 * after every stub reply (synchronously, before the stub serves the next request) and on a timer;
 * once it holds, the runner waits `settleMs`, then calls `then(state, view)` and moves on.
 * `done` resolves {ok} or {ok: false, reason}; `abort(reason)` ends the walk early.
 */
function driveSteps(label, c, stub, server, state) {
	const steps = c.steps;
	const sinkPath = c.sinkPath || '/sink';
	const view = () => ({
		requests: stub.requests,
		sink: stub.requests.filter((r) => r.method === 'POST' && r.path === sinkPath),
		state,
		baseUrl: stub.baseUrl,
		// The running n8n, for steps that call its webhooks or its REST API.
		n8nUrl: `http://127.0.0.1:${server.port}`,
	});
	const stepName = (i) => `step ${i + 1}/${steps.length}${steps[i].name ? ` "${steps[i].name}"` : ''}`;
	let abort;
	const done = new Promise((resolve) => {
		let index = 0;
		let stepStarted = server.startedAt;
		let settleUntil = null;
		let busy = false;
		let finished = false;
		let lastProgress = Date.now();
		const finish = (result) => {
			if (finished) return;
			finished = true;
			clearInterval(timer);
			stub.afterReply = null;
			resolve(result);
		};
		const next = () => {
			index += 1;
			settleUntil = null;
			stepStarted = Date.now();
			lastProgress = Date.now();
		};
		const advance = () => {
			if (finished || busy) return;
			while (index < steps.length) {
				const step = steps[index];
				const v = view();
				if (settleUntil === null) {
					let hit;
					try {
						hit = step.waitFor(v.requests, v);
					} catch (err) {
						return finish({ ok: false, reason: `${stepName(index)}: waitFor threw: ${err.message}` });
					}
					if (!hit) return;
					const secs = ((Date.now() - stepStarted) / 1000).toFixed(1);
					info(`${label}: ${stepName(index)} reached after ${secs}s (stub: ${v.requests.length} requests, ${v.sink.length} at ${sinkPath})`);
					settleUntil = Date.now() + (step.settleMs || 0);
					if (step.settleMs) info(`${label}: settling ${step.settleMs / 1000}s`);
				}
				if (Date.now() < settleUntil) return;
				if (step.then) {
					let r;
					try {
						r = step.then(state, v);
					} catch (err) {
						return finish({ ok: false, reason: `${stepName(index)}: then threw: ${err.message}` });
					}
					if (r && typeof r.then === 'function') {
						busy = true;
						r.then(
							() => {
								busy = false;
								next();
								advance();
							},
							(err) => finish({ ok: false, reason: `${stepName(index)}: then failed: ${err && err.message}` }),
						);
						return;
					}
				}
				next();
			}
			finish({ ok: true });
		};
		const tick = () => {
			if (finished) return;
			advance();
			if (finished || busy) return;
			if (server.exited) {
				return finish({ ok: false, reason: `n8n exited while waiting for ${stepName(index)} (${describeExit(server.exited)}): ${serverErrors(server)}` });
			}
			const failedActivation = activationError(server.log);
			if (failedActivation) return finish({ ok: false, reason: `n8n could not activate the workflow: ${failedActivation}` });
			if (settleUntil !== null) return;
			const limit = steps[index].timeoutMs || ACTIVE.stepMs;
			const waited = Date.now() - stepStarted;
			if (waited > limit) {
				const errors = n8nErrorLines(server.log);
				return finish({
					ok: false,
					reason: `${stepName(index)}: not reached within ${limit / 1000}s; stub saw: ${describeSeen(stub.requests)}${errors.length ? `; n8n errors: ${errors.join(' | ')}` : ''}`,
				});
			}
			if (Date.now() - lastProgress >= ACTIVE.progressMs) {
				lastProgress = Date.now();
				const v = view();
				info(`${label}: waiting for ${stepName(index)} (${Math.round(waited / 1000)}s of ${limit / 1000}s; stub: ${v.requests.length} requests, ${v.sink.length} at ${sinkPath})`);
			}
		};
		const timer = setInterval(tick, ACTIVE.tickMs);
		stub.afterReply = () => advance();
		abort = (reason) => finish({ ok: false, reason });
		advance();
	});
	return { done, abort };
}

async function runActiveCase(ctx, entry, stub) {
	const c = entry.case;
	const label = path.basename(entry.file, '.js');
	const dir = path.join(ctx.tmp, 'cases', label);
	fs.mkdirSync(dir, { recursive: true });

	const imported = await importCase(ctx, c, dir);
	if (!imported.ok) return imported;
	const { wf } = imported;

	// Published before start: `n8n start` activates every published workflow (the REST route
	// POST /rest/workflows/:id/activate would need an owner account and a login).
	const pub = await n8n(ctx, 'publish:workflow', ['publish:workflow', `--id=${wf.id}`]);
	// It exits 1 on failure (e.g. unknown id) and logs this note only after the database update.
	if (pub.code !== 0 || pub.timedOut || !logMessages(pub.stdout).some((m) => m.startsWith('Note: Changes will not take effect'))) {
		return { ok: false, reason: describeFailure(pub) };
	}

	const sinkPath = c.sinkPath || '/sink';
	const state = c.state && typeof c.state === 'object' ? c.state : {};
	stub.routes = { [`POST ${sinkPath}`]: () => ({ status: 200, body: { received: true } }), ...(c.routes || {}) };
	stub.context = { state };
	stub.requests = [];
	stub.unmatched = [];

	const server = await startServer(ctx, dir);
	info(`${label}: n8n start on port ${server.port} (pid ${server.child.pid}), workflow ${wf.id} published`);
	// The steps are watched from the start: the first poll may come before n8n reports ready.
	const driver = driveSteps(label, c, stub, server, state);
	const ready = await Promise.race([waitForReady(server, ACTIVE.readyMs), driver.done.then((r) => (r.ok ? null : r))]);
	if (ready && !ready.ok) driver.abort(ready.reason);
	else if (ready) info(`${label}: n8n is up after ${((Date.now() - server.startedAt) / 1000).toFixed(1)}s`);
	const outcome = await driver.done;
	stub.afterReply = null;
	const stopped = await stopServer(server);
	info(`${label}: n8n ${stopped}`);
	const requests = stub.requests;
	stub.routes = {};
	stub.context = {};
	fs.writeFileSync(path.join(dir, 'stub-requests.json'), JSON.stringify(requests, null, 2));
	if (VERBOSE) info(`stub saw: ${describeSeen(requests)}`);

	// Later active cases start n8n on the same database: this workflow must not run there.
	const unpub = await n8n(ctx, 'unpublish:workflow', ['unpublish:workflow', `--id=${wf.id}`]);
	if (!outcome.ok) return outcome;
	if (unpub.code !== 0 || unpub.timedOut) return { ok: false, reason: describeFailure(unpub) };

	const unexpected = checkRequests(c, stub, requests);
	if (unexpected) return { ok: false, reason: unexpected };
	const sink = requests.filter((r) => r.method === 'POST' && r.path === sinkPath);
	try {
		await c.check(sink, requests, { baseUrl: stub.baseUrl, state, serverLog: server.log });
	} catch (err) {
		return { ok: false, reason: `check: ${String(err.message || err).split('\n').slice(0, 6).join(' ')}` };
	}
	// The case passed, so the nodes that hold credentials did their job with them.
	const usedIds = new Set();
	for (const node of c.workflow.nodes) for (const ref of Object.values(node.credentials || {})) if (ref && ref.id) usedIds.add(ref.id);
	return { ok: true, credentialTypes: (c.credentials || []).filter((x) => usedIds.has(x.id)).map((x) => x.type) };
}

// ---------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------

const results = [];
function report(name, ok, reason) {
	results.push({ name, ok });
	process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${name}${ok ? '' : ` - ${reason}`}\n`);
}

let cleanupState = { tmp: null, stub: null, done: false };
function cleanup() {
	if (cleanupState.done) return;
	cleanupState.done = true;
	for (const child of liveChildren) killTree(child, 'SIGKILL');
	liveChildren.clear();
	if (cleanupState.stub) cleanupState.stub.server.close();
	if (cleanupState.tmp) {
		if (KEEP_TMP) info(`kept ${cleanupState.tmp}`);
		else {
			try {
				// n8n processes just killed may still be closing files in there: retry a little.
				fs.rmSync(cleanupState.tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
			} catch (err) {
				info(`could not remove ${cleanupState.tmp}: ${err.message}`);
			}
		}
	}
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(sig, () => {
		cleanup();
		process.exit(130);
	});
}

async function main() {
	// 1. runtime
	const runtime = ensureRuntime();
	info(`runtime: ${runtime.dir}`);

	// 2. package tarball
	if (!fs.existsSync(path.join(ROOT, 'dist'))) {
		info('dist/ missing: npm run build');
		const res = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr], timeout: TIMEOUT.build });
		if (res.status !== 0) throw new Error('npm run build failed');
	}
	const declared = [...((PACKAGE_JSON.n8n && PACKAGE_JSON.n8n.nodes) || []), ...((PACKAGE_JSON.n8n && PACKAGE_JSON.n8n.credentials) || [])];
	// A file package.json lists but dist/ lacks fails its own package check below; the cases still run.
	const notBuilt = new Set(declared.filter((f) => !fs.existsSync(path.join(ROOT, f))));
	if (notBuilt.size) info(`not built (run npm run build): ${[...notBuilt].join(', ')}`);
	// With E2E_CASE only some cases run: the package-wide checks belong to the full suite.
	const packageChecks = !process.env.E2E_CASE;
	if (!packageChecks) info('E2E_CASE is set: package-wide node and credential checks skipped');

	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-'));
	cleanupState.tmp = tmp;
	const packDir = path.join(tmp, 'pack');
	fs.mkdirSync(packDir);
	// Without the variables `npm run test:e2e` exports for this project (local prefix, package, ...).
	const npmEnv = quietNpmEnv();
	const pack = await mustRun('npm pack', 'npm', ['pack', '--ignore-scripts', '--json', `--pack-destination=${packDir}`], {
		cwd: ROOT,
		env: npmEnv,
		timeoutMs: TIMEOUT.pack,
	});
	const packInfo = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')));
	const tarball = path.join(packDir, packInfo[0].filename);
	info(`packed ${path.basename(tarball)} (${packInfo[0].entryCount} files)`);

	// 3. fresh user folder with the package installed as a community package
	const userFolder = path.join(tmp, 'user');
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(path.join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true }, null, 2));
	await mustRun('npm install <tarball>', 'npm', ['install', '--ignore-scripts', '--no-package-lock', tarball], {
		cwd: nodesDir,
		env: npmEnv,
		timeoutMs: TIMEOUT.install,
	});
	const pkgDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	info(`installed into ${nodesDir}`);
	if (notBuilt.size) {
		// n8n refuses the whole package when one listed file is missing ("Failed to load package"),
		// so the installed copy lists only what was built; the missing files fail their checks below.
		const installedJsonFile = path.join(pkgDir, 'package.json');
		const installed = JSON.parse(fs.readFileSync(installedJsonFile, 'utf8'));
		for (const kind of ['nodes', 'credentials']) {
			if (installed.n8n && Array.isArray(installed.n8n[kind])) installed.n8n[kind] = installed.n8n[kind].filter((f) => !notBuilt.has(f));
		}
		fs.writeFileSync(installedJsonFile, JSON.stringify(installed, null, 2));
		info(`installed package.json lists only the built files (${notBuilt.size} left out)`);
	}

	const ctx = {
		runtime,
		tmp,
		env: n8nEnv(runtime, userFolder, `e2e-${process.pid}-${Date.now()}`),
	};

	// 4. stub
	const stub = await startStub();
	cleanupState.stub = stub;
	info(`stub on ${stub.baseUrl}`);

	// 5. are the package's nodes loaded by n8n?
	let types = { nodes: [], credentials: [] };
	if (packageChecks) {
		types = await readPackageTypes(ctx, pkgDir, notBuilt);
		const exportFile = path.join(tmp, 'nodes-export.json');
		const exp = await n8n(ctx, 'export:nodes', ['export:nodes', `--output=${exportFile}`]);
		let exported = null;
		if (exp.code === 0 && fs.existsSync(exportFile)) exported = JSON.parse(fs.readFileSync(exportFile, 'utf8'));
		info(`export:nodes: ${exported ? exported.length : 0} node types in ${(exp.ms / 1000).toFixed(1)}s`);
		const exportedNames = new Set((exported || []).map((n) => n.name));
		for (const n of types.nodes) {
			const label = `[package] node ${n.file} is loaded by n8n`;
			if (n.notBuilt) report(label, false, `${n.file} is missing (not built)`);
			else if (!exported) report(label, false, describeFailure(exp));
			else if (n.error) report(label, false, `cannot load with Node 24: ${n.error}`);
			else if (!n.names.length) report(label, false, 'file exports no node class with a description');
			else {
				const absent = n.names.map((x) => `${PACKAGE_NAME}.${x}`).filter((t) => !exportedNames.has(t));
				if (absent.length) report(label, false, `not in export:nodes: ${absent.join(', ')}`);
				else report(`${label} (${n.names.map((x) => `${PACKAGE_NAME}.${x}`).join(', ')})`, true);
			}
		}
	}

	// 6. cases
	const cases = loadCases(stub.baseUrl);
	if (!cases.length) report('[cases] at least one case in test/e2e/cases', false, 'no case files');
	const passedCredentialTypes = new Set();
	const ids = new Map();
	for (const entry of cases) {
		const name = entry.case && entry.case.name ? `${entry.file}: ${entry.case.name}` : entry.file;
		if (entry.loadError) {
			report(name, false, entry.loadError);
			continue;
		}
		const dup = [entry.case.workflow.id, ...(entry.case.credentials || []).map((x) => x.id)].find((id) => ids.has(id));
		if (dup) {
			report(name, false, `id "${dup}" is also used by ${ids.get(dup)}`);
			continue;
		}
		for (const id of [entry.case.workflow.id, ...(entry.case.credentials || []).map((x) => x.id)]) ids.set(id, entry.file);
		const started = Date.now();
		let r;
		try {
			r = await runCase(ctx, entry, stub);
		} catch (err) {
			r = { ok: false, reason: err.message };
		}
		if (r.ok) r.credentialTypes.forEach((t) => passedCredentialTypes.add(t));
		report(`${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`, r.ok, r.reason);
	}

	// 7. credentials: each must be imported and used successfully by at least one case
	if (packageChecks && !process.env.E2E_CASES_DIR) {
		for (const c of types.credentials) {
			const label = `[package] credential ${c.file} works in n8n`;
			if (c.notBuilt) report(label, false, `${c.file} is missing (not built)`);
			else if (c.error) report(label, false, `cannot load with Node 24: ${c.error}`);
			else if (!c.names.length) report(label, false, 'file exports no credential class');
			else {
				const unused = c.names.filter((x) => !passedCredentialTypes.has(x));
				if (unused.length) report(label, false, `no passing case imports and uses ${unused.join(', ')}`);
				else report(`${label} (${c.names.join(', ')})`, true);
			}
		}
	}
}

main()
	.catch((err) => report('[setup]', false, err.message))
	.finally(() => {
		const passed = results.filter((r) => r.ok).length;
		const failed = results.length - passed;
		process.stdout.write(`${passed} passed, ${failed} failed\n`);
		info('done');
		cleanup();
		process.exit(failed > 0 || results.length === 0 ? 1 : 0);
	});
