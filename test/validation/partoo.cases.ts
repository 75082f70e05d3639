import { PartooApi } from '../../credentials/PartooApi.credentials';
import { PartooTrigger } from '../../nodes/Partoo/PartooTrigger.node';
import { API_KEY, byId, fromList, HOST, runPartoo } from '../partoo/helpers';
import type { BadInput } from './support';
import { chars, expr, nodeTable, rowsFor, triggerTable, unicode } from './support';

const BUSINESS_ID = '5409c35b97aac999d8c26737';
const create = rowsFor({
	resource: 'business',
	operation: 'create',
	name: 'Café des Arts',
	country: 'FR',
	zipcode: '75001',
	city: 'Paris',
	address_details: { address: { street_name: 'rue de Rivoli' } },
	categories: '57def0b5b12ff65e069c34f6',
	contacts: { contact: [{ name: 'Jo', email: 'jo@example.com' }] },
});
const extra = (field: string, value: unknown, message: string, title: string) => create(title, { additionalFields: { [field]: value } }, message);
const hours = (day: string, value: string, message: string, title: string) => extra('open_hours', { [day]: [{ hours: value }] }, message, title);
const businessOp = (operation: string, fields = {}) => rowsFor({ resource: 'business', operation, businessId: byId(BUSINESS_ID), ...fields });
const dataEntries = (...entries: Array<[string, unknown]>) => ({ data: { entry: entries.map(([key, value]) => ({ key, value })) } });
const subscribe = businessOp('subscribe', { products: ['review_management'] });
const user = rowsFor({ resource: 'user', operation: 'create', email: 'jo@example.com', first_name: 'Jo', last_name: 'Doe' });
const reviews = rowsFor({ resource: 'review', operation: 'getAll', limit: 10 });
const org = (operation: string, fields = {}) => rowsFor({ resource: 'organization', operation, ...fields });

const RANGE = (range: string) => `"${range}" is not a time range in the form HH:MM-HH:MM, e.g. 07:30-10:00`;
const COUNTRY = 'must be an ISO 3166 alpha-2 country code, e.g. FR';
const OPAQUE = 'must contain only letters, digits, "-" and "_"';
const URL_RULE = 'must be a full http:// or https:// URL';
const RATING = 'must be a whole number from 1 to 5';
const TIMESTAMP = 'must be a Unix timestamp in seconds, a date (YYYY-MM-DD) or an ISO 8601 date and time with a time zone';

const nodeCases: BadInput[] = [
	// Business create: required fields, wrong types and formats.
	create('name left empty by an expression', { name: expr('') }, 'Invalid "Name": is required [item 0]'),
	create('name from a null expression', { name: '={{ null }}' }, 'Invalid "Name": is required [item 0]'),
	create('name given an object', { name: '={{ {fr: "Café"} }}' }, 'Invalid "Name": must be text [item 0]'),
	create('country of three letters', { country: 'FRA' }, `Invalid "Country": ${COUNTRY} [item 0]`),
	create('country that does not exist', { country: 'XX' }, `Invalid "Country": ${COUNTRY} [item 0]`),
	create('country given a number', { country: expr(33) }, 'Invalid "Country": must be a two-letter country code [item 0]'),
	create('country with a zero-width space', { country: `F${unicode.zeroWidth}R` }, `Invalid "Country": ${COUNTRY} [item 0]`),
	create('zipcode given a number', { zipcode: expr(75001) }, 'Invalid "Zipcode": must be text [item 0]'),
	create('city of spaces', { city: expr('   ') }, 'Invalid "City": is required [item 0]'),
	create('city with a NUL byte', { city: `Paris${unicode.nul}` }, 'Invalid "City": must not contain NUL characters [item 0]'),
	create('address without a street name', { address_details: { address: { number: '13' } } }, 'Invalid "Street Name": is required in the address details [item 0]'),
	create('street number given an object', { address_details: { address: { street_name: 'rue X', number: '={{ {n: 13} }}' } } }, 'Invalid "Street Number": must be text [item 0]'),
	create('category IDs with a space inside one', { categories: 'abc def, 57def0b5' }, `Invalid "Category IDs" (entry 1): must be a comma-separated list of category IDs (letters, digits, "-" and "_") [item 0]`),
	create('category IDs left empty by an expression', { categories: expr(' , ') }, 'Invalid "Category IDs": needs at least one category ID [item 0]'),
	create('category IDs given an object', { categories: '={{ {id: "x"} }}' }, 'Invalid "Category IDs": must be a comma-separated list of category IDs [item 0]'),
	create('no contact', { contacts: {} }, 'Invalid "Contacts": needs at least one contact [item 0]'),
	create('contact with a bad email', { contacts: { contact: [{ name: 'Jo', email: 'jo@' }] } }, 'Invalid "Email" (entry 1): must be a valid email address [item 0]'),
	create('contact with a phone of letters', { contacts: { contact: [{ name: 'Jo', phone_numbers: 'ring me' }] } }, 'Invalid "Phone Numbers" (entry 1): must be a phone number of digits, spaces and an optional leading + [item 0]'),
	create('second contact with nothing in it', { contacts: { contact: [{ name: 'Jo' }, { name: ' ' }] } }, 'Invalid "Contact" (entry 2): needs a name, an email or a phone number [item 0]'),
	extra('description_short', chars(201), 'Invalid "Description (Short)": must be at most 200 characters [item 0]', 'short description over 200 characters'),
	extra('description_long', chars(1001), 'Invalid "Description (Long)": must be at most 1000 characters [item 0]', 'long description over 1000 characters'),
	extra('lat', 91, 'Invalid "Latitude": must be at most 90 [item 0]', 'latitude over 90'),
	extra('long', -181, 'Invalid "Longitude": must be at least -180 [item 0]', 'longitude under -180'),
	extra('lat', expr('north'), 'Invalid "Latitude": must be a number [item 0]', 'latitude given a word'),
	extra('website_url', 'www.example.com', `Invalid "Website URL": ${URL_RULE} [item 0]`, 'website without a scheme'),
	extra('facebook_url', 'javascript:alert(1)', `Invalid "Facebook URL": ${URL_RULE} [item 0]`, 'facebook URL running a script'),
	extra('status', expr('paused'), 'Invalid "Status": must be one of: open, closed, definitely_closed [item 0]', 'unknown status'),
	extra('orgId', fromList('12ab'), 'Invalid "Organization": must be a positive whole number (the numeric ID) [item 0]', 'organization ID with letters'),
	hours('monday', '25:00-26:00', `Invalid "Monday": ${RANGE('25:00-26:00')} [item 0]`, 'monday hours past midnight'),
	hours('tuesday', '18:00-09:00', 'Invalid "Tuesday": "18:00-09:00" must start before it ends [item 0]', 'tuesday hours that end before they start'),
	hours('friday', '9h-12h', `Invalid "Friday": ${RANGE('9h-12h')} [item 0]`, 'friday hours in French style'),
	hours('sunday', '={{ {from: "09:00"} }}', 'Invalid "Sunday": must be time ranges as text, e.g. 07:30-10:00, 13:30-17:30 [item 0]', 'sunday hours given an object'),
	extra('specific_hours', { open: [{ hours: '09:00-12:00' }] }, 'Invalid "Open Period" (entry 1): start date is required [item 0]', 'open period without dates'),
	extra('specific_hours', { close: [{ starts_at: '2024-13-01' }] }, 'Invalid "Closed Period" (entry 1): start date is not a real calendar date [item 0]', 'closed period in month 13'),
	extra('specific_hours', { close: [{ starts_at: '2024-12-26', ends_at: '2024-12-24' }] }, 'Invalid "Closed Period" (entry 1): the start date must not be after the end date [item 0]', 'closed period that ends before it starts'),
	extra('photos', { photos: { primary: 'photo.jpg' } }, `Invalid "Primary Photo URL": ${URL_RULE} [item 0]`, 'primary photo that is not a URL'),
	extra('deprecatedFields', '{"videos": [', 'Invalid "Deprecated Fields (JSON)": must be valid JSON [item 0]', 'deprecated fields that are not JSON'),
	extra('deprecatedFields', '{"reviews": []}', 'Invalid "Deprecated Fields (JSON)": accepts only videos, promos and news, not reviews [item 0]', 'deprecated fields with an unknown key'),
	extra('deprecatedFields', '{"promos": [{"title": "-10%", "description": "x", "begin": "soon", "end": 1}]}', 'Invalid "Deprecated Fields (JSON)": promos entry 1 needs "begin" (a whole-number timestamp) [item 0]', 'promo with a text begin date'),

	// Other business operations.
	businessOp('update')('update without any field', {}, 'Invalid "Update Fields": add at least one field to change [item 0]'),
	businessOp('update')('language spelled out', { updateFields: { lang: 'french' } }, 'Invalid "Language": must be an ISO 639-1 language code, e.g. fr [item 0]'),
	businessOp('get')('business ID with a slash', { businessId: fromList('5409/../org') }, `Invalid "Business": ${OPAQUE} [item 0]`),
	businessOp('get')('business ID from a null expression', { businessId: byId('={{ null }}') }, 'Invalid "Business": is required [item 0]'),
	businessOp('get')('business ID with an emoji', { businessId: fromList(`shop${unicode.emoji}`) }, `Invalid "Business": ${OPAQUE} [item 0]`),
	businessOp('setAdditionalData')('additional data holding an object', dataEntries(['pos', '={{ {x: 1} }}']), 'Invalid "Value" (entry 1): of "pos" must be a flat value (text, number or true/false), not a list or an object [item 0]'),
	businessOp('setAdditionalData')('additional data holding a list', dataEntries(['tags', expr(['a', 'b'])]), 'Invalid "Value" (entry 1): of "tags" must be a flat value (text, number or true/false), not a list or an object [item 0]'),
	businessOp('setAdditionalData')('additional data with 11 keys', dataEntries(...Array.from({ length: 11 }, (_, i): [string, unknown] => [`k${i}`, i])), 'Invalid "Data": holds at most 10 keys (11 given) [item 0]'),
	businessOp('setAdditionalData')('additional data with a key given twice', dataEntries(['k', 1], ['k', 2]), 'Invalid "Key" (entry 2): "k" is given twice [item 0]'),
	businessOp('setAdditionalData')('additional data with an empty key', dataEntries([' ', 1]), 'Invalid "Key" (entry 1): is required [item 0]'),
	subscribe('subscription without a product', { products: expr([]) }, 'Invalid "Products": needs at least one product [item 0]'),
	subscribe('unknown product', { products: ['seo'] }, 'Invalid "Products" (entry 1): must be among: presence_management, review_management [item 0]'),
	subscribe('products given as text', { products: expr('review_management') }, 'Invalid "Products": must be a list of products [item 0]'),
	subscribe('subscription date in month 13', { additionalFields: { subscription_date: '2024-13-01' } }, `Invalid "Subscription Date": ${TIMESTAMP} [item 0]`),
	subscribe('negative subscription timestamp', { additionalFields: { subscription_date: expr(-5) } }, `Invalid "Subscription Date": ${TIMESTAMP} [item 0]`),
	businessOp('unsubscribe', { products: ['review_management'] })('canceling date in words', { additionalFields: { canceling_date: 'next month' } }, `Invalid "Canceling Date": ${TIMESTAMP} [item 0]`),
	rowsFor({ resource: 'business', operation: 'getAll', limit: 10 })('limit 0', { limit: 0 }, 'Invalid "Limit": must be at least 1 [item 0]'),
	rowsFor({ resource: 'business', operation: 'getAll', limit: 10 })('modified since in words', { filters: { timestamp: 'yesterday' } }, `Invalid "Modified Since": ${TIMESTAMP} [item 0]`),
	rowsFor({ resource: 'business', operation: 'getAll', limit: 10 })('country filter spelled out', { filters: { country: 'France' } }, `Invalid "Country": ${COUNTRY} [item 0]`),
	rowsFor({ resource: 'business', operation: 'getAll', limit: 10 })('has promo given "yes"', { filters: { has_promo: expr('yes') } }, 'Invalid "Has Promo": must be true or false [item 0]'),
	rowsFor({ resource: 'business', operation: 'getAll', limit: 10 })('page concurrency 0', { returnAll: true, options: { pageConcurrency: 0 } }, 'Invalid "Page Concurrency": must be at least 1 [item 0]'),
	rowsFor({ resource: 'business', operation: 'get', businessId: byId('5409c35b97aac999d8c26737') })('parallel requests 0', { options: { parallelRequests: 0 } }, 'Invalid "Parallel Requests": must be at least 1 [item 0]'),
	rowsFor({ resource: 'business', operation: 'get', businessId: byId('5409c35b97aac999d8c26737') })('parallel requests above 1000', { options: { parallelRequests: 1001 } }, 'Invalid "Parallel Requests": must be at most 1000 [item 0]'),

	// Organizations, users, categories, authorizations and reviews.
	org('create')('organization name of spaces', { name: expr('   ') }, 'Invalid "Name": is required [item 0]'),
	org('create', { name: 'Acme' })('alias with capitals', { additionalFields: { alias: 'Acme-Org' } }, 'Invalid "Alias": must contain only lower-case letters, digits and "_" (e.g. partoo_org) [item 0]'),
	org('create', { name: 'Acme' })('alias with an emoji', { additionalFields: { alias: `acme${unicode.emoji}` } }, 'Invalid "Alias": must contain only lower-case letters, digits and "_" (e.g. partoo_org) [item 0]'),
	org('get')('organization ID 0', { orgId: fromList('0') }, 'Invalid "Organization": must be a positive whole number (the numeric ID) [item 0]'),
	org('delete', { orgId: byId(1234) })('force given "yes"', { force: expr('yes') }, 'Invalid "Force": must be true or false [item 0]'),
	user('email without a domain', { email: 'jo@' }, 'Invalid "Email": must be a valid email address [item 0]'),
	user('email over 254 characters', { email: `${chars(250)}@ex.fr` }, 'Invalid "Email": must be at most 254 characters [item 0]'),
	user('first name left empty', { first_name: '={{ $json.first }}' }, 'Invalid "First Name": is required [item 0]', [{ first: '' }]),
	user('password of 5 characters', { additionalFields: { password: '12345' } }, 'Invalid "Password": must be at least 6 characters long [item 0]'),
	user('password for an invited user', { additionalFields: { password: 'secret1', status: 'invited' } }, 'Invalid "Password": is not allowed when the status is "invited" (the user sets it from the invitation email) [item 0]'),
	user('phone of letters', { additionalFields: { phone: 'call me' } }, 'Invalid "Phone": must be a phone number of digits, spaces and an optional leading + [item 0]'),
	user('unknown role', { additionalFields: { role: expr('GOD') } }, 'Invalid "Role": must be one of: PROVIDER, ORG_ADMIN, BUSINESS_MANAGER, ADMIN, SUPERADMIN [item 0]'),
	rowsFor({ resource: 'user', operation: 'update', userId: byId(BUSINESS_ID) })('user update without any field', {}, 'Invalid "Update Fields": add at least one field to change [item 0]'),
	rowsFor({ resource: 'category', operation: 'getAll', lang: 'fr', limit: 10 })('language that does not exist', { lang: 'xx' }, 'Invalid "Language": must be an ISO 639-1 language code, e.g. fr [item 0]'),
	rowsFor({ resource: 'category', operation: 'getAll', lang: 'fr', limit: 10 })('language from a null expression', { lang: '={{ null }}' }, 'Invalid "Language": is required [item 0]'),
	rowsFor({ resource: 'authorization', operation: 'create', userId: byId(BUSINESS_ID) })('consumable given "true" as text', { consumable: expr('true') }, 'Invalid "Consumable": must be true or false [item 0]'),
	reviews('rating 6', { filters: { rating: 6 } }, `Invalid "Rating": ${RATING} [item 0]`),
	reviews('rating 0', { filters: { rating: 0 } }, `Invalid "Rating": ${RATING} [item 0]`),
	reviews('rating 4.5', { filters: { rating: 4.5 } }, `Invalid "Rating": ${RATING} [item 0]`),
	reviews('ratings with a 9', { filters: { rating_in: [5, 9] } }, `Invalid "Ratings" (entry 2): ${RATING} [item 0]`),
	reviews('ratings given as text', { filters: { rating_in: expr('4,5') } }, 'Invalid "Ratings": must be a list of ratings from 1 to 5 [item 0]'),
	reviews('updated after a day that does not exist', { filters: { update_date_gte: '2019-02-30' } }, 'Invalid "Updated After": is not a real calendar date [item 0]'),
	reviews('updated after in words', { filters: { update_date_gte: 'last monday' } }, 'Invalid "Updated After": must be a date (YYYY-MM-DD) or an ISO 8601 date and time, e.g. 2019-03-01T09:43:36+01:00 [item 0]'),
	reviews('update window that ends before it starts', { filters: { update_date_gte: '2019-03-31', update_date_lte: '2019-03-01' } }, 'Invalid "Updated Before": must not be before "Updated After" [item 0]'),
	reviews('unknown partner', { filters: { partner_in: ['yelp'] } }, 'Invalid "Partners" (entry 1): must be one of: google_my_business, foursquare, facebook [item 0]'),
	reviews('business IDs with a slash', { filters: { business_in: 'a/b' } }, `Invalid "Business IDs" (entry 1): must be a comma-separated list of business IDs (letters, digits, "-" and "_") [item 0]`),
	reviews('content is empty given "no"', { filters: { content_isnull: expr('no') } }, 'Invalid "Content Is Empty": must be true or false [item 0]'),
];

const trigger = rowsFor({ events: ['review.created'] });
const OPTIONS_RANGE = (label: string, rule: string) => `Invalid "${label}": ${rule} [item 0]`;

const triggerCases: BadInput[] = [
	trigger('no event chosen', { events: [] }, 'Invalid "Events": choose at least one event to watch [item 0]'),
	trigger('an unknown event', { events: ['review.deleted'] }, 'Invalid "Events" (entry 1): must be one of: review.created, review.updated [item 0]'),
	trigger('events given as text', { events: expr('review.created') }, 'Invalid "Events": must be a list of events [item 0]'),
	trigger('overlap of 0 minutes', { options: { overlapMinutes: 0 } }, OPTIONS_RANGE('Overlap (Minutes)', 'must be at least 1')),
	trigger('negative overlap', { options: { overlapMinutes: -10 } }, OPTIONS_RANGE('Overlap (Minutes)', 'must be at least 1')),
	trigger('overlap over a day', { options: { overlapMinutes: 1441 } }, OPTIONS_RANGE('Overlap (Minutes)', 'must be at most 1440')),
	trigger('overlap of 2.5 minutes', { options: { overlapMinutes: 2.5 } }, OPTIONS_RANGE('Overlap (Minutes)', 'must be a whole number')),
	trigger('seen records limit of 50', { options: { seenLimit: 50 } }, OPTIONS_RANGE('Seen Records Limit', 'must be at least 100')),
	trigger('page concurrency 0', { options: { pageConcurrency: 0 } }, OPTIONS_RANGE('Page Concurrency', 'must be at least 1')),
	trigger('backfill date in words', { options: { emitSince: 'two hours ago' } }, OPTIONS_RANGE('Emit Events Since', 'must be a date and time such as 2024-11-06T20:00:00')),
	trigger('backfill date of spaces and digits', { options: { emitSince: ' 12 ' } }, OPTIONS_RANGE('Emit Events Since', 'must be a date and time such as 2024-11-06T20:00:00')),
	trigger('backfill date on February 30', { options: { emitSince: '2025-02-30' } }, OPTIONS_RANGE('Emit Events Since', 'is not a real calendar date')),
	trigger('backfill date in the future', { options: { emitSince: '2999-12-31T23:59:59Z' } }, OPTIONS_RANGE('Emit Events Since', 'must not be in the future')),
	trigger('backfill date given a number', { options: { emitSince: expr(1700000000) } }, OPTIONS_RANGE('Emit Events Since', 'must be a date and time')),
	trigger('ratings filter with a 0', { filters: { rating_in: [0] } }, `Invalid "Ratings" (entry 1): ${RATING} [item 0]`),
	trigger('unknown state filter', { filters: { state: expr('open') } }, 'Invalid "State": must be one of: treated, not_treated, deleted [item 0]'),
	trigger('business IDs filter with a space', { filters: { business_in: 'a b' } }, `Invalid "Business IDs" (entry 1): must be a comma-separated list of business IDs (letters, digits, "-" and "_") [item 0]`),
];

export const partooTable = nodeTable('Partoo', [HOST], runPartoo, nodeCases);

export const partooTriggerTable = triggerTable(
	'Partoo Trigger',
	[HOST],
	{ node: new PartooTrigger(), credentials: { partooApi: { apiKey: API_KEY, environment: 'productionFrance' } }, credentialTypes: { partooApi: new PartooApi() } },
	triggerCases,
);
