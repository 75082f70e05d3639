import type { IDataObject } from 'n8n-workflow';

import { LocaltracApi } from '../../credentials/LocaltracApi.credentials';
import { Localtrac } from '../../nodes/Localtrac/Localtrac.node';
import { runListSearch } from '../harness/list-search';
import {
	BUSINESS,
	byId,
	credentialData,
	JSON_TYPE,
	locations,
	logins,
	mockApi,
	output,
	runLoggedIn,
	TOKEN,
	UUID_A,
	validSession,
} from './helpers';

// The location of the "GET /localtrac/location/<uuid>" example of the vendor docs.
const fullLocation: IDataObject = {
	uuid: UUID_A,
	storeCode: 'GV86170S47S60498U6YSU595',
	name: { en_CA: "D'Amore, Deckow and Kozey #540", fr_CA: "D'Amore, Deckow and Kozey #540" },
	address: {
		address1: '77421 Route Sylvie, St-Augustin-des-Pins, ON T1T 7R3',
		address2: '',
		city: 'Saint-Manon-du-Ha! Ha!',
		state: 'ON',
		country: 'CA',
		zipcode: 'H5M9T4',
		lat: '-69.56438',
		long: '-68.360965',
	},
	description: { fr_CA: 'Eligendi ducimus sit totam.', en_CA: 'Iste qui quia expedita sed.' },
	communication: { contactEmail: 'mueller.tianna@wunsch.info', primaryPhone: '(810) 594-0448', secondaryPhones: ['(810) 555-5215'], fax: '' },
	urls: { website: 'http://www.herman.com/molestiae', facebook: 'https://www.facebook.com/754553701341' },
	payments: { cash: true, interact: true, visa: true, mastercard: false, americanExpress: true, paypass: true },
	active: true,
};

const GET = (path: string) => ({ method: 'GET', path, authorization: TOKEN });
const POST = (path: string, body: IDataObject) => ({ method: 'POST', path, body: JSON.stringify(body), contentType: JSON_TYPE, authorization: TOKEN });
const expr = (value: string) => ({ __rl: true, mode: 'id', value: `={{ ${JSON.stringify(value)} }}` });

describe('LOCALTRAC location', () => {
	describe('getAll', () => {
		test('reads page 1 with p=1 and outputs each location as an item', async () => {
			const api = mockApi();
			const records = locations(1, 3);
			api.scope.get('/localtrac/locations?p=1').reply(200, records);

			const run = await runLoggedIn({ resource: 'location', operation: 'getAll', returnAll: true });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([GET('/localtrac/locations?p=1')]);
			expect(output(run)).toEqual(records.map((json) => ({ json, pairedItem: { item: 0 } })));
			expect(logins(run)).toBe(0);
		});

		test('with a Limit returns that many records from the first page', async () => {
			const api = mockApi();
			api.scope.get('/localtrac/locations?p=1').reply(200, locations(1, 20));

			const run = await runLoggedIn({ resource: 'location', operation: 'getAll', returnAll: false, limit: 2 });

			expect(api.sent).toEqual([GET('/localtrac/locations?p=1')]);
			expect(output(run)).toEqual(locations(1, 2).map((json) => ({ json, pairedItem: { item: 0 } })));
		});

		test('rejects a Limit below 1 without sending anything', async () => {
			const api = mockApi();
			const run = await runLoggedIn({ resource: 'location', operation: 'getAll', returnAll: false, limit: '={{ 0 }}' });
			expect(run.error?.message).toBe('Invalid "Limit": must be at least 1 [item 0]');
			expect(api.sent).toEqual([]);
		});
	});

	describe('get', () => {
		test('GET /localtrac/location/{uuid} returns the location as one item', async () => {
			const api = mockApi();
			api.scope.get(`/localtrac/location/${UUID_A}`).reply(200, fullLocation);

			const run = await runLoggedIn({ resource: 'location', operation: 'get', locationId: byId(UUID_A) });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([GET(`/localtrac/location/${UUID_A}`)]);
			expect(output(run)).toEqual([{ json: fullLocation, pairedItem: { item: 0 } }]);
		});

		test('takes the location picked from the list', async () => {
			const api = mockApi();
			api.scope.get(`/localtrac/location/${UUID_A}`).reply(200, fullLocation);

			const run = await runLoggedIn({ resource: 'location', operation: 'get', locationId: { __rl: true, mode: 'list', value: UUID_A } });

			expect(api.sent).toEqual([GET(`/localtrac/location/${UUID_A}`)]);
			expect(output(run)).toEqual([{ json: fullLocation, pairedItem: { item: 0 } }]);
		});

		test.each([
			['not a UUID', expr('b11f9a4b'), 'Invalid "Location": must be a UUID such as b11f9a4b-2b50-3e65-ae90-42fcef743ace [item 0]'],
			['a path', expr(`${UUID_A}/../x`), 'Invalid "Location": must be a UUID such as b11f9a4b-2b50-3e65-ae90-42fcef743ace [item 0]'],
			['empty', expr(''), 'Invalid "Location": is required [item 0]'],
		])('rejects a location ID that is %s, without sending anything', async (_case, locationId, message) => {
			const api = mockApi();
			const run = await runLoggedIn({ resource: 'location', operation: 'get', locationId });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('create', () => {
		test('sends the business and locale only, when nothing else is added', async () => {
			const api = mockApi();
			api.scope.post('/localtrac/location').reply(200, { uuid: UUID_A });

			const run = await runLoggedIn({ resource: 'location', operation: 'create', business: BUSINESS, locale: 'en_CA' });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([POST('/localtrac/location', { business: BUSINESS, locale: 'en_CA' })]);
			expect(output(run)).toEqual([{ json: { uuid: UUID_A }, pairedItem: { item: 0 } }]);
		});

		test('sends the localized name and the address fields that were added', async () => {
			const api = mockApi();
			api.scope.post('/localtrac/location').reply(200, { uuid: UUID_A });

			const run = await runLoggedIn({
				resource: 'location',
				operation: 'create',
				business: ` ${BUSINESS} `,
				locale: 'fr_CA',
				additionalFields: {
					name: { fr_CA: 'Boulangerie du Coin', en_CA: 'Corner Bakery' },
					address: { address1: '12 rue Sainte-Catherine', city: 'Montréal', state: 'QC', country: 'CA', zipcode: 'H2X 1Y4', lat: '45.50884', long: -73.58781 },
				},
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				POST('/localtrac/location', {
					business: BUSINESS,
					locale: 'fr_CA',
					name: { fr_CA: 'Boulangerie du Coin', en_CA: 'Corner Bakery' },
					address: { address1: '12 rue Sainte-Catherine', city: 'Montréal', state: 'QC', country: 'CA', zipcode: 'H2X 1Y4', lat: '45.50884', long: '-73.58781' },
				}),
			]);
			expect(output(run)).toEqual([{ json: { uuid: UUID_A }, pairedItem: { item: 0 } }]);
		});

		test.each([
			['a missing business', { business: '={{ "" }}' }, 'Invalid "Business ID": is required [item 0]'],
			['a business that is not a UUID', { business: 'acme' }, 'Invalid "Business ID": must be a UUID such as b11f9a4b-2b50-3e65-ae90-42fcef743ace [item 0]'],
			['an unknown locale', { locale: '={{ "fr_FR" }}' }, 'Invalid "Locale": must be one of: fr_CA, en_CA, en_US [item 0]'],
			['a latitude out of range', { additionalFields: { address: { lat: '90.5' } } }, 'Invalid "Latitude": must be between -90 and 90 [item 0]'],
			['a longitude out of range', { additionalFields: { address: { long: -180.01 } } }, 'Invalid "Longitude": must be between -180 and 180 [item 0]'],
			['a latitude that is not a number', { additionalFields: { address: { lat: '45,5' } } }, 'Invalid "Latitude": must be a decimal number such as -68.360965 [item 0]'],
		])('rejects %s without sending anything', async (_case, change, message) => {
			const api = mockApi();
			const run = await runLoggedIn({ resource: 'location', operation: 'create', business: BUSINESS, locale: 'fr_CA', ...change });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
			expect(logins(run)).toBe(0);
		});
	});

	describe('update', () => {
		test('sends every group that was added, with only the sub-keys that were added', async () => {
			const api = mockApi();
			const reply = {
				name: 'Name updated',
				address: 'Address updated',
				description: 'Description updated',
				communication: 'Communication updated',
				urls: 'Urls updated',
				payments: 'Payments updated',
			};
			api.scope.post(`/localtrac/location/${UUID_A}`).reply(200, reply);

			const run = await runLoggedIn({
				resource: 'location',
				operation: 'update',
				locationId: byId(UUID_A),
				updateFields: {
					name: { en_CA: 'Corner Bakery' },
					address: { zipcode: 'H5M9T4', address2: '' },
					description: { fr_CA: 'Pains et viennoiseries', en_CA: 'Breads and pastries' },
					communication: { contactEmail: 'info@corner.example', primaryPhone: '(810) 594-0448', secondaryPhones: ['(810) 555-5215', ' ', '(810) 555-0000'], fax: '(111) 111-1111' },
					urls: { website: 'https://corner.example/fr', tripadvisor: 'https://www.tripadvisor.ca/893155122501' },
					payments: { cash: true, mastercard: false },
					schedules: {
						monday: { period: [{ start: '02:00', end: '23:00' }] },
						tuesday: { period: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '24:00' }] },
						wednesday: {},
					},
				},
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				// Each group is sent with its keys in the order of the docs.
				POST(`/localtrac/location/${UUID_A}`, {
					name: { en_CA: 'Corner Bakery' },
					address: { address2: '', zipcode: 'H5M9T4' },
					description: { fr_CA: 'Pains et viennoiseries', en_CA: 'Breads and pastries' },
					communication: { contactEmail: 'info@corner.example', primaryPhone: '(810) 594-0448', secondaryPhones: ['(810) 555-5215', '(810) 555-0000'], fax: '(111) 111-1111' },
					urls: { website: 'https://corner.example/fr', tripadvisor: 'https://www.tripadvisor.ca/893155122501' },
					payments: { cash: true, mastercard: false },
					schedules: {
						monday: [{ start: '02:00', end: '23:00' }],
						tuesday: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '24:00' }],
						wednesday: [],
					},
				}),
			]);
			expect(output(run)).toEqual([{ json: { uuid: UUID_A, ...reply }, pairedItem: { item: 0 } }]);
		});

		test('a single group is sent alone; groups added empty are left out', async () => {
			const api = mockApi();
			api.scope.post(`/localtrac/location/${UUID_A}`).reply(200, { payments: 'Payments updated' });

			const run = await runLoggedIn({
				resource: 'location',
				operation: 'update',
				locationId: byId(UUID_A),
				updateFields: { payments: { visa: true }, address: {}, schedules: {} },
			});

			expect(api.sent).toEqual([POST(`/localtrac/location/${UUID_A}`, { payments: { visa: true } })]);
			expect(output(run)).toEqual([{ json: { uuid: UUID_A, payments: 'Payments updated' }, pairedItem: { item: 0 } }]);
		});

		const update = (updateFields: IDataObject) => ({ resource: 'location', operation: 'update', locationId: byId(UUID_A), updateFields });

		test.each([
			['nothing to change', {}, 'Invalid "Update Fields": add at least one field to change [item 0]'],
			['only empty groups', { urls: {}, name: {} }, 'Invalid "Update Fields": add at least one field to change [item 0]'],
			['an invalid contact email', { communication: { contactEmail: 'info@corner' } }, 'Invalid "Contact Email": must be a valid email address [item 0]'],
			['a website without scheme', { urls: { website: 'www.corner.example' } }, 'Invalid "Website": must be a full web address starting with https:// or http:// [item 0]'],
			['a social page on another protocol', { urls: { facebook: 'ftp://facebook.com/corner' } }, 'Invalid "Facebook": must be a full web address starting with https:// or http:// [item 0]'],
			['a latitude below -90', { address: { lat: '-90.0001' } }, 'Invalid "Latitude": must be between -90 and 90 [item 0]'],
			['a payment that is not a boolean', { payments: { visa: '={{ "yes" }}' } }, 'Invalid "Visa": must be true or false [item 0]'],
			['a start time not in HH:MM', { schedules: { monday: { period: [{ start: '8h', end: '12:00' }] } } }, 'Invalid "Monday": period 1: start "8h" must be a time HH:MM from 00:00 to 23:59 [item 0]'],
			['24:00 as a start', { schedules: { friday: { period: [{ start: '24:00', end: '24:00' }] } } }, 'Invalid "Friday": period 1: start "24:00" must be a time HH:MM from 00:00 to 23:59 [item 0]'],
			['an end after 24:00', { schedules: { sunday: { period: [{ start: '09:00', end: '24:30' }] } } }, 'Invalid "Sunday": period 1: end "24:30" must be a time HH:MM from 00:00 to 24:00 [item 0]'],
			['a missing end', { schedules: { saturday: { period: [{ start: '09:00', end: '' }] } } }, 'Invalid "Saturday": period 1: end is required [item 0]'],
			['a start after the end', { schedules: { tuesday: { period: [{ start: '08:00', end: '12:00' }, { start: '18:00', end: '13:00' }] } } }, 'Invalid "Tuesday": period 2: start 18:00 is after end 13:00 [item 0]'],
		])('rejects %s without sending anything', async (_case, updateFields, message) => {
			const api = mockApi();
			const run = await runLoggedIn(update(updateFields));
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});

		test('several problems are all listed in the description', async () => {
			const api = mockApi();
			const run = await runLoggedIn(update({ communication: { contactEmail: 'x' }, address: { long: '200' } }));
			expect(run.error?.message).toBe('Invalid "Longitude": must be between -180 and 180 [item 0]');
			expect(run.error?.description).toBe(
				'All problems found:\n"Longitude": must be between -180 and 180\n"Contact Email": must be a valid email address',
			);
			expect(api.sent).toEqual([]);
		});

		test('a start equal to the end and an end at 24:00 are accepted', async () => {
			const api = mockApi();
			api.scope.post(`/localtrac/location/${UUID_A}`).reply(200, {});
			const run = await runLoggedIn(update({ schedules: { thursday: { period: [{ start: '00:00', end: '24:00' }, { start: '12:00', end: '12:00' }] } } }));
			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				POST(`/localtrac/location/${UUID_A}`, { schedules: { thursday: [{ start: '00:00', end: '24:00' }, { start: '12:00', end: '12:00' }] } }),
			]);
			expect(output(run)).toEqual([{ json: { uuid: UUID_A }, pairedItem: { item: 0 } }]);
		});
	});

	describe('Update with Schedules (JSON)', () => {
		const update = (updateFields: IDataObject) => ({ resource: 'location', operation: 'update', locationId: byId(UUID_A), updateFields });

		test('maps Partoo-style ranges and {start, end} objects, in LOCALTRAC day order', async () => {
			const api = mockApi();
			api.scope.post(`/localtrac/location/${UUID_A}`).reply(200, { schedules: 'Schedules updated' });

			const run = await runLoggedIn(
				update({ schedulesJson: '={{ $json.open_hours }}' }),
				{ input: [{ open_hours: { Monday: ['11:30-14:30', ' 18:30 - 22:30 '], sunday: [], friday: [{ start: '08:00', end: '24:00' }] } }] },
			);

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				POST(`/localtrac/location/${UUID_A}`, {
					schedules: {
						sunday: [],
						monday: [{ start: '11:30', end: '14:30' }, { start: '18:30', end: '22:30' }],
						friday: [{ start: '08:00', end: '24:00' }],
					},
				}),
			]);
			expect(output(run)).toEqual([{ json: { uuid: UUID_A, schedules: 'Schedules updated' }, pairedItem: { item: 0 } }]);
		});

		test('takes JSON text typed in the field', async () => {
			const api = mockApi();
			api.scope.post(`/localtrac/location/${UUID_A}`).reply(200, {});
			const run = await runLoggedIn(update({ schedulesJson: '{"tuesday": ["09:00-12:00"]}', payments: { cash: true } }));
			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				POST(`/localtrac/location/${UUID_A}`, { payments: { cash: true }, schedules: { tuesday: [{ start: '09:00', end: '12:00' }] } }),
			]);
		});

		test('an empty object counts as not given', async () => {
			const api = mockApi();
			const run = await runLoggedIn(update({ schedulesJson: '{}' }));
			expect(run.error?.message).toBe('Invalid "Update Fields": add at least one field to change [item 0]');
			expect(api.sent).toEqual([]);
		});

		test.each([
			['text that is not JSON', { schedulesJson: '{monday: 9-12}' }, 'must be a JSON object with one key per weekday, e.g. {"monday": ["09:00-12:00"]}'],
			['a list instead of an object', { schedulesJson: '={{ [["09:00-12:00"]] }}' }, 'must be an object with one key per weekday, e.g. {"monday": ["09:00-12:00"]}'],
			['an unknown day', { schedulesJson: '={{ { lundi: ["09:00-12:00"] } }}' }, 'has an unknown day "lundi": use sunday to saturday'],
			['a day given twice', { schedulesJson: '={{ { monday: [], Monday: [] } }}' }, 'has monday twice'],
			['a day that is not a list', { schedulesJson: '={{ { monday: "09:00-12:00" } }}' }, 'monday: must be a list of periods (an empty list means closed)'],
			['a range without a dash', { schedulesJson: '={{ { monday: ["09:00"] } }}' }, 'monday period 1: "09:00" must be a range HH:MM-HH:MM'],
			['a malformed time', { schedulesJson: '={{ { monday: ["9h-12:00"] } }}' }, 'monday period 1: start "9h" must be a time HH:MM from 00:00 to 23:59'],
			['a start after the end', { schedulesJson: '={{ { saturday: ["09:00-12:00", "22:00-02:00"] } }}' }, 'saturday period 2: start 22:00 is after end 02:00'],
			[
				'both Schedules and Schedules (JSON)',
				{ schedules: { monday: { period: [{ start: '09:00', end: '12:00' }] } }, schedulesJson: '{"monday": []}' },
				'use either Schedules or Schedules (JSON), not both',
			],
		])('rejects %s without sending anything', async (_case, updateFields, rule) => {
			const api = mockApi();
			const run = await runLoggedIn(update(updateFields));
			expect(run.error?.name).toBe('NodeOperationError');
			expect(run.error?.message).toBe(`Invalid "Schedules (JSON)": ${rule} [item 0]`);
			expect(api.sent).toEqual([]);
		});
	});

	describe('"From list" search', () => {
		async function search(filter?: string, paginationToken?: string) {
			return await runListSearch(
				{
					node: new Localtrac(),
					method: 'searchLocations',
					parameterName: 'locationId',
					parameters: { resource: 'location', operation: 'get' },
					credentials: { localtracApi: credentialData(validSession()) as never },
					credentialTypes: { localtracApi: new LocaltracApi() },
				},
				filter,
				paginationToken,
			);
		}

		test('lists a full page with the next page as token', async () => {
			const api = mockApi();
			const records = locations(1, 20);
			records[1].active = false;
			api.scope.get('/localtrac/locations?p=1').reply(200, records);

			const result = await search();

			expect(api.sent).toEqual([GET('/localtrac/locations?p=1')]);
			expect(result.paginationToken).toBe('2');
			expect(result.results).toHaveLength(20);
			expect(result.results.slice(0, 2)).toEqual([
				{ name: 'Location 1 – 1 Rue Principale, Montréal, QC', value: records[0].uuid },
				{ name: 'Location 2 – 2 Rue Principale, Montréal, QC (inactive)', value: records[1].uuid },
			]);
		});

		test('filters the page by name, address, store code or UUID; a short page ends the list', async () => {
			const api = mockApi();
			api.scope.get('/localtrac/locations?p=3').reply(200, [
				{ uuid: UUID_A, name: 'Corner Bakery', address: '12 rue Sainte-Catherine', storecode: 'CB-12', active: true },
				{ uuid: 'ffffffff-0000-4000-8000-000000000000', name: '', address: '', storecode: 'X', active: true },
			]);

			const result = await search(' cb-1 ', '3');

			expect(api.sent).toEqual([GET('/localtrac/locations?p=3')]);
			expect(result).toEqual({ results: [{ name: 'Corner Bakery – 12 rue Sainte-Catherine', value: UUID_A }], paginationToken: undefined });
		});
	});
});
