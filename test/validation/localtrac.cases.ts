import { byId, BUSINESS, HOST, runLocaltrac, UUID_A } from '../localtrac/helpers';
import { fromList } from '../partoo/helpers';
import type { BadInput } from './support';
import { expr, nodeTable, rowsFor, unicode } from './support';

const create = rowsFor({ resource: 'location', operation: 'create', business: BUSINESS, locale: 'fr_CA' });
const address = (field: string, value: unknown, message: string, title: string) => create(title, { additionalFields: { address: { [field]: value } } }, message);
const update = rowsFor({ resource: 'location', operation: 'update', locationId: byId(UUID_A) });
const group = (name: string, field: string, value: unknown, message: string, title: string) => update(title, { updateFields: { [name]: { [field]: value } } }, message);
const day = (weekday: string, start: string, end: string, message: string, title: string) =>
	group('schedules', weekday, { period: [{ start, end }] }, message, title);
const exception = rowsFor({ resource: 'scheduleException', operation: 'set', locationId: byId(UUID_A) });
const dates = (...days: Array<{ date?: string; periods?: unknown }>) => ({ exceptions: { day: days.map((d) => ({ periods: {}, ...d })) } });

const UUID = 'must be a UUID such as b11f9a4b-2b50-3e65-ae90-42fcef743ace';
const WEB = 'must be a full web address starting with https:// or http://';
const START = (value: string) => `start "${value}" must be a time HH:MM from 00:00 to 23:59`;
const END = (value: string) => `end "${value}" must be a time HH:MM from 00:00 to 24:00`;

const cases: BadInput[] = [
	// Locations.
	create('business that is not a UUID', { business: 'acme-inc' }, `Invalid "Business ID": ${UUID} [item 0]`),
	create('business left empty by the item', { business: '={{ $json.business }}' }, 'Invalid "Business ID": is required [item 0]', [{ business: '' }]),
	create('business from a null expression', { business: '={{ null }}' }, 'Invalid "Business ID": is required [item 0]'),
	create('business given a number', { business: expr(42) }, 'Invalid "Business ID": must be text [item 0]'),
	create('business with a zero-width space', { business: `${BUSINESS}${unicode.zeroWidth}` }, `Invalid "Business ID": ${UUID} [item 0]`),
	create('locale of France', { locale: expr('fr_FR') }, 'Invalid "Locale": must be one of: fr_CA, en_CA, en_US [item 0]'),
	address('lat', '91', 'Invalid "Latitude": must be between -90 and 90 [item 0]', 'latitude over 90'),
	address('lat', 'north', 'Invalid "Latitude": must be a decimal number such as -68.360965 [item 0]', 'latitude in words'),
	address('long', '-181', 'Invalid "Longitude": must be between -180 and 180 [item 0]', 'longitude under -180'),
	address('long', '={{ {deg: 73} }}', 'Invalid "Longitude": must be a decimal number [item 0]', 'longitude given an object'),
	address('zipcode', '={{ {code: "H2X"} }}', 'Invalid "Zip or Postal Code": must be text [item 0]', 'postal code given an object'),
	address('city', `Montréal${unicode.nul}`, 'Invalid "City": must not contain NUL characters [item 0]', 'city with a NUL byte'),
	create('name given a list', { additionalFields: { name: { fr_CA: expr(['Café']) } } }, 'Invalid "French (fr_CA)": must be text [item 0]'),
	create('name with a lone surrogate', { additionalFields: { name: { en_CA: `Caf${unicode.loneLow}` } } }, 'Invalid "English (en_CA)": must not contain broken Unicode (an unpaired surrogate character) [item 0]'),
	update('update without any field', {}, 'Invalid "Update Fields": add at least one field to change [item 0]'),
	update('location ID that is not a UUID', { locationId: fromList('123'), updateFields: { payments: { cash: true } } }, `Invalid "Location": ${UUID} [item 0]`),
	group('communication', 'contactEmail', 'info@', 'Invalid "Contact Email": must be a valid email address [item 0]', 'contact email without a domain'),
	group('communication', 'secondaryPhones', expr([{ number: '555' }]), 'Invalid "Secondary Phones" (entry 1): must be text [item 0]', 'secondary phones holding an object'),
	group('urls', 'website', 'www.example.com', `Invalid "Website": ${WEB} [item 0]`, 'website without a scheme'),
	group('urls', 'facebook', 'ftp://facebook.com/shop', `Invalid "Facebook": ${WEB} [item 0]`, 'facebook over FTP'),
	group('urls', 'instagram', 'https://localhost', `Invalid "Instagram": ${WEB} [item 0]`, 'instagram on a bare host'),
	group('payments', 'cash', expr('yes'), 'Invalid "Cash": must be true or false [item 0]', 'cash given "yes"'),
	day('monday', '25:00', '26:00', `Invalid "Monday": period 1: ${START('25:00')} [item 0]`, 'monday period past midnight'),
	day('tuesday', '18:00', '09:00', 'Invalid "Tuesday": period 1: start 18:00 is after end 09:00 [item 0]', 'tuesday period that ends before it starts'),
	day('wednesday', '09:00', '', 'Invalid "Wednesday": period 1: end is required [item 0]', 'wednesday period without an end'),
	day('sunday', '09:00', '24:01', `Invalid "Sunday": period 1: ${END('24:01')} [item 0]`, 'sunday period ending after 24:00'),
	day('friday', '9h', '17h', `Invalid "Friday": period 1: ${START('9h')} [item 0]`, 'friday period in French style'),
	update('schedules JSON with an unknown day', { updateFields: { schedulesJson: { funday: ['09:00-12:00'] } } }, 'Invalid "Schedules (JSON)": has an unknown day "funday": use sunday to saturday [item 0]'),
	update('schedules JSON with a day that is not a list', { updateFields: { schedulesJson: '{"monday": "09:00-12:00"}' } }, 'Invalid "Schedules (JSON)": monday: must be a list of periods (an empty list means closed) [item 0]'),
	update('schedules JSON with a range in words', { updateFields: { schedulesJson: '{"monday": ["noon-5pm"]}' } }, 'Invalid "Schedules (JSON)": monday period 1: start "noon" must be a time HH:MM from 00:00 to 23:59 [item 0]'),
	update('schedules JSON that is not JSON', { updateFields: { schedulesJson: '{"monday": [' } }, 'Invalid "Schedules (JSON)": must be a JSON object with one key per weekday, e.g. {"monday": ["09:00-12:00"]} [item 0]'),
	update('schedules JSON given a list', { updateFields: { schedulesJson: '["09:00-12:00"]' } }, 'Invalid "Schedules (JSON)": must be an object with one key per weekday, e.g. {"monday": ["09:00-12:00"]} [item 0]'),
	update('both schedule fields', { updateFields: { schedules: { monday: { period: [{ start: '09:00', end: '12:00' }] } }, schedulesJson: '{"monday": []}' } }, 'Invalid "Schedules (JSON)": use either Schedules or Schedules (JSON), not both [item 0]'),

	// Schedule exceptions and reads.
	exception('no date', { exceptions: {} }, 'Invalid "Dates": add at least one date [item 0]'),
	exception('a date that does not exist', dates({ date: '2024-02-30' }), 'Invalid "Date" (entry 1): is not a real calendar date [item 0]'),
	exception('a date in French order', dates({ date: '25/12/2024' }), 'Invalid "Date" (entry 1): must be a date in the form YYYY-MM-DD [item 0]'),
	exception('a date left out', dates({ date: '' }), 'Invalid "Date" (entry 1): is required [item 0]'),
	exception('the same date twice', dates({ date: '2024-12-25' }, { date: '2024-12-25' }), 'Invalid "Date" (entry 2): 2024-12-25 is given more than once [item 0]'),
	exception('a period ending after 24:00', dates({ date: '2024-12-24', periods: { period: [{ start: '09:00', end: '24:30' }] } }), `Invalid "Periods" (entry 1): 2024-12-24 period 1: ${END('24:30')} [item 0]`),
	exception('a date given an object', dates({ date: '={{ {day: 25} }}' }), 'Invalid "Date" (entry 1): must be a date in the form YYYY-MM-DD [item 0]'),
	rowsFor({ resource: 'schedule', operation: 'get' })('location from a null expression', { locationId: byId('={{ null }}') }, 'Invalid "Location": is required [item 0]'),
	rowsFor({ resource: 'scheduleException', operation: 'getAll', locationId: byId(UUID_A) })('limit given a word', { limit: expr('all') }, 'Invalid "Limit": must be a number [item 0]'),
	rowsFor({ resource: 'location', operation: 'getAll' })('limit 0', { limit: 0 }, 'Invalid "Limit": must be at least 1 [item 0]'),
	rowsFor({ resource: 'location', operation: 'getAll', limit: 5 })('negative retries', { options: { maxRetries: -2 } }, 'Invalid "Retries": must be at least 0 [item 0]'),
	rowsFor({ resource: 'location', operation: 'getAll', limit: 5 })('retries given a word', { options: { maxRetries: expr('many') } }, 'Invalid "Retries": must be a number [item 0]'),
];

// No stored session: a request would need a login first, and the login would be caught too.
export const localtracTable = nodeTable('LOCALTRAC', [HOST], runLocaltrac, cases);
