'use strict';
/*
 * Local stand-in for the Guestonline API used by bench/real-n8n/run.js. It runs in its own process
 * (started by run.js with child_process.fork), so the benchmark's own event loop never delays its
 * replies, and it leaves as soon as run.js does (the IPC channel closing ends it).
 *
 *   GET /v1/bookings/<id>   answers after --latency ms: 200 with a booking whose id is <id> when the
 *                           X-Token header is the expected token, 401 otherwise
 *   anything else           404, counted as "other"
 *
 * Messages over IPC (from run.js):
 *   { cmd: 'stats', reset: true|false }  -> { stats: { requests, unauthorized, other, peakInFlight,
 *                                            inFlight, firstAt, lastAt } } counted since the last reset
 * Sent once when listening: { listening: <port> }.
 *
 * Usage (by run.js): fork('server.js', ['--token', <token>, '--latency', <ms>])
 * Plain CommonJS, Node built-ins only.
 */

const http = require('http');

function option(name, fallback) {
	const i = process.argv.indexOf(name);
	return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const TOKEN = option('--token', '');
const LATENCY_MS = Number(option('--latency', '20'));
const BOOKING_PATH = /^\/v1\/bookings\/([^/?#]+)(?:\?.*)?$/;

if (!TOKEN || !Number.isFinite(LATENCY_MS) || LATENCY_MS < 0) {
	process.stderr.write('server.js needs --token <token> and --latency <ms >= 0>\n');
	process.exit(2);
}

const freshStats = () => ({ requests: 0, unauthorized: 0, other: 0, peakInFlight: 0, firstAt: null, lastAt: null });
let stats = freshStats();
let inFlight = 0;

const server = http.createServer((req, res) => {
	const match = req.method === 'GET' ? BOOKING_PATH.exec(req.url) : null;
	if (!match) {
		stats.other += 1;
		res.writeHead(404, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ message: `no route for ${req.method} ${req.url}` }));
		return;
	}
	const now = Date.now();
	stats.requests += 1;
	if (stats.firstAt === null) stats.firstAt = now;
	inFlight += 1;
	if (inFlight > stats.peakInFlight) stats.peakInFlight = inFlight;
	// The counters in effect when the request came in: a reset during the delay must not move it.
	const counted = stats;
	const authorized = req.headers['x-token'] === TOKEN;
	setTimeout(() => {
		inFlight -= 1;
		counted.lastAt = Date.now();
		if (!authorized) {
			counted.unauthorized += 1;
			res.writeHead(401, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ message: 'invalid X-Token' }));
			return;
		}
		const id = /^\d+$/.test(match[1]) ? Number(match[1]) : decodeURIComponent(match[1]);
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(
			JSON.stringify({
				object: 'booking',
				id,
				booking_state: 'validated',
				restaurant_id: 42,
				date: '2026-06-12',
				time: '20:30',
				covers: 4,
			}),
		);
	}, LATENCY_MS);
});

// Many requests may arrive at once: keep sockets open and accept a long listen backlog.
server.keepAliveTimeout = 30_000;

process.on('message', (msg) => {
	if (!msg || msg.cmd !== 'stats') return;
	const snapshot = { ...stats, inFlight };
	if (msg.reset) stats = freshStats();
	process.send({ stats: snapshot });
});

// run.js went away (finished, crashed or was killed): nothing left to serve.
process.on('disconnect', () => process.exit(0));
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => process.exit(0));

server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => {
	process.send({ listening: server.address().port });
});
