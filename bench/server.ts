/**
 * The benchmark's vendor server: one Node http server on 127.0.0.1 that answers the five vendors'
 * endpoints with records shaped like theirs, each reply held back by a fixed latency. It runs in its
 * own process (forked by bench/main.ts), so its CPU does not share an event loop with the client
 * being measured. It counts requests per route and the peak number of requests in flight; the parent
 * reads and resets those counters over IPC.
 *
 * Datasets are chosen by the base URL, so one server serves every scenario:
 * - Partoo       /partoo/<reviews>/api/v2/reviews                       (30 per page, page / max_page / count)
 * - Guestonline  /guestonline/<contacts>/v1/contacts | bookings | bookings/:id | opinions   (X-Token)
 * - LOCALTRAC    /localtrac-api/localtrac/login, /localtrac-api/localtrac/location/:uuid      (session token)
 * - Digitaleo    /digitaleo-oauth/token, /digitaleo/back-office/v1/accounts/:id               (client credentials)
 * - Companeo     /companeo/api/v1/partners/create_rfq                                           (Bearer key, JSON array of leads)
 */
import http from 'http';

export const PARTOO_KEY = 'bench-partoo-key';
export const GUESTONLINE_TOKEN = 'bench-guestonline-token';
export const COMPANEO_KEY = 'bench-companeo-key';
export const LOCALTRAC_USER = 'bench@example.com';
export const LOCALTRAC_PASSWORD = 'bench-password';
export const DIGITALEO_CLIENT = 'bench-client';
export const DIGITALEO_SECRET = 'bench-secret';

/** Messages between the bench and this server process. */
export type ServerCommand = { id: number; cmd: 'stats' | 'reset' };
export interface ServerStats {
	/** Requests per route, e.g. "partoo GET /reviews". */
	routes: Record<string, number>;
	total: number;
	/** Most requests in flight at once since the last reset. */
	peakInFlight: number;
	/** Requests refused with 429 by a rate-limited path (see LIMITED). */
	refused: number;
}
export type ServerMessage = { ready: true; port: number } | { id: number; stats: ServerStats };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const started = Date.now();

type Json = Record<string, unknown>;
interface Reply {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
}

/**
 * A rate-limited service: below `/limited/<n>`, any vendor path is served as usual while fewer than n
 * such requests are in flight; beyond that, the request is refused with 429 and Retry-After 0.2 s.
 */
const LIMITED = /^\/limited\/(\d+)(\/.*)$/;
export const LIMITED_RETRY_AFTER_S = 0.2;

const partooStamp = (at: number): string => new Date(at).toISOString().replace(/\.\d{3}Z$/, '+00:00');

/** Review i of a Partoo dataset, newest first: review i was written (i + 1) × 3 minutes before the server started. */
function partooReview(i: number): Json {
	return {
		id: 900000 + i,
		org_id: 709,
		business_id: `5409c35b97aac999d8c2${String(i % 10000).padStart(4, '0')}`,
		partner: i % 3 === 0 ? 'facebook' : 'google_my_business',
		author_name: `Guest ${i}`,
		date: partooStamp(started - (i + 1) * 3 * MINUTE),
		update_date: null,
		rating: (i % 5) + 1,
		content: `Review number ${i}: lovely terrace, friendly staff, we will come back.`,
		state: i % 2 ? 'treated' : 'not_treated',
		reply_comments: [],
	};
}

function partoo(dataset: number, route: string, q: URLSearchParams): Reply {
	if (q.get('api_key') !== PARTOO_KEY) return { status: 401, body: { errors: { authentication: 'Invalid API key' } } };
	if (route !== 'GET /reviews') return { status: 404, body: { errors: { resource: 'Not found' } } };
	const page = Math.max(1, Number(q.get('page') ?? 1));
	const since = q.get('update_date_gte') ? Date.parse(String(q.get('update_date_gte'))) : -Infinity;
	// Reviews are dated newest first, so the ones at or after `since` are a prefix of the list.
	let count = dataset;
	if (since > -Infinity) count = Math.max(0, Math.min(dataset, Math.floor((started - since) / (3 * MINUTE))));
	const from = (page - 1) * 30;
	const reviews: Json[] = [];
	for (let i = from; i < Math.min(count, from + 30); i++) reviews.push(partooReview(i));
	return { status: 200, body: { page, max_page: Math.ceil(count / 30), count, reviews } };
}

const envelope = (key: string, records: Json[], page: number, numPages: number, total: number): Json => ({
	object: 'list',
	total_count: total,
	num_pages: numPages,
	current_page: page,
	[key]: records,
});

function guestonlineBooking(id: number, date: string): Json {
	return {
		object: 'booking',
		id,
		booking_state: 'validated',
		booked_persons_number: 2 + (id % 5),
		present_persons_number: 0,
		cancel_actor: null,
		cancel_reason: null,
		booking_type: 'restaurant',
		note: null,
		period: id % 2 ? 'dinner' : 'lunch',
		booking_date: date,
		booking_time: `${date}T${id % 2 ? '20' : '12'}:00:00+01:00`,
		email: `guest${id}@example.com`,
		firstname: 'Guest',
		lastname: `N${id}`,
		contact_id: 600000 + id,
		restaurant_id: 479,
	};
}

function guestonline(dataset: number, route: string, q: URLSearchParams, token: string | undefined): Reply {
	if (token !== GUESTONLINE_TOKEN) return { status: 401, body: { object: 'error', message: 'Invalid token' } };
	const page = Math.max(1, Number(q.get('page') ?? 1));
	const size = Math.max(1, Math.min(100, Number(q.get('max_results') ?? 100)));
	if (route === 'GET /contacts') {
		const from = (page - 1) * size;
		const contacts: Json[] = [];
		for (let id = from + 1; id <= Math.min(dataset, from + size); id++) {
			contacts.push({ object: 'contact', id, firstname: 'Guest', lastname: `N${id}`, email: `guest${id}@example.com`, mobile_phone: '+33612345678', restaurant_id: 479 });
		}
		return { status: 200, body: envelope('contacts', contacts, page, Math.ceil(dataset / size), dataset) };
	}
	const one = /^GET \/bookings\/(\d+)$/.exec(route);
	if (one) return { status: 200, body: guestonlineBooking(Number(one[1]), '2026-03-02') };
	if (route === 'GET /bookings') {
		// Three bookings on every date: a trigger's idle poll sees the same ones each time.
		const date = String(q.get('booking_date') ?? '');
		const base = Number(date.replace(/-/g, '')) * 10;
		const all = [1, 2, 3].map((n) => guestonlineBooking(base + n, date));
		return { status: 200, body: envelope('bookings', all.slice((page - 1) * size, page * size), page, Math.ceil(all.length / size), all.length) };
	}
	if (route === 'GET /opinions') {
		// Five opinions, written days before the server started (the IDs carry their creation second).
		const opinions = [1, 2, 3, 4, 5].map((n) => ({
			object: 'opinion',
			id: `${Math.floor((started - n * DAY) / 1000).toString(16).padStart(8, '0')}c29387595a00003b`,
			opinion_items: [{ object: 'opinion_item', kind: 'rate', key: 'atmosphere', value: String(n) }],
		}));
		return { status: 200, body: envelope('opinions', opinions, page, 1, opinions.length) };
	}
	return { status: 404, body: { object: 'error', message: 'Not found' } };
}

const localtracTokens = new Set<string>();
const digitaleoTokens = new Set<string>();
let issued = 0;

function localtrac(route: string, body: string, authorization: string | undefined): Reply {
	if (route === 'POST /localtrac/login') {
		const login = JSON.parse(body || '{}') as Json;
		if (login.username !== LOCALTRAC_USER || login.password !== LOCALTRAC_PASSWORD) {
			return { status: 401, body: { code: 401, message: 'Invalid credentials.' } };
		}
		const token = `lt-token-${++issued}`;
		localtracTokens.add(token);
		return { status: 200, body: { success: true, token } };
	}
	if (!authorization || !localtracTokens.has(authorization)) return { status: 401, body: { code: 'TOKEN_EXPIRED', message: 'Token expired' } };
	const location = /^GET \/localtrac\/location\/([0-9a-f-]+)$/.exec(route);
	if (location) {
		return {
			status: 200,
			body: { uuid: location[1], name: { fr_CA: 'Lieu', en_CA: 'Place' }, storecode: `S-${location[1].slice(-6)}`, active: true, address: { street: '1 Rue Principale', city: 'Montréal', zipcode: 'H2X 1Y4', country: 'CA' } },
		};
	}
	return { status: 404, body: { message: 'Not found' } };
}

function digitaleo(route: string, body: string, authorization: string | undefined): Reply {
	if (route === 'POST /token') {
		const login = JSON.parse(body || '{}') as Json;
		if (login.client_id !== DIGITALEO_CLIENT || login.client_secret !== DIGITALEO_SECRET) {
			return { status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } };
		}
		const token = `dgo-token-${++issued}`;
		digitaleoTokens.add(token);
		return { status: 200, body: { access_token: token, expires_in: 3600, token_type: 'bearer', scope: 'basic' } };
	}
	const token = authorization?.replace(/^Bearer /, '');
	if (!token || !digitaleoTokens.has(token)) return { status: 401, body: { error: { message: 'Invalid token', status_code: 401 } } };
	const account = /^GET \/accounts\/([^/]+)$/.exec(route);
	if (account) {
		const id = decodeURIComponent(account[1]);
		return { status: 200, body: { externalIdentifier: id, name: `Account ${id}`, status: 'active', country: 'FR', createdAt: '2024-01-15T10:00:00+01:00' } };
	}
	return { status: 404, body: { error: { message: 'Not found', status_code: 404 } } };
}

let rfq = 17_000_000;

function companeo(route: string, body: string, authorization: string | undefined): Reply {
	if (authorization !== `Bearer ${COMPANEO_KEY}`) return { status: 401, body: { success: false, message: 'Unauthorized' } };
	if (route !== 'POST /partners/create_rfq') return { status: 404, body: { success: false, message: 'Not found' } };
	const leads = JSON.parse(body || '[]') as unknown[];
	if (!Array.isArray(leads) || leads.length === 0) return { status: 400, body: { success: false, message: 'Malformed request', errors: [] } };
	const data: Json = { message: 'partner_creation_success' };
	leads.forEach((_, n) => {
		data[`input_${n}`] = { rfq_id: String(++rfq), cli_id: 8_300_000 + n };
	});
	return { status: 200, body: { success: true, data, message: 'partner_creation_success', errors: [] } };
}

/** The vendor, the route below its base URL and the dataset size, from the request path. */
function route(method: string, path: string): { vendor: string; route: string; dataset: number } | undefined {
	let m = /^\/partoo\/(\d+)\/api\/v2(\/.*)$/.exec(path);
	if (m) return { vendor: 'partoo', route: `${method} ${m[2]}`, dataset: Number(m[1]) };
	m = /^\/guestonline\/(\d+)\/v1(\/.*)$/.exec(path);
	if (m) return { vendor: 'guestonline', route: `${method} ${m[2]}`, dataset: Number(m[1]) };
	m = /^\/localtrac-api(\/.*)$/.exec(path);
	if (m) return { vendor: 'localtrac', route: `${method} ${m[1]}`, dataset: 0 };
	if (path === '/digitaleo-oauth/token') return { vendor: 'digitaleo', route: `${method} /token`, dataset: 0 };
	m = /^\/digitaleo\/back-office\/v1(\/.*)$/.exec(path);
	if (m) return { vendor: 'digitaleo', route: `${method} ${m[1]}`, dataset: 0 };
	m = /^\/companeo\/api\/v1(\/.*)$/.exec(path);
	if (m) return { vendor: 'companeo', route: `${method} ${m[1]}`, dataset: 0 };
	return undefined;
}

/** The route as counted: IDs in paths are folded, e.g. "guestonline GET /bookings/:id". */
const counted = (vendor: string, r: string): string => `${vendor} ${r.replace(/\/[^/]*\d[^/]*$/, '/:id')}`;

export function startServer(latencyMs: number, listenPort = 0): Promise<{ server: http.Server; port: number; stats: (reset: boolean) => ServerStats }> {
	let routes: Record<string, number> = {};
	let total = 0;
	let inFlight = 0;
	let peakInFlight = 0;
	let refused = 0;
	let admitted = 0;

	const server = http.createServer((req, res) => {
		inFlight++;
		peakInFlight = Math.max(peakInFlight, inFlight);
		res.on('close', () => inFlight--);
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			const limited = LIMITED.exec(url.pathname);
			const target = route(req.method ?? 'GET', limited ? limited[2] : url.pathname);
			const body = Buffer.concat(chunks).toString('utf8');
			let reply: Reply;
			if (limited && admitted >= Number(limited[1])) {
				refused++;
				reply = { status: 429, body: { message: 'Too many requests' }, headers: { 'Retry-After': String(LIMITED_RETRY_AFTER_S) } };
			} else if (!target) {
				reply = { status: 404, body: { message: 'No such vendor path' } };
			} else {
				const key = counted(target.vendor, target.route);
				routes[key] = (routes[key] ?? 0) + 1;
				total++;
				const authorization = req.headers.authorization;
				try {
					if (target.vendor === 'partoo') reply = partoo(target.dataset, target.route, url.searchParams);
					else if (target.vendor === 'guestonline') reply = guestonline(target.dataset, target.route, url.searchParams, req.headers['x-token'] as string | undefined);
					else if (target.vendor === 'localtrac') reply = localtrac(target.route, body, authorization);
					else if (target.vendor === 'digitaleo') reply = digitaleo(target.route, body, authorization);
					else reply = companeo(target.route, body, authorization);
				} catch (error) {
					reply = { status: 400, body: { message: `Bad request: ${(error as Error).message}` } };
				}
				if (limited) {
					admitted++;
					res.on('close', () => admitted--);
				}
			}
			const payload = JSON.stringify(reply.body);
			setTimeout(() => {
				res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(payload), ...reply.headers });
				res.end(payload);
			}, latencyMs);
		});
	});
	// 1,000 connections opened at once must not overflow the accept queue (511 by default).
	server.maxConnections = 100_000;
	server.keepAliveTimeout = 5_000;

	const stats = (reset: boolean): ServerStats => {
		const current: ServerStats = { routes: { ...routes }, total, peakInFlight, refused };
		if (reset) {
			routes = {};
			total = 0;
			refused = 0;
			peakInFlight = inFlight;
		}
		return current;
	};

	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen({ host: '127.0.0.1', port: listenPort, backlog: 4096 }, () => {
			resolve({ server, port: (server.address() as { port: number }).port, stats });
		});
	});
}

// Forked by the bench: listen, tell the parent the port, then answer its counter requests.
if (require.main === module) {
	const latency = Number(process.argv[2] ?? 20);
	void startServer(latency).then(({ port, stats }) => {
		process.on('message', (message: ServerCommand) => {
			const reply: ServerMessage = { id: message.id, stats: stats(message.cmd === 'reset') };
			process.send?.(reply);
		});
		process.on('disconnect', () => process.exit(0));
		const ready: ServerMessage = { ready: true, port };
		process.send?.(ready);
	});
}
