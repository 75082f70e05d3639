import { backoff, encodeForm, isRetryable, retryTiming } from '../../nodes/shared/request';
import { redact, redactDeep } from '../../nodes/shared/errors';

describe('retry policy', () => {
	const saved = { ...retryTiming };
	afterEach(() => Object.assign(retryTiming, saved));

	test('Retry-After in seconds or as a date is honoured, within the cap', () => {
		Object.assign(retryTiming, { baseDelayMs: 500, maxDelayMs: 30_000 });
		expect(backoff(0, { response: { status: 429, headers: { 'retry-after': '3' } } })).toBe(3000);
		const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
		const fromDate = backoff(0, { response: { status: 429, headers: { 'retry-after': inTwoSeconds } } });
		expect(fromDate).toBeGreaterThan(500);
		expect(fromDate).toBeLessThanOrEqual(2000);
		expect(backoff(0, { response: { status: 429, headers: { 'retry-after': '3600' } } })).toBe(30_000);
	});

	test('without Retry-After the wait doubles per attempt', () => {
		Object.assign(retryTiming, { baseDelayMs: 500, maxDelayMs: 30_000 });
		expect([0, 1, 2, 3].map((a) => backoff(a, { response: { status: 503, headers: {} } }))).toEqual([500, 1000, 2000, 4000]);
	});

	test.each([
		[{ status: 429 }, true, true],
		[{ status: 429 }, false, true],
		[{ status: 503 }, true, true],
		[{ status: 503 }, false, false],
		[{ status: 502 }, true, true],
		[{ status: 504 }, true, true],
		[{ status: 500 }, true, false],
		[{ status: 400 }, true, false],
		[{ code: 'ECONNRESET' }, true, true],
		[{ code: 'ECONNRESET' }, false, false],
		[{ code: 'ECONNABORTED' }, true, true],
	])('%j (safe: %s) retryable: %s', (call, safe, expected) => {
		expect(isRetryable(call, safe)).toBe(expected);
	});
});

describe('form encoding', () => {
	test('nested objects and lists use bracket keys; null and undefined are left out', () => {
		const body = encodeForm({
			booking: { contact: { lastname: 'Doe & Co', email: 'a@b.fr' }, note: undefined, send_reminders: true },
			emails: ['x@y.fr', 'z@y.fr'],
			empty: null,
		});
		expect(body).toBe(
			'booking%5Bcontact%5D%5Blastname%5D=Doe%20%26%20Co&booking%5Bcontact%5D%5Bemail%5D=a%40b.fr&booking%5Bsend_reminders%5D=true&emails%5B%5D=x%40y.fr&emails%5B%5D=z%40y.fr',
		);
	});
});

describe('redaction', () => {
	test('removes a secret in plain, URL-encoded and JSON-escaped forms', () => {
		const secret = 'k/ey+with "quotes"';
		const text = `plain ${secret} url ${encodeURIComponent(secret)} json ${JSON.stringify(secret)}`;
		expect(redact(text, [secret])).toBe('plain [redacted] url [redacted] json "[redacted]"');
	});

	test('walks objects, arrays and keys', () => {
		expect(redactDeep({ a: ['xx-SECRET-xx'], ['SECRET']: 1 }, ['SECRET'])).toEqual({ a: ['xx-[redacted]-xx'], '[redacted]': 1 });
	});
});
