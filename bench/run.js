#!/usr/bin/env node
/**
 * Entry point of `npm run bench` (node bench/run.js [options]).
 *
 * 1. Transpiles bench/*.ts — and what they import: the nodes, the credentials and the test harness —
 *    with the project's own TypeScript into a temporary folder (nothing is written to the repository).
 * 2. Runs the compiled bench/main.js in a child process whose NODE_PATH points at this repository's
 *    node_modules, with n8n-core's settings kept in a throwaway folder, as the test suite does.
 * 3. Removes the temporary folders.
 *
 * Options (after `npm run bench --`):
 *   --latency <ms>     added to every reply of the local server (default 20)
 *   --runs <n>         measured runs per timed scenario, after one warm-up; the median is shown (default 3)
 *   --out <file>       where to write the results (default bench/results.json)
 *   --markdown <file>  also write the table as Markdown, e.g. for the README
 *   --only <1,3,...>   run only these figures (8, 9 and 10 come from the same runs: any of them runs the three)
 */
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');

/** The TypeScript file a relative import names: `x.ts`, or `x/index.ts`. */
function resolveImport(fromFile, specifier) {
	const target = path.resolve(path.dirname(fromFile), specifier);
	for (const candidate of [`${target}.ts`, path.join(target, 'index.ts'), target]) {
		if (candidate.endsWith('.ts') && fs.existsSync(candidate)) return candidate;
	}
	return undefined;
}

/**
 * Transpiles the bench's entry files and every file they import (relative imports, followed
 * recursively) with the compiler options of the project's tsconfig.json, one file at a time —
 * what ts-jest does for the test suite (tsconfig.test.json sets isolatedModules). Type checking is
 * `npm run typecheck`'s job: tsconfig.json includes bench/. Returns the compiled entry point.
 */
function compile(outDir) {
	let ts;
	try {
		ts = require('typescript');
	} catch {
		throw new Error('TypeScript is not installed: run `npm ci` first.');
	}
	const configPath = path.join(__dirname, 'tsconfig.json');
	const read = ts.readConfigFile(configPath, ts.sys.readFile);
	if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
	const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, __dirname, undefined, configPath);
	const compilerOptions = { ...options, noEmit: false, sourceMap: false, inlineSourceMap: false, declaration: false, isolatedModules: true };

	const queue = ['main.ts', 'server.ts', 'memory.ts'].map((name) => path.join(__dirname, name));
	const done = new Set();
	const errors = [];
	while (queue.length) {
		const file = queue.pop();
		if (done.has(file)) continue;
		done.add(file);
		const source = fs.readFileSync(file, 'utf8');
		for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
			if (!fileName.startsWith('.')) continue;
			const imported = resolveImport(file, fileName);
			if (imported) queue.push(imported);
		}
		const output = ts.transpileModule(source, { compilerOptions, fileName: file, reportDiagnostics: true });
		for (const d of output.diagnostics ?? []) {
			if (d.category === ts.DiagnosticCategory.Error) errors.push(`${path.relative(root, file)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
		}
		const target = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, output.outputText);
	}
	if (errors.length) throw new Error(`The bench did not compile:\n${errors.join('\n')}`);
	return { entry: path.join(outDir, 'bench', 'main.js'), files: done.size };
}

function main() {
	const args = process.argv.slice(2);
	if (args.includes('--help') || args.includes('-h')) {
		const header = fs.readFileSync(__filename, 'utf8').split('*/')[0];
		process.stdout.write(`${header.replace(/^#!.*\n/, '').replace(/^\s*\/?\*+ ?/gm, '')}\n`);
		return;
	}
	if (!args.some((a) => a === '--out' || a.startsWith('--out='))) args.push('--out', path.join(__dirname, 'results.json'));

	const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-local-business-bench-'));
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-local-business-bench-n8n-'));
	const cleanUp = () => {
		for (const dir of [buildDir, userFolder]) fs.rmSync(dir, { recursive: true, force: true });
	};

	let compiled;
	const compileStarted = Date.now();
	try {
		compiled = compile(buildDir);
	} catch (error) {
		cleanUp();
		process.stderr.write(`${error.message}\n`);
		process.exit(1);
	}
	process.stdout.write(`Transpiled ${compiled.files} TypeScript files in ${((Date.now() - compileStarted) / 1000).toFixed(1)} s\n`);

	const env = {
		...process.env,
		// The compiled files live outside the repository: let them find its packages.
		NODE_PATH: [path.join(root, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter),
		N8N_USER_FOLDER: userFolder,
		N8N_LOG_LEVEL: 'silent',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	};
	// --expose-gc: every measured run starts from a collected heap (see sample() in bench/main.ts).
	const child = spawn(process.execPath, ['--expose-gc', compiled.entry, ...args], { cwd: root, env, stdio: 'inherit' });
	const forward = (signal) => child.kill(signal);
	process.on('SIGINT', forward);
	process.on('SIGTERM', forward);
	child.on('exit', (code, signal) => {
		cleanUp();
		process.exit(code ?? (signal ? 1 : 0));
	});
}

main();
