import { GuestonlineApi } from '../../credentials/GuestonlineApi.credentials';
import { GuestonlineTrigger } from '../../nodes/Guestonline/GuestonlineTrigger.node';
import { byId, HOST, runGuestonline, TOKEN } from '../guestonline/helpers';
import { fromList } from '../partoo/helpers';
import type { BadInput } from './support';
import { chars, expr, nodeTable, rowsFor, triggerTable, unicode } from './support';

const contact = rowsFor({ resource: 'contact', operation: 'create', lastname: 'Doe' });
const contactDetail = (field: string, value: unknown, message: string, title = `${field} ${JSON.stringify(value)}`) =>
	contact(title, { additionalFields: { [field]: value } }, message);
const bookingBase = {
	resource: 'booking',
	operation: 'create',
	bookingDate: '2024-11-06',
	bookingTime: '2024-11-06T20:00:00+01:00',
	bookedPersonsNumber: 2,
	contactMode: 'existing',
	contactId: byId(622359),
};
const booking = rowsFor(bookingBase);
const newContact = rowsFor({ ...bookingBase, contactMode: 'new', contactLastname: 'Doe' });
const update = rowsFor({ resource: 'booking', operation: 'update', bookingId: byId(577988) });
const action = (operation: string, fields = {}) => rowsFor({ resource: 'booking', operation, bookingId: byId(577988), ...fields });
const pending = rowsFor({ resource: 'pendingBooking', operation: 'create', restaurantId: byId(479), date: '2024-11-06', hour: '13:30', persons: 2 });
const list = (resource: string, extra = {}) => rowsFor({ resource, operation: 'getAll', limit: 10, ...extra });
const seats = rowsFor({ resource: 'runtimeService', operation: 'updateSeats', date: '2024-11-06', runtimeServiceId: '54525943f5cb5c39aa000741', leftSeats: 4 });

const NUMERIC_ID = 'must be a positive whole number (the numeric ID)';
const ISO = 'must be an ISO 8601 date and time with a time zone, e.g. 2024-11-06T20:00:00+01:00';
const flatValue = (key: string) => `value of "${key}" must be text, a number or true/false, not a list or an object`;

const nodeCases: BadInput[] = [
	// Empty, null and undefined required fields, and values of the wrong type.
	contact('last name from an expression that is null', { lastname: '={{ null }}' }, 'Invalid "Last Name": is required [item 0]'),
	contact('last name from an expression that is undefined', { lastname: expr(undefined) }, 'Invalid "Last Name": is required [item 0]'),
	contact('last name from a missing item field', { lastname: '={{ $json.missing }}' }, 'Invalid "Last Name": is required [item 0]', [{ name: 'Doe' }]),
	contact('last name from an empty item field', { lastname: '={{ $json.name }}' }, 'Invalid "Last Name": is required [item 0]', [{ name: '' }]),
	contact('last name of spaces', { lastname: '   ' }, 'Invalid "Last Name": is required [item 0]'),
	contact('last name given a number', { lastname: expr(42) }, 'Invalid "Last Name": must be text [item 0]'),
	contact('last name given an object', { lastname: '={{ {a: 1} }}' }, 'Invalid "Last Name": must be text [item 0]'),
	contact('last name given a list', { lastname: expr(['Doe']) }, 'Invalid "Last Name": must be text [item 0]'),
	contact('last name given true', { lastname: expr(true) }, 'Invalid "Last Name": must be text [item 0]'),
	contact('last name over 50 characters', { lastname: chars(51) }, 'Invalid "Last Name": must be at most 50 characters [item 0]'),
	contact('last name of 26 emoji (52 UTF-16 units)', { lastname: chars(26, unicode.emoji) }, 'Invalid "Last Name": must be at most 50 characters [item 0]'),
	contact('last name with a lone surrogate', { lastname: `Doe${unicode.loneHigh}` }, 'Invalid "Last Name": must not contain broken Unicode (an unpaired surrogate character) [item 0]'),
	contact('last name with a NUL byte', { lastname: `Do${unicode.nul}e` }, 'Invalid "Last Name": must not contain NUL characters [item 0]'),
	contactDetail('note', `VIP${unicode.nul}`, 'Invalid "Note": must not contain NUL characters [item 0]', 'note with a NUL byte'),
	contactDetail('city', `Paris${unicode.loneLow}`, 'Invalid "City": must not contain broken Unicode (an unpaired surrogate character) [item 0]', 'city with a lone low surrogate'),
	contactDetail('firstname', chars(51), 'Invalid "First Name": must be at most 50 characters [item 0]', 'first name over 50 characters'),
	contactDetail('email', 'john.doe', 'Invalid "Email": must be a valid email address [item 0]'),
	contactDetail('email', `${chars(293)}@test.fr`, 'Invalid "Email": must be at most 300 characters [item 0]', 'email over 300 characters'),
	contactDetail('email', `jo${unicode.zeroWidth}hn@test.fr`, 'Invalid "Email": must be a valid email address [item 0]', 'email with a zero-width space'),
	contactDetail('email', `${unicode.rtlOverride}rf.tset@nhoj`, 'Invalid "Email": must be a valid email address [item 0]', 'email behind a right-to-left override'),
	contactDetail('email', '={{ {address: "a@b.fr"} }}', 'Invalid "Email": must be an email address [item 0]', 'email given an object'),
	contactDetail('birthday', '1990-02-30', 'Invalid "Birthday": is not a real calendar date [item 0]'),
	contactDetail('birthday', '30/01/1990', 'Invalid "Birthday": must be a date in the form YYYY-MM-DD [item 0]'),
	contactDetail('birthday', expr(19900130), 'Invalid "Birthday": must be a date in the form YYYY-MM-DD [item 0]', 'birthday given a number'),
	contactDetail('gender', 3, 'Invalid "Gender": must be 1 (male) or 2 (female) [item 0]'),
	contactDetail('gender', expr('female'), 'Invalid "Gender": must be 1 (male) or 2 (female) [item 0]'),
	contactDetail('mobile_phone', 'call me', 'Invalid "Mobile Phone": must be a phone number of digits, spaces and an optional leading + [item 0]'),
	contactDetail('mobile_phone', `06 12 ${unicode.emoji} 34 45`, 'Invalid "Mobile Phone": must be a phone number of digits, spaces and an optional leading + [item 0]', 'mobile phone with an emoji'),
	contactDetail('fixed_phone', `+33 ${chars(22, '1')}`, 'Invalid "Landline Phone": must be at most 25 characters [item 0]', 'landline phone over 25 characters'),
	contactDetail('postcode', '750012', 'Invalid "Postcode": must be at most 5 characters [item 0]'),
	contactDetail('country_code', 'FRA1', 'Invalid "Country Code": must be at most 3 characters [item 0]'),
	contactDetail('address', chars(201), 'Invalid "Address": must be at most 200 characters [item 0]', 'address over 200 characters'),
	contactDetail('company', chars(101), 'Invalid "Company": must be at most 100 characters [item 0]', 'company over 100 characters'),
	contactDetail('accept_email_spam', true, 'Invalid "Accepts Email Campaigns": can only be set when an Email is given [item 0]', 'email campaigns without an email'),
	contactDetail('accept_sms_spam', expr('yes'), 'Invalid "Accepts SMS Campaigns": must be true or false [item 0]', 'SMS campaigns given "yes"'),
	contact('restaurant ID of letters', { restaurantId: fromList('abc') }, `Invalid "Restaurant": ${NUMERIC_ID} [item 0]`),
	contact('restaurant ID from an object expression', { restaurantId: byId('={{ {id: 479} }}') }, 'Invalid "Restaurant": must be a numeric ID [item 0]'),
	contact('restaurant ID with a zero-width space', { restaurantId: byId(expr(`47${unicode.zeroWidth}9`)) }, `Invalid "Restaurant": ${NUMERIC_ID} [item 0]`),

	// Bookings: dates, times and persons.
	booking('booking date that does not exist', { bookingDate: '2023-02-29' }, 'Invalid "Booking Date": is not a real calendar date [item 0]'),
	booking('booking date in French order', { bookingDate: '06/11/2024' }, 'Invalid "Booking Date": must be a date in the form YYYY-MM-DD [item 0]'),
	booking('booking date from a null expression', { bookingDate: '={{ null }}' }, 'Invalid "Booking Date": is required [item 0]'),
	booking('booking time without a time zone', { bookingTime: '2024-11-06T20:00:00' }, `Invalid "Booking Time": ${ISO} [item 0]`),
	booking('booking time at 25 o\'clock', { bookingTime: '2024-11-06T25:00:00+01:00' }, `Invalid "Booking Time": ${ISO} [item 0]`),
	booking('booking time on a day that does not exist', { bookingTime: '2024-02-30T20:00:00+01:00' }, 'Invalid "Booking Time": is not a real date and time [item 0]'),
	booking('booking time given a timestamp', { bookingTime: expr(1730919600) }, 'Invalid "Booking Time": must be an ISO 8601 date and time [item 0]'),
	booking('0 booked persons', { bookedPersonsNumber: 0 }, 'Invalid "Booked Persons": must be at least 1 [item 0]'),
	booking('negative booked persons', { bookedPersonsNumber: -3 }, 'Invalid "Booked Persons": must be at least 1 [item 0]'),
	booking('2.5 booked persons', { bookedPersonsNumber: 2.5 }, 'Invalid "Booked Persons": must be a whole number [item 0]'),
	booking('booked persons over 11 digits', { bookedPersonsNumber: 1e11 }, 'Invalid "Booked Persons": must be at most 99999999999 [item 0]'),
	booking('booked persons given a word', { bookedPersonsNumber: expr('two') }, 'Invalid "Booked Persons": must be a number [item 0]'),
	booking('booked persons given a list', { bookedPersonsNumber: expr([2]) }, 'Invalid "Booked Persons": must be a number [item 0]'),
	booking('existing contact left empty by the item', { contactId: byId('={{ $json.contact }}') }, 'Invalid "Contact": is required when booking for an existing contact [item 0]', [{}]),
	booking('user locale over 10 characters', { additionalFields: { user_locale: 'fr-FR-x-long' } }, 'Invalid "User Locale": must be at most 10 characters [item 0]'),
	booking('send reminders given "no"', { additionalFields: { send_reminders: expr('no') } }, 'Invalid "Send Reminders": must be true or false [item 0]'),
	booking('note over 65535 characters', { additionalFields: { note: chars(65536) } }, 'Invalid "Note": must be at most 65535 characters [item 0]'),
	booking('metadata holding an object', { metadata: { entry: [{ key: 'pos', value: '={{ {table: 4} }}' }] } }, `Invalid "Metadata" (entry 1): ${flatValue('pos')} [item 0]`),
	booking('metadata holding a list', { metadata: { entry: [{ key: 'a', value: 'ok' }, { key: 'tags', value: expr(['vip']) }] } }, `Invalid "Metadata" (entry 2): ${flatValue('tags')} [item 0]`),
	booking('metadata key given an object', { metadata: { entry: [{ key: '={{ {k: 1} }}', value: 'x' }] } }, 'Invalid "Metadata" (entry 1): key must be text [item 0]'),
	newContact('new contact whose last name is empty', { contactLastname: expr('') }, 'Invalid "Last Name": is required [item 0]'),
	newContact('new contact with a bad email', { contact: { email: 'doe@' } }, 'Invalid "Email": must be a valid email address [item 0]'),
	newContact('new contact with SMS campaigns but no mobile', { contact: { accept_sms_spam: true } }, 'Invalid "Accepts SMS Campaigns": can only be set when a Mobile Phone is given [item 0]'),
	update('update without any field', {}, 'Invalid "Update Fields": add at least one field to change [item 0]'),
	update('negative present persons', { updateFields: { present_persons_number: -1 } }, 'Invalid "Present Persons": must be at least 0 [item 0]'),
	update('unknown booking state', { updateFields: { booking_state: expr('deleted') } }, 'Invalid "Booking State": must be one of: initialized, validated, canceled, fully_faked, partially_faked, honored [item 0]'),
	update('unknown period', { updateFields: { period: expr('supper') } }, 'Invalid "Period": must be one of: breakfast, brunch, lunch, afternoon, dinner, no_service [item 0]'),
	update('restaurant ID with a slash', { updateFields: { restaurant_id: '479/other' } }, `Invalid "Restaurant ID": ${NUMERIC_ID} [item 0]`),
	update('cancel reason with a NUL byte', { updateFields: { cancel_reason: `no${unicode.nul}show` } }, 'Invalid "Cancel Reason": must not contain NUL characters [item 0]'),
	update('metadata holding an object', { metadata: { entry: [{ key: 'pos', value: '={{ {table: 4} }}' }] } }, `Invalid "Metadata" (entry 1): ${flatValue('pos')} [item 0]`),
	action('get')('booking ID of letters', { bookingId: fromList('abc') }, `Invalid "Booking": ${NUMERIC_ID} [item 0]`),
	action('get')('negative booking ID', { bookingId: byId('={{ $json.id }}') }, `Invalid "Booking": ${NUMERIC_ID} [item 0]`, [{ id: -5 }]),
	action('get')('fractional booking ID', { bookingId: byId(expr(1.5)) }, `Invalid "Booking": ${NUMERIC_ID} [item 0]`),
	action('get')('booking ID of 12 digits', { bookingId: byId('123456789012') }, 'Invalid "Booking": must have at most 11 digits [item 0]'),
	update('restaurant ID of 12 digits', { updateFields: { restaurant_id: '479000000000' } }, 'Invalid "Restaurant ID": must have at most 11 digits [item 0]'),
	action('get')('booking ID saved as a plain expression, not a locator', { bookingId: '={{ $json.id }}' }, `Invalid "Booking": ${NUMERIC_ID} [item 0]`, [{ id: -5 }]),
	action('get')('booking ID from an object', { bookingId: byId('={{ {id: 5} }}') }, 'Invalid "Booking": must be a numeric ID [item 0]'),
	action('get')('unknown expand', { additionalFields: { expands: ['everything'] } }, 'Invalid "Expand" (entry 1): must be one of: contact, tables, table_occupation, booking_messages, booking_info [item 0]'),
	action('inviteFriends', { emails: 'a@test.fr', message: 'Join us' })('one bad address among the emails', { emails: 'a@test.fr, nope' }, 'Invalid "Emails" (entry 2): must be a valid email address [item 0]'),
	action('inviteFriends', { emails: 'a@test.fr', message: 'Join us' })('emails given an object', { emails: '={{ {to: "a@test.fr"} }}' }, 'Invalid "Emails": must be a list of email addresses [item 0]'),
	action('inviteFriends', { emails: 'a@test.fr', message: 'Join us' })('emails that are only commas', { emails: ' , ,' }, 'Invalid "Emails": needs at least one email address [item 0]'),
	action('inviteFriends', { emails: 'a@test.fr', message: 'Join us' })('message of spaces', { message: expr('  ') }, 'Invalid "Message": is required [item 0]'),
	action('releaseTable', { amount: 1000, currency: 'EUR' })('negative bill', { amount: -100 }, 'Invalid "Bill Amount (Cents)": must be at least 0 [item 0]'),
	action('releaseTable', { amount: 1000, currency: 'EUR' })('bill in fractions of a cent', { amount: 10.5 }, 'Invalid "Bill Amount (Cents)": must be a whole number [item 0]'),
	action('releaseTable', { amount: 1000, currency: 'EUR' })('currency in lower case', { currency: 'eur' }, 'Invalid "Currency": must be a three-letter ISO code in capitals, e.g. EUR [item 0]'),
	action('releaseTable', { amount: 1000, currency: 'EUR' })('currency as a symbol', { currency: '€' }, 'Invalid "Currency": must be a three-letter ISO code in capitals, e.g. EUR [item 0]'),
	action('cancelForGuest', { bookingToken: 'tok', cancelReason: 'ill' })('empty booking token', { bookingToken: expr('') }, 'Invalid "Booking Token": is required [item 0]'),
	action('cancelForGuest', { bookingToken: 'tok', cancelReason: 'ill' })('booking token over 255 characters', { bookingToken: chars(256) }, 'Invalid "Booking Token": must be at most 255 characters [item 0]'),
	action('honor')('negative present persons', { additionalFields: { presentPersonsNumber: -1 } }, 'Invalid "Present Persons": must be at least 0 [item 0]'),

	// Pending bookings.
	pending('hour past midnight', { hour: '25:00' }, 'Invalid "Hour": must be a time in the form HH:mm (24-hour clock) [item 0]'),
	pending('hour on a 12-hour clock', { hour: '1:30pm' }, 'Invalid "Hour": must be a time in the form HH:mm (24-hour clock) [item 0]'),
	pending('hour in French style', { hour: '13h30' }, 'Invalid "Hour": must be a time in the form HH:mm (24-hour clock) [item 0]'),
	pending('hour given a number', { hour: expr(1330) }, 'Invalid "Hour": must be a time in the form HH:mm [item 0]'),
	pending('0 persons', { persons: 0 }, 'Invalid "Number of Persons": must be at least 1 [item 0]'),
	pending('restaurant left empty by the item', { restaurantId: byId('={{ $json.restaurant }}') }, 'Invalid "Restaurant": is required [item 0]', [{}]),
	pending('contact info with a bad email', { contactInfo: { email: 'x@' } }, 'Invalid "Email": must be a valid email address [item 0]'),
	pending('contact info last name over 50 characters', { contactInfo: { lastname: chars(51) } }, 'Invalid "Last Name": must be at most 50 characters [item 0]'),
	pending('metadata holding an object', { metadata: { entry: [{ key: 'src', value: '={{ {site: "x"} }}' }] } }, `Invalid "Metadata" (entry 1): ${flatValue('src')} [item 0]`),
	rowsFor({ resource: 'pendingBooking', operation: 'update', pendingBookingId: '55cc4c049089c76870000001' })('update with nothing to change', {}, 'Invalid "Contact Info": nothing to update: choose an offer or add contact info [item 0]'),
	rowsFor({ resource: 'pendingBooking', operation: 'update', pendingBookingId: '55cc4c049089c76870000001' })('negative offer ID', { selectedOffer: -1 }, 'Invalid "Selected Offer ID": must be at least 0 [item 0]'),
	rowsFor({ resource: 'pendingBooking', operation: 'cancel' })('pending booking ID with a slash', { pendingBookingId: '55cc/../bookings' }, 'Invalid "Pending Booking ID": must contain only letters, digits, "-" and "_" [item 0]'),
	rowsFor({ resource: 'pendingBooking', operation: 'cancel' })('pending booking ID from a null expression', { pendingBookingId: '={{ null }}' }, 'Invalid "Pending Booking ID": is required [item 0]'),
	rowsFor({ resource: 'pendingBooking', operation: 'commit', pendingBookingId: 'abc' })('stripe token over 255 characters', { stripeToken: chars(256) }, 'Invalid "Stripe Token": must be at most 255 characters [item 0]'),

	// Lists, filters and options.
	list('booking')('limit 0', { limit: 0 }, 'Invalid "Limit": must be at least 1 [item 0]'),
	list('booking')('negative limit', { limit: -5 }, 'Invalid "Limit": must be at least 1 [item 0]'),
	list('booking')('limit given a word', { limit: expr('ten') }, 'Invalid "Limit": must be a number [item 0]'),
	list('booking')('return all given "yes"', { returnAll: expr('yes') }, 'Invalid "Return All": must be true or false [item 0]'),
	list('booking')('booking date filter with a single-digit month', { filters: { bookingDate: '2024-1-05' } }, 'Invalid "Booking Date": must be a date in the form YYYY-MM-DD [item 0]'),
	list('booking')('page size 0', { options: { pageSize: 0 } }, 'Invalid "Page Size": must be at least 1 [item 0]'),
	list('booking')('page size over 100', { options: { pageSize: 101 } }, 'Invalid "Page Size": must be at most 100 [item 0]'),
	list('booking')('timeout of 0 ms', { options: { timeout: 0 } }, 'Invalid "Timeout (Ms)": must be at least 1 [item 0]'),
	list('booking')('negative retries', { options: { maxRetries: -1 } }, 'Invalid "Retries": must be at least 0 [item 0]'),
	list('period', { date: '2024-11-06', persons: 2 })('0 persons', { persons: 0 }, 'Invalid "Number of Persons": must be at least 1 [item 0]'),
	list('period', { date: '2024-11-06', persons: 2 })('date from a missing item field', { date: '={{ $json.day }}' }, 'Invalid "Date": is required [item 0]', [{}]),
	list('period', { date: '2024-11-06', persons: 2 })('unknown expand', { filters: { expands: ['bookings'] } }, 'Invalid "Expand" (entry 1): must be one of: bookings_detail [item 0]'),
	rowsFor({ resource: 'restaurant', operation: 'getBookable', date: '2024-11-06', personsNumber: 2, limit: 10 })('negative persons', { personsNumber: -2 }, 'Invalid "Number of Persons": must be at least 1 [item 0]'),
	rowsFor({ resource: 'restaurant', operation: 'getBookable', date: '2024-11-06', personsNumber: 2, limit: 10 })('restaurant IDs with a name', { filters: { restaurantIds: '479, Chez Paul' } }, 'Invalid "Restaurant IDs": must be a comma-separated list of numeric restaurant IDs [item 0]'),
	rowsFor({ resource: 'restaurant', operation: 'getBookable', date: '2024-11-06', personsNumber: 2, limit: 10 })('restaurant IDs given an object', { filters: { restaurantIds: '={{ {id: 479} }}' } }, 'Invalid "Restaurant IDs": must be a comma-separated list of restaurant IDs [item 0]'),
	seats('negative seats', { leftSeats: -1 }, 'Invalid "Left Seats": must be at least 0 [item 0]'),
	seats('runtime service ID with a space', { runtimeServiceId: '5452 5943' }, 'Invalid "Runtime Service ID": must contain only letters, digits, "-" and "_" [item 0]'),
	seats('service date that does not exist', { date: '2024-04-31' }, 'Invalid "Date": is not a real calendar date [item 0]'),
	rowsFor({ resource: 'commercial', operation: 'get', commercialId: '162' })('commercial ID of letters', { commercialId: 'summer' }, `Invalid "Commercial ID": ${NUMERIC_ID} [item 0]`),
	list('commercial')('permanent given "yes"', { filters: { permanent: expr('yes') } }, 'Invalid "Permanent": must be true or false [item 0]'),
	list('opinion')('updated since in US order', { filters: { updatedAt: '11/06/2024' } }, 'Invalid "Updated Since": must be a date in the form YYYY-MM-DD [item 0]'),
];

const trigger = rowsFor({ events: ['booking.created', 'opinion.created'] });

const triggerCases: BadInput[] = [
	trigger('no event chosen', { events: [] }, 'Invalid "Events": choose at least one event to watch [item 0]'),
	trigger('an unknown event', { events: ['booking.deleted'] }, 'Invalid "Events" (entry 1): must be one of: booking.created, booking.updated, opinion.created [item 0]'),
	trigger('events given as text', { events: expr('booking.created') }, 'Invalid "Events": must be a list of events [item 0]'),
	trigger('negative days ahead', { options: { daysAhead: -1 } }, 'Invalid "Days Ahead": must be at least 0 [item 0]'),
	trigger('days ahead over a year', { options: { daysAhead: 366 } }, 'Invalid "Days Ahead": must be at most 365 [item 0]'),
	trigger('negative days back', { options: { daysBack: -2 } }, 'Invalid "Days Back": must be at least 0 [item 0]'),
	trigger('days back given a word', { options: { daysBack: expr('two') } }, 'Invalid "Days Back": must be a number [item 0]'),
	trigger('opinion overlap of 0 days', { options: { opinionOverlapDays: 0 } }, 'Invalid "Opinion Overlap (Days)": must be at least 1 [item 0]'),
	trigger('date concurrency 0', { options: { dateConcurrency: 0 } }, 'Invalid "Date Concurrency": must be at least 1 [item 0]'),
	trigger('seen records limit below 100', { options: { seenLimit: 99 } }, 'Invalid "Seen Records Limit": must be at least 100 [item 0]'),
	trigger('backfill date that is not a date', { options: { emitSince: 'last week' } }, 'Invalid "Emit Events Since": must be a date and time such as 2024-11-06T20:00:00 [item 0]'),
	trigger('backfill date of one digit', { options: { emitSince: '1' } }, 'Invalid "Emit Events Since": must be a date and time such as 2024-11-06T20:00:00 [item 0]'),
	trigger('backfill date that does not exist', { options: { emitSince: '2024-02-30T10:00:00' } }, 'Invalid "Emit Events Since": is not a real calendar date [item 0]'),
	trigger('backfill date in the future', { options: { emitSince: '2999-01-01T00:00:00' } }, 'Invalid "Emit Events Since": must not be in the future [item 0]'),
	trigger('backfill date given an object', { options: { emitSince: '={{ {day: 1} }}' } }, 'Invalid "Emit Events Since": must be a date and time [item 0]'),
	trigger('restaurant filter of letters', { filters: { restaurantId: fromList('abc') } }, `Invalid "Restaurant": ${NUMERIC_ID} [item 0]`),
	trigger('unknown booking state filter', { filters: { bookingState: expr('gone') } }, 'Invalid "Booking State": must be one of: initialized, validated, canceled, fully_faked, partially_faked, honored [item 0]'),
];

export const guestonlineTable = nodeTable('Guestonline', [HOST], runGuestonline, nodeCases);

export const guestonlineTriggerTable = triggerTable(
	'Guestonline Trigger',
	[HOST],
	{ node: new GuestonlineTrigger(), credentials: { guestonlineApi: { token: TOKEN } }, credentialTypes: { guestonlineApi: new GuestonlineApi() } },
	triggerCases,
);
