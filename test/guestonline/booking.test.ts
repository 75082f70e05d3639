import type { IDataObject } from 'n8n-workflow';

import type { GuestonlineRunOptions } from './helpers';
import { byId, decodeForm, envelope, FORM, mockApi, output, runGuestonline, TOKEN } from './helpers';

/** Records as the vendor docs show them (Bookings section). */
const booking577988 = {
	object: 'booking',
	id: 577988,
	booking_state: 'validated',
	booked_persons_number: 2,
	present_persons_number: 2,
	cancel_actor: null,
	cancel_reason: null,
	booking_type: 'restaurant',
	note: null,
	period: 'dinner',
	booking_date: '2014-09-05',
	booking_time: '2014-09-05T20:00:00+02:00',
	email: 'nelle@heller.uk',
	firstname: 'Mazie',
	lastname: 'Hegmann',
	contact_id: 622360,
	restaurant_id: 479,
};

const booking577990 = {
	object: 'booking',
	id: 577990,
	booking_state: 'initialized',
	booked_persons_number: 15,
	present_persons_number: 15,
	cancel_actor: null,
	cancel_reason: null,
	booking_type: 'restaurant',
	note: 'my booking from api',
	period: 'dinner',
	booking_date: '2014-11-06',
	booking_time: '2014-11-06T20:00:00+01:00',
	email: 'api@guestonline.fr',
	firstname: 'Api',
	lastname: 'GuestOnline',
	contact_id: 622361,
	restaurant_id: 479,
};

/** Small numbered records for the pagination tests. */
const bookings = (from: number, count: number): IDataObject[] =>
	Array.from({ length: count }, (_, i) => ({ object: 'booking', id: from + i, booking_state: 'validated' }));

const items = (records: IDataObject[]) => records.map((json) => ({ json, pairedItem: { item: 0 } }));

const runBooking = async (operation: string, parameters: IDataObject, options?: GuestonlineRunOptions) =>
	await runGuestonline({ resource: 'booking', operation, ...parameters }, options);

/** Runs a booking operation that must be refused before anything is sent, with exactly this message. */
async function expectRefused(operation: string, parameters: IDataObject, message: string): Promise<void> {
	const api = mockApi();
	const run = await runBooking(operation, parameters);
	expect(run.error?.message).toBe(message);
	expect(api.sent).toEqual([]);
}

describe('Guestonline booking', () => {
	describe('getAll', () => {
		test('sends the filters and expands as query parameters and returns one item per booking', async () => {
			const api = mockApi();
			api.scope
				.get('/v1/bookings')
				.query({
					period: 'dinner',
					booking_state: 'validated',
					booking_date: '2014-09-05',
					'expands[]': ['contact', 'booking_info'],
					page: '1',
					max_results: '100',
				})
				.reply(200, envelope('bookings', [booking577988]));

			const run = await runBooking('getAll', {
				returnAll: true,
				filters: { bookingDate: '2014-09-05', bookingState: 'validated', expands: ['contact', 'booking_info'], period: 'dinner' },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'GET',
					path: '/v1/bookings?period=dinner&booking_state=validated&booking_date=2014-09-05&expands%5B%5D=contact&expands%5B%5D=booking_info&page=1&max_results=100',
					token: TOKEN,
				},
			]);
			expect(output(run)).toEqual([{ json: booking577988, pairedItem: { item: 0 } }]);
			expect(api.scope.isDone()).toBe(true);
		});

		// The Restaurant filter is a resource locator inside the Filters collection; the node stores it as {__rl, mode, value}.
		// readInput (nodes/Guestonline/input.ts) flattens collections without extracting locator values, so the
		// object reaches the numeric-ID rule and the run fails with 'Invalid "Restaurant": Invalid input'. Reported.
		test('filters by restaurant when the Restaurant filter is picked from the list', async () => {
			const api = mockApi();
			api.scope
				.get('/v1/bookings')
				.query({ restaurant_id: '479', page: '1', max_results: '100' })
				.reply(200, envelope('bookings', [booking577988]));

			const run = await runBooking('getAll', {
				returnAll: true,
				filters: { restaurantId: { __rl: true, mode: 'list', value: '479' } },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/bookings?restaurant_id=479&page=1&max_results=100', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: booking577988, pairedItem: { item: 0 } }]);
		});

		test('Return All reads all 3 pages and keeps page order when page 2 answers last', async () => {
			const page1 = bookings(1, 100);
			const page2 = bookings(101, 100);
			const page3 = bookings(201, 30);
			const api = mockApi();
			api.scope.get('/v1/bookings').query({ page: '1', max_results: '100' }).reply(200, envelope('bookings', page1, 1, 3, 230));
			api.scope.get('/v1/bookings').query({ page: '2', max_results: '100' }).delay(50).reply(200, envelope('bookings', page2, 2, 3, 230));
			api.scope.get('/v1/bookings').query({ page: '3', max_results: '100' }).reply(200, envelope('bookings', page3, 3, 3, 230));

			const run = await runBooking('getAll', { returnAll: true });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'GET', path: '/v1/bookings?page=1&max_results=100', token: TOKEN },
				{ method: 'GET', path: '/v1/bookings?page=2&max_results=100', token: TOKEN },
				{ method: 'GET', path: '/v1/bookings?page=3&max_results=100', token: TOKEN },
			]);
			expect(output(run)).toEqual(items([...page1, ...page2, ...page3]));
			expect(api.scope.isDone()).toBe(true);
		});

		test('a Limit of 150 over pages of 100 reads exactly 2 pages and returns 150 bookings', async () => {
			const page1 = bookings(1, 100);
			const page2 = bookings(101, 100);
			const api = mockApi();
			api.scope.get('/v1/bookings').query({ page: '1', max_results: '100' }).reply(200, envelope('bookings', page1, 1, 3, 230));
			api.scope.get('/v1/bookings').query({ page: '2', max_results: '100' }).reply(200, envelope('bookings', page2, 2, 3, 230));

			const run = await runBooking('getAll', { returnAll: false, limit: 150 });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'GET', path: '/v1/bookings?page=1&max_results=100', token: TOKEN },
				{ method: 'GET', path: '/v1/bookings?page=2&max_results=100', token: TOKEN },
			]);
			expect(output(run)).toEqual(items([...page1, ...page2.slice(0, 50)]));
			expect(api.scope.isDone()).toBe(true);
		});

		test.each([
			[{ bookingDate: '05/09/2014' }, 'Invalid "Booking Date": must be a date in the form YYYY-MM-DD [item 0]'],
			[{ bookingDate: '2014-02-30' }, 'Invalid "Booking Date": is not a real calendar date [item 0]'],
			[{ bookingState: 'pending' }, 'Invalid "Booking State": must be one of: initialized, validated, canceled, fully_faked, partially_faked, honored [item 0]'],
			[{ period: 'supper' }, 'Invalid "Period": must be one of: breakfast, brunch, lunch, afternoon, dinner, no_service [item 0]'],
		])('rejects the filters %j before sending anything', async (filters, message) => {
			await expectRefused('getAll', { returnAll: true, filters }, message);
		});
	});

	describe('get', () => {
		test('reads one booking picked from the list', async () => {
			const api = mockApi();
			api.scope.get('/v1/bookings/577988').reply(200, booking577988);

			const run = await runBooking('get', { bookingId: { __rl: true, mode: 'list', value: '577988' } });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/bookings/577988', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: booking577988, pairedItem: { item: 0 } }]);
		});

		test('sends the chosen expands as expands[]', async () => {
			const withContact = { ...booking577988, contact: { object: 'contact', id: 622360, lastname: 'Hegmann' } };
			const api = mockApi();
			api.scope.get('/v1/bookings/577988').query({ 'expands[]': ['contact', 'tables'] }).reply(200, withContact);

			const run = await runBooking('get', { bookingId: byId(577988), additionalFields: { expands: ['contact', 'tables'] } });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'GET', path: '/v1/bookings/577988?expands%5B%5D=contact&expands%5B%5D=tables', token: TOKEN },
			]);
			expect(output(run)).toEqual([{ json: withContact, pairedItem: { item: 0 } }]);
		});

		test('a 404 from the API becomes the error of the run, with the vendor message', async () => {
			const api = mockApi();
			api.scope.get('/v1/bookings/577988').reply(404, { message: 'Booking not found', status: 404 });

			const run = await runBooking('get', { bookingId: byId(577988) });

			expect(run.error?.message).toBe('Booking not found');
			expect(run.error?.httpCode).toBe('404');
			expect(api.sent).toEqual([{ method: 'GET', path: '/v1/bookings/577988', token: TOKEN }]);
		});
	});

	describe('create', () => {
		const when = { bookingDate: '2014-11-06', bookingTime: '2014-11-06T20:00:00+02:00', bookedPersonsNumber: 15 };

		test('books for an existing contact with every documented field', async () => {
			const api = mockApi();
			api.scope.post('/v1/bookings').reply(200, { ...booking577990, id: 577989, contact_id: 622360 });

			const run = await runBooking('create', {
				restaurantId: byId(479),
				...when,
				contactMode: 'existing',
				contactId: byId(622360),
				additionalFields: { note: 'my booking from api', send_reminders: true, user_locale: 'fr' },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'POST',
					path: '/v1/bookings',
					body:
						'booking%5Bbooking_date%5D=2014-11-06&booking%5Bbooking_time%5D=2014-11-06T20%3A00%3A00%2B02%3A00' +
						'&booking%5Bbooked_persons_number%5D=15&booking%5Brestaurant_id%5D=479' +
						'&booking%5Bnote%5D=my%20booking%20from%20api&booking%5Bsend_reminders%5D=true' +
						'&booking%5Buser_locale%5D=fr&booking%5Bcontact_id%5D=622360',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe(
				'booking[booking_date]=2014-11-06&booking[booking_time]=2014-11-06T20:00:00+02:00' +
					'&booking[booked_persons_number]=15&booking[restaurant_id]=479&booking[note]=my booking from api' +
					'&booking[send_reminders]=true&booking[user_locale]=fr&booking[contact_id]=622360',
			);
			expect(output(run)).toEqual([{ json: { ...booking577990, id: 577989, contact_id: 622360 }, pairedItem: { item: 0 } }]);
		});

		test('leaves out the restaurant when none is chosen (single-restaurant token)', async () => {
			const api = mockApi();
			api.scope.post('/v1/bookings').reply(200, booking577988);

			const run = await runBooking('create', {
				bookingDate: '2014-09-05',
				bookingTime: '2014-09-05T20:00:00+02:00',
				bookedPersonsNumber: 2,
				contactId: { __rl: true, mode: 'list', value: '622360' },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'POST',
					path: '/v1/bookings',
					body:
						'booking%5Bbooking_date%5D=2014-09-05&booking%5Bbooking_time%5D=2014-09-05T20%3A00%3A00%2B02%3A00' +
						'&booking%5Bbooked_persons_number%5D=2&booking%5Bcontact_id%5D=622360',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe(
				'booking[booking_date]=2014-09-05&booking[booking_time]=2014-09-05T20:00:00+02:00' +
					'&booking[booked_persons_number]=2&booking[contact_id]=622360',
			);
			expect(output(run)).toEqual([{ json: booking577988, pairedItem: { item: 0 } }]);
		});

		test('creates the contact with the booking in "new" mode, with metadata', async () => {
			const api = mockApi();
			api.scope.post('/v1/bookings').reply(200, booking577990);

			const run = await runBooking('create', {
				restaurantId: byId(479),
				...when,
				contactMode: 'new',
				contactLastname: 'GuestOnline',
				contact: {
					firstname: 'Api',
					email: 'api@guestonline.fr',
					mobile_phone: '33612233445',
					accept_email_spam: true,
					accept_sms_spam: true,
					country_code: 'fr',
				},
				additionalFields: { note: 'my booking from api', send_reminders: true, user_locale: 'fr' },
				metadata: { entry: [{ key: 'source', value: 'n8n' }, { key: 'campaign', value: 'winter 2014' }] },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'POST',
					path: '/v1/bookings',
					body:
						'booking%5Bbooking_date%5D=2014-11-06&booking%5Bbooking_time%5D=2014-11-06T20%3A00%3A00%2B02%3A00' +
						'&booking%5Bbooked_persons_number%5D=15&booking%5Brestaurant_id%5D=479' +
						'&booking%5Bnote%5D=my%20booking%20from%20api&booking%5Bsend_reminders%5D=true&booking%5Buser_locale%5D=fr' +
						'&booking%5Bcontact%5D%5Blastname%5D=GuestOnline&booking%5Bcontact%5D%5Bfirstname%5D=Api' +
						'&booking%5Bcontact%5D%5Bemail%5D=api%40guestonline.fr&booking%5Bcontact%5D%5Bmobile_phone%5D=33612233445' +
						'&booking%5Bcontact%5D%5Bcountry_code%5D=fr&booking%5Bcontact%5D%5Baccept_email_spam%5D=true' +
						'&booking%5Bcontact%5D%5Baccept_sms_spam%5D=true' +
						'&metadata%5Bsource%5D=n8n&metadata%5Bcampaign%5D=winter%202014',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe(
				'booking[booking_date]=2014-11-06&booking[booking_time]=2014-11-06T20:00:00+02:00' +
					'&booking[booked_persons_number]=15&booking[restaurant_id]=479&booking[note]=my booking from api' +
					'&booking[send_reminders]=true&booking[user_locale]=fr' +
					'&booking[contact][lastname]=GuestOnline&booking[contact][firstname]=Api' +
					'&booking[contact][email]=api@guestonline.fr&booking[contact][mobile_phone]=33612233445' +
					'&booking[contact][country_code]=fr&booking[contact][accept_email_spam]=true' +
					'&booking[contact][accept_sms_spam]=true&metadata[source]=n8n&metadata[campaign]=winter 2014',
			);
			expect(output(run)).toEqual([{ json: booking577990, pairedItem: { item: 0 } }]);
		});

		test('in "new" mode the last name is sent trimmed and no contact_id is sent', async () => {
			const api = mockApi();
			api.scope.post('/v1/bookings').reply(200, booking577990);

			const run = await runBooking('create', {
				...when,
				contactMode: 'new',
				contactLastname: '  GuestOnline ',
				// Ignored in "new" mode: the field is hidden there.
				contactId: byId(622360),
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'POST',
					path: '/v1/bookings',
					body:
						'booking%5Bbooking_date%5D=2014-11-06&booking%5Bbooking_time%5D=2014-11-06T20%3A00%3A00%2B02%3A00' +
						'&booking%5Bbooked_persons_number%5D=15&booking%5Bcontact%5D%5Blastname%5D=GuestOnline',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe(
				'booking[booking_date]=2014-11-06&booking[booking_time]=2014-11-06T20:00:00+02:00' +
					'&booking[booked_persons_number]=15&booking[contact][lastname]=GuestOnline',
			);
			expect(output(run)).toEqual([{ json: booking577990, pairedItem: { item: 0 } }]);
		});

		const existing = { restaurantId: byId(479), ...when, contactMode: 'existing', contactId: byId(622360) };
		const fresh = { restaurantId: byId(479), ...when, contactMode: 'new', contactLastname: 'GuestOnline' };
		const longEmail = `${'a'.repeat(289)}@example.com`; // 301 characters

		test.each<[string, IDataObject, string]>([
			['a booking date not in YYYY-MM-DD', { ...existing, bookingDate: '06/11/2014' }, 'Invalid "Booking Date": must be a date in the form YYYY-MM-DD [item 0]'],
			['a booking date that does not exist', { ...existing, bookingDate: '2014-02-30' }, 'Invalid "Booking Date": is not a real calendar date [item 0]'],
			[
				'a booking time without "T" and offset',
				{ ...existing, bookingTime: '2024-11-06 20:00' },
				'Invalid "Booking Time": must be an ISO 8601 date and time with a time zone, e.g. 2024-11-06T20:00:00+01:00 [item 0]',
			],
			[
				'a booking time without offset',
				{ ...existing, bookingTime: '2024-11-06T20:00:00' },
				'Invalid "Booking Time": must be an ISO 8601 date and time with a time zone, e.g. 2024-11-06T20:00:00+01:00 [item 0]',
			],
			['0 booked persons', { ...existing, bookedPersonsNumber: 0 }, 'Invalid "Booked Persons": must be at least 1 [item 0]'],
			['a fractional number of persons', { ...existing, bookedPersonsNumber: 2.5 }, 'Invalid "Booked Persons": must be a whole number [item 0]'],
			[
				'a non-numeric restaurant ID',
				{ ...existing, restaurantId: { __rl: true, mode: 'list', value: 'abc' } },
				'Invalid "Restaurant": must be a positive whole number (the numeric ID) [item 0]',
			],
			[
				'an existing-contact booking whose contact expression is empty',
				{ ...existing, contactId: { __rl: true, mode: 'id', value: '={{ $json.contactId }}' } },
				'Invalid "Contact": is required when booking for an existing contact [item 0]',
			],
			[
				'a non-numeric contact ID',
				{ ...existing, contactId: { __rl: true, mode: 'list', value: '622-360' } },
				'Invalid "Contact": must be a positive whole number (the numeric ID) [item 0]',
			],
			['a user locale over 10 characters', { ...existing, additionalFields: { user_locale: 'fr-FR-x-long' } }, 'Invalid "User Locale": must be at most 10 characters [item 0]'],
			['a new contact with a blank last name', { ...fresh, contactLastname: '   ' }, 'Invalid "Last Name": is required [item 0]'],
			['a new contact whose last name expression is empty', { ...fresh, contactLastname: '={{ $json.lastname }}' }, 'Invalid "Last Name": is required [item 0]'],
			['a new contact with a last name over 50 characters', { ...fresh, contactLastname: 'D'.repeat(51) }, 'Invalid "Last Name": must be at most 50 characters [item 0]'],
			['a new contact with a first name over 50 characters', { ...fresh, contact: { firstname: 'J'.repeat(51) } }, 'Invalid "First Name": must be at most 50 characters [item 0]'],
			['a new contact with an email over 300 characters', { ...fresh, contact: { email: longEmail } }, 'Invalid "Email": must be at most 300 characters [item 0]'],
			['a new contact with a malformed email', { ...fresh, contact: { email: 'api@' } }, 'Invalid "Email": must be a valid email address [item 0]'],
			[
				'a new contact with a malformed mobile phone',
				{ ...fresh, contact: { mobile_phone: 'call me' } },
				'Invalid "Mobile Phone": must be a phone number of digits, spaces and an optional leading + [item 0]',
			],
			['a new contact with a mobile phone over 25 characters', { ...fresh, contact: { mobile_phone: '3'.repeat(26) } }, 'Invalid "Mobile Phone": must be at most 25 characters [item 0]'],
			['a new contact with a postcode over 5 characters', { ...fresh, contact: { postcode: '310000' } }, 'Invalid "Postcode": must be at most 5 characters [item 0]'],
			['a new contact with a country code over 3 characters', { ...fresh, contact: { country_code: 'FRA1' } }, 'Invalid "Country Code": must be at most 3 characters [item 0]'],
			['a new contact with gender 3', { ...fresh, contact: { gender: 3 } }, 'Invalid "Gender": must be 1 (male) or 2 (female) [item 0]'],
			['a new contact with a birthday that does not exist', { ...fresh, contact: { birthday: '1990-13-01' } }, 'Invalid "Birthday": is not a real calendar date [item 0]'],
			[
				'email campaigns accepted without an email',
				{ ...fresh, contact: { accept_email_spam: true, mobile_phone: '33612233445' } },
				'Invalid "Accepts Email Campaigns": can only be set when an Email is given [item 0]',
			],
			[
				'SMS campaigns accepted without a mobile phone',
				{ ...fresh, contact: { accept_sms_spam: true, email: 'api@guestonline.fr' } },
				'Invalid "Accepts SMS Campaigns": can only be set when a Mobile Phone is given [item 0]',
			],
		])('rejects %s before sending anything', async (_case, parameters, message) => {
			const api = mockApi();
			const run = await runBooking('create', parameters);
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});

		test('names the first problem and lists all of them when several rules fail', async () => {
			const api = mockApi();
			const run = await runBooking('create', { ...existing, bookingTime: '2014-11-06 20:00', bookedPersonsNumber: 0 });
			expect(run.error?.message).toBe(
				'Invalid "Booking Time": must be an ISO 8601 date and time with a time zone, e.g. 2024-11-06T20:00:00+01:00 [item 0]',
			);
			expect(run.error?.description).toBe(
				'All problems found:\n' +
					'"Booking Time": must be an ISO 8601 date and time with a time zone, e.g. 2024-11-06T20:00:00+01:00\n' +
					'"Booked Persons": must be at least 1',
			);
			expect(api.sent).toEqual([]);
		});

		// rules.date() (nodes/shared/validation.ts) runs its calendar refine even after the format regex failed, so a
		// date that is merely badly formatted is also reported as "is not a real calendar date". Reported.
		test('lists a badly formatted date once, as a format problem', async () => {
			const api = mockApi();
			const run = await runBooking('create', { ...existing, bookingDate: '06/11/2014', bookedPersonsNumber: 0 });
			expect(run.error?.message).toBe('Invalid "Booking Date": must be a date in the form YYYY-MM-DD [item 0]');
			expect(run.error?.description).toBe(
				'All problems found:\n"Booking Date": must be a date in the form YYYY-MM-DD\n"Booked Persons": must be at least 1',
			);
			expect(api.sent).toEqual([]);
		});

		test('n8n itself refuses to run when Contact is left empty in "existing" mode', async () => {
			const api = mockApi();
			await expect(runBooking('create', { ...existing, contactId: { __rl: true, mode: 'list', value: '' } })).rejects.toThrow(
				"The 'Guestonline' node has issues:\n- Parameter \"Contact\" is required.",
			);
			expect(api.sent).toEqual([]);
		});
	});

	describe('update', () => {
		test('sends only the changed field, as in the docs', async () => {
			const updated = { ...booking577990, booked_persons_number: 14 };
			const api = mockApi();
			api.scope.put('/v1/bookings/577990').reply(200, updated);

			const run = await runBooking('update', { bookingId: byId(577990), updateFields: { booked_persons_number: 14 } });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'PUT', path: '/v1/bookings/577990', body: 'booking%5Bbooked_persons_number%5D=14', contentType: FORM, token: TOKEN },
			]);
			expect(decodeForm(api.sent[0].body)).toBe('booking[booked_persons_number]=14');
			expect(output(run)).toEqual([{ json: updated, pairedItem: { item: 0 } }]);
		});

		test('sends several fields and metadata', async () => {
			const updated = { ...booking577990, booking_state: 'validated', booking_time: '2014-11-06T21:00:00+01:00', note: 'window seat' };
			const api = mockApi();
			api.scope.put('/v1/bookings/577990').reply(200, updated);

			const run = await runBooking('update', {
				bookingId: { __rl: true, mode: 'list', value: '577990' },
				updateFields: {
					booking_state: 'validated',
					booking_time: '2014-11-06T21:00:00+01:00',
					booking_type: 'website',
					contact_id: '622360',
					note: 'window seat',
					period: 'dinner',
					present_persons_number: 0,
					send_reminders: false,
				},
				metadata: { entry: [{ key: 'table', value: '12' }] },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: '/v1/bookings/577990',
					body:
						'booking%5Bbooking_state%5D=validated&booking%5Bbooking_time%5D=2014-11-06T21%3A00%3A00%2B01%3A00' +
						'&booking%5Bbooking_type%5D=website&booking%5Bcontact_id%5D=622360&booking%5Bnote%5D=window%20seat' +
						'&booking%5Bperiod%5D=dinner&booking%5Bpresent_persons_number%5D=0&booking%5Bsend_reminders%5D=false' +
						'&metadata%5Btable%5D=12',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe(
				'booking[booking_state]=validated&booking[booking_time]=2014-11-06T21:00:00+01:00&booking[booking_type]=website' +
					'&booking[contact_id]=622360&booking[note]=window seat&booking[period]=dinner' +
					'&booking[present_persons_number]=0&booking[send_reminders]=false&metadata[table]=12',
			);
			expect(output(run)).toEqual([{ json: updated, pairedItem: { item: 0 } }]);
		});

		test('metadata alone is enough to update', async () => {
			const api = mockApi();
			api.scope.put('/v1/bookings/577990').reply(200, booking577990);

			const run = await runBooking('update', { bookingId: byId(577990), metadata: { entry: [{ key: 'source', value: 'n8n' }] } });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'PUT', path: '/v1/bookings/577990', body: 'metadata%5Bsource%5D=n8n', contentType: FORM, token: TOKEN }]);
			expect(decodeForm(api.sent[0].body)).toBe('metadata[source]=n8n');
			expect(output(run)).toEqual([{ json: booking577990, pairedItem: { item: 0 } }]);
		});

		test.each<[string, IDataObject, string]>([
			['no fields', {}, 'Invalid "Update Fields": add at least one field to change [item 0]'],
			['only a metadata entry without key', { metadata: { entry: [{ key: '', value: 'x' }] } }, 'Invalid "Update Fields": add at least one field to change [item 0]'],
			[
				'a booking state not in the list',
				{ updateFields: { booking_state: 'pending' } },
				'Invalid "Booking State": must be one of: initialized, validated, canceled, fully_faked, partially_faked, honored [item 0]',
			],
			[
				'a period not in the list',
				{ updateFields: { period: 'supper' } },
				'Invalid "Period": must be one of: breakfast, brunch, lunch, afternoon, dinner, no_service [item 0]',
			],
			[
				'a cancel actor not in the list',
				{ updateFields: { cancel_actor: 'client' } },
				'Invalid "Cancel Actor": must be one of: commercial, restaurateur, user, admin [item 0]',
			],
			[
				'a booking type not in the list',
				{ updateFields: { booking_type: 'phone' } },
				'Invalid "Booking Type": must be one of: restaurant, tableonline, website, external, facebook, lafourchette [item 0]',
			],
			['a bad booking date', { updateFields: { booking_date: '2014-11-31' } }, 'Invalid "Booking Date": is not a real calendar date [item 0]'],
			[
				'a booking time without offset',
				{ updateFields: { booking_time: '2014-11-06 21:00' } },
				'Invalid "Booking Time": must be an ISO 8601 date and time with a time zone, e.g. 2024-11-06T20:00:00+01:00 [item 0]',
			],
			['0 booked persons', { updateFields: { booked_persons_number: 0 } }, 'Invalid "Booked Persons": must be at least 1 [item 0]'],
			['negative present persons', { updateFields: { present_persons_number: -1 } }, 'Invalid "Present Persons": must be at least 0 [item 0]'],
			['a non-numeric contact ID', { updateFields: { contact_id: 'abc' } }, 'Invalid "Contact ID": must be a positive whole number (the numeric ID) [item 0]'],
			['a malformed email', { updateFields: { email: 'nelle@' } }, 'Invalid "Email": must be a valid email address [item 0]'],
			['a last name over 50 characters', { updateFields: { lastname: 'H'.repeat(51) } }, 'Invalid "Last Name": must be at most 50 characters [item 0]'],
		])('rejects %s before sending anything', async (_case, parameters, message) => {
			await expectRefused('update', { bookingId: byId(577990), ...parameters }, message);
		});
	});

	describe('state changes without a body', () => {
		test.each([
			['cancel', 'cancel', { ...booking577990, booking_state: 'canceled', present_persons_number: 0, cancel_actor: 'restaurateur' }],
			['confirm', 'confirm', { ...booking577990, booking_state: 'validated' }],
			['markFake', 'fake', { ...booking577990, booking_state: 'fully_faked', present_persons_number: 0 }],
		])('%s sends PUT /bookings/{id}/%s with no body', async (operation, action, reply) => {
			const api = mockApi();
			api.scope.put(`/v1/bookings/577990/${action}`).reply(200, reply);

			const run = await runBooking(operation, { bookingId: byId(577990) });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'PUT', path: `/v1/bookings/577990/${action}`, token: TOKEN }]);
			expect(output(run)).toEqual([{ json: reply, pairedItem: { item: 0 } }]);
		});
	});

	describe('honor', () => {
		const honored = { ...booking577990, booking_state: 'honored', booked_persons_number: 14, present_persons_number: 14 };

		test('without present persons sends no body (the booked number is used)', async () => {
			const api = mockApi();
			api.scope.put('/v1/bookings/577990/honore').reply(200, honored);

			const run = await runBooking('honor', { bookingId: byId(577990) });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'PUT', path: '/v1/bookings/577990/honore', token: TOKEN }]);
			expect(output(run)).toEqual([{ json: honored, pairedItem: { item: 0 } }]);
		});

		test.each([12, 0])('with %i present persons sends present_persons_number', async (present) => {
			const reply = { ...honored, present_persons_number: present };
			const api = mockApi();
			api.scope.put('/v1/bookings/577990/honore').reply(200, reply);

			const run = await runBooking('honor', { bookingId: byId(577990), additionalFields: { presentPersonsNumber: present } });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'PUT', path: '/v1/bookings/577990/honore', body: `present_persons_number=${present}`, contentType: FORM, token: TOKEN },
			]);
			expect(decodeForm(api.sent[0].body)).toBe(`present_persons_number=${present}`);
			expect(output(run)).toEqual([{ json: reply, pairedItem: { item: 0 } }]);
		});

		test.each<[IDataObject, string]>([
			[{ presentPersonsNumber: -1 }, 'Invalid "Present Persons": must be at least 0 [item 0]'],
			[{ presentPersonsNumber: 1.5 }, 'Invalid "Present Persons": must be a whole number [item 0]'],
		])('rejects %j before sending anything', async (additionalFields, message) => {
			await expectRefused('honor', { bookingId: byId(577990), additionalFields }, message);
		});
	});

	describe('cancelForGuest', () => {
		const canceled = { ...booking577990, booking_state: 'canceled', cancel_actor: 'client', cancel_reason: 'I am sick, sorry!' };

		test('sends the booking token and the reason to user_cancel', async () => {
			const api = mockApi();
			api.scope.put('/v1/bookings/577990/user_cancel').reply(200, canceled);

			const run = await runBooking('cancelForGuest', {
				bookingId: byId(577990),
				bookingToken: 'the-booking-token',
				cancelReason: 'I am sick, sorry!',
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: '/v1/bookings/577990/user_cancel',
					body: 'booking_token=the-booking-token&cancel_reason=I%20am%20sick%2C%20sorry!',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe('booking_token=the-booking-token&cancel_reason=I am sick, sorry!');
			expect(output(run)).toEqual([{ json: canceled, pairedItem: { item: 0 } }]);
		});

		test.each<[string, IDataObject, string]>([
			['a blank booking token', { bookingToken: '   ', cancelReason: 'i am sick' }, 'Invalid "Booking Token": is required [item 0]'],
			['a booking token expression that is empty', { bookingToken: '={{ $json.token }}', cancelReason: 'i am sick' }, 'Invalid "Booking Token": is required [item 0]'],
			['a blank cancel reason', { bookingToken: 'the-booking-token', cancelReason: ' \n ' }, 'Invalid "Cancel Reason": is required [item 0]'],
			['a booking token over 255 characters', { bookingToken: 't'.repeat(256), cancelReason: 'i am sick' }, 'Invalid "Booking Token": must be at most 255 characters [item 0]'],
		])('rejects %s before sending anything', async (_case, parameters, message) => {
			await expectRefused('cancelForGuest', { bookingId: byId(577990), ...parameters }, message);
		});
	});

	describe('releaseTable', () => {
		const released = { ...booking577990, booking_info: { object: 'booking_info', amount: 10000, currency: 'EUR' } };

		test('sends the bill as booking_info', async () => {
			const api = mockApi();
			api.scope.put('/v1/bookings/577990/release_table').reply(200, released);

			const run = await runBooking('releaseTable', { bookingId: byId(577990), amount: 10000, currency: 'EUR' });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: '/v1/bookings/577990/release_table',
					body: 'booking_info%5Bamount%5D=10000&booking_info%5Bcurrency%5D=EUR',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe('booking_info[amount]=10000&booking_info[currency]=EUR');
			expect(output(run)).toEqual([{ json: released, pairedItem: { item: 0 } }]);
		});

		test.each<[IDataObject, string]>([
			[{ amount: 10000, currency: 'eur' }, 'Invalid "Currency": must be a three-letter ISO code in capitals, e.g. EUR [item 0]'],
			[{ amount: 10000, currency: 'EURO' }, 'Invalid "Currency": must be a three-letter ISO code in capitals, e.g. EUR [item 0]'],
			[{ amount: -1, currency: 'EUR' }, 'Invalid "Bill Amount (Cents)": must be at least 0 [item 0]'],
			[{ amount: 99.5, currency: 'EUR' }, 'Invalid "Bill Amount (Cents)": must be a whole number [item 0]'],
		])('rejects %j before sending anything', async (parameters, message) => {
			await expectRefused('releaseTable', { bookingId: byId(577990), ...parameters }, message);
		});
	});

	describe('inviteFriends', () => {
		const expectInvite = (sent: unknown) =>
			expect(sent).toEqual([
				{
					method: 'PUT',
					path: '/v1/bookings/577990/invite_friends',
					body: 'emails%5B%5D=j.doe%40example.com&emails%5B%5D=p.smith%40example.com&message=See%20you%20there.',
					contentType: FORM,
					token: TOKEN,
				},
			]);

		test('sends a comma-separated list as emails[] with the message', async () => {
			const api = mockApi();
			api.scope.put('/v1/bookings/577990/invite_friends').reply(200, booking577990);

			const run = await runBooking('inviteFriends', {
				bookingId: byId(577990),
				emails: 'j.doe@example.com, p.smith@example.com',
				message: 'See you there.',
			});

			expect(run.error).toBeUndefined();
			expectInvite(api.sent);
			expect(decodeForm(api.sent[0].body)).toBe('emails[]=j.doe@example.com&emails[]=p.smith@example.com&message=See you there.');
			expect(output(run)).toEqual([{ json: booking577990, pairedItem: { item: 0 } }]);
		});

		test('accepts a list from an expression', async () => {
			const api = mockApi();
			api.scope.put('/v1/bookings/577990/invite_friends').reply(200, booking577990);

			const run = await runBooking('inviteFriends', {
				bookingId: byId(577990),
				emails: '={{ $json.guests }}',
				message: 'See you there.',
			}, { input: [{ guests: ['j.doe@example.com', 'p.smith@example.com'] }] });

			expect(run.error).toBeUndefined();
			expectInvite(api.sent);
			expect(output(run)).toEqual([{ json: booking577990, pairedItem: { item: 0 } }]);
		});

		test.each<[string, IDataObject, string]>([
			[
				'one bad address among several',
				{ emails: 'j.doe@example.com, p.smith@, a.b@example.com', message: 'See you there.' },
				'Invalid "Emails" (entry 2): must be a valid email address [item 0]',
			],
			['a list with no address', { emails: ' , ', message: 'See you there.' }, 'Invalid "Emails": needs at least one email address [item 0]'],
			['an empty list from an expression', { emails: '={{ [] }}', message: 'See you there.' }, 'Invalid "Emails": needs at least one email address [item 0]'],
			['an address over 300 characters', { emails: `${'a'.repeat(289)}@example.com`, message: 'See you there.' }, 'Invalid "Emails" (entry 1): must be at most 300 characters [item 0]'],
			['a blank message', { emails: 'j.doe@example.com', message: '  ' }, 'Invalid "Message": is required [item 0]'],
		])('rejects %s before sending anything', async (_case, parameters, message) => {
			await expectRefused('inviteFriends', { bookingId: byId(577990), ...parameters }, message);
		});
	});

	describe('booking ID', () => {
		const operations: Array<[string, IDataObject]> = [
			['get', {}],
			['update', { updateFields: { note: 'x' } }],
			['cancel', {}],
			['cancelForGuest', { bookingToken: 'the-booking-token', cancelReason: 'i am sick' }],
			['confirm', {}],
			['honor', {}],
			['markFake', {}],
			['releaseTable', { amount: 10000, currency: 'EUR' }],
			['inviteFriends', { emails: 'j.doe@example.com', message: 'See you there.' }],
		];

		// "By ID" values are checked against the locator's regex by n8n before the node runs.
		test.each(operations)('%s: n8n refuses byId("abc") before the node runs', async (operation, parameters) => {
			const api = mockApi();
			await expect(runBooking(operation, { bookingId: byId('abc'), ...parameters })).rejects.toThrow(
				"The 'Guestonline' node has issues:\n- A booking ID is a whole number, e.g. 577988",
			);
			expect(api.sent).toEqual([]);
		});

		// Values that reach the node unchecked (list mode, expressions) are rejected by the node's own rule.
		test.each(operations)('%s rejects a non-numeric booking ID before sending anything', async (operation, parameters) => {
			const api = mockApi();
			const run = await runBooking(operation, { bookingId: { __rl: true, mode: 'list', value: 'abc' }, ...parameters });
			expect(run.error?.message).toBe('Invalid "Booking": must be a positive whole number (the numeric ID) [item 0]');
			expect(api.sent).toEqual([]);
		});

		test('a booking ID from an expression that tries to add a path is rejected', async () => {
			const api = mockApi();
			const run = await runBooking(
				'confirm',
				{ bookingId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
				{ input: [{ id: '577990/cancel' }] },
			);
			expect(run.error?.message).toBe('Invalid "Booking": must be a positive whole number (the numeric ID) [item 0]');
			expect(api.sent).toEqual([]);
		});
	});
});
