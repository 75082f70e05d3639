'use strict';
/*
 * End-to-end case: examples/listings-sync.json as it ships, with credentials attached.
 * Manual Trigger -> Businesses to Sync (Code) -> Partoo Get Business -> LOCALTRAC Update Location.
 * Proves that the example imports and runs, and that the business's names, address, coordinates,
 * contact details, web pages and opening hours reach LOCALTRAC in the shape its API takes; the fields empty in
 * Partoo are sent empty.
 */
const assert = require('node:assert/strict');
const { loadExample, withCredentials } = require('./_examples');

const PARTOO_KEY = 'e2e-example-partoo-key-3c1f';
const LT_USER = 'sync@localtrac.example';
const LT_PASSWORD = 'e2e-example-lt-pass-9Qw';
const LT_TOKEN = 'e2e-example-lt-token-55aa';
// The IDs the example's "Businesses to Sync" node lists.
const BUSINESS_ID = '5409c35b97aac999d8c26737';
const LOCATION_ID = 'b11f9a4b-2b50-3e65-ae90-42fcef743ace';

// Shaped like the business of the Partoo API reference.
const BUSINESS = {
	id: BUSINESS_ID,
	org_id: 42,
	name: 'Burger Shop',
	status: 'open',
	address_details: { number: '13', number_supplement: '', street_type: 'rue', street_name: 'du Rosier' },
	address2: 'Bâtiment B',
	city: 'Paris',
	zipcode: '75004',
	country: 'FR',
	lat: 48.8566,
	long: 2.3522,
	contacts: [
		{ name: 'Front desk', email: null, phone_numbers: [] },
		{ name: 'Wayne Hotte', email: 'contact@burgershop.fr', phone_numbers: ['+33 1 23 45 67 89', '+33 6 12 34 56 78'] },
	],
	website_url: 'https://burgershop.fr',
	facebook_url: 'https://facebook.com/burgershop',
	twitter_url: null,
	description_short: 'Burgers',
	description_long: 'Des burgers faits maison, au cœur du Marais.',
	open_hours: { monday: ['11:30-14:30', '18:30-22:30'], sunday: [] },
	code: 'BS-01',
};

module.exports = ({ baseUrl }) => ({
	name: 'example listings-sync.json: Partoo Get Business -> LOCALTRAC Update Location',

	credentials: [
		{ id: 'e2eExPtoCred01', name: 'Partoo example', type: 'partooApi', data: { apiKey: PARTOO_KEY, environment: 'custom', customUrl: `${baseUrl}/api/v2` } },
		{ id: 'e2eExLtCred01', name: 'LOCALTRAC example', type: 'localtracApi', data: { baseUrl, username: LT_USER, password: LT_PASSWORD } },
	],

	workflow: withCredentials(loadExample('listings-sync'), {
		'n8n-nodes-local-business.partoo': { partooApi: { id: 'e2eExPtoCred01', name: 'Partoo example' } },
		'n8n-nodes-local-business.localtrac': { localtracApi: { id: 'e2eExLtCred01', name: 'LOCALTRAC example' } },
	}),

	routes: {
		[`GET /api/v2/business/${BUSINESS_ID}`]: (req) =>
			req.query.api_key === PARTOO_KEY ? { status: 200, body: BUSINESS } : { status: 401, body: { errors: { authentication: 'User not authenticated' } } },
		'POST /localtrac/login': (req) =>
			req.body && req.body.username === LT_USER && req.body.password === LT_PASSWORD
				? { status: 200, body: { success: true, token: LT_TOKEN } }
				: { status: 401, body: { code: 'AUTH_INVALID', message: 'Invalid credential provided' } },
		[`POST /localtrac/location/${LOCATION_ID}`]: (req) =>
			req.headers.authorization === LT_TOKEN ? { status: 200, body: { success: true } } : { status: 401, body: { code: 'TOKEN_INVALID', message: 'Invalid token' } },
	},

	check(output, requests, { itemsOf }) {
		assert.deepEqual(itemsOf('Businesses to Sync'), [{ partooBusinessId: BUSINESS_ID, localtracLocationId: LOCATION_ID }]);
		assert.equal(itemsOf('Get Business')[0].name, 'Burger Shop');

		const updates = requests.filter((r) => r.method === 'POST' && r.path === `/localtrac/location/${LOCATION_ID}`);
		assert.equal(updates.length, 1, `expected one update, got ${updates.length}`);
		assert.deepEqual(updates[0].body, {
			name: { en_CA: 'Burger Shop', fr_CA: 'Burger Shop' },
			address: {
				address1: '13 rue du Rosier',
				address2: 'Bâtiment B',
				city: 'Paris',
				zipcode: '75004',
				country: 'FR',
				lat: '48.8566',
				long: '2.3522',
			},
			description: { fr_CA: 'Des burgers faits maison, au cœur du Marais.' },
			communication: { contactEmail: 'contact@burgershop.fr', primaryPhone: '+33 1 23 45 67 89' },
			urls: { website: 'https://burgershop.fr', facebook: 'https://facebook.com/burgershop', twitter: '' },
			schedules: { sunday: [], monday: [{ start: '11:30', end: '14:30' }, { start: '18:30', end: '22:30' }] },
		});
		assert.equal(requests.filter((r) => r.path === '/localtrac/login').length, 1, 'one LOCALTRAC login');
		assert.deepEqual(itemsOf('Update Location'), [{ uuid: LOCATION_ID, success: true }]);
	},
});
