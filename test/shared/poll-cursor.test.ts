import type { IDataObject } from 'n8n-workflow';

import type { PollRecord } from '../../nodes/shared/poll-cursor';
import { PollCursor } from '../../nodes/shared/poll-cursor';

/**
 * A simulated vendor: records change at given times and become visible to queries only after an
 * indexing delay. A query returns what is visible and changed since a time, as a vendor filter does.
 */
class Source {
	private versions: Array<{ id: string; version: number; at: number; visibleAt: number }> = [];

	change(id: string, at: number, delay = 0): void {
		const version = this.versions.filter((v) => v.id === id).length + 1;
		this.versions.push({ id, version, at, visibleAt: at + delay });
	}

	query(now: number, since: number | undefined): PollRecord[] {
		const latest = new Map<string, { id: string; version: number; at: number }>();
		for (const v of this.versions) if (v.visibleAt <= now) latest.set(v.id, v);
		return [...latest.values()]
			.filter((v) => since === undefined || v.at >= since)
			.map((v) => ({ key: v.id, stamp: String(v.at), at: v.at, record: { id: v.id, version: v.version } }));
	}
}

const OVERLAP = 120_000;

/** One poll as a trigger runs it: read state, query since the watermark minus overlap, emit changes, commit. */
function poll(source: Source, staticData: IDataObject, now: number, fail = false): string[] {
	const cursor = PollCursor.read(staticData);
	if (!cursor.started) {
		cursor.commit(staticData, [], { floor: now });
		return [];
	}
	const records = source.query(now, cursor.since(OVERLAP));
	const changes = cursor.changes(records);
	if (fail) throw new Error('page 2 failed');
	cursor.commit(staticData, records, { floor: now });
	return changes.map((c) => `${c.kind}:${c.current.key}@${c.current.at}`);
}

describe('poll cursor over 40 simulated polls', () => {
	test('every change is emitted once, in order, through ties, late indexing, double updates, failures and restarts', () => {
		const source = new Source();
		const minute = 60_000;
		const t0 = 1_700_000_000_000;
		// Before activation: must never be emitted.
		source.change('old1', t0 - 5 * minute);
		source.change('old2', t0 - 30_000);

		let stored: IDataObject = {};
		const emitted: string[][] = [];
		const script: Record<number, () => void> = {
			1: () => {
				source.change('a', t0 + 61_000);
				source.change('b', t0 + 61_000); // same timestamp as a
				source.change('c', t0 + 61_000);
			},
			2: () => source.change('d', t0 + 2 * minute + 5_000, 90_000), // indexed 90 s late (within the overlap)
			3: () => {
				source.change('a', t0 + 3 * minute + 1_000); // updated twice between polls
				source.change('a', t0 + 3 * minute + 2_000);
			},
			5: () => source.change('e', t0 + 5 * minute + 1_000),
			6: () => source.change('f', t0 + 6 * minute + 1_000), // poll 6 fails: f comes with poll 7
			9: () => source.change('old1', t0 + 9 * minute + 1_000), // an old record updated after activation
			20: () => {
				for (let i = 0; i < 5; i++) source.change(`g${i}`, t0 + 20 * minute + 500);
			},
			33: () => source.change('b', t0 + 33 * minute + 10, 100_000),
		};
		for (let p = 0; p <= 40; p++) {
			script[p]?.();
			const now = t0 + p * minute + 59_000;
			try {
				emitted.push(poll(source, stored, now, p === 6));
			} catch {
				emitted.push(['(failed)']);
			}
			// n8n saves static data as JSON and may restart between polls.
			stored = JSON.parse(JSON.stringify(stored));
		}

		const expected: string[][] = Array.from({ length: 41 }, () => []);
		expected[1] = [`new:a@${t0 + 61_000}`, `new:b@${t0 + 61_000}`, `new:c@${t0 + 61_000}`];
		expected[3] = [`new:d@${t0 + 2 * minute + 5_000}`, `changed:a@${t0 + 3 * minute + 2_000}`];
		expected[5] = [`new:e@${t0 + 5 * minute + 1_000}`];
		expected[6] = ['(failed)'];
		expected[7] = [`new:f@${t0 + 6 * minute + 1_000}`];
		expected[9] = [`new:old1@${t0 + 9 * minute + 1_000}`];
		expected[20] = [0, 1, 2, 3, 4].map((i) => `new:g${i}@${t0 + 20 * minute + 500}`);
		expected[34] = [`changed:b@${t0 + 33 * minute + 10}`];
		expect(emitted).toEqual(expected);
	});

	test('a record read twice in one poll (pages shifting) counts once, with its newest stamp', () => {
		const cursor = PollCursor.read({});
		const r = (stamp: number): PollRecord => ({ key: 'x', stamp: String(stamp), at: stamp, record: {} });
		expect(cursor.changes([r(5), r(7), r(6)]).map((c) => c.current.stamp)).toEqual(['7']);
	});

	test('an "updated" change carries the memo stored with the previous stamp', () => {
		const data: IDataObject = {};
		const first = PollCursor.read(data);
		first.commit(data, [{ key: 'k', stamp: 's1', at: 1, memo: { state: 'validated' }, record: {} }], { floor: 0 });
		const second = PollCursor.read(JSON.parse(JSON.stringify(data)));
		const [change] = second.changes([{ key: 'k', stamp: 's2', at: 2, memo: { state: 'canceled' }, record: {} }]);
		expect(change).toMatchObject({ kind: 'changed', previousMemo: { state: 'validated' } });
	});

	test('with 50,000 records read, the state keeps the newest 10,000 keys and stays under 450 kB (about 40 bytes a key)', () => {
		const data: IDataObject = {};
		const records: PollRecord[] = Array.from({ length: 50_000 }, (_, i) => ({
			key: String(10_000_000 + i),
			stamp: new Date(1_700_000_000_000 + i * 1000).toISOString(),
			at: 1_700_000_000_000 + i * 1000,
			record: {},
		}));
		PollCursor.read(data).commit(data, records, { floor: 0 });
		const state = data.cursor as { seen: unknown[][] };
		expect(state.seen).toHaveLength(10_000);
		expect(state.seen[0][0]).toBe(String(10_000_000 + 40_000));
		expect(JSON.stringify(data).length).toBeLessThan(450_000);
	});
});
