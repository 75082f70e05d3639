import { SendPace, paceOf } from '../../nodes/shared/pace';

/** Whether a promise has settled once pending callbacks have run, without waiting for timers. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
	let done = false;
	void promise.then(() => (done = true));
	for (let i = 0; i < 20; i++) await Promise.resolve();
	return done;
}

describe('SendPace', () => {
	afterEach(() => jest.useRealTimers());

	test('until a 429, every attempt gets a permit at once', async () => {
		const pace = new SendPace();
		const tickets = await Promise.all(Array.from({ length: 500 }, async () => await pace.take()));
		expect(new Set(tickets)).toEqual(new Set([0]));
		expect(pace.state()).toEqual({ limit: Infinity, inFlight: 500, waiting: 0, paused: false });
		for (const ticket of tickets) pace.done(ticket);
		expect(pace.state()).toEqual({ limit: Infinity, inFlight: 0, waiting: 0, paused: false });
	});

	test('a 429 pauses every new attempt until the wait is over, then lets half as many in flight', async () => {
		jest.useFakeTimers({ now: 1_000_000 });
		const pace = new SendPace();
		const first = await Promise.all(Array.from({ length: 8 }, async () => await pace.take()));
		pace.limited(first[0], 200);
		expect(pace.state()).toEqual({ limit: 4, inFlight: 7, waiting: 0, paused: true });

		const later = Array.from({ length: 6 }, async () => await pace.take());
		expect(await settled(Promise.race(later))).toBe(false);
		// The other seven answer while the run is paused: still nothing new is sent.
		for (const ticket of first.slice(1)) pace.done(ticket);
		expect(pace.state()).toEqual({ limit: 4, inFlight: 0, waiting: 6, paused: true });
		jest.advanceTimersByTime(199);
		expect(await settled(Promise.race(later))).toBe(false);

		jest.advanceTimersByTime(1);
		expect(await settled(Promise.all(later.slice(0, 4)))).toBe(true);
		expect(await settled(Promise.race(later.slice(4)))).toBe(false);
		expect(pace.state()).toEqual({ limit: 4, inFlight: 4, waiting: 2, paused: false });

		// One answer frees one permit, for the attempt that asked first.
		pace.done(await later[0]);
		expect(await settled(later[4])).toBe(true);
		expect(await settled(later[5])).toBe(false);
	});

	test('429s for attempts sent before the slow-down halve the limit once; a later wave halves it again', async () => {
		jest.useFakeTimers({ now: 1_000_000 });
		const pace = new SendPace();
		const wave0 = await Promise.all(Array.from({ length: 16 }, async () => await pace.take()));
		for (const ticket of wave0) pace.limited(ticket, 10);
		expect(pace.state().limit).toBe(8);

		jest.advanceTimersByTime(10);
		const wave1 = await Promise.all(Array.from({ length: 8 }, async () => await pace.take()));
		expect(new Set(wave1)).toEqual(new Set([1]));
		for (const ticket of wave1) pace.limited(ticket, 10);
		expect(pace.state()).toEqual({ limit: 4, inFlight: 0, waiting: 0, paused: true });
	});

	test('the limit never falls below one request in flight', async () => {
		const pace = new SendPace();
		for (let wave = 0; wave < 3; wave++) {
			pace.limited(await pace.take(), 0);
			expect(pace.state().limit).toBe(1);
		}
	});

	test('after as many accepted answers as the limit, one more request may be in flight', async () => {
		jest.useFakeTimers({ now: 1_000_000 });
		const pace = new SendPace();
		const wave0 = await Promise.all(Array.from({ length: 6 }, async () => await pace.take()));
		pace.limited(wave0[0], 0);
		// Answers to attempts sent before the slow-down do not count.
		for (const ticket of wave0.slice(1)) pace.done(ticket);
		expect(pace.state().limit).toBe(3);

		for (let round = 0; round < 2; round++) pace.done(await pace.take());
		expect(pace.state().limit).toBe(3);
		pace.done(await pace.take());
		expect(pace.state().limit).toBe(4);
	});

	test('the waits of two refusals do not shorten each other: the later end wins', async () => {
		jest.useFakeTimers({ now: 1_000_000 });
		const pace = new SendPace();
		const [a, b] = await Promise.all([pace.take(), pace.take()]);
		pace.limited(a, 300);
		pace.limited(b, 100);
		const next = pace.take();
		jest.advanceTimersByTime(299);
		expect(await settled(next)).toBe(false);
		jest.advanceTimersByTime(1);
		expect(await settled(next)).toBe(true);
	});

	test('one pace per execution context', () => {
		const one = {};
		const other = {};
		expect(paceOf(one)).toBe(paceOf(one));
		expect(paceOf(one)).not.toBe(paceOf(other));
	});
});
