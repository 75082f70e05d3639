import { sleep } from 'n8n-workflow';

import { perRun } from './per-run';

/**
 * How the requests of one node run share a service's rate limit.
 *
 * Every attempt takes a permit before it is sent and hands it back when the reply arrives. Permits are
 * unlimited until the service answers 429 (too many requests). Then:
 * - nothing new is sent by this run until the wait the service asked for (or the backoff) is over;
 * - the number of requests allowed in flight is halved, once per wave: 429s for requests that were sent
 *   before the last slow-down do not halve it again;
 * - after as many accepted answers (to requests sent since) as requests allowed in flight, one more is allowed.
 * So a run that starts with hundreds of requests in flight settles near the rate the service accepts,
 * instead of sending every refused request again at the same moment.
 */
export class SendPace {
	private limit = Infinity;
	private inFlight = 0;
	private resumeAt = 0;
	private wave = 0;
	private acceptedSinceGrowth = 0;
	private readonly waiting: Array<(ticket: number) => void> = [];
	private wakeUpPending = false;

	/** Waits for a permit; the returned ticket goes back with `done` or `limited`. */
	async take(): Promise<number> {
		if (!this.waiting.length && this.canSend()) {
			this.inFlight++;
			return this.wave;
		}
		return await new Promise<number>((resolve) => {
			this.waiting.push(resolve);
			this.wake();
		});
	}

	/**
	 * The attempt got an answer that was not a 429 (or failed without one). Only answers to attempts
	 * sent since the last slow-down count towards allowing one more in flight.
	 */
	done(ticket: number): void {
		this.inFlight--;
		if (this.limit !== Infinity && ticket === this.wave && ++this.acceptedSinceGrowth >= this.limit) {
			this.limit++;
			this.acceptedSinceGrowth = 0;
		}
		this.wake();
	}

	/** The attempt was refused with 429; `waitMs` is how long the service asked the run to wait. */
	limited(ticket: number, waitMs: number): void {
		if (ticket === this.wave) {
			// This wave's first refusal: halve what was in flight when it was sent, itself included.
			this.limit = Math.max(1, Math.floor(Math.min(this.limit, this.inFlight) / 2));
			this.acceptedSinceGrowth = 0;
			this.wave++;
		}
		this.inFlight--;
		this.resumeAt = Math.max(this.resumeAt, Date.now() + Math.max(0, waitMs));
		this.wake();
	}

	/** What the pace allows now (for tests). */
	state(): { limit: number; inFlight: number; waiting: number; paused: boolean } {
		return { limit: this.limit, inFlight: this.inFlight, waiting: this.waiting.length, paused: Date.now() < this.resumeAt };
	}

	private canSend(): boolean {
		return this.inFlight < this.limit && Date.now() >= this.resumeAt;
	}

	/** Hands permits to waiting attempts, in the order they asked, as far as the pace allows. */
	private wake(): void {
		while (this.waiting.length && this.canSend()) {
			this.inFlight++;
			const next = this.waiting.shift() as (ticket: number) => void;
			next(this.wave);
		}
		const pause = this.resumeAt - Date.now();
		if (this.waiting.length && pause > 0 && !this.wakeUpPending) {
			this.wakeUpPending = true;
			void sleep(pause).then(() => {
				this.wakeUpPending = false;
				this.wake();
			});
		}
	}
}

/** The pace shared by every request of one node run (one execution context). */
export const paceOf = perRun((_ctx: object) => new SendPace());
