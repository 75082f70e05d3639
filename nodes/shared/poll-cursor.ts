import type { IDataObject } from 'n8n-workflow';

/**
 * What a polling trigger remembers between polls, kept in the workflow's static data for the node.
 *
 * - `floor`: events older than this are never emitted (set on first activation to "now", or to the
 *   user's "emit events since" date).
 * - `watermark`: the newest change time read so far; the next poll asks the vendor for changes since
 *   `watermark - overlap`, so changes indexed late are still read.
 * - `seen`: the last known stamp of each record (and a small memo, e.g. the fields whose previous value
 *   an "updated" event reports), oldest first, capped. Reading the same record again with the same
 *   stamp emits nothing; with another stamp it is a change.
 *
 * Nothing is written until a poll has read every page: a failed poll leaves the state as it was, and its
 * events arrive with the next successful poll.
 */
export interface CursorState {
	v: 1;
	floor: number;
	watermark: number;
	/** [key, stamp, memo?] triples, oldest first. */
	seen: Array<[string, string, IDataObject?]>;
}

/** One record as a trigger reads it. */
export interface PollRecord<T = IDataObject> {
	/** Stable identity, e.g. the record ID. */
	key: string;
	/** Changes whenever the record changes: an update time, or a fingerprint of the watched fields. */
	stamp: string;
	/** When the change happened, in ms since the epoch; drives order, the watermark and the floor. */
	at: number;
	/** Small data to keep for the next poll, e.g. the watched fields' values. */
	memo?: IDataObject;
	record: T;
}

export interface PollChange<T = IDataObject> {
	kind: 'new' | 'changed';
	current: PollRecord<T>;
	/** The memo stored when the record was last seen (only for 'changed'). */
	previousMemo?: IDataObject;
}

export const DEFAULT_SEEN_CAP = 10_000;

/** Orders keys as numbers when both are numeric (so 999 comes before 1000), else as text. */
export function compareKeys(a: string, b: string): number {
	if (/^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
	return a < b ? -1 : a > b ? 1 : 0;
}

export class PollCursor {
	private readonly seen: Map<string, { stamp: string; memo?: IDataObject }>;

	private constructor(
		private readonly state: CursorState | undefined,
		private readonly cap: number,
		private readonly name: string,
	) {
		this.seen = new Map((state?.seen ?? []).map(([key, stamp, memo]) => [key, { stamp, memo }]));
	}

	/**
	 * Reads the stored state without changing it. `name` keeps several cursors apart in one node's
	 * static data, e.g. one for bookings and one for opinions.
	 */
	static read(staticData: IDataObject, cap = DEFAULT_SEEN_CAP, name = 'cursor'): PollCursor {
		const raw = staticData[name] as CursorState | undefined;
		const valid = raw && raw.v === 1 && Array.isArray(raw.seen) && typeof raw.floor === 'number';
		return new PollCursor(valid ? raw : undefined, Math.max(1, cap), name);
	}

	/** How many records are remembered. */
	get size(): number {
		return this.seen.size;
	}

	/** False until the first successful poll committed. */
	get started(): boolean {
		return this.state !== undefined;
	}

	get floor(): number | undefined {
		return this.state?.floor;
	}

	/** Where the next query should start: the watermark minus the overlap, never before the floor. */
	since(overlapMs: number): number | undefined {
		if (!this.state) return undefined;
		return Math.max(this.state.floor, this.state.watermark - overlapMs);
	}

	/**
	 * The changes among `records`, oldest first. A record read twice in one poll (pages shifting under
	 * the reader) counts once, with its newest stamp. Records older than the floor are ignored.
	 */
	changes<T>(records: Array<PollRecord<T>>, floor = this.state?.floor ?? -Infinity): Array<PollChange<T>> {
		const latest = new Map<string, PollRecord<T>>();
		for (const record of records) {
			const known = latest.get(record.key);
			if (!known || record.at >= known.at) latest.set(record.key, record);
		}
		const out: Array<PollChange<T>> = [];
		for (const record of latest.values()) {
			if (record.at < floor) continue;
			const before = this.seen.get(record.key);
			if (!before) out.push({ kind: 'new', current: record });
			else if (before.stamp !== record.stamp) out.push({ kind: 'changed', current: record, previousMemo: before.memo });
		}
		return out.sort((a, b) => a.current.at - b.current.at || compareKeys(a.current.key, b.current.key));
	}

	/**
	 * Records a complete poll: every record read becomes "seen" with its stamp (most recent last), the
	 * watermark moves to the newest change read, and the oldest keys beyond the cap are dropped.
	 * `floor` is set on the first commit only.
	 */
	commit<T>(staticData: IDataObject, records: Array<PollRecord<T>>, options: { floor: number }): void {
		const ordered = [...records].sort((a, b) => a.at - b.at);
		let watermark = this.state?.watermark ?? options.floor;
		for (const record of ordered) {
			this.seen.delete(record.key);
			this.seen.set(record.key, { stamp: record.stamp, memo: record.memo });
			if (record.at > watermark) watermark = record.at;
		}
		while (this.seen.size > this.cap) {
			const oldest = this.seen.keys().next().value as string;
			this.seen.delete(oldest);
		}
		const state: CursorState = {
			v: 1,
			floor: this.state?.floor ?? options.floor,
			watermark,
			seen: [...this.seen.entries()].map(([key, { stamp, memo }]) =>
				memo === undefined ? [key, stamp] : [key, stamp, memo],
			),
		};
		staticData[this.name] = state as unknown as IDataObject;
	}
}
