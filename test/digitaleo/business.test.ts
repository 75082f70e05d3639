import type { IDataObject } from 'n8n-workflow';

import { DigitaleoApi } from '../../credentials/DigitaleoApi.credentials';
import { Digitaleo } from '../../nodes/Digitaleo/Digitaleo.node';
import { runListSearch } from '../harness/list-search';
import { BASE, bearer, byId, CLIENT_ID, CLIENT_SECRET, JSON_TYPE, mockApi, output, runDigitaleo, TOKEN } from './helpers';

const account = byId('ORG_1234');
const businessesPath = `${BASE}/accounts/ORG_1234/businesses`;
const businessPath = `${businessesPath}/MY_CUSTOM_CODE`;
const update = { resource: 'business', operation: 'update', accountId: account, storeCode: byId('MY_CUSTOM_CODE') };

const closed = (label: string) => ({ label, timetableSlots: [] });
const open = (label: string, ...slots: Array<[string, string]>) => ({ label, timetableSlots: slots.map(([start, end]) => ({ start, end })) });

// The business of the "Show linked businesses" example, trimmed.
const burgerShop = {
	id: '5918301',
	name: 'Burger SHop',
	tradeName: 'raison social',
	storeCode: 'MY_CUSTOM_CODE',
	contractName: "My digitaleo contract's name",
	reviewStatistics: { count: 18, averageScore: 4.33 },
	reviewUrls: [{ id: 'google', url: 'https://search.google.com/local/writereview?placeid=ChIJy_FlpDUeD0gRhK35JNLi5BE' }],
};
const bakery = { id: '5918302', name: 'Bakery', storeCode: 'BAKERY_1', city: 'Rennes' };

describe('Digitaleo business', () => {
	describe('update', () => {
		test('sends the documented fields and a full week built from the day slots; the 202 becomes accepted', async () => {
			const api = mockApi();
			api.scope.put(businessPath).reply(202, '');

			const run = await runDigitaleo({
				...update,
				updateFields: {
					name: 'nom',
					tradeName: 'raison social',
					nafCode: '5829A',
					registrationNumber: '73282932000074 ',
					address: '36 Quai aux Fleurs',
					address2: "ma suite d'adresse",
					zipCode: '63690',
					city: 'Tauves',
					phone: '33163839928',
					contactEmail: 'contact@contact.com',
					website: 'https://www.dressingshop.com/Rennes',
					schedules: {
						tuesday: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '18:00' }],
						saturday: [{ start: '10:00', end: '19:00' }],
					},
				},
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: businessPath,
					body: JSON.stringify({
						name: 'nom',
						tradeName: 'raison social',
						nafCode: '5829A',
						registrationNumber: '73282932000074 ',
						address: '36 Quai aux Fleurs',
						address2: "ma suite d'adresse",
						zipCode: '63690',
						city: 'Tauves',
						phone: '33163839928',
						contactEmail: 'contact@contact.com',
						website: 'https://www.dressingshop.com/Rennes',
						schedules: [
							closed('Monday'),
							open('Tuesday', ['09:00', '12:00'], ['14:00', '18:00']),
							closed('Wednesday'),
							closed('Thursday'),
							closed('Friday'),
							open('Saturday', ['10:00', '19:00']),
							closed('Sunday'),
						],
					}),
					contentType: JSON_TYPE,
					authorization: bearer(),
				},
			]);
			expect(output(run)).toEqual([{ json: { accepted: true, storeCode: 'MY_CUSTOM_CODE' }, pairedItem: { item: 0 } }]);
		});

		test('schedules added without any slot send seven closed days', async () => {
			const api = mockApi();
			api.scope.put(businessPath).reply(202, '');

			const run = await runDigitaleo({ ...update, updateFields: { schedules: {} } });

			expect(run.error).toBeUndefined();
			expect(api.sent[0].body).toBe(
				JSON.stringify({ schedules: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(closed) }),
			);
		});

		test('schedules given by expression in the API form are checked and sent Monday to Sunday', async () => {
			const api = mockApi();
			api.scope.put(businessPath).reply(202, '');
			const week = [
				open('sunday'),
				open('Monday', ['08:00', '12:00']),
				open('Tuesday'),
				open('Wednesday'),
				open('Thursday'),
				open('Friday', ['14:00', '18:00'], ['08:00', '12:00']),
				open('Saturday'),
			];

			const run = await runDigitaleo({ ...update, updateFields: { schedulesJson: '={{ $json.week }}' } }, { input: [{ week }] });

			expect(run.error).toBeUndefined();
			expect(JSON.parse(api.sent[0].body as string)).toEqual({
				schedules: [
					open('Monday', ['08:00', '12:00']),
					closed('Tuesday'),
					closed('Wednesday'),
					closed('Thursday'),
					open('Friday', ['14:00', '18:00'], ['08:00', '12:00']),
					closed('Saturday'),
					closed('Sunday'),
				],
			});
		});

		test('schedules given as JSON text in the editor\'s day form are accepted too', async () => {
			const api = mockApi();
			api.scope.put(businessPath).reply(202, '');

			const run = await runDigitaleo({ ...update, updateFields: { schedulesJson: '{"Sunday": [{"start": "10:00", "end": "13:00"}]}' } });

			expect(run.error).toBeUndefined();
			expect(JSON.parse(api.sent[0].body as string).schedules).toEqual([
				closed('Monday'),
				closed('Tuesday'),
				closed('Wednesday'),
				closed('Thursday'),
				closed('Friday'),
				closed('Saturday'),
				open('Sunday', ['10:00', '13:00']),
			]);
		});

		test('a 204 reply is reported as a success with the store code', async () => {
			const api = mockApi();
			api.scope.put(businessPath).reply(204, '');

			const run = await runDigitaleo({ ...update, updateFields: { city: 'Rennes' } });

			expect(run.error).toBeUndefined();
			expect(api.sent[0].body).toBe('{"city":"Rennes"}');
			expect(output(run)).toEqual([{ json: { success: true, id: 'MY_CUSTOM_CODE', location: null }, pairedItem: { item: 0 } }]);
		});

		test('accepts texts at their documented maximum of 50 characters and a 50-character store code', async () => {
			const api = mockApi();
			const code = 'S'.repeat(50);
			api.scope.put(`${businessesPath}/${code}`).reply(202, '');

			const run = await runDigitaleo({
				...update,
				storeCode: byId(code),
				updateFields: { name: 'n'.repeat(50), tradeName: 't'.repeat(50), address: 'a'.repeat(50), address2: 'b'.repeat(50), city: 'c'.repeat(50) },
			});

			expect(run.error).toBeUndefined();
			expect(output(run)).toEqual([{ json: { accepted: true, storeCode: code }, pairedItem: { item: 0 } }]);
		});

		const week = (overrides: IDataObject) =>
			['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((label) => overrides[label] ?? closed(label));

		test.each([
			[{}, 'Invalid "Update Fields": add at least one field to change [item 0]'],
			[{ name: 'n'.repeat(51) }, 'Invalid "Name": must be at most 50 characters [item 0]'],
			[
				{ schedules: {}, schedulesJson: JSON.stringify(week({})) },
				'Invalid "Schedules (JSON)": use either Schedules or Schedules (JSON), not both [item 0]',
			],
			[
				{ schedulesJson: '[{"label": "Monday", "timetableSlots": [{"start": "08:00", "end": "07:00"}]}]' },
				'Invalid "Schedules (JSON)": must have exactly 7 days (Monday to Sunday), not 1 [item 0]',
			],
			[
				{ schedulesJson: `={{ ${JSON.stringify(week({ Monday: open('Monday', ['08:00', '07:00']) }))} }}` },
				'Invalid "Schedules (JSON)": Monday slot 1: start 08:00 must be before end 07:00 [item 0]',
			],
			[{ tradeName: 't'.repeat(51) }, 'Invalid "Trade Name": must be at most 50 characters [item 0]'],
			[{ address: 'a'.repeat(51) }, 'Invalid "Address": must be at most 50 characters [item 0]'],
			[{ address2: 'a'.repeat(51) }, 'Invalid "Address Line 2": must be at most 50 characters [item 0]'],
			[{ city: 'c'.repeat(51) }, 'Invalid "City": must be at most 50 characters [item 0]'],
			[{ zipCode: '3500' }, 'Invalid "Zip Code": must be a French postal code of 5 digits, e.g. 35000 [item 0]'],
			[{ zipCode: '350000' }, 'Invalid "Zip Code": must be a French postal code of 5 digits, e.g. 35000 [item 0]'],
			[{ zipCode: '35 00' }, 'Invalid "Zip Code": must be a French postal code of 5 digits, e.g. 35000 [item 0]'],
			[{ contactEmail: 'contact.contact.com' }, 'Invalid "Contact Email": must be a valid email address [item 0]'],
			[{ phone: 'call us' }, 'Invalid "Phone": must be a phone number of digits, spaces and an optional leading + [item 0]'],
			[
				{ schedules: { monday: [{ start: '9:00', end: '12:00' }] } },
				'Invalid "Schedules": Monday slot 1: start "9:00" must be a time in the form HH:MM (24-hour clock) [item 0]',
			],
			[
				{ schedules: { friday: [{ start: '09:00', end: '' }] } },
				'Invalid "Schedules": Friday slot 1: end "" must be a time in the form HH:MM (24-hour clock) [item 0]',
			],
			[
				{ schedules: { tuesday: [{ start: '08:00', end: '12:00' }, { start: '19:00', end: '10:00' }] } },
				'Invalid "Schedules": Tuesday slot 2: start 19:00 must be before end 10:00 [item 0]',
			],
			[
				{ schedules: { sunday: [{ start: '10:00', end: '10:00' }] } },
				'Invalid "Schedules": Sunday slot 1: start 10:00 must be before end 10:00 [item 0]',
			],
			[
				{ schedules: { wednesday: [{ start: '09:00', end: '12:00' }, { start: '11:30', end: '14:00' }] } },
				'Invalid "Schedules": Wednesday: slots 09:00-12:00 and 11:30-14:00 overlap [item 0]',
			],
			[
				{ schedulesJson: '={{ [{ label: "Monday", timetableSlots: [] }] }}' },
				'Invalid "Schedules (JSON)": must have exactly 7 days (Monday to Sunday), not 1 [item 0]',
			],
			[
				{ schedulesJson: `={{ ${JSON.stringify(week({ Sunday: closed('Monday') }))} }}` },
				'Invalid "Schedules (JSON)": has Monday twice [item 0]',
			],
			[
				{ schedulesJson: `={{ ${JSON.stringify(week({ Sunday: closed('Funday') }))} }}` },
				'Invalid "Schedules (JSON)": has an unknown day "Funday": use Monday to Sunday [item 0]',
			],
			[
				{ schedulesJson: `={{ ${JSON.stringify(week({ Monday: { label: 'Monday', timetableSlots: '09:00-12:00' } }))} }}` },
				'Invalid "Schedules (JSON)": Monday: timetableSlots must be a list of {start, end} slots [item 0]',
			],
			[
				{ schedulesJson: 'always open' },
				'Invalid "Schedules (JSON)": must be the opening slots of the week, or a JSON list of seven days [item 0]',
			],
		])('rejects %j before sending anything', async (updateFields, message) => {
			const api = mockApi();
			const run = await runDigitaleo({ ...update, updateFields });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});

		test('lists every schedule problem in the description', async () => {
			const api = mockApi();
			const run = await runDigitaleo({
				...update,
				updateFields: { schedules: { monday: [{ start: '25:00', end: '12:00' }], friday: [{ start: '18:00', end: '09:00' }] } },
			});
			expect(run.error?.message).toBe(
				'Invalid "Schedules": Monday slot 1: start "25:00" must be a time in the form HH:MM (24-hour clock) [item 0]',
			);
			expect(run.error?.description).toBe(
				'All problems found:\n"Schedules": Monday slot 1: start "25:00" must be a time in the form HH:MM (24-hour clock)\n"Schedules": Friday slot 1: start 18:00 must be before end 09:00',
			);
			expect(api.sent).toEqual([]);
		});

		test.each([
			[byId('={{ "S".repeat(51) }}'), 'Invalid "Business (Store Code)": must be at most 50 characters [item 0]'],
			[{ __rl: true, mode: 'list', value: 'A/B' }, 'Invalid "Business (Store Code)": must not contain "/", "\\" or control characters [item 0]'],
		])('rejects the store code %j before sending anything', async (storeCode, message) => {
			const api = mockApi();
			const run = await runDigitaleo({ ...update, storeCode, updateFields: { city: 'Rennes' } });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('getAll', () => {
		test('returns one item per business linked to the account', async () => {
			const api = mockApi();
			api.scope.get(businessesPath).reply(200, [burgerShop, bakery]);

			const run = await runDigitaleo({ resource: 'business', operation: 'getAll', accountId: account, returnAll: true });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: businessesPath, authorization: bearer() }]);
			expect(output(run)).toEqual([
				{ json: burgerShop, pairedItem: { item: 0 } },
				{ json: bakery, pairedItem: { item: 0 } },
			]);
		});

		test('asks for reviews and review statistics as in the docs example, and applies the limit', async () => {
			const api = mockApi();
			api.scope.get(businessesPath).query(true).reply(200, [burgerShop, bakery]);

			const run = await runDigitaleo({
				resource: 'business',
				operation: 'getAll',
				accountId: account,
				withReviewsList: true,
				withReviewStatistics: true,
				returnAll: false,
				limit: 1,
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'GET', path: `${businessesPath}?withReviewsList=1&withReviewStatistics=1`, authorization: bearer() },
			]);
			expect(output(run)).toEqual([{ json: burgerShop, pairedItem: { item: 0 } }]);
		});

		test('rejects a Limit of 0 before sending anything', async () => {
			const api = mockApi();
			const run = await runDigitaleo({ resource: 'business', operation: 'getAll', accountId: account, returnAll: false, limit: '={{ 0 }}' });
			expect(run.error?.message).toBe('Invalid "Limit": must be at least 1 [item 0]');
			expect(api.sent).toEqual([]);
		});
	});

	describe('"From list" search', () => {
		test('lists the businesses of the chosen account by name, city and store code', async () => {
			const api = mockApi();
			api.scope.get(businessesPath).reply(200, [burgerShop, bakery]);
			const result = await runListSearch(
				{
					node: new Digitaleo(),
					method: 'searchBusinesses',
					parameterName: 'storeCode',
					parameters: { resource: 'business', operation: 'update', accountId: { __rl: true, mode: 'id', value: 'ORG_1234' } },
					credentials: { digitaleoApi: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, accessToken: TOKEN } },
					credentialTypes: { digitaleoApi: new DigitaleoApi() },
				},
				'renn',
			);

			expect(api.sent).toEqual([{ method: 'GET', path: businessesPath, authorization: bearer() }]);
			expect(result).toEqual({ results: [{ name: 'Bakery, Rennes (BAKERY_1)', value: 'BAKERY_1' }] });
		});
	});
});
