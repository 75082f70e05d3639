'use strict';
/*
 * Helpers for the example-*.js cases, which run the workflows of examples/ in a real n8n.
 * The file name starts with "_", so the runner does not take it for a case.
 *
 * Each case loads an example as it ships, attaches the e2e credentials to its nodes (the examples
 * leave credentials unset), and changes only what it states in its header.
 */
const fs = require('fs');
const net = require('net');
const http = require('http');
const path = require('path');
const { spawnSync } = require('child_process');

const EXAMPLES_DIR = path.join(__dirname, '..', '..', '..', 'examples');

/** examples/<name>.json, parsed afresh (cases change their copy). */
function loadExample(name) {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, `${name}.json`), 'utf8'));
}

/**
 * The example with credentials attached: `byType` maps a node type to its credentials object,
 * e.g. { 'n8n-nodes-local-business.partoo': { partooApi: { id, name } } }.
 */
function withCredentials(workflow, byType) {
	const copy = JSON.parse(JSON.stringify(workflow));
	for (const node of copy.nodes) {
		if (byType[node.type]) node.credentials = { ...(node.credentials || {}), ...byType[node.type] };
	}
	return copy;
}

function nodeNamed(workflow, name) {
	const node = workflow.nodes.find((n) => n.name === name);
	if (!node) throw new Error(`the example has no node named "${name}"`);
	return node;
}

/** An HTTP Request node that POSTs each item's JSON to the stub's sink, as the active cases do. */
function sinkNode(baseUrl, position) {
	return {
		id: 'e2e00000-0000-4000-8000-00000000517c',
		name: 'E2E Sink',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.5,
		position,
		parameters: {
			method: 'POST',
			url: `${baseUrl}/sink`,
			sendBody: true,
			contentType: 'json',
			specifyBody: 'json',
			jsonBody: '={{ $json }}',
			options: { batching: { batch: { batchSize: 1, batchInterval: 200 } } },
		},
	};
}

/** One HTTP request; resolves { status, headers, body } (body as text). */
function request(url, { method = 'GET', headers = {}, body } = {}) {
	return new Promise((resolve, reject) => {
		const req = http.request(url, { method, headers, timeout: 60_000 }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (d) => (text += d));
			res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text }));
		});
		req.on('timeout', () => req.destroy(new Error(`${method} ${url}: no answer within 60 s`)));
		req.on('error', reject);
		if (body !== undefined) req.write(body);
		req.end();
	});
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The base URL of the running n8n, once it reports ready. */
async function readyN8n(n8nUrl, timeoutMs = 90_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const ok = await request(`${n8nUrl}/healthz/readiness`).then(
			(r) => r.status === 200,
			() => false,
		);
		if (ok) return n8nUrl;
		await sleep(500);
	}
	throw new Error(`n8n did not get ready within ${timeoutMs / 1000}s`);
}

/**
 * Calls a production webhook, retrying while n8n answers 404 (the workflow's webhooks are
 * registered while n8n starts).
 */
async function callWebhook(n8nUrl, webhookPath, options, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const res = await request(`${n8nUrl}/webhook/${webhookPath}`, options);
		if (res.status !== 404 || Date.now() > deadline) return res;
		await sleep(500);
	}
}

// ---------------------------------------------------------------------------------------------
// a local SMTP server for the Send Email node
// ---------------------------------------------------------------------------------------------

/**
 * A minimal SMTP server on 127.0.0.1 that accepts every message and keeps it. Its port is known
 * as soon as it returns, so it can go into the credential, and it does not keep the runner alive. No TLS and no AUTH: the credential uses secure = false and disableStartTls = true.
 */
function startSmtpStub() {
	const messages = [];
	const server = net.createServer((socket) => {
		socket.setEncoding('utf8');
		let buffer = '';
		let inData = false;
		let envelope = { from: null, to: [] };
		const reply = (text) => socket.write(`${text}\r\n`);
		reply('220 e2e-smtp ready');
		socket.on('error', () => {});
		socket.on('data', (chunk) => {
			buffer += chunk;
			for (;;) {
				if (inData) {
					const end = buffer.indexOf('\r\n.\r\n');
					if (end === -1) return;
					const raw = buffer.slice(0, end).replace(/\r\n\.\./g, '\r\n.');
					buffer = buffer.slice(end + 5);
					inData = false;
					messages.push({ ...envelope, ...parseMessage(raw), at: Date.now() });
					envelope = { from: null, to: [] };
					reply('250 2.0.0 accepted');
					continue;
				}
				const nl = buffer.indexOf('\r\n');
				if (nl === -1) return;
				const line = buffer.slice(0, nl);
				buffer = buffer.slice(nl + 2);
				const verb = line.split(' ')[0].toUpperCase();
				if (verb === 'EHLO' || verb === 'HELO') reply('250 e2e-smtp');
				else if (verb === 'MAIL') {
					envelope.from = (/<([^>]*)>/.exec(line) || [])[1] || null;
					reply('250 2.1.0 ok');
				} else if (verb === 'RCPT') {
					envelope.to.push((/<([^>]*)>/.exec(line) || [])[1] || null);
					reply('250 2.1.5 ok');
				} else if (verb === 'DATA') {
					inData = true;
					reply('354 end with <CRLF>.<CRLF>');
				} else if (verb === 'QUIT') {
					reply('221 2.0.0 bye');
					socket.end();
				} else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
				else reply('502 5.5.2 not implemented');
			}
		});
	});
	// The credential needs the port when the case loads, before any await: ask a short-lived
	// process for a free port, then listen on it.
	const probe = spawnSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"], {
		encoding: 'utf8',
		timeout: 10_000,
	});
	const port = Number(probe.stdout);
	if (!port) throw new Error(`no free port for the SMTP stub: ${probe.stderr || probe.error}`);
	server.listen(port, '127.0.0.1');
	server.unref();
	return { port, messages, close: () => server.close() };
}

function decodeQuotedPrintable(text) {
	const bytes = [];
	const s = text.replace(/=\r?\n/g, '');
	for (let i = 0; i < s.length; i++) {
		if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
			bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(...Buffer.from(s[i], 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8');
}

/** "=?UTF-8?Q?...?=" and "=?UTF-8?B?...?=" words of a header. */
function decodeHeader(value) {
	return value.replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=\s*/gi, (_, charset, enc, text) =>
		enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
	);
}

/** Headers and text of a single-part message, as nodemailer writes a text email. */
function parseMessage(raw) {
	const split = raw.indexOf('\r\n\r\n');
	const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
	const headers = {};
	for (const line of head.split('\r\n')) {
		const i = line.indexOf(':');
		if (i > 0) headers[line.slice(0, i).toLowerCase()] = decodeHeader(line.slice(i + 1).trim());
	}
	let text = raw.slice(split + 4);
	const encoding = (headers['content-transfer-encoding'] || '').toLowerCase();
	if (encoding === 'quoted-printable') text = decodeQuotedPrintable(text);
	else if (encoding === 'base64') text = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
	return { headers, subject: headers.subject, text: text.replace(/\r\n/g, '\n') };
}

module.exports = {
	loadExample,
	withCredentials,
	nodeNamed,
	sinkNode,
	readyN8n,
	callWebhook,
	request,
	startSmtpStub,
};
