import type { IDataObject } from 'n8n-workflow';

import { byId, decodeForm, FORM, mockApi, output, runGuestonline, TOKEN } from './helpers';

const PENDING_ID = '55cc4c049089c76870000001';

const offer469 = {
	object: 'offer',
	id: 469,
	name: 'Special Offer',
	description: 'special offer for all our clients',
	start_date: '2015-08-22',
	end_date: '2015-08-31',
	permanent: false,
	bookable: null,
	minimum_dishes: 1,
	maximum_dishes: null,
	restaurant_id: 479,
	has_prepayment: true,
};

/** Reply of "create pending_booking" in the vendor docs (its metadata written as valid JSON). */
const created = {
	object: 'pending_booking',
	id: PENDING_ID,
	date: '2015-08-25',
	hour: '13:30',
	opening_id: '54e7809af5cb5c1dcb000ff5',
	persons: 4,
	restaurant_id: 479,
	commitable: false,
	contact_info: { object: 'contact_info', firstname: null, lastname: null, email: null, mobile_phone: null, country_code: null },
	available_commercials: [offer469],
	bookings_detail: 'Please make sure you inform us of any special dietary requirements when you make your reservation',
	prepayment: null,
	metadata: { biz_metric1: 'val1', biz_metric2: 'val2' },
};

/** Reply of "Update pending booking" in the vendor docs. */
const updated = {
	object: 'pending_booking',
	id: PENDING_ID,
	date: '2015-08-25',
	hour: '13:30',
	opening_id: '54e7809af5cb5c1dcb000ff5',
	persons: 4,
	restaurant_id: 479,
	commitable: true,
	contact_info: {
		object: 'contact_info',
		firstname: 'John',
		lastname: 'Doe',
		email: 'j.doe@example.com',
		mobile_phone: '33692550398',
		country_code: 'FR',
	},
	offer: { object: 'offer', commercial_id: 469 },
	bookings_detail: 'Please make sure you inform us of any special dietary requirements when you make your reservation',
	prepayment: { kind: 'seats', amount: 4000, stripe_key: 'pk_test_abs9s8CTCdDT2B7D8q9j5DAH' },
};

/** Reply of "Commit the pending_booking" in the vendor docs. */
const committed = {
	object: 'booking',
	id: 1094518,
	booking_state: 'validated',
	booked_persons_number: 4,
	present_persons_number: 4,
	cancel_actor: null,
	cancel_reason: null,
	booking_type: 'website',
	note: null,
	period: 'lunch',
	booking_date: '2015-08-25',
	booking_time: '2015-08-25T13:30:00+02:00',
	email: 'j.doe@example.com',
	firstname: 'John',
	lastname: 'Doe',
	entity_type: 'bookings',
	contact_id: 435833,
	send_reminders: false,
	user_locale: 'fr',
	metadata: null,
	booking_token: 'a-booking-token',
};

const runPending = async (operation: string, parameters: IDataObject, input?: IDataObject[]) =>
	await runGuestonline({ resource: 'pendingBooking', operation, ...parameters }, input ? { input } : {});

describe('Guestonline pending booking', () => {
	describe('create', () => {
		const base = { restaurantId: byId(479), date: '2014-11-27', hour: '13:30', persons: 4 };

		test('holds seats with contact info and metadata', async () => {
			const api = mockApi();
			api.scope.post('/v1/pending_bookings').reply(200, created);

			const run = await runPending('create', {
				...base,
				contactInfo: { lastname: 'Doe', firstname: 'John', email: 'j.doe@example.com' },
				metadata: { entry: [{ key: 'biz_metric1', value: 'val1' }, { key: 'biz_metric2', value: 'val2' }] },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'POST',
					path: '/v1/pending_bookings',
					body:
						'restaurant_id=479&date=2014-11-27&hour=13%3A30&persons=4' +
						'&contact_info%5Blastname%5D=Doe&contact_info%5Bfirstname%5D=John&contact_info%5Bemail%5D=j.doe%40example.com' +
						'&metadata%5Bbiz_metric1%5D=val1&metadata%5Bbiz_metric2%5D=val2',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe(
				'restaurant_id=479&date=2014-11-27&hour=13:30&persons=4' +
					'&contact_info[lastname]=Doe&contact_info[firstname]=John&contact_info[email]=j.doe@example.com' +
					'&metadata[biz_metric1]=val1&metadata[biz_metric2]=val2',
			);
			expect(output(run)).toEqual([{ json: created, pairedItem: { item: 0 } }]);
		});

		test('sends only the four mandatory arguments when nothing else is given', async () => {
			const reply = { ...created, metadata: null };
			const api = mockApi();
			api.scope.post('/v1/pending_bookings').reply(200, reply);

			const run = await runPending('create', {
				...base,
				restaurantId: { __rl: true, mode: 'list', value: '479' },
				// An entry without a key is left out.
				metadata: { entry: [{ key: '', value: 'ignored' }] },
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'POST', path: '/v1/pending_bookings', body: 'restaurant_id=479&date=2014-11-27&hour=13%3A30&persons=4', contentType: FORM, token: TOKEN },
			]);
			expect(decodeForm(api.sent[0].body)).toBe('restaurant_id=479&date=2014-11-27&hour=13:30&persons=4');
			expect(output(run)).toEqual([{ json: reply, pairedItem: { item: 0 } }]);
		});

		test.each<[string, IDataObject, string]>([
			['a date not in YYYY-MM-DD', { date: '27/11/2014' }, 'Invalid "Date": must be a date in the form YYYY-MM-DD [item 0]'],
			['a date that does not exist', { date: '2014-11-31' }, 'Invalid "Date": is not a real calendar date [item 0]'],
			['hour 25:00', { hour: '25:00' }, 'Invalid "Hour": must be a time in the form HH:mm (24-hour clock) [item 0]'],
			['hour 9:30 (no leading zero)', { hour: '9:30' }, 'Invalid "Hour": must be a time in the form HH:mm (24-hour clock) [item 0]'],
			['hour 13:30:00 (seconds)', { hour: '13:30:00' }, 'Invalid "Hour": must be a time in the form HH:mm (24-hour clock) [item 0]'],
			['0 persons', { persons: 0 }, 'Invalid "Number of Persons": must be at least 1 [item 0]'],
			[
				'a non-numeric restaurant ID',
				{ restaurantId: { __rl: true, mode: 'list', value: 'abc' } },
				'Invalid "Restaurant": must be a positive whole number (the numeric ID) [item 0]',
			],
			['a malformed contact email', { contactInfo: { email: 'j.doe@example' } }, 'Invalid "Email": must be a valid email address [item 0]'],
			['a contact last name over 50 characters', { contactInfo: { lastname: 'D'.repeat(51) } }, 'Invalid "Last Name": must be at most 50 characters [item 0]'],
			[
				'a malformed contact mobile phone',
				{ contactInfo: { mobile_phone: '06-CALL-ME' } },
				'Invalid "Mobile Phone": must be a phone number of digits, spaces and an optional leading + [item 0]',
			],
			['a contact country code over 3 characters', { contactInfo: { country_code: 'FRA1' } }, 'Invalid "Country Code": must be at most 3 characters [item 0]'],
		])('rejects %s before sending anything', async (_case, parameters, message) => {
			const api = mockApi();
			const run = await runPending('create', { ...base, ...parameters });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});

		test('n8n itself refuses byId("abc") as restaurant before the node runs', async () => {
			const api = mockApi();
			await expect(runPending('create', { ...base, restaurantId: byId('abc') })).rejects.toThrow(
				'A restaurant ID is a whole number, e.g. 479',
			);
			expect(api.sent).toEqual([]);
		});
	});

	describe('update', () => {
		test('selects the offer and adds the contact info with a message', async () => {
			const api = mockApi();
			api.scope.put(`/v1/pending_bookings/${PENDING_ID}`).reply(200, updated);

			const run = await runPending('update', {
				pendingBookingId: PENDING_ID,
				selectedOffer: 469,
				contactInfo: {
					lastname: 'Doe',
					firstname: 'John',
					mobile_phone: '0692550398',
					country_code: 'FR',
					email: 'j.doe@example.com',
					message: 'A table by the window, please.',
				},
			});

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: `/v1/pending_bookings/${PENDING_ID}`,
					body:
						'selected_offer=469&contact_info%5Blastname%5D=Doe&contact_info%5Bfirstname%5D=John' +
						'&contact_info%5Bmobile_phone%5D=0692550398&contact_info%5Bcountry_code%5D=FR' +
						'&contact_info%5Bemail%5D=j.doe%40example.com&contact_info%5Bmessage%5D=A%20table%20by%20the%20window%2C%20please.',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe(
				'selected_offer=469&contact_info[lastname]=Doe&contact_info[firstname]=John&contact_info[mobile_phone]=0692550398' +
					'&contact_info[country_code]=FR&contact_info[email]=j.doe@example.com&contact_info[message]=A table by the window, please.',
			);
			expect(output(run)).toEqual([{ json: updated, pairedItem: { item: 0 } }]);
		});

		test('an offer alone is enough', async () => {
			const api = mockApi();
			api.scope.put(`/v1/pending_bookings/${PENDING_ID}`).reply(200, updated);

			const run = await runPending('update', { pendingBookingId: PENDING_ID, selectedOffer: 469 });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{ method: 'PUT', path: `/v1/pending_bookings/${PENDING_ID}`, body: 'selected_offer=469', contentType: FORM, token: TOKEN },
			]);
			expect(decodeForm(api.sent[0].body)).toBe('selected_offer=469');
			expect(output(run)).toEqual([{ json: updated, pairedItem: { item: 0 } }]);
		});

		test('contact info alone is enough; offer 0 is not sent', async () => {
			const api = mockApi();
			api.scope.put(`/v1/pending_bookings/${PENDING_ID}`).reply(200, updated);

			const run = await runPending('update', { pendingBookingId: PENDING_ID, selectedOffer: 0, contactInfo: { mobile_phone: '+33 6 92 55 03 98' } });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: `/v1/pending_bookings/${PENDING_ID}`,
					body: 'contact_info%5Bmobile_phone%5D=%2B33%206%2092%2055%2003%2098',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe('contact_info[mobile_phone]=+33 6 92 55 03 98');
			expect(output(run)).toEqual([{ json: updated, pairedItem: { item: 0 } }]);
		});

		test.each<[string, IDataObject, string]>([
			['nothing to update', { selectedOffer: 0 }, 'Invalid "Contact Info": nothing to update: choose an offer or add contact info [item 0]'],
			[
				'contact info with only empty values',
				{ contactInfo: { lastname: '', email: '' } },
				'Invalid "Contact Info": nothing to update: choose an offer or add contact info [item 0]',
			],
			['a negative offer', { selectedOffer: -1 }, 'Invalid "Selected Offer ID": must be at least 0 [item 0]'],
			['a malformed contact email', { contactInfo: { email: 'j.doe@' } }, 'Invalid "Email": must be a valid email address [item 0]'],
			['a contact email over 300 characters', { contactInfo: { email: `${'j'.repeat(289)}@example.com` } }, 'Invalid "Email": must be at most 300 characters [item 0]'],
			['a contact mobile phone over 25 characters', { contactInfo: { mobile_phone: '0'.repeat(26) } }, 'Invalid "Mobile Phone": must be at most 25 characters [item 0]'],
			['a contact first name over 50 characters', { contactInfo: { firstname: 'J'.repeat(51) } }, 'Invalid "First Name": must be at most 50 characters [item 0]'],
			['a pending booking ID containing a slash', { pendingBookingId: `${PENDING_ID}/commit`, selectedOffer: 469 }, 'Invalid "Pending Booking ID": must contain only letters, digits, "-" and "_" [item 0]'],
		])('rejects %s before sending anything', async (_case, parameters, message) => {
			const api = mockApi();
			const run = await runPending('update', { pendingBookingId: PENDING_ID, ...parameters });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('commit', () => {
		test('sends the Stripe token when given', async () => {
			const api = mockApi();
			api.scope.put(`/v1/pending_bookings/${PENDING_ID}/commit`).reply(200, committed);

			const run = await runPending('commit', { pendingBookingId: PENDING_ID, stripeToken: 'tok_16YuLg4QnRLJ9Q2EYXevGsFv' });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([
				{
					method: 'PUT',
					path: `/v1/pending_bookings/${PENDING_ID}/commit`,
					body: 'stripe_token=tok_16YuLg4QnRLJ9Q2EYXevGsFv',
					contentType: FORM,
					token: TOKEN,
				},
			]);
			expect(decodeForm(api.sent[0].body)).toBe('stripe_token=tok_16YuLg4QnRLJ9Q2EYXevGsFv');
			expect(output(run)).toEqual([{ json: committed, pairedItem: { item: 0 } }]);
		});

		test('sends no body without a Stripe token (no prepayment)', async () => {
			const api = mockApi();
			api.scope.put(`/v1/pending_bookings/${PENDING_ID}/commit`).reply(200, committed);

			const run = await runPending('commit', { pendingBookingId: PENDING_ID });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'PUT', path: `/v1/pending_bookings/${PENDING_ID}/commit`, token: TOKEN }]);
			expect(output(run)).toEqual([{ json: committed, pairedItem: { item: 0 } }]);
		});

		test.each<[string, IDataObject, string]>([
			['a pending booking ID containing a slash', { pendingBookingId: `${PENDING_ID}/x` }, 'Invalid "Pending Booking ID": must contain only letters, digits, "-" and "_" [item 0]'],
			['a blank pending booking ID', { pendingBookingId: '   ' }, 'Invalid "Pending Booking ID": is required [item 0]'],
			['a Stripe token over 255 characters', { pendingBookingId: PENDING_ID, stripeToken: `tok_${'x'.repeat(252)}` }, 'Invalid "Stripe Token": must be at most 255 characters [item 0]'],
		])('rejects %s before sending anything', async (_case, parameters, message) => {
			const api = mockApi();
			const run = await runPending('commit', parameters);
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});
	});

	describe('cancel', () => {
		test('sends DELETE and says plainly what happened', async () => {
			const api = mockApi();
			api.scope.delete(`/v1/pending_bookings/${PENDING_ID}`).reply(200, {});

			const run = await runPending('cancel', { pendingBookingId: PENDING_ID });

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'DELETE', path: `/v1/pending_bookings/${PENDING_ID}`, token: TOKEN }]);
			expect(output(run)).toEqual([{ json: { success: true, id: PENDING_ID }, pairedItem: { item: 0 } }]);
		});

		test('takes the ID from an expression, trimmed', async () => {
			const api = mockApi();
			api.scope.delete(`/v1/pending_bookings/${PENDING_ID}`).reply(200, {});

			const run = await runPending('cancel', { pendingBookingId: '={{ $json.id }}' }, [{ id: ` ${PENDING_ID} ` }]);

			expect(run.error).toBeUndefined();
			expect(api.sent).toEqual([{ method: 'DELETE', path: `/v1/pending_bookings/${PENDING_ID}`, token: TOKEN }]);
			expect(output(run)).toEqual([{ json: { success: true, id: PENDING_ID }, pairedItem: { item: 0 } }]);
		});

		test.each<[string, string, string]>([
			['an ID containing a slash', '../bookings/577990', 'Invalid "Pending Booking ID": must contain only letters, digits, "-" and "_" [item 0]'],
			['an ID containing a space', '55cc4c04 9089c768', 'Invalid "Pending Booking ID": must contain only letters, digits, "-" and "_" [item 0]'],
			['an ID containing a query', `${PENDING_ID}?x=1`, 'Invalid "Pending Booking ID": must contain only letters, digits, "-" and "_" [item 0]'],
			['a blank ID', '  ', 'Invalid "Pending Booking ID": is required [item 0]'],
		])('rejects %s before sending anything', async (_case, pendingBookingId, message) => {
			const api = mockApi();
			const run = await runPending('cancel', { pendingBookingId });
			expect(run.error?.message).toBe(message);
			expect(api.sent).toEqual([]);
		});

		test('a 404 (expired pending booking) becomes the error of the run', async () => {
			const api = mockApi();
			api.scope.delete(`/v1/pending_bookings/${PENDING_ID}`).reply(404, { message: 'Pending booking not found' });

			const run = await runPending('cancel', { pendingBookingId: PENDING_ID });

			expect(run.error?.message).toBe('Pending booking not found');
			expect(run.error?.httpCode).toBe('404');
			expect(output(run)).toEqual([]);
			expect(api.sent).toEqual([{ method: 'DELETE', path: `/v1/pending_bookings/${PENDING_ID}`, token: TOKEN }]);
		});
	});
});
