import type { IDataObject } from 'n8n-workflow';

import { byId, JSON_TYPE, mockApi, output, runLoggedIn, TOKEN, UUID_A } from './helpers';

const weekly: IDataObject = {
	sunday: [],
	monday: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
	tuesday: [{ start: '08:00', end: '17:00' }],
	wednesday: [{ start: '08:00', end: '17:00' }],
	thursday: [{ start: '08:00', end: '21:00' }],
	friday: [{ start: '08:00', end: '21:00' }],
	saturday: [{ start: '00:00', end: '24:00' }],
};

const GET = (path: string) => ({ method: 'GET', path, authorization: TOKEN });
const exceptionsPath = `/localtrac/locations/${UUID_A}/scheduleexceptions`;

describe('LOCALTRAC schedule', () => {
	test('get: GET /localtrac/locations/{uuid}/schedules gives one item with the location and its weekdays', async () => {
		const api = mockApi();
		api.scope.get(`/localtrac/locations/${UUID_A}/schedules`).reply(200, weekly);

		const run = await runLoggedIn({ resource: 'schedule', operation: 'get', locationId: byId(UUID_A) });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([GET(`/localtrac/locations/${UUID_A}/schedules`)]);
		expect(output(run)).toEqual([{ json: { uuid: UUID_A, ...weekly }, pairedItem: { item: 0 } }]);
	});

	test('get: rejects a location that is not a UUID without sending anything', async () => {
		const api = mockApi();
		const run = await runLoggedIn({ resource: 'schedule', operation: 'get', locationId: { __rl: true, mode: 'id', value: '={{ "42" }}' } });
		expect(run.error?.message).toBe('Invalid "Location": must be a UUID such as b11f9a4b-2b50-3e65-ae90-42fcef743ace [item 0]');
		expect(api.sent).toEqual([]);
	});
});

describe('LOCALTRAC schedule exception', () => {
	describe('getAll', () => {
		test('gives one item per date with its periods, reading pages until an empty one', async () => {
			const api = mockApi();
			api.scope.get(`${exceptionsPath}?p=1`).reply(200, {
				'2024-12-24': [{ start: '08:00', end: '12:00' }],
				'2024-12-25': [],
			});
			api.scope.get(`${exceptionsPath}?p=2`).reply(200, { '2024-12-31': [{ start: '09:00', end: '15:00' }] });
			// PHP serialises an empty map as an empty list.
			api.scope.get(`${exceptionsPath}?p=3`).reply(200, []);

			const run = await runLoggedIn({ resource: 'scheduleException', operation: 'getAll', locationId: byId(UUID_A), returnAll: true });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([GET(`${exceptionsPath}?p=1`), GET(`${exceptionsPath}?p=2`), GET(`${exceptionsPath}?p=3`)]);
			expect(output(run)).toEqual([
				{ json: { date: '2024-12-24', periods: [{ start: '08:00', end: '12:00' }] }, pairedItem: { item: 0 } },
				{ json: { date: '2024-12-25', periods: [] }, pairedItem: { item: 0 } },
				{ json: { date: '2024-12-31', periods: [{ start: '09:00', end: '15:00' }] }, pairedItem: { item: 0 } },
			]);
		});

		test('an empty first page gives no items after one request', async () => {
			const api = mockApi();
			api.scope.get(`${exceptionsPath}?p=1`).reply(200, {});

			const run = await runLoggedIn({ resource: 'scheduleException', operation: 'getAll', locationId: byId(UUID_A), returnAll: true });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([GET(`${exceptionsPath}?p=1`)]);
			expect(run.items).toEqual([]);
		});

		test('a server that ignores p cannot make the list loop: a page of dates already seen ends it', async () => {
			const api = mockApi();
			api.scope.get(exceptionsPath).query(true).times(2).reply(200, { '2024-12-24': [] });

			const run = await runLoggedIn({ resource: 'scheduleException', operation: 'getAll', locationId: byId(UUID_A), returnAll: true });

			expect(api.sent).toEqual([GET(`${exceptionsPath}?p=1`), GET(`${exceptionsPath}?p=2`)]);
			expect(output(run)).toEqual([{ json: { date: '2024-12-24', periods: [] }, pairedItem: { item: 0 } }]);
		});

		test('a Limit stops reading once it is reached', async () => {
			const api = mockApi();
			api.scope.get(`${exceptionsPath}?p=1`).reply(200, { '2024-12-24': [], '2024-12-25': [], '2024-12-26': [] });

			const run = await runLoggedIn({ resource: 'scheduleException', operation: 'getAll', locationId: byId(UUID_A), returnAll: false, limit: 2 });

			expect(api.sent).toEqual([GET(`${exceptionsPath}?p=1`)]);
			expect(run.items.map((i) => i.json.date)).toEqual(['2024-12-24', '2024-12-25']);
		});

		test('rejects a location that is not a UUID without sending anything', async () => {
			const api = mockApi();
			const run = await runLoggedIn({
				resource: 'scheduleException',
				operation: 'getAll',
				locationId: { __rl: true, mode: 'id', value: '={{ "abc" }}' },
				returnAll: true,
			});
			expect(run.error?.message).toBe('Invalid "Location": must be a UUID such as b11f9a4b-2b50-3e65-ae90-42fcef743ace [item 0]');
			expect(api.sent).toEqual([]);
		});
	});

	describe('set', () => {
		const set = (exceptions: IDataObject) => ({ resource: 'scheduleException', operation: 'set', locationId: byId(UUID_A), exceptions });

		test('POSTs the dates as a map of periods; a date without periods is sent closed', async () => {
			const api = mockApi();
			api.scope.post(exceptionsPath).reply(200, { message: 'Schedules exceptions added' });

			const run = await runLoggedIn(
				set({
					day: [
						{ date: '2024-12-24', periods: { period: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '16:00' }] } },
						{ date: ' 2024-12-25 ', periods: {} },
						{ date: '2024-12-31', periods: { period: [{ start: '09:00', end: '24:00' }] } },
					],
				}),
			);

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'POST',
					path: exceptionsPath,
					body: JSON.stringify({
						'2024-12-24': [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '16:00' }],
						'2024-12-25': [],
						'2024-12-31': [{ start: '09:00', end: '24:00' }],
					}),
					contentType: JSON_TYPE,
					authorization: TOKEN,
				},
			]);
			expect(output(run)).toEqual([{ json: { uuid: UUID_A, message: 'Schedules exceptions added' }, pairedItem: { item: 0 } }]);
		});

		test('dates taken from each input item are sent for that item, one POST per item', async () => {
			const api = mockApi();
			api.scope.post(exceptionsPath).times(2).reply(200, { message: 'Schedules exceptions added' });

			const run = await runLoggedIn(set({ day: [{ date: '={{ $json.day }}', periods: {} }] }), {
				input: [{ day: '2025-01-01' }, { day: '2025-07-01' }],
			});

			expect(run.error).toBeUndefined();
			expect(api.sent.map((r) => r.body)).toEqual(['{"2025-01-01":[]}', '{"2025-07-01":[]}']);
			expect(output(run)).toEqual([
				{ json: { uuid: UUID_A, message: 'Schedules exceptions added' }, pairedItem: { item: 0 } },
				{ json: { uuid: UUID_A, message: 'Schedules exceptions added' }, pairedItem: { item: 1 } },
			]);
		});

		test.each([
			['no date at all', {}, 'Invalid "Dates": add at least one date [item 0]'],
			['a missing date', { day: [{ date: '', periods: {} }] }, 'Invalid "Date" (entry 1): is required [item 0]'],
			['a date not in YYYY-MM-DD', { day: [{ date: '2024-12-24', periods: {} }, { date: '24/12/2024', periods: {} }] }, 'Invalid "Date" (entry 2): must be a date in the form YYYY-MM-DD [item 0]'],
			['a date that does not exist', { day: [{ date: '2025-02-29', periods: {} }] }, 'Invalid "Date" (entry 1): is not a real calendar date [item 0]'],
			['the same date twice', { day: [{ date: '2024-12-24', periods: {} }, { date: '2024-12-24', periods: {} }] }, 'Invalid "Date" (entry 2): 2024-12-24 is given more than once [item 0]'],
			['a start not in HH:MM', { day: [{ date: '2024-12-24', periods: { period: [{ start: '9:00', end: '12:00' }] } }] }, 'Invalid "Periods" (entry 1): 2024-12-24 period 1: start "9:00" must be a time HH:MM from 00:00 to 23:59 [item 0]'],
			['an end past 24:00', { day: [{ date: '2024-12-24', periods: { period: [{ start: '09:00', end: '25:00' }] } }] }, 'Invalid "Periods" (entry 1): 2024-12-24 period 1: end "25:00" must be a time HH:MM from 00:00 to 24:00 [item 0]'],
			['a missing start', { day: [{ date: '2024-12-24', periods: { period: [{ start: ' ', end: '12:00' }] } }] }, 'Invalid "Periods" (entry 1): 2024-12-24 period 1: start is required [item 0]'],
			['a start after the end', { day: [{ date: '2024-12-24', periods: { period: [{ start: '18:00', end: '09:00' }] } }] }, 'Invalid "Periods" (entry 1): 2024-12-24 period 1: start 18:00 is after end 09:00 [item 0]'],
		])('rejects %s without sending anything', async (_case, exceptions, message) => {
			const api = mockApi();
			const run = await runLoggedIn(set(exceptions));
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});
});
