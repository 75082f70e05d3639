/**
 * The suite-wide secrets check. During a test, everything a user, a log or a later node could see is
 * recorded here: output items, errors (message, description, context, cause, stack), the run data n8n
 * saves, and every message written to n8n's loggers. The credential values of the test are recorded
 * as secrets. After each test, setup.ts fails the test if any secret shows up in what was seen, in
 * any of the forms a URL, a form body or a JSON string would give it.
 */

/** Secrets shorter than this are not checked: they would match ordinary text. */
export const MIN_SECRET_LENGTH = 6;

let recording = true;

/**
 * Turns recording on or off for the whole process. Only the benchmark turns it off: it runs the
 * nodes through the same harness, and serialising every output there would be test-only work.
 */
export function setExposureRecording(on: boolean): void {
	recording = on;
	if (!on) resetExposure();
}

const secrets = new Set<string>();
const seen: Array<{ where: string; text: string }> = [];
const sources: Array<() => Iterable<string>> = [];

/** A value that must never be seen; credential helpers call this for every secret field. */
export function rememberSecret(value: unknown): void {
	if (!recording) return;
	if (typeof value === 'string' && value.length >= MIN_SECRET_LENGTH) secrets.add(value);
}

/** A live source of secrets, read at check time (e.g. a credential store that gains tokens by logging in). */
export function rememberSecretSource(source: () => Iterable<string>): void {
	if (!recording) return;
	sources.push(source);
}

/** Serialises anything, errors included (their non-enumerable message, stack and cause), without looping. */
export function visibleText(value: unknown): string {
	const stack = new WeakSet<object>();
	const walk = (v: unknown, depth: number): unknown => {
		if (depth > 12) return '[deep]';
		if (typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function') return String(v);
		if (v === null || typeof v !== 'object') return v;
		if (stack.has(v)) return '[circular]';
		stack.add(v);
		try {
			if (Buffer.isBuffer(v)) return v.toString('utf8');
			if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
			const out: Record<string, unknown> = {};
			if (v instanceof Error) {
				out.name = v.name;
				out.message = v.message;
				out.stack = v.stack;
				if ('cause' in v) out.cause = walk((v as { cause?: unknown }).cause, depth + 1);
			}
			for (const key of Object.keys(v)) out[key] = walk((v as Record<string, unknown>)[key], depth + 1);
			return out;
		} finally {
			stack.delete(v);
		}
	};
	return JSON.stringify(walk(value, 0)) ?? String(value);
}

/** Records something that can be seen. */
export function expose(where: string, value: unknown): void {
	if (!recording) return;
	seen.push({ where, text: typeof value === 'string' ? value : visibleText(value) });
}

const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The forms a secret can take once it is put in a URL, a form body or a JSON string. */
export function secretForms(secret: string): string[] {
	const forms = new Set([
		secret,
		encodeURIComponent(secret),
		rfc3986(secret),
		encodeURIComponent(secret).replace(/%20/g, '+'),
		JSON.stringify(secret).slice(1, -1),
		JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1),
	]);
	return [...forms];
}

function allSecrets(): Set<string> {
	const all = new Set(secrets);
	for (const source of sources) {
		for (const value of source()) if (typeof value === 'string' && value.length >= MIN_SECRET_LENGTH) all.add(value);
	}
	return all;
}

/** Every place a secret was seen since the last reset, as readable lines (no secret in them). */
export function findLeaks(): string[] {
	const leaks: string[] = [];
	for (const secret of allSecrets()) {
		const forms = secretForms(secret);
		for (const { where, text } of seen) {
			const form = forms.find((f) => text.includes(f));
			if (form !== undefined) {
				const shown = `${secret.slice(0, 2)}…(${secret.length} chars)`;
				leaks.push(`the secret ${shown} appears${form === secret ? '' : ' encoded'} in ${where}`);
			}
		}
	}
	return leaks;
}

/** How much was looked at since the last reset, to show the check is not empty. */
export function exposureCounts(): { secrets: number; seen: number } {
	return { secrets: allSecrets().size, seen: seen.length };
}

/** Where things were seen since the last reset (labels only). */
export function seenPlaces(): string[] {
	return [...new Set(seen.map(({ where }) => where))];
}

export function resetExposure(): void {
	secrets.clear();
	seen.length = 0;
	sources.length = 0;
}

/** A logger for n8n-core and n8n-workflow that records every message and its metadata. */
export function recordingLogger(): Record<'error' | 'warn' | 'info' | 'debug', (message: string, meta?: unknown) => void> & {
	scoped: () => unknown;
} {
	const write =
		(level: string) =>
		(message: string, meta?: unknown): void => {
			expose(`the n8n log (${level})`, { message, meta });
		};
	const logger = { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug'), scoped: () => logger };
	return logger;
}
