import type { IDataObject } from 'n8n-workflow';

import { GuestonlineApi } from '../../credentials/GuestonlineApi.credentials';
import { Guestonline } from '../../nodes/Guestonline/Guestonline.node';
import { runListSearch } from '../harness/list-search';
import { byId, decodeForm, envelope, FORM, mockApi, output, runGuestonline, TOKEN } from './helpers';

// Records from the "Contacts" section of the vendor docs, trimmed.
const koch = {
	object: 'contact',
	id: 622359,
	lastname: 'Koch',
	firstname: 'Skyla',
	email: 'adolph@schamberger.us',
	mobile_phone: '33620506100',
	restaurant_id: 479,
};
const cabarrou = {
	object: 'contact',
	id: 622356,
	lastname: 'Cabarrou',
	firstname: null,
	email: null,
	accept_email_spam: false,
	accept_sms_spam: false,
	country_code: 'FR',
	restaurant_id: 479,
};
const listRestaurant = { __rl: true, mode: 'list', value: '479' };

describe('Guestonline contact', () => {
	describe('getAll', () => {
		test('sends the email, mobile phone and last name filters with the first page', async () => {
			const api = mockApi();
			api.scope.get('/v1/contacts').query(true).reply(200, envelope('contacts', [koch]));

			const run = await runGuestonline({
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: { email: 'adolph@schamberger.us', mobile_phone: '33 6 20 50 61 00', lastname: 'Koch' },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'GET',
					path: '/v1/contacts?email=adolph%40schamberger.us&mobile_phone=33%206%2020%2050%2061%2000&lastname=Koch&page=1&max_results=100',
					token: TOKEN,
				},
			]);
			expect(output(run)).toEqual([{ json: koch, pairedItem: { item: 0 } }]);
		});

		test('sends the Restaurant filter as restaurant_id', async () => {
			const api = mockApi();
			api.scope.get('/v1/contacts').query(true).reply(200, envelope('contacts', [koch]));

			const run = await runGuestonline({
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: { restaurantId: listRestaurant, lastname: 'Koch' },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'GET', path: '/v1/contacts?restaurant_id=479&lastname=Koch&page=1&max_results=100', token: TOKEN },
			]);
			expect(output(run)).toEqual([{ json: koch, pairedItem: { item: 0 } }]);
		});

		test.each([
			['left empty', { __rl: true, mode: 'list', value: '' }, '/v1/contacts?page=1&max_results=100'],
			['typed by ID', byId(' 479 '), '/v1/contacts?restaurant_id=479&page=1&max_results=100'],
		])('a Restaurant filter %s is sent accordingly', async (_case, restaurantId, path) => {
			const api = mockApi();
			api.scope.get('/v1/contacts').query(true).reply(200, envelope('contacts', [koch]));

			const run = await runGuestonline({ resource: 'contact', operation: 'getAll', returnAll: true, filters: { restaurantId } });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path, token: TOKEN }]);
			expect(output(run)).toEqual([{ json: koch, pairedItem: { item: 0 } }]);
		});

		test('rejects a Restaurant filter that is not a numeric ID, naming the rule', async () => {
			const api = mockApi();
			const run = await runGuestonline({
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: { restaurantId: { __rl: true, mode: 'list', value: 'abc' } },
			});
			expect(run.error?.message).toBe('Invalid "Restaurant": must be a positive whole number (the numeric ID) [item 0]');
			expect(api.sent).toEqual([]);
		});

		test('with a limit asks for one page of that size and no more', async () => {
			const api = mockApi();
			api.scope.get('/v1/contacts').query(true).reply(200, envelope('contacts', [koch], 1, 624, 624));

			const run = await runGuestonline({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 1 });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/contacts?page=1&max_results=1', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: koch, pairedItem: { item: 0 } }]);
		});

		test('Return All reads every page the first page announces', async () => {
			const api = mockApi();
			api.scope.get('/v1/contacts').query({ page: '1', max_results: '1' }).reply(200, envelope('contacts', [koch], 1, 2, 2));
			api.scope.get('/v1/contacts').query({ page: '2', max_results: '1' }).reply(200, envelope('contacts', [cabarrou], 2, 2, 2));

			const run = await runGuestonline({ resource: 'contact', operation: 'getAll', returnAll: true, options: { pageSize: 1 } });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'GET', path: '/v1/contacts?page=1&max_results=1', token: TOKEN },
				{ method: 'GET', path: '/v1/contacts?page=2&max_results=1', token: TOKEN },
			]);
			expect(output(run)).toEqual([
				{ json: koch, pairedItem: { item: 0 } },
				{ json: cabarrou, pairedItem: { item: 0 } },
			]);
		});

		test.each([
			[{ filters: { email: 'adolph.schamberger.us' } }, 'Invalid "Email": must be a valid email address [item 0]'],
			[{ filters: { mobile_phone: 'abc' } }, 'Invalid "Mobile Phone": must be a phone number of digits, spaces and an optional leading + [item 0]'],
			[{ filters: { lastname: 'K'.repeat(51) } }, 'Invalid "Last Name": must be at most 50 characters [item 0]'],
			[{ returnAll: false, limit: '={{ 0 }}' }, 'Invalid "Limit": must be at least 1 [item 0]'],
			[{ options: { pageSize: 101 } }, 'Invalid "Page Size": must be at most 100 [item 0]'],
			[{ options: { pageSize: 0 } }, 'Invalid "Page Size": must be at least 1 [item 0]'],
		])('rejects %j before sending anything', async (params, message) => {
			const api = mockApi();
			const run = await runGuestonline({ resource: 'contact', operation: 'getAll', returnAll: true, ...params });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('get', () => {
		test('reads one contact by ID', async () => {
			const api = mockApi();
			api.scope.get('/v1/contacts/622359').reply(200, koch);

			const run = await runGuestonline({ resource: 'contact', operation: 'get', contactId: byId(622359) });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/contacts/622359', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: koch, pairedItem: { item: 0 } }]);
		});

		test('reads one contact per input item, each output paired with its item', async () => {
			const api = mockApi();
			api.scope.get('/v1/contacts/622359').reply(200, koch);
			api.scope.get('/v1/contacts/622356').reply(200, cabarrou);

			const run = await runGuestonline(
				{ resource: 'contact', operation: 'get', contactId: { __rl: true, mode: 'list', value: '={{ $json.id }}' } },
				{ input: [{ id: 622359 }, { id: '622356' }] },
			);

			expect(run.error).toBeUndefined();
			// Reads run in parallel: compare without relying on the order they were sent in.
			expect([...api.sent].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
				{ method: 'GET', path: '/v1/contacts/622356', token: TOKEN },
				{ method: 'GET', path: '/v1/contacts/622359', token: TOKEN },
			]);
			expect(output(run)).toEqual([
				{ json: koch, pairedItem: { item: 0 } },
				{ json: cabarrou, pairedItem: { item: 1 } },
			]);
		});

		test.each([
			[{ __rl: true, mode: 'list', value: 'abc' }, []],
			[byId('={{ $json.id }}'), [{ id: '622359/bookings' }]],
			[byId('={{ $json.id }}'), [{ id: 0 }]],
		])('rejects the contact ID %j (input %j) before sending anything', async (contactId, input) => {
			const api = mockApi();
			const run = await runGuestonline({ resource: 'contact', operation: 'get', contactId }, { input: input.length ? input : undefined });
			expect(run.error?.message).toBe('Invalid "Contact": must be a positive whole number (the numeric ID) [item 0]');
			expect(api.sent).toEqual([]);
		});

		test('a non-numeric ID typed in "By ID" mode is refused by n8n with the locator\'s message', async () => {
			const api = mockApi();
			await expect(runGuestonline({ resource: 'contact', operation: 'get', contactId: byId('abc') })).rejects.toThrow(
				'A contact ID is a whole number, e.g. 622359',
			);
			expect(api.sent).toEqual([]);
		});
	});

	describe('create', () => {
		test('with only the last name sends contact[lastname], as in the docs example', async () => {
			const created = { ...cabarrou };
			const api = mockApi();
			api.scope.post('/v1/contacts').reply(200, created);

			const run = await runGuestonline({ resource: 'contact', operation: 'create', lastname: 'Cabarrou' });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'POST', path: '/v1/contacts', body: 'contact%5Blastname%5D=Cabarrou', contentType: FORM, token: TOKEN },
			]);
			expect(decodeForm(api.sent[0].body)).toBe('contact[lastname]=Cabarrou');
			expect(output(run)).toEqual([{ json: created, pairedItem: { item: 0 } }]);
		});

		test('sends the last name, the restaurant and every optional field under contact[...]', async () => {
			const full = {
				object: 'contact',
				id: 622359,
				lastname: 'Koch',
				firstname: 'Skyla',
				email: 'adolph@schamberger.us',
				birthday: '1980-01-01',
				gender: 2,
				fixed_phone: '33520506100',
				mobile_phone: '33620506100',
				address: '8 rue des restaurants',
				extra_address: 'allée des gastronomes',
				postcode: '31000',
				city: 'TOULOUSE',
				company: 'TableOnline',
				country: 'France',
				accept_email_spam: true,
				accept_sms_spam: true,
				note: 'lactose',
				warning: true,
				country_code: 'FR',
				restaurant_id: 479,
			};
			const api = mockApi();
			api.scope.post('/v1/contacts').reply(200, full);

			const run = await runGuestonline({
				resource: 'contact',
				operation: 'create',
				lastname: 'Koch',
				restaurantId: byId(479),
				additionalFields: {
					firstname: 'Skyla',
					email: 'adolph@schamberger.us',
					birthday: '1980-01-01',
					gender: 2,
					fixed_phone: '33 5 20 50 61 00',
					mobile_phone: '+33 6 20 50 61 00',
					address: '8 rue des restaurants',
					extra_address: 'allée des gastronomes',
					postcode: '31000',
					city: 'TOULOUSE',
					company: 'TableOnline',
					country: 'France',
					country_code: 'FR',
					accept_email_spam: true,
					accept_sms_spam: true,
					note: 'lactose',
					warning: true,
				},
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'POST',
					path: '/v1/contacts',
					body: [
						'contact%5Blastname%5D=Koch',
						'contact%5Bfirstname%5D=Skyla',
						'contact%5Bemail%5D=adolph%40schamberger.us',
						'contact%5Bbirthday%5D=1980-01-01',
						'contact%5Bgender%5D=2',
						'contact%5Bfixed_phone%5D=33%205%2020%2050%2061%2000',
						'contact%5Bmobile_phone%5D=%2B33%206%2020%2050%2061%2000',
						'contact%5Baddress%5D=8%20rue%20des%20restaurants',
						'contact%5Bextra_address%5D=all%C3%A9e%20des%20gastronomes',
						'contact%5Bpostcode%5D=31000',
						'contact%5Bcity%5D=TOULOUSE',
						'contact%5Bcompany%5D=TableOnline',
						'contact%5Bcountry%5D=France',
						'contact%5Bcountry_code%5D=FR',
						'contact%5Baccept_email_spam%5D=true',
						'contact%5Baccept_sms_spam%5D=true',
						'contact%5Bnote%5D=lactose',
						'contact%5Bwarning%5D=true',
						'contact%5Brestaurant_id%5D=479',
					].join('&'),
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe(
				'contact[lastname]=Koch&contact[firstname]=Skyla&contact[email]=adolph@schamberger.us&contact[birthday]=1980-01-01' +
					'&contact[gender]=2&contact[fixed_phone]=33 5 20 50 61 00&contact[mobile_phone]=+33 6 20 50 61 00' +
					'&contact[address]=8 rue des restaurants&contact[extra_address]=allée des gastronomes&contact[postcode]=31000' +
					'&contact[city]=TOULOUSE&contact[company]=TableOnline&contact[country]=France&contact[country_code]=FR' +
					'&contact[accept_email_spam]=true&contact[accept_sms_spam]=true&contact[note]=lactose&contact[warning]=true' +
					'&contact[restaurant_id]=479',
			);
			expect(output(run)).toEqual([{ json: full, pairedItem: { item: 0 } }]);
		});

		test('accepts every field at its documented maximum length and trims the last name', async () => {
			const api = mockApi();
			api.scope.post('/v1/contacts').reply(200, cabarrou);
			const email = `${'a'.repeat(288)}@example.com`; // 300 characters

			const run = await runGuestonline({
				resource: 'contact',
				operation: 'create',
				lastname: `  ${'L'.repeat(50)}  `,
				restaurantId: listRestaurant,
				additionalFields: {
					firstname: 'F'.repeat(50),
					email,
					fixed_phone: '3'.repeat(25),
					postcode: '31000',
					city: 'C'.repeat(50),
					country_code: 'FRA',
				},
			});

			expect(run.error).toBeUndefined();
			expect(email).toHaveLength(300);
			expect(api.sent).toHaveLength(1);
			expect(api.sent[0].contentType).toBe(FORM);
			expect(decodeForm(api.sent[0].body)).toBe(
				`contact[lastname]=${'L'.repeat(50)}&contact[firstname]=${'F'.repeat(50)}&contact[email]=${email}` +
					`&contact[fixed_phone]=${'3'.repeat(25)}&contact[postcode]=31000&contact[city]=${'C'.repeat(50)}` +
					'&contact[country_code]=FRA&contact[restaurant_id]=479',
			);
			expect(output(run)).toEqual([{ json: cabarrou, pairedItem: { item: 0 } }]);
		});

		const phoneRule = 'must be a phone number of digits, spaces and an optional leading +';
		test.each([
			['   ', {}, 'Invalid "Last Name": is required [item 0]'],
			['K'.repeat(51), {}, 'Invalid "Last Name": must be at most 50 characters [item 0]'],
			['Koch', { firstname: 'S'.repeat(51) }, 'Invalid "First Name": must be at most 50 characters [item 0]'],
			['Koch', { email: `${'a'.repeat(289)}@example.com` }, 'Invalid "Email": must be at most 300 characters [item 0]'],
			['Koch', { email: 'adolph.schamberger.us' }, 'Invalid "Email": must be a valid email address [item 0]'],
			['Koch', { birthday: '1980-13-01' }, 'Invalid "Birthday": is not a real calendar date [item 0]'],
			['Koch', { birthday: '01/01/1980' }, 'Invalid "Birthday": must be a date in the form YYYY-MM-DD [item 0]'],
			['Koch', { gender: 3 }, 'Invalid "Gender": must be 1 (male) or 2 (female) [item 0]'],
			['Koch', { fixed_phone: 'abc' }, `Invalid "Landline Phone": ${phoneRule} [item 0]`],
			['Koch', { fixed_phone: '3'.repeat(26) }, 'Invalid "Landline Phone": must be at most 25 characters [item 0]'],
			['Koch', { mobile_phone: 'abc' }, `Invalid "Mobile Phone": ${phoneRule} [item 0]`],
			['Koch', { mobile_phone: '3'.repeat(26) }, 'Invalid "Mobile Phone": must be at most 25 characters [item 0]'],
			['Koch', { address: 'a'.repeat(201) }, 'Invalid "Address": must be at most 200 characters [item 0]'],
			['Koch', { extra_address: 'a'.repeat(201) }, 'Invalid "Extra Address": must be at most 200 characters [item 0]'],
			['Koch', { postcode: '310000' }, 'Invalid "Postcode": must be at most 5 characters [item 0]'],
			['Koch', { city: 'T'.repeat(51) }, 'Invalid "City": must be at most 50 characters [item 0]'],
			['Koch', { company: 'T'.repeat(101) }, 'Invalid "Company": must be at most 100 characters [item 0]'],
			['Koch', { country: 'F'.repeat(101) }, 'Invalid "Country": must be at most 100 characters [item 0]'],
			['Koch', { country_code: 'FRAN' }, 'Invalid "Country Code": must be at most 3 characters [item 0]'],
			['Koch', { accept_email_spam: true }, 'Invalid "Accepts Email Campaigns": can only be set when an Email is given [item 0]'],
			[
				'Koch',
				{ accept_sms_spam: true, fixed_phone: '33520506100' },
				'Invalid "Accepts SMS Campaigns": can only be set when a Mobile Phone is given [item 0]',
			],
		])('rejects last name %j with %j before sending anything', async (lastname, additionalFields, message) => {
			const api = mockApi();
			const run = await runGuestonline({ resource: 'contact', operation: 'create', lastname, additionalFields });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});

		test('rejects a last name that an expression leaves empty', async () => {
			const api = mockApi();
			const run = await runGuestonline(
				{ resource: 'contact', operation: 'create', lastname: '={{ $json.lastname }}' },
				{ input: [{ lastname: '' }] },
			);
			expect(run.error?.message).toBe('Invalid "Last Name": is required [item 0]');
			expect(api.sent).toEqual([]);
		});

		test('rejects a restaurant ID that is not a number', async () => {
			const api = mockApi();
			const run = await runGuestonline({
				resource: 'contact',
				operation: 'create',
				lastname: 'Koch',
				restaurantId: { __rl: true, mode: 'list', value: 'wasabi' },
			});
			expect(run.error?.message).toBe('Invalid "Restaurant": must be a positive whole number (the numeric ID) [item 0]');
			expect(api.sent).toEqual([]);
		});
	});

	describe('update', () => {
		test('sends only the field given, as in the docs example', async () => {
			const updated = { ...cabarrou, firstname: 'Magalie' };
			const api = mockApi();
			api.scope.put('/v1/contacts/622356').reply(200, updated);

			const run = await runGuestonline({
				resource: 'contact',
				operation: 'update',
				contactId: byId(622356),
				updateFields: { firstname: 'Magalie' },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'PUT', path: '/v1/contacts/622356', body: 'contact%5Bfirstname%5D=Magalie', contentType: FORM, token: TOKEN },
			]);
			expect(decodeForm(api.sent[0].body)).toBe('contact[firstname]=Magalie');
			expect(output(run)).toEqual([{ json: updated, pairedItem: { item: 0 } }]);
		});

		test('sends false switches, the last name and the restaurant when they are given, and nothing else', async () => {
			const updated = { ...cabarrou, warning: false };
			const api = mockApi();
			api.scope.put('/v1/contacts/622356').reply(200, updated);

			const run = await runGuestonline({
				resource: 'contact',
				operation: 'update',
				contactId: { __rl: true, mode: 'list', value: '622356' },
				updateFields: { lastname: 'Cabarrou-Duhar', accept_sms_spam: false, warning: false, restaurant_id: '479' },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: '/v1/contacts/622356',
					body: 'contact%5Blastname%5D=Cabarrou-Duhar&contact%5Baccept_sms_spam%5D=false&contact%5Bwarning%5D=false&contact%5Brestaurant_id%5D=479',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe(
				'contact[lastname]=Cabarrou-Duhar&contact[accept_sms_spam]=false&contact[warning]=false&contact[restaurant_id]=479',
			);
			expect(output(run)).toEqual([{ json: updated, pairedItem: { item: 0 } }]);
		});

		test.each([
			[byId(622356), {}, 'Invalid "Update Fields": add at least one field to change [item 0]'],
			[{ __rl: true, mode: 'list', value: 'abc' }, { firstname: 'Magalie' }, 'Invalid "Contact": must be a positive whole number (the numeric ID) [item 0]'],
			[byId(622356), { firstname: 'M'.repeat(51) }, 'Invalid "First Name": must be at most 50 characters [item 0]'],
			[byId(622356), { lastname: 'C'.repeat(51) }, 'Invalid "Last Name": must be at most 50 characters [item 0]'],
			[byId(622356), { email: 'magalie@' }, 'Invalid "Email": must be a valid email address [item 0]'],
			[byId(622356), { gender: 3 }, 'Invalid "Gender": must be 1 (male) or 2 (female) [item 0]'],
			[byId(622356), { postcode: '310000' }, 'Invalid "Postcode": must be at most 5 characters [item 0]'],
			[byId(622356), { restaurant_id: 'abc' }, 'Invalid "Restaurant ID": must be a positive whole number (the numeric ID) [item 0]'],
		])('rejects contact %j with %j before sending anything', async (contactId, updateFields, message) => {
			const api = mockApi();
			const run = await runGuestonline({ resource: 'contact', operation: 'update', contactId, updateFields });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('"From list" searches', () => {
		/** Runs a listSearch method as the editor does. */
		async function search(method: 'searchContacts' | 'searchRestaurants', filter?: string, paginationToken?: string) {
			return await runListSearch(
				{
					node: new Guestonline(),
					method,
					parameterName: method === 'searchContacts' ? 'contactId' : 'restaurantId',
					parameters: { resource: 'contact', operation: 'create' },
					credentials: { guestonlineApi: { token: TOKEN } },
					credentialTypes: { guestonlineApi: new GuestonlineApi() },
				},
				filter,
				paginationToken,
			);
		}

		test.each([
			['Koch', 'lastname=Koch&'],
			['adolph@schamberger.us', 'email=adolph%40schamberger.us&'],
			['+33 6 20 50', 'mobile_phone=%2B33%206%2020%2050&'],
			[undefined, ''],
		])('contacts: the filter %j is sent as %j and the next page is offered', async (filter, query) => {
			const api = mockApi();
			const nameless = { object: 'contact', id: 5, lastname: null, firstname: null, email: null };
			api.scope.get('/v1/contacts').query(true).reply(200, envelope('contacts', [koch, nameless], 1, 3, 102));

			const result = await search('searchContacts', filter);

			expect(api.sent).toEqual([{ method: 'GET', path: `/v1/contacts?${query}page=1&max_results=50`, token: TOKEN }]);
			expect(result).toEqual({
				results: [
					{ name: 'Skyla Koch – adolph@schamberger.us', value: '622359' },
					{ name: 'Contact 5', value: '5' },
				],
				paginationToken: '2',
			});
		});

		test('contacts: the last page offers no further page', async () => {
			const api = mockApi();
			api.scope.get('/v1/contacts').query(true).reply(200, envelope('contacts', [cabarrou], 3, 3, 101));

			const result = await search('searchContacts', undefined, '3');

			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/contacts?page=3&max_results=50', token: TOKEN }]);
			expect(result).toEqual({ results: [{ name: 'Cabarrou', value: '622356' }], paginationToken: undefined });
		});

		test('restaurants: filters the page read by name, city or ID', async () => {
			const api = mockApi();
			const records: IDataObject[] = [
				{ object: 'restaurant', id: 479, name: 'Wasabi', city: 'Toulouse' },
				{ object: 'restaurant', id: 2, name: 'Sakura', city: 'Paris' },
			];
			api.scope.get('/v1/restaurants').query(true).reply(200, envelope('restaurants', records));

			const result = await search('searchRestaurants', ' toul ');

			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/restaurants?page=1&max_results=50', token: TOKEN }]);
			expect(result).toEqual({ results: [{ name: 'Wasabi, Toulouse', value: '479' }], paginationToken: undefined });
		});
	});
});
