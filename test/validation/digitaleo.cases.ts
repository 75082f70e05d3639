import { API_HOST, byId, OAUTH_HOST, runDigitaleo } from '../digitaleo/helpers';
import { fromList } from '../partoo/helpers';
import type { BadInput } from './support';
import { chars, expr, nodeTable, rowsFor, unicode } from './support';

const account = rowsFor({ resource: 'account', operation: 'create', externalIdentifier: 'ORG_1234', name: 'ORG [1234] Rennes' });
const accountField = (field: string, value: unknown, message: string, title: string) => account(title, { additionalFields: { [field]: value } }, message);
const business = rowsFor({ resource: 'business', operation: 'update', accountId: byId('ORG_1234'), storeCode: byId('BAKERY_1') });
const businessField = (field: string, value: unknown, message: string, title: string) => business(title, { updateFields: { [field]: value } }, message);
const user = rowsFor({ resource: 'user', operation: 'create', accountId: byId('ORG_1234'), userExternalIdentifier: 'USER_42' });

/** A week in the API's own form, one entry per day given. */
const week = (days: string[], slot = { start: '09:00', end: '12:00' }) => JSON.stringify(days.map((label) => ({ label, timetableSlots: [slot] })));
const SIX_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const IDENTIFIER = 'must not contain "/", "\\" or control characters';
const INVISIBLE = 'must not contain invisible characters (zero-width spaces or direction marks)';
const flatValue = (key: string) => `value of "${key}" must be text, a number or true/false, not a list or an object`;

const cases: BadInput[] = [
	// Accounts.
	account('external identifier with a slash', { externalIdentifier: 'ORG/1234' }, `Invalid "External Identifier": ${IDENTIFIER} [item 0]`),
	account('external identifier over 255 characters', { externalIdentifier: chars(256) }, 'Invalid "External Identifier": must be at most 255 characters [item 0]'),
	account('external identifier left empty by the item', { externalIdentifier: '={{ $json.ref }}' }, 'Invalid "External Identifier": is required [item 0]', [{ ref: '' }]),
	account('external identifier of two dots', { externalIdentifier: '..' }, 'Invalid "External Identifier": must not be "." or ".." [item 0]'),
	account('external identifier with a zero-width space', { externalIdentifier: `ORG${unicode.zeroWidth}1234` }, `Invalid "External Identifier": ${INVISIBLE} [item 0]`),
	account('external identifier behind a right-to-left override', { externalIdentifier: `${unicode.rtlOverride}4321_GRO` }, `Invalid "External Identifier": ${INVISIBLE} [item 0]`),
	account('external identifier given an object', { externalIdentifier: '={{ {ref: 1} }}' }, 'Invalid "External Identifier": must be text [item 0]'),
	account('name from a null expression', { name: '={{ null }}' }, 'Invalid "Name": is required [item 0]'),
	account('name over 255 characters', { name: chars(256) }, 'Invalid "Name": must be at most 255 characters [item 0]'),
	account('name with a NUL byte', { name: `ORG${unicode.nul}` }, 'Invalid "Name": must not contain NUL characters [item 0]'),
	accountField('locale', expr('de_DE'), 'Invalid "Locale": must be one of: fr_FR, en_GB, es_ES, es_CO [item 0]', 'unknown locale'),
	accountField('email', 'holder@', 'Invalid "Email": must be a valid email address [item 0]', 'holder email without a domain'),
	accountField('email', `${chars(250)}@test.fr`, 'Invalid "Email": must be at most 255 characters [item 0]', 'holder email over 255 characters'),
	accountField('firstName', chars(256), 'Invalid "First Name": must be at most 255 characters [item 0]', 'first name over 255 characters'),
	accountField('timezone', expr('Paris'), 'Invalid "Timezone": must be a time zone name from the tz database, e.g. Europe/Paris [item 0]', 'time zone without its region'),
	accountField('groups', expr([{ name: 'North' }]), 'Invalid "Groups" (entry 1): must be text [item 0]', 'groups holding an object'),
	accountField('groups', '={{ {name: "North"} }}', 'Invalid "Groups": must be a list of texts [item 0]', 'groups given an object'),
	accountField('emailSenders', ['news@shop.fr', 'not-an-address'], 'Invalid "Email Senders" (entry 2): must be a valid email address [item 0]', 'one bad email sender'),
	accountField('defaultReplyTo', 'reply.shop.fr', 'Invalid "Default Reply-To": must be a valid email address [item 0]', 'reply-to without an @'),
	accountField('offer', expr(5), 'Invalid "Offer": must be text [item 0]', 'offer given a number'),
	accountField('fields', { entry: [{ key: 'businessCity', value: '={{ {name: "Rennes"} }}' }] }, `Invalid "Fields" (entry 1): ${flatValue('businessCity')} [item 0]`, 'account field holding an object'),
	accountField('fields', { entry: [{ key: 'a', value: '1' }, { key: 'tags', value: expr(['x']) }] }, `Invalid "Fields" (entry 2): ${flatValue('tags')} [item 0]`, 'account field holding a list'),
	rowsFor({ resource: 'account', operation: 'update', accountId: byId('ORG_1234') })('update without any field', {}, 'Invalid "Update Fields": add at least one field to change [item 0]'),
	rowsFor({ resource: 'account', operation: 'update', accountId: byId('ORG_1234') })('a setting both given and cleared', { updateFields: { defaultEmailSender: 'Shop', clearFields: ['defaultEmailSender'] } }, 'Invalid "Default Email Sender": cannot be both given and cleared [item 0]'),
	rowsFor({ resource: 'account', operation: 'update', accountId: byId('ORG_1234') })('clearing a setting that cannot be cleared', { updateFields: { clearFields: expr(['name']) } }, 'Invalid "Clear (Set to Null)" (entry 1): must list only emailSenders, defaultEmailSender or defaultReplyTo [item 0]'),
	rowsFor({ resource: 'account', operation: 'get' })('account from a null expression', { accountId: byId('={{ null }}') }, 'Invalid "Account": is required [item 0]'),
	rowsFor({ resource: 'account', operation: 'getAutoLogin', accountId: byId('ORG_1234') })('login page over plain http', { additionalFields: { loginUrl: 'http://app.digitaleo.com/auth/login' } }, 'Invalid "Login URL": must be an https:// URL [item 0]'),

	// Businesses, with their opening hours.
	businessField('name', chars(51), 'Invalid "Name": must be at most 50 characters [item 0]', 'business name over 50 characters'),
	businessField('city', chars(51), 'Invalid "City": must be at most 50 characters [item 0]', 'city over 50 characters'),
	businessField('zipCode', '3500', 'Invalid "Zip Code": must be a French postal code of 5 digits, e.g. 35000 [item 0]', 'zip code of 4 characters'),
	businessField('zipCode', expr(35000), 'Invalid "Zip Code": must be text [item 0]', 'zip code given a number'),
	businessField('nafCode', '58.29', 'Invalid "NAF Code": must be a NAF code such as 56.10A or 5610A [item 0]', 'NAF code without its letter'),
	businessField('nafCode', 'ABCDE', 'Invalid "NAF Code": must be a NAF code such as 56.10A or 5610A [item 0]', 'NAF code of letters'),
	businessField('registrationNumber', '732 829 320', 'Invalid "Registration Number": must be 14 digits, such as 73282932000074 [item 0]', 'SIRET cut short'),
	businessField('registrationNumber', '7328293200007A', 'Invalid "Registration Number": must be 14 digits, such as 73282932000074 [item 0]', 'SIRET with a letter'),
	businessField('phone', 'ask at the desk', 'Invalid "Phone": must be a phone number of digits, spaces and an optional leading + [item 0]', 'phone in words'),
	businessField('contactEmail', 'contact@@shop.fr', 'Invalid "Contact Email": must be a valid email address [item 0]', 'contact email with two @'),
	businessField('website', 'www.shop.fr', 'Invalid "Website": must be a full http:// or https:// URL [item 0]', 'website without a scheme'),
	businessField('schedulesJson', week(SIX_DAYS), 'Invalid "Schedules (JSON)": must have exactly 7 days (Monday to Sunday), not 6 [item 0]', 'a six-day week'),
	businessField('schedulesJson', expr(JSON.parse(week(SIX_DAYS))), 'Invalid "Schedules (JSON)": must have exactly 7 days (Monday to Sunday), not 6 [item 0]', 'a six-day week from an expression'),
	businessField('schedulesJson', week([...SIX_DAYS, 'Funday']), 'Invalid "Schedules (JSON)": has an unknown day "Funday": use Monday to Sunday [item 0]', 'a week with Sunday misspelt'),
	businessField('schedulesJson', week([...SIX_DAYS, 'Sunday'], { start: '9h', end: '12h' }), 'Invalid "Schedules (JSON)": Monday slot 1: start "9h" must be a time in the form HH:MM (24-hour clock) [item 0]', 'a week with hours in French style'),
	businessField('schedulesJson', '{"monday": [', 'Invalid "Schedules (JSON)": must be the opening slots of the week, or a JSON list of seven days [item 0]', 'schedules that are not JSON'),
	businessField('schedules', { monday: [{ start: '12:00', end: '09:00' }] }, 'Invalid "Schedules": Monday slot 1: start 12:00 must be before end 09:00 [item 0]', 'a slot that ends before it starts'),
	businessField('schedules', { friday: [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '18:00' }] }, 'Invalid "Schedules": Friday: slots 09:00-13:00 and 12:00-18:00 overlap [item 0]', 'overlapping slots'),
	businessField('schedules', { sunday: [{ start: '24:00', end: '24:30' }] }, 'Invalid "Schedules": Sunday slot 1: start "24:00" must be a time in the form HH:MM (24-hour clock) [item 0]', 'a slot starting at 24:00'),
	business('both schedule fields', { updateFields: { schedules: { monday: [{ start: '09:00', end: '12:00' }] }, schedulesJson: week([...SIX_DAYS, 'Sunday']) } }, 'Invalid "Schedules (JSON)": use either Schedules or Schedules (JSON), not both [item 0]'),
	business('store code over 50 characters', { storeCode: fromList(chars(51)), updateFields: { name: 'x' } }, 'Invalid "Business (Store Code)": must be at most 50 characters [item 0]'),
	business('update without any field', {}, 'Invalid "Update Fields": add at least one field to change [item 0]'),
	rowsFor({ resource: 'business', operation: 'getAll', accountId: byId('ORG_1234'), limit: 5 })('reviews flag given "yes"', { withReviewsList: expr('yes') }, 'Invalid "Include Reviews List": must be true or false [item 0]'),
	rowsFor({ resource: 'business', operation: 'getAll', accountId: byId('ORG_1234'), limit: 5 })('negative limit', { limit: -1 }, 'Invalid "Limit": must be at least 1 [item 0]'),

	// Users.
	user('user identifier from a null expression', { userExternalIdentifier: '={{ null }}' }, 'Invalid "User External Identifier": is required [item 0]'),
	user('user identifier with a backslash', { userExternalIdentifier: 'USER\\42' }, `Invalid "User External Identifier": ${IDENTIFIER} [item 0]`),
	user('user email given a list', { additionalFields: { email: expr(['a@b.fr']) } }, 'Invalid "Email": must be an email address [item 0]'),
	user('user locale without its country', { additionalFields: { locale: expr('fr') } }, 'Invalid "Locale": must be one of: fr_FR, en_GB, es_ES, es_CO [item 0]'),
	user('login over 255 characters', { additionalFields: { login: chars(256) } }, 'Invalid "Login": must be at most 255 characters [item 0]'),
	rowsFor({ resource: 'user', operation: 'update', accountId: byId('ORG_1234'), userId: byId('USER_42') })('user update without any field', {}, 'Invalid "Update Fields": add at least one field to change [item 0]'),
	rowsFor({ resource: 'user', operation: 'get', accountId: byId('ORG_1234') })('user with a lone surrogate', { userId: fromList(`USER${unicode.loneHigh}`) }, 'Invalid "User": must not contain broken Unicode (an unpaired surrogate character) [item 0]'),
];

// No stored token: a request would need a login first, and the login would be caught too.
export const digitaleoTable = nodeTable(
	'Digitaleo',
	[API_HOST, OAUTH_HOST],
	async (parameters, options) => await runDigitaleo(parameters, { ...options, credentials: { accessToken: '' } }),
	cases,
);
