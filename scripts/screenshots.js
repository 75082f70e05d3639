#!/usr/bin/env node
'use strict';
/*
 * npm run screenshots: the README's pictures, taken from a real n8n.
 *
 *   1-4. as npm start: build, runtime, install, import the examples, but into a user folder of its
 *        own (.n8n-local/screenshots), whose database is new each time, so your own n8n data is not
 *        touched and every run looks the same
 *   5.   imports demo credentials (fake keys, never used), one small workflow per node, and the
 *        pictured example with those credentials set
 *   6.   starts n8n on a free port of 127.0.0.1, completes the owner setup through the REST API
 *        (POST /rest/owner/setup) and logs in (POST /rest/login)
 *   7.   drives Debian's Chromium (headless, through playwright-core; no browser is downloaded),
 *        signs in through the sign-in page and takes:
 *          docs/images/<node>.png                one per node: the middle column of its panel, with
 *                                                the Operation list open (the triggers: their Add
 *                                                Option list; Companeo, with one operation: its form)
 *          docs/images/review-alert-workflow.png the review-alert example in the editor
 *        at twice the pixel density, so they stay sharp on high-density screens
 *
 * Needs /usr/bin/chromium (sudo apt-get update && sudo apt-get install -y chromium), or set
 * CHROMIUM_PATH, and playwright-core (a devDependency; PLAYWRIGHT_CORE_DIR points elsewhere).
 * Plain CommonJS, runs on Node 20.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const start = require('./start');
const { ownerSetupAndLogin } = require('./n8n-rest');

const OUT_DIR = path.join(start.ROOT, 'docs', 'images');
const USER_FOLDER = path.join(start.LOCAL_DIR, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const VIEWPORT = { width: 1440, height: 1000 };
const SCALE = 2; // sharp on high-density screens
const PADDING = 4; // left and right, for a list wider than the column
const OWNER = { email: 'owner@example.com', firstName: 'Ada', lastName: 'Example', password: 'Screenshots-2026' };
const PKG = 'n8n-nodes-local-business';

// ---------------------------------------------------------------------------------------------
// what is shown
// ---------------------------------------------------------------------------------------------

const CREDENTIALS = [
	{ id: 'shotGoCred00001', name: 'Guestonline account', type: 'guestonlineApi', data: { token: 'demo-token', baseUrl: 'https://api.guestonline.fr/v1' } },
	{ id: 'shotPtoCred0001', name: 'Partoo account', type: 'partooApi', data: { apiKey: 'demo-key', environment: 'production' } },
	{ id: 'shotDgoCred0001', name: 'Digitaleo account', type: 'digitaleoApi', data: { clientId: 'demo-client', clientSecret: 'demo-secret' } },
	{ id: 'shotLtCred00001', name: 'LOCALTRAC account', type: 'localtracApi', data: { baseUrl: 'https://api.example.com', username: 'demo', password: 'demo' } },
	{ id: 'shotCmpCred0001', name: 'Companeo account', type: 'companeoApi', data: { apiKey: 'demo-key', baseUrl: 'https://api.companeo.com/api/v1' } },
	{ id: 'shotSmtpCred001', name: 'SMTP account', type: 'smtp', data: { host: 'smtp.example.com', port: 587, user: 'alerts@example.com', password: 'demo', secure: false } },
];
const credentialRef = (type) => {
	const c = CREDENTIALS.find((x) => x.type === type);
	return { [type]: { id: c.id, name: c.name } };
};

/**
 * One picture per node: the node alone in a workflow, its parameters set the way a user would.
 * `open`: 'operation' opens the Operation list (every operation of the resource), 'options' the
 * trigger's Add Option list (its polling options), null shows the filled-in form.
 */
const NODE_SHOTS = [
	{
		file: 'guestonline-node.png',
		nodeType: 'guestonline',
		name: 'Guestonline',
		credential: 'guestonlineApi',
		open: 'operation',
		parameters: {
			resource: 'booking',
			operation: 'create',
			restaurantId: { __rl: true, mode: 'id', value: '479' },
			bookingDate: '2026-12-24',
			bookingTime: '2026-12-24T20:00:00+01:00',
			bookedPersonsNumber: 4,
			contactMode: 'new',
			contactLastname: 'Martin',
			contact: { firstname: 'Élodie', email: 'elodie.martin@example.com' },
		},
	},
	{
		file: 'guestonline-trigger.png',
		nodeType: 'guestonlineTrigger',
		name: 'Guestonline Trigger',
		credential: 'guestonlineApi',
		open: 'options',
		parameters: { events: ['booking.created', 'booking.updated'], filters: { period: 'dinner' }, options: {} },
	},
	{
		file: 'partoo-node.png',
		nodeType: 'partoo',
		name: 'Partoo',
		credential: 'partooApi',
		open: 'operation',
		parameters: { resource: 'business', operation: 'get', businessId: { __rl: true, mode: 'id', value: '5409c35b97aac999d8c26737' } },
	},
	{
		file: 'partoo-trigger.png',
		nodeType: 'partooTrigger',
		name: 'Partoo Trigger',
		credential: 'partooApi',
		open: 'options',
		parameters: { events: ['review.created', 'review.updated'], filters: { rating_in: [1, 2] }, options: {} },
	},
	{
		file: 'digitaleo-node.png',
		nodeType: 'digitaleo',
		name: 'Digitaleo',
		credential: 'digitaleoApi',
		open: 'operation',
		parameters: { resource: 'account', operation: 'getAutoLogin', accountId: { __rl: true, mode: 'id', value: 'ORG_1234' } },
	},
	{
		file: 'localtrac-node.png',
		nodeType: 'localtrac',
		name: 'LOCALTRAC',
		credential: 'localtracApi',
		open: 'operation',
		parameters: {
			resource: 'location',
			operation: 'update',
			locationId: { __rl: true, mode: 'id', value: 'b11f9a4b-2b50-3e65-ae90-42fcef743ace' },
			updateFields: { name: { fr_CA: 'Boulangerie du Plateau', en_CA: 'Plateau Bakery' } },
		},
	},
	{
		file: 'companeo-node.png',
		nodeType: 'companeo',
		name: 'Companeo',
		credential: 'companeoApi',
		open: null,
		parameters: {
			resource: 'lead',
			operation: 'create',
			category: '1463',
			headcountRange: '25640',
			postcode: '75001',
			email: '={{ $json.body.email }}',
			phone: '={{ $json.body.phone }}',
			companyName: '={{ $json.body.company }}',
			segment: '1',
			firstname: '={{ $json.body.firstname }}',
			lastname: '={{ $json.body.lastname }}',
		},
	},
];

/** Example workflows in the editor, shown with the demo credentials set, as they look once configured. */
const WORKFLOW_SHOTS = [
	{
		file: 'review-alert-workflow.png',
		example: 'review-alert.json',
		credentials: {
			[`${PKG}.partooTrigger`]: 'partooApi',
			[`${PKG}.partoo`]: 'partooApi',
			'n8n-nodes-base.emailSend': 'smtp',
		},
	},
];

function configuredExample(shot) {
	const wf = JSON.parse(fs.readFileSync(path.join(start.EXAMPLES_DIR, shot.example), 'utf8'));
	for (const node of wf.nodes) if (shot.credentials[node.type]) node.credentials = credentialRef(shot.credentials[node.type]);
	return wf;
}

function shotWorkflow(shot, index) {
	const id = `shotNode${String(index + 1).padStart(8, '0')}`;
	const nodeId = `5e1f0000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
	return {
		id,
		nodeId,
		doc: {
			id,
			name: `Screenshot: ${shot.name}`,
			active: false,
			isArchived: false,
			settings: { executionOrder: 'v1' },
			pinData: {},
			connections: {},
			nodes: [
				{
					id: nodeId,
					name: shot.name,
					type: `${PKG}.${shot.nodeType}`,
					typeVersion: 1,
					position: [0, 0],
					parameters: shot.parameters,
					credentials: credentialRef(shot.credential),
				},
			],
		},
	};
}

// ---------------------------------------------------------------------------------------------
// browser
// ---------------------------------------------------------------------------------------------

function loadPlaywright() {
	const where = process.env.PLAYWRIGHT_CORE_DIR || 'playwright-core';
	try {
		return require(where);
	} catch (err) {
		throw start.failWith(
			`playwright-core is not installed (${err.code || err.message}). It is a devDependency: run \`npm ci\`, or set PLAYWRIGHT_CORE_DIR to a folder that holds it.`,
		);
	}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Closes what n8n may show over the canvas on a first visit (tips, banners, chat). */
async function dismissPopups(page) {
	await page.keyboard.press('Escape').catch(() => {});
	for (const selector of [
		'[data-test-id="banner-dismiss"]',
		'[data-test-id="close-button"]',
		'.el-notification__closeBtn',
		'[data-test-id="ask-assistant-floating-button"] ~ button',
	]) {
		for (const el of await page.$$(selector)) await el.click({ timeout: 1000 }).catch(() => {});
	}
}

async function signIn(page, baseUrl) {
	await page.goto(`${baseUrl}/signin`, { waitUntil: 'networkidle' });
	await page.locator('input[type="email"], input[name="emailOrLdapLoginId"], input[name="email"]').first().fill(OWNER.email);
	await page.locator('input[type="password"]').first().fill(OWNER.password);
	await page.locator('[data-test-id="form-submit-button"], button[type="submit"]').first().click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 30_000 });
}

/** Opens a workflow with one node's panel (NDV) open, as the URL /workflow/<id>/<node id> does. */
async function shootNode(page, baseUrl, shot, wf, file) {
	await page.goto(`${baseUrl}/workflow/${wf.id}/${wf.nodeId}`, { waitUntil: 'networkidle' });
	const ndv = page.locator('[data-test-id="ndv"]');
	await ndv.first().waitFor({ state: 'visible', timeout: 30_000 });
	await page.locator('[data-test-id="node-parameters"]').first().waitFor({ state: 'visible', timeout: 30_000 });
	await sleep(800);
	await dismissPopups(page).catch(() => {});
	if (!(await ndv.first().isVisible())) {
		// Escape may have closed the panel: open it again.
		await page.goto(`${baseUrl}/workflow/${wf.id}/${wf.nodeId}`, { waitUntil: 'networkidle' });
		await ndv.first().waitFor({ state: 'visible', timeout: 30_000 });
	}
	if (shot.open) {
		const opener =
			shot.open === 'operation'
				? page.locator('[data-test-id="parameter-input-operation"]').first()
				: page.locator('[data-test-id="node-parameters"] input[placeholder="Add Option"]').last();
		await opener.click();
		await page.locator('.el-select-dropdown:visible, .el-popper:visible [role="listbox"]').first().waitFor({ state: 'visible', timeout: 10_000 });
		await sleep(400);
	}
	await page.mouse.move(0, 0).catch(() => {});
	await page.screenshot({ path: file, clip: await mainPanelArea(page) });
}

/**
 * The panel's middle column (tabs and parameters), widened to hold an open list: the input and
 * output columns beside it stay empty until the node runs, so they are left out.
 */
async function mainPanelArea(page) {
	const area = await page.evaluate(() => {
		const params = document.querySelector('[data-test-id="node-parameters"]');
		const width = params.getBoundingClientRect().width;
		let column = params;
		while (column.parentElement && Math.abs(column.parentElement.getBoundingClientRect().width - width) < 4) column = column.parentElement;
		const box = column.getBoundingClientRect();
		let { left, top, right } = box;
		// Down to the last field (a short form leaves the rest of the column empty).
		let bottom = top;
		for (const el of params.querySelectorAll('input, textarea, button, label, .el-select, [data-test-id^="parameter"]')) {
			const r = el.getBoundingClientRect();
			if (r.height && r.bottom <= box.bottom) bottom = Math.max(bottom, r.bottom);
		}
		for (const el of document.querySelectorAll('.el-select-dropdown, .el-popper')) {
			const style = getComputedStyle(el);
			const r = el.getBoundingClientRect();
			if (style.display === 'none' || style.visibility === 'hidden' || !r.width || !r.height) continue;
			left = Math.min(left, r.left);
			right = Math.max(right, r.right);
			bottom = Math.max(bottom, r.bottom);
		}
		return { left, top, right, bottom: Math.min(box.bottom, bottom + 24) };
	});
	const x = Math.max(0, Math.floor(area.left - PADDING));
	const y = Math.max(0, Math.floor(area.top));
	return {
		x,
		y,
		width: Math.min(VIEWPORT.width, Math.ceil(area.right + PADDING)) - x,
		height: Math.min(VIEWPORT.height, Math.ceil(area.bottom)) - y,
	};
}

async function shootWorkflow(page, baseUrl, shot, file) {
	await page.goto(`${baseUrl}/workflow/${configuredExample(shot).id}`, { waitUntil: 'networkidle' });
	await page.locator('[data-test-id="canvas-node"]').first().waitFor({ state: 'visible', timeout: 30_000 });
	await sleep(800);
	await dismissPopups(page).catch(() => {});
	// Fit the whole workflow in view (the canvas's own shortcut).
	await page.locator('[data-test-id="canvas-wrapper"], .vue-flow').first().click({ position: { x: 5, y: 5 } }).catch(() => {});
	await page.keyboard.press('1').catch(() => {});
	await sleep(800);
	await page.mouse.move(0, 0).catch(() => {});
	await page.screenshot({ path: file });
}

// ---------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------

async function main() {
	const log = start.createLog('screenshots');
	if (!fs.existsSync(CHROMIUM)) {
		throw start.failWith(`Chromium not found at ${CHROMIUM}. On Debian: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
	}
	const { chromium } = loadPlaywright();

	// A new database each run: the owner setup needs one, and the pictures should not depend on what was there.
	const paths = start.userFolderPaths(USER_FOLDER);
	for (const f of ['database.sqlite', 'database.sqlite-journal', 'database.sqlite-wal', 'database.sqlite-shm']) {
		fs.rmSync(path.join(paths.n8nDir, f), { force: true });
	}
	const total = 7;
	const { runtime } = await start.prepare(log, { userFolder: USER_FOLDER, total });

	const shots = NODE_SHOTS.map((shot, i) => ({ shot, wf: shotWorkflow(shot, i) }));
	await log.step(`5/${total} Import demo credentials, one workflow per node, the pictured examples`, async () => {
		const credFile = path.join(USER_FOLDER, 'screenshot-credentials.json');
		const wfFile = path.join(USER_FOLDER, 'screenshot-workflows.json');
		const now = new Date().toISOString();
		start.writeJson(credFile, CREDENTIALS.map((c) => ({ ...c, createdAt: now, updatedAt: now })));
		start.writeJson(wfFile, [
			...shots.map(({ wf }) => ({ ...wf.doc, createdAt: now, updatedAt: now })),
			// The pictured examples replace their plain import in this folder's database only.
			...WORKFLOW_SHOTS.map((shot) => ({ ...configuredExample(shot), createdAt: now, updatedAt: now })),
		]);
		for (const [args, what] of [
			[['import:credentials', `--input=${credFile}`], 'credential'],
			[['import:workflow', `--input=${wfFile}`], 'workflow'],
		]) {
			const res = await start.n8nCommand(runtime, USER_FOLDER, args);
			if (res.code !== 0 || !new RegExp(`Successfully imported \\d+ ${what}`).test(res.output)) throw start.failWith(`n8n ${args[0]} failed:`, res.output);
		}
		fs.rmSync(credFile, { force: true });
		fs.rmSync(wfFile, { force: true });
		return `${CREDENTIALS.length} credentials, ${shots.length} workflows, ${WORKFLOW_SHOTS.length} example(s) with credentials set`;
	});

	const port = await start.freePort();
	const logFile = path.join(USER_FOLDER, 'n8n-start.log');
	const logFd = fs.openSync(logFile, 'w');
	let server = null;
	let browser = null;
	const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-screenshots-chromium-'));
	const cleanup = async () => {
		if (browser) await browser.close().catch(() => {});
		browser = null;
		if (server) await start.stopN8n(server, paths);
		server = null;
		fs.rmSync(userDataDir, { recursive: true, force: true });
	};
	process.on('SIGINT', () => cleanup().then(() => process.exit(130)));
	try {
		await log.step(`6/${total} Start n8n and create the owner account`, async () => {
			server = await start.startN8n(runtime, paths, { port, host: '127.0.0.1', stdio: logFd });
			await start.waitReady(server).catch((err) => {
				throw start.failWith(`${err.message} (log: ${logFile})`);
			});
			await ownerSetupAndLogin(`http://127.0.0.1:${port}`, OWNER).catch((error) => {
				throw start.failWith(error.message);
			});
			return `n8n on port ${port}, owner ${OWNER.email} set up and logged in (log: ${path.relative(start.ROOT, logFile)})`;
		});

		await log.step(`7/${total} Take the screenshots with ${CHROMIUM}`, async () => {
			fs.mkdirSync(OUT_DIR, { recursive: true });
			browser = await chromium.launchPersistentContext(userDataDir, {
				executablePath: CHROMIUM,
				headless: true,
				args: CHROMIUM_ARGS,
				viewport: VIEWPORT,
				deviceScaleFactor: SCALE,
				colorScheme: 'light',
				locale: 'en-US',
				timezoneId: 'Europe/Paris',
			});
			const page = browser.pages()[0] || (await browser.newPage());
			// localhost, as a user sees it (the session cookie is issued for that host).
			const baseUrl = `http://localhost:${port}`;
			await signIn(page, baseUrl);
			const written = [];
			for (const { shot, wf } of shots) {
				const file = path.join(OUT_DIR, shot.file);
				await shootNode(page, baseUrl, shot, wf, file);
				written.push(shot.file);
				log.line(`  docs/images/${shot.file}`);
			}
			for (const shot of WORKFLOW_SHOTS) {
				const file = path.join(OUT_DIR, shot.file);
				await shootWorkflow(page, baseUrl, shot, file);
				written.push(shot.file);
				log.line(`  docs/images/${shot.file}`);
			}
			return `${written.length} pictures in docs/images/`;
		});
	} finally {
		await cleanup();
		fs.closeSync(logFd);
	}
	log.line(`done in ${log.since()}`);
}

main().catch((err) => {
	process.stderr.write(`\n[screenshots] ${err.shown ? err.message : err.stack || err.message}\n`);
	process.exit(1);
});
