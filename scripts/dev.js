#!/usr/bin/env node
'use strict';
/*
 * npm run dev: `npm start`, then on every change of nodes/, credentials/, icons/ or examples/:
 * rebuild, reinstall the package into .n8n-local/ and restart n8n.
 *
 *   - Changes are gathered for a short while (debounce), so saving many files makes one rebuild.
 *   - The running n8n keeps serving while the package builds. It is restarted only when the built
 *     tarball (or an example) really changed; a failed build leaves it running and prints the errors.
 *   - A change made during a rebuild triggers one more rebuild after it.
 *   - Reload the editor page after a restart to see new parameters.
 *
 * Same options as npm start (--port, --listen, --force). Plain CommonJS, Node built-ins only, Node 20.
 */

const fs = require('fs');
const path = require('path');
const start = require('./start');

const WATCHED = ['nodes', 'credentials', 'icons', 'examples'];
const DEBOUNCE_MS = 400;

/**
 * Calls onChange(relativePath) for every change under the given folders. One watcher per folder
 * (folders created later are added): fs.watch's recursive mode on Linux (Node 20) loses track of a
 * file that an editor or git replaces by renaming a new one over it, a folder watcher does not.
 */
function watchTrees(folders, onChange) {
	const watchers = new Map();
	const addTree = (dir) => {
		if (watchers.has(dir)) return;
		let w;
		try {
			w = fs.watch(dir, (event, name) => {
				const full = path.join(dir, name ? String(name) : '');
				onChange(path.relative(start.ROOT, full));
				try {
					if (name && fs.statSync(full).isDirectory()) addTree(full);
				} catch {
					/* removed */
				}
			});
		} catch {
			return; // removed meanwhile
		}
		w.on('error', () => {
			w.close();
			watchers.delete(dir);
		});
		watchers.set(dir, w);
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) addTree(path.join(dir, e.name));
		}
	};
	for (const folder of folders) {
		const dir = path.join(start.ROOT, folder);
		if (fs.existsSync(dir)) addTree(dir);
	}
	return () => watchers.forEach((w) => w.close());
}

async function main() {
	const opts = start.parseArgs(process.argv.slice(2));
	if (opts.help) {
		process.stdout.write('Usage: npm run dev [-- --port <n>] [-- --listen <ip>] [-- --force]\nLike npm start, and rebuilds, reinstalls and restarts n8n when nodes/, credentials/, icons/ or examples/ change.\n');
		return;
	}
	const log = start.createLog('dev');
	const paths = start.userFolderPaths(start.LOCAL_DIR);
	log.line(`n8n with this package on http://localhost:${opts.port}, rebuilt on every change of ${WATCHED.join('/, ')}/`);
	const other = start.runningN8n(paths);
	if (other) throw start.failWith(start.alreadyRunningMessage(other, paths));
	const early = await start.portProblem(opts.port, opts.host, paths);
	if (early) throw start.failWith(await start.portMessage(early, opts.port, opts.host));

	const { runtime } = await start.prepare(log, { force: opts.force });
	let server = null;
	const launch = async (label) => {
		await log.step(label, async () => {
			const problem = await start.portProblem(opts.port, opts.host, paths);
			if (problem) throw start.failWith(await start.portMessage(problem, opts.port, opts.host));
			server = await start.startN8n(runtime, paths, { port: opts.port, host: opts.host });
			const current = server;
			current.exit.then((exited) => {
				if (server === current && !current.expectedExit) {
					log.line(`n8n exited by itself (exit ${exited.code}${exited.signal ? `, ${exited.signal}` : ''}); it starts again after the next change`);
					server = null;
				}
			});
			return `ready on ${server.url}, n8n took ${start.secs(await start.waitReady(server))} to start`;
		});
	};
	const stop = async () => {
		if (!server) return;
		const s = server;
		s.expectedExit = true;
		server = null;
		await start.stopN8n(s, paths);
	};

	await launch('5/5 Start n8n');
	log.line(`watching ${WATCHED.join('/, ')}/ for changes. Ctrl+C stops.`);

	// One rebuild at a time; changes that arrive meanwhile make one more.
	let timer = null;
	let running = false;
	let pending = new Set();
	const cycle = async () => {
		if (running) return;
		running = true;
		// Editors and git write temporary files that are gone by now: name the files that are still there.
		const all = [...pending];
		const existing = all.filter((f) => fs.existsSync(path.join(start.ROOT, f)));
		const changed = existing.length ? existing : all;
		pending = new Set();
		const started = Date.now();
		log.line(`changed: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}`);
		try {
			const build = await start.buildPackage();
			if (build.built) log.line(`rebuilt in ${start.secs(Date.now() - started)}`);
			// The running n8n keeps its own copy in .n8n-local/.n8n/nodes: it is only swapped while n8n is stopped.
			const examplesChanged = all.some((f) => f.startsWith(`examples${path.sep}`) || f === 'examples');
			const pack = await start.packPackage();
			const packageChanged = !start.isInstalled(paths, pack);
			if (!packageChanged && !examplesChanged && server) {
				log.line('the built package did not change; n8n keeps running');
				return;
			}
			await stop();
			if (packageChanged) log.line((await start.installPackage(paths, { pack })).detail);
			if (examplesChanged) log.line((await start.importExamples(runtime, paths)).detail);
			await launch(`restart n8n (${start.secs(Date.now() - started)} since the change)`);
		} catch (err) {
			log.line(`${err.shown ? err.message : err.stack}`);
			log.line(server ? 'n8n keeps running the previous build; fix the error and save again' : 'n8n is stopped; fix the error and save again');
		} finally {
			running = false;
			if (pending.size) schedule();
		}
	};
	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(cycle, DEBOUNCE_MS);
	};
	const unwatch = watchTrees(WATCHED, (rel) => {
		// Editors write temporary files next to the real ones.
		if (/(^|[\\/])(\.#|#)|~$|\.swp$|\.tmp$/.test(rel)) return;
		pending.add(rel);
		if (!running) schedule();
	});

	let quitting = false;
	const quit = async (sig) => {
		if (quitting) process.exit(130);
		quitting = true;
		unwatch();
		clearTimeout(timer);
		process.stdout.write(`\n[dev] ${sig}: stopping n8n ...\n`);
		await stop();
		process.stdout.write('[dev] stopped. Your data stays in .n8n-local/.\n');
		process.exit(0);
	};
	process.on('SIGINT', () => quit('SIGINT'));
	process.on('SIGTERM', () => quit('SIGTERM'));
	process.on('SIGHUP', () => quit('SIGHUP'));
}

main().catch((err) => {
	process.stderr.write(`\n[dev] ${err.shown ? err.message : err.stack || err.message}\n`);
	process.exit(1);
});
