#!/usr/bin/env node
'use strict';
/*
 * npm start: a real n8n with this package and the example workflows, on http://localhost:5678.
 *
 *   1. builds the package (skipped when nodes/, credentials/, icons/ and the build config did not
 *      change since the last build and dist/ is still that build)
 *   2. gets n8n and a Node 24 runtime from the npm registry (scripts/n8n-runtime.js; the cache is
 *      shared with `npm run test:e2e`)
 *   3. packs the package and installs the tarball as a community package into the project-local
 *      user folder .n8n-local/ (skipped when the tarball's sha256 did not change)
 *   4. imports examples/*.json (skipped when the examples did not change)
 *   5. starts `n8n start` with its SQLite database and waits until it is ready
 *
 * Usage: npm start [-- --port 5680] [-- --listen 0.0.0.0] [-- --force]
 *   --port <n>     port of the editor (default 5678, or $N8N_PORT)
 *   --listen <ip>  address n8n listens on (default 127.0.0.1: only this machine can reach it)
 *   --force        rebuild, reinstall and re-import even when nothing changed
 *
 * Everything n8n stores (owner account, credentials, executions) stays in .n8n-local/, which git
 * ignores; delete that folder to start from scratch. Plain CommonJS, Node built-ins only, Node 20.
 * scripts/dev.js and scripts/screenshots.js reuse the functions exported at the end.
 */

const fs = require('fs');
const net = require('net');
const http = require('http');
const path = require('path');
const crypto = require('crypto');
const { spawn } = require('child_process');
const { ensureRuntime, runtimeDir, cleanEnv, npmEnv, N8N_VERSION, freePort, pidAlive } = require('./n8n-runtime');

const ROOT = path.resolve(__dirname, '..');
const LOCAL_DIR = path.join(ROOT, '.n8n-local');
const EXAMPLES_DIR = path.join(ROOT, 'examples');
const PACK_DIR = path.join(LOCAL_DIR, 'pack');
const BUILD_STATE = path.join(LOCAL_DIR, 'build-state.json');
/** What `npm run build` reads; a change in any of them means dist/ is out of date. */
const BUILD_INPUTS = ['nodes', 'credentials', 'icons', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'gulpfile.js'];
const DEFAULT_PORT = 5678;
const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 20_000;

const packageJson = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

// ---------------------------------------------------------------------------------------------
// progress output
// ---------------------------------------------------------------------------------------------

const secs = (ms) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s` : `${(ms / 1000).toFixed(1)} s`);

/** Step-by-step progress on stdout: "[start 12.3s] ...". */
function createLog(tag) {
	const t0 = Date.now();
	const line = (msg) => process.stdout.write(`[${tag} ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);
	return {
		t0,
		line,
		/** Runs one numbered step and prints what it did and how long it took. */
		async step(label, fn) {
			const started = Date.now();
			line(`${label} ...`);
			const detail = await fn();
			line(`${label}: ${detail} (${secs(Date.now() - started)})`);
			return detail;
		},
		since: () => secs(Date.now() - t0),
	};
}

// ---------------------------------------------------------------------------------------------
// small helpers
// ---------------------------------------------------------------------------------------------

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

function writeJson(file, value) {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/** Every file under the given paths (relative to ROOT), sorted, skipping node_modules and dot folders. */
function listFiles(relPaths) {
	const out = [];
	const walk = (rel) => {
		const full = path.join(ROOT, rel);
		let st;
		try {
			st = fs.statSync(full);
		} catch {
			return;
		}
		if (st.isDirectory()) {
			for (const name of fs.readdirSync(full).sort()) {
				if (name === 'node_modules' || name.startsWith('.')) continue;
				walk(path.join(rel, name));
			}
		} else if (st.isFile()) out.push(rel);
	};
	relPaths.forEach(walk);
	return out;
}

/** sha256 over the names and contents of every file under the given paths. */
function hashFiles(relPaths) {
	const h = crypto.createHash('sha256');
	for (const rel of listFiles(relPaths)) {
		h.update(`${rel.split(path.sep).join('/')}\0`);
		h.update(fs.readFileSync(path.join(ROOT, rel)));
		h.update('\0');
	}
	return h.digest('hex');
}

const sha256File = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');


const liveChildren = new Set();

/** Runs a command, collecting its output; resolves {code, output}. */
function run(cmd, args, { cwd, env, timeoutMs = 10 * 60_000 } = {}) {
	return new Promise((resolve) => {
		const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		liveChildren.add(child);
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		const done = (code, error) => {
			clearTimeout(timer);
			liveChildren.delete(child);
			resolve({ code, output: error ? `${output}\n${error.message}` : output });
		};
		child.on('error', (err) => done(null, err));
		child.on('close', (code) => done(code));
	});
}

function failWith(title, output) {
	const tail = String(output || '').trimEnd().split('\n').slice(-40).join('\n');
	const err = new Error(`${title}${tail ? `\n${tail}` : ''}`);
	err.shown = true;
	return err;
}

// ---------------------------------------------------------------------------------------------
// 1. build
// ---------------------------------------------------------------------------------------------

function declaredFiles() {
	const n8n = packageJson().n8n || {};
	return [...(n8n.nodes || []), ...(n8n.credentials || [])];
}

/** `npm run build`, unless the sources and dist/ are those of the last build this script made. */
async function buildPackage({ force = false } = {}) {
	const sources = hashFiles(BUILD_INPUTS);
	const state = readJson(BUILD_STATE) || {};
	const distComplete = declaredFiles().every((f) => fs.existsSync(path.join(ROOT, f)));
	if (!force && distComplete && state.sources === sources && state.dist === hashFiles(['dist'])) {
		return { built: false, detail: 'up to date, nothing changed since the last build' };
	}
	if (!fs.existsSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'))) {
		throw failWith('The build tools are not installed: run `npm ci` first (then `npm start` again).');
	}
	const res = await run('npm', ['run', 'build'], { cwd: ROOT, env: process.env });
	if (res.code !== 0) throw failWith('npm run build failed:', res.output);
	const missing = declaredFiles().filter((f) => !fs.existsSync(path.join(ROOT, f)));
	if (missing.length) throw failWith(`npm run build did not produce ${missing.join(', ')}`);
	writeJson(BUILD_STATE, { sources, dist: hashFiles(['dist']), builtAt: new Date().toISOString() });
	return { built: true, detail: 'built dist/' };
}

// ---------------------------------------------------------------------------------------------
// 2. runtime
// ---------------------------------------------------------------------------------------------

function getRuntime() {
	const dir = runtimeDir();
	const cached = fs.existsSync(path.join(dir, '.runtime-complete.json'));
	const runtime = ensureRuntime(); // prints its own progress when it installs
	return { runtime, detail: `${cached ? 'cached' : 'installed'} in ${dir}` };
}

// ---------------------------------------------------------------------------------------------
// 3. pack and install as a community package
// ---------------------------------------------------------------------------------------------

/** Paths of one n8n user folder (N8N_USER_FOLDER); n8n keeps its own files in <folder>/.n8n. */
function userFolderPaths(userFolder) {
	const n8nDir = path.join(userFolder, '.n8n');
	const nodesDir = path.join(n8nDir, 'nodes');
	return {
		userFolder,
		n8nDir,
		nodesDir,
		packageDir: path.join(nodesDir, 'node_modules', packageJson().name),
		database: path.join(n8nDir, 'database.sqlite'),
		state: path.join(userFolder, 'start-state.json'),
		pidFile: path.join(userFolder, 'n8n.pid'),
	};
}

/** `npm pack` into .n8n-local/pack; npm writes the same bytes for the same files, so the sha256 tells a change. */
async function packPackage() {
	fs.mkdirSync(PACK_DIR, { recursive: true });
	for (const f of fs.readdirSync(PACK_DIR)) if (f.endsWith('.tgz')) fs.rmSync(path.join(PACK_DIR, f));
	const res = await run('npm', ['pack', '--ignore-scripts', '--json', `--pack-destination=${PACK_DIR}`], { cwd: ROOT, env: npmEnv() });
	if (res.code !== 0) throw failWith('npm pack failed:', res.output);
	const info = JSON.parse(res.output.slice(res.output.indexOf('[')));
	const tarball = path.join(PACK_DIR, info[0].filename);
	return { tarball, sha256: sha256File(tarball), files: info[0].entryCount };
}

/** Whether this very tarball is the one installed in the user folder. */
function isInstalled(paths, pack) {
	const state = readJson(paths.state) || {};
	return state.tarball === pack.sha256 && fs.existsSync(path.join(paths.packageDir, 'package.json'));
}

/**
 * Installs the tarball into <user folder>/.n8n/nodes, the way n8n installs a community package;
 * npm adds the n8n-workflow peer there. Skipped when the tarball's sha256 is the installed one.
 */
async function installPackage(paths, { force = false, pack = null } = {}) {
	pack = pack || (await packPackage());
	const state = readJson(paths.state) || {};
	const short = pack.sha256.slice(0, 12);
	if (!force && isInstalled(paths, pack)) {
		return { installed: false, detail: `${path.basename(pack.tarball)} unchanged (sha256 ${short}), kept the installed copy` };
	}
	fs.mkdirSync(paths.nodesDir, { recursive: true });
	const nodesPackageJson = path.join(paths.nodesDir, 'package.json');
	if (!fs.existsSync(nodesPackageJson)) writeJson(nodesPackageJson, { name: 'installed-nodes', private: true });
	fs.rmSync(paths.packageDir, { recursive: true, force: true });
	const res = await run('npm', ['install', '--ignore-scripts', '--no-package-lock', pack.tarball], { cwd: paths.nodesDir, env: npmEnv() });
	if (res.code !== 0) throw failWith(`npm install ${path.basename(pack.tarball)} failed:`, res.output);
	writeJson(paths.state, { ...state, tarball: pack.sha256 });
	return { installed: true, detail: `installed ${path.basename(pack.tarball)} (${pack.files} files, sha256 ${short}) into ${path.relative(ROOT, paths.nodesDir) || paths.nodesDir}` };
}

// ---------------------------------------------------------------------------------------------
// n8n processes
// ---------------------------------------------------------------------------------------------

/**
 * The environment of every n8n command: SQLite in the given user folder, quiet about telemetry
 * and updates. Settings the user exported (N8N_LOG_LEVEL, ...) win over the defaults here, except
 * the ones that decide where n8n stores its data and where it listens.
 */
function n8nEnv(runtime, userFolder, extra = {}) {
	const env = cleanEnv(process.env);
	// Deprecated in n8n 2 (it warns when set); with log scopes set, unscoped entries are dropped.
	delete env.N8N_RUNNERS_ENABLED;
	delete env.N8N_LOG_SCOPES;
	const defaults = {
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		// Refreshes a catalogue from api.n8n.io at start; offline that only logs errors.
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_LOG_LEVEL: 'info',
	};
	for (const [k, v] of Object.entries(defaults)) if (env[k] === undefined) env[k] = v;
	Object.assign(env, {
		PATH: `${path.dirname(runtime.node)}${path.delimiter}${process.env.PATH || ''}`,
		N8N_USER_FOLDER: userFolder,
		DB_TYPE: 'sqlite',
		EXECUTIONS_MODE: 'regular',
		// NODE_ENV=test makes n8n's CLI skip process.exit, so a command would never end.
		NODE_ENV: 'production',
		...extra,
	});
	return env;
}

/** Runs an n8n CLI command (import:workflow, ...) with JSON logs, one entry per line. */
async function n8nCommand(runtime, userFolder, args) {
	const env = n8nEnv(runtime, userFolder, {
		N8N_LOG_FORMAT: 'json',
		N8N_LOG_OUTPUT: 'console',
		NO_COLOR: '1',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
	});
	return run(runtime.node, [runtime.n8nBin, ...args], { cwd: userFolder, env, timeoutMs: 5 * 60_000 });
}

function logMessages(output) {
	const out = [];
	for (const line of String(output).split('\n')) {
		const s = line.trim();
		if (!s) continue;
		try {
			const e = JSON.parse(s);
			if (e && typeof e.message === 'string') {
				out.push({ level: e.level, message: e.message });
				continue;
			}
		} catch {
			/* plain text line */
		}
		out.push({ level: undefined, message: s });
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// 4. example workflows
// ---------------------------------------------------------------------------------------------

function exampleFiles() {
	if (!fs.existsSync(EXAMPLES_DIR)) return [];
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => path.join(EXAMPLES_DIR, f));
}

/** The examples as n8n workflows; each must be valid JSON with nodes, connections, a name and an id. */
function readExamples() {
	return exampleFiles().map((file) => {
		let wf;
		try {
			wf = JSON.parse(fs.readFileSync(file, 'utf8'));
		} catch (err) {
			throw failWith(`${path.relative(ROOT, file)} is not valid JSON: ${err.message}`);
		}
		const problems = ['id', 'name', 'nodes', 'connections'].filter((k) => !wf || wf[k] === undefined);
		if (problems.length) throw failWith(`${path.relative(ROOT, file)} lacks ${problems.join(', ')}`);
		return { file, workflow: wf };
	});
}

function databaseId(paths) {
	try {
		const st = fs.statSync(paths.database);
		return `${st.dev}:${st.ino}`;
	} catch {
		return null;
	}
}

/**
 * Imports every examples/*.json in one `n8n import:workflow` (one n8n boot). The examples keep their
 * ids, so a new import replaces them (and only them) in place. Skipped while the examples and the
 * database are the ones of the last import, so changes made in the editor stay.
 */
async function importExamples(runtime, paths, { force = false } = {}) {
	const examples = readExamples();
	if (!examples.length) return { imported: false, detail: 'no examples/*.json' };
	const hash = hashFiles(examples.map((e) => path.relative(ROOT, e.file)));
	const state = readJson(paths.state) || {};
	const db = databaseId(paths);
	if (!force && db && state.examples === hash && state.database === db) {
		return { imported: false, detail: `${examples.length} examples unchanged, already in n8n` };
	}
	const firstRun = !db;
	const now = new Date().toISOString();
	const docs = examples.map(({ workflow }) => ({
		active: false,
		isArchived: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
		createdAt: now,
		updatedAt: now,
		...workflow,
	}));
	const input = path.join(paths.userFolder, 'examples-import.json');
	writeJson(input, docs);
	const res = await n8nCommand(runtime, paths.userFolder, ['import:workflow', `--input=${input}`]);
	fs.rmSync(input, { force: true });
	const messages = logMessages(res.output);
	const skipped = messages.filter((m) => m.message.startsWith('Skipped workflow'));
	const ok = messages.some((m) => m.message === `Successfully imported ${docs.length} workflow${docs.length === 1 ? '' : 's'}.`);
	if (res.code !== 0 || !ok || skipped.length) {
		const errors = messages.filter((m) => m.level === 'error' || m.message.startsWith('Skipped')).map((m) => m.message);
		throw failWith('n8n import:workflow failed:', errors.length ? errors.join('\n') : res.output);
	}
	writeJson(paths.state, { ...(readJson(paths.state) || {}), examples: hash, database: databaseId(paths) });
	const names = docs.map((d) => d.name.replace(/^Example: /, '')).join(', ');
	return { imported: true, detail: `imported ${docs.length} workflows${firstRun ? ' into a new database' : ''}: ${names}` };
}

// ---------------------------------------------------------------------------------------------
// 5. n8n start
// ---------------------------------------------------------------------------------------------

function tryListen(port, host) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', (err) => resolve(err));
		srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(null)));
	});
}

function tryConnect(port, host) {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host });
		const done = (open) => {
			socket.destroy();
			resolve(open);
		};
		socket.setTimeout(1000, () => done(false));
		socket.once('connect', () => done(true));
		socket.once('error', () => done(false));
	});
}

function httpGet(url, timeoutMs = 2000) {
	return new Promise((resolve) => {
		const req = http.get(url, { timeout: timeoutMs }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (d) => (body += d));
			res.on('end', () => resolve({ status: res.statusCode, body }));
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', () => resolve({ status: 0, body: '' }));
	});
}

/**
 * The n8n that an earlier start left running on this user folder, if any ({ pid, port }). Two n8n
 * on one SQLite database would get in each other's way.
 */
function runningN8n(paths) {
	const info = readJson(paths.pidFile);
	const pid = Number(info && info.pid);
	if (!pid || !pidAlive(pid)) return null;
	try {
		// Where /proc exists, make sure the pid was not reused by another program.
		const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
		if (!args.some((a) => /[\\/]n8n$/.test(a)) || !args.includes('start')) return null;
	} catch (err) {
		if (err.code !== 'ENOENT' || fs.existsSync('/proc/self')) return null;
	}
	return { pid, port: info.port };
}

function alreadyRunningMessage(running, paths) {
	const where = path.relative(ROOT, paths.userFolder) || paths.userFolder;
	return `An n8n started from ${where}/ is already running (pid ${running.pid}) on http://localhost:${running.port}.\nOpen it there, or stop it first: Ctrl+C in the terminal of its npm start, or \`kill ${running.pid}\`.`;
}

/**
 * Why n8n could not listen on the port, in words, or null when the port is free. Names an n8n that
 * an earlier `npm start` left running, when that is what holds the port.
 */
async function portProblem(port, host, paths) {
	const bindError = await tryListen(port, host);
	const taken = bindError
		? bindError.code === 'EADDRINUSE'
		: (await tryConnect(port, '127.0.0.1')) || (await tryConnect(port, '::1'));
	if (!taken) {
		if (bindError) return `n8n cannot listen on ${host}:${port} (${bindError.code || bindError.message}).`;
		return null;
	}
	let who = 'another program';
	const health = await httpGet(`http://127.0.0.1:${port}/healthz`);
	if (health.status === 200 && /"status"\s*:\s*"ok"/.test(health.body)) who = 'an n8n';
	const pid = Number((readJson(paths.pidFile) || {}).pid);
	if (pid && pidAlive(pid) && (readJson(paths.pidFile) || {}).port === port) {
		who = `the n8n that \`npm start\` started in this folder (pid ${pid}; stop that \`npm start\` with Ctrl+C, or \`kill ${pid}\`)`;
	}
	return `Port ${port} is already in use by ${who}.`;
}

/** `n8n start` in its own process group, with the terminal as its output. */
async function startN8n(runtime, paths, { port, host, stdio = 'inherit' }) {
	const env = n8nEnv(runtime, paths.userFolder, {
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: host,
		N8N_HOST: 'localhost',
		N8N_PROTOCOL: 'http',
		N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT || String(await freePort()),
	});
	const child = spawn(runtime.node, [runtime.n8nBin, 'start'], {
		cwd: paths.userFolder,
		env,
		detached: true,
		stdio: ['ignore', stdio, stdio],
	});
	liveChildren.add(child);
	const probeHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
	const server = { child, port, url: `http://localhost:${port}`, probeUrl: `http://${probeHost}:${port}`, exited: null, startedAt: Date.now() };
	server.exit = new Promise((resolve) => {
		const done = (code, signal, error) => {
			if (server.exited) return;
			server.exited = { code, signal, error };
			liveChildren.delete(child);
			resolve(server.exited);
		};
		child.on('error', (err) => done(null, null, err));
		child.on('exit', (code, signal) => done(code, signal));
	});
	writeJson(paths.pidFile, { pid: child.pid, port, startedAt: new Date().toISOString() });
	return server;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Set once Ctrl+C (or SIGTERM) asked n8n to stop, so its exit is not reported as a failure. */
let stopping = false;

function describeExit(exited) {
	if (exited.error) return `could not start: ${exited.error.message}`;
	return `exit ${exited.code}${exited.signal ? `, ${exited.signal}` : ''}`;
}

/** Waits until /healthz/readiness answers 200; throws if n8n exits first or takes too long. */
async function waitReady(server, timeoutMs = READY_TIMEOUT_MS) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (server.exited) throw failWith(`n8n stopped before it was ready (${describeExit(server.exited)}); its log is above.`);
		if ((await httpGet(`${server.probeUrl}/healthz/readiness`)).status === 200) return Date.now() - server.startedAt;
		await sleep(300);
	}
	throw failWith(`n8n was not ready after ${secs(timeoutMs)}; its log is above.`);
}

function killGroup(child, signal) {
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* gone */
		}
	}
}

/** SIGTERM to n8n, SIGKILL to its process group (task runner included) if it is still there after the grace time. */
async function stopN8n(server, paths) {
	if (!server.exited) {
		try {
			process.kill(server.child.pid, 'SIGTERM');
		} catch {
			/* gone meanwhile */
		}
		const exited = await Promise.race([server.exit, sleep(STOP_GRACE_MS).then(() => null)]);
		if (!exited) {
			killGroup(server.child, 'SIGKILL');
			await Promise.race([server.exit, sleep(5000)]);
		}
	}
	// Whatever is left of its group (the task runner) goes too.
	killGroup(server.child, 'SIGKILL');
	liveChildren.delete(server.child);
	if (paths && (readJson(paths.pidFile) || {}).pid === server.child.pid) fs.rmSync(paths.pidFile, { force: true });
}

// ---------------------------------------------------------------------------------------------
// the whole sequence
// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
	const opts = { port: Number(process.env.N8N_PORT) || DEFAULT_PORT, host: process.env.N8N_LISTEN_ADDRESS || '127.0.0.1', force: false, help: false };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = () => (inline !== undefined ? inline : argv[++i]);
		if (flag === '--port' || flag === '-p') opts.port = Number(value());
		else if (flag === '--listen' || flag === '--host') opts.host = value();
		else if (flag === '--force') opts.force = true;
		else if (flag === '--help' || flag === '-h') opts.help = true;
		else throw failWith(`unknown option ${argv[i]} (try --help)`);
	}
	if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) throw failWith('--port must be a number from 1 to 65535');
	return opts;
}

const USAGE = `Usage: npm start [-- options]
  --port <n>     editor port (default ${DEFAULT_PORT}, or $N8N_PORT)
  --listen <ip>  address n8n listens on (default 127.0.0.1; 0.0.0.0 opens it to your network)
  --force        rebuild, reinstall and re-import even when nothing changed
Data (owner account, credentials, executions) stays in .n8n-local/; delete it to start over.`;

/** Steps 1 to 4: build, runtime, install, import. */
async function prepare(log, { userFolder = LOCAL_DIR, force = false, total = 5 } = {}) {
	const paths = userFolderPaths(userFolder);
	fs.mkdirSync(paths.n8nDir, { recursive: true });
	await log.step(`1/${total} Build the package`, async () => (await buildPackage({ force })).detail);
	let runtime;
	await log.step(`2/${total} Get n8n ${N8N_VERSION} and Node 24`, async () => {
		const r = getRuntime();
		runtime = r.runtime;
		return r.detail;
	});
	await log.step(`3/${total} Install the package as a community package`, async () => (await installPackage(paths, { force })).detail);
	await log.step(`4/${total} Import the example workflows`, async () => (await importExamples(runtime, paths, { force })).detail);
	return { runtime, paths };
}

/** The problem, and a free port to use instead. */
async function portMessage(problem, port, host) {
	let next = null;
	for (let p = port + 1; p <= Math.min(port + 50, 65535) && next === null; p++) {
		if (!(await tryListen(p, host)) && !(await tryConnect(p, '127.0.0.1'))) next = p;
	}
	return `${problem}\nStop it, or start n8n on another port:  npm start -- --port ${next || '<port>'}`;
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	if (opts.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	const log = createLog('start');
	const paths = userFolderPaths(LOCAL_DIR);
	log.line(`n8n ${N8N_VERSION} with ${packageJson().name} and its examples, on http://localhost:${opts.port}`);

	// Before the long steps: a port that is taken now would make them all for nothing.
	const running = runningN8n(paths);
	if (running) throw failWith(alreadyRunningMessage(running, paths));
	const early = await portProblem(opts.port, opts.host, paths);
	if (early) throw failWith(await portMessage(early, opts.port, opts.host));

	const { runtime } = await prepare(log, { force: opts.force });

	let server;
	await log.step(`5/5 Start n8n on http://localhost:${opts.port}`, async () => {
		const problem = await portProblem(opts.port, opts.host, paths);
		if (problem) throw failWith(await portMessage(problem, opts.port, opts.host));
		server = await startN8n(runtime, paths, { port: opts.port, host: opts.host });
		const stop = async (sig) => {
			if (stopping) {
				killGroup(server.child, 'SIGKILL');
				process.exit(130);
			}
			stopping = true;
			process.stdout.write(`\n[start] ${sig}: stopping n8n (Ctrl+C again to kill it) ...\n`);
			await stopN8n(server, paths);
			process.stdout.write('[start] n8n stopped. Your data stays in .n8n-local/.\n');
			process.exit(0);
		};
		process.on('SIGINT', () => stop('SIGINT'));
		process.on('SIGTERM', () => stop('SIGTERM'));
		process.on('SIGHUP', () => stop('SIGHUP'));
		const ms = await waitReady(server);
		return `ready, n8n took ${secs(ms)} to start`;
	});

	const bar = '-'.repeat(72);
	process.stdout.write(
		[
			'',
			bar,
			`  n8n is running: ${server.url}   (${log.since()} in all)`,
			'',
			'  First visit: create the owner account. It is stored in .n8n-local/ on',
			'  this machine only.',
			'  The examples are under Overview > Workflows ("Example: ..."). Each one',
			'  says, in its note, which credentials to create.',
			'  The nodes: open a workflow, click +, search Partoo, Guestonline,',
			'  Digitaleo, LOCALTRAC or Companeo.',
			'',
			'  Ctrl+C stops n8n. `npm run dev` rebuilds and restarts on every change.',
			bar,
			'',
		].join('\n'),
	);

	const exited = await server.exit;
	if (stopping) return; // the signal handler reports and exits
	fs.rmSync(paths.pidFile, { force: true });
	process.stdout.write(`[start] n8n exited (${describeExit(exited)})\n`);
	process.exit(exited.code || 0);
}

process.on('exit', () => {
	for (const child of liveChildren) killGroup(child, 'SIGKILL');
});

module.exports = {
	ROOT,
	LOCAL_DIR,
	EXAMPLES_DIR,
	DEFAULT_PORT,
	createLog,
	secs,
	readJson,
	writeJson,
	hashFiles,
	buildPackage,
	getRuntime,
	userFolderPaths,
	packPackage,
	isInstalled,
	installPackage,
	importExamples,
	readExamples,
	n8nEnv,
	n8nCommand,
	freePort,
	runningN8n,
	alreadyRunningMessage,
	portProblem,
	portMessage,
	startN8n,
	waitReady,
	stopN8n,
	killGroup,
	httpGet,
	prepare,
	parseArgs,
	failWith,
};

if (require.main === module) {
	main().catch((err) => {
		process.stderr.write(`\n[start] ${err.shown ? err.message : err.stack || err.message}\n`);
		process.exit(1);
	});
}
