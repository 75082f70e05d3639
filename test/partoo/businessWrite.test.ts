import type { IDataObject } from 'n8n-workflow';

import { BUSINESS_ID, CATEGORY_ID, success } from './fixtures';
import { byId, fromList, mockApi, output, paired, runPartoo, sentJson } from './helpers';

/** The create example of the reference, as node parameters. */
const docsExample: IDataObject = {
	resource: 'business',
	operation: 'create',
	name: 'SCEP',
	country: 'FR',
	zipcode: '75017',
	city: 'Paris',
	address_details: { address: { number: '10', number_supplement: 'ter', street_type: 'rue', street_name: 'du poulet' } },
	categories: CATEGORY_ID,
	contacts: { contact: [{ name: 'Noël', email: 'noel@flantier.com', phone_numbers: '+33612131415' }] },
};

const docsBody = {
	name: 'SCEP',
	zipcode: '75017',
	city: 'Paris',
	country: 'FR',
	address_details: { number: '10', number_supplement: 'ter', street_type: 'rue', street_name: 'du poulet' },
	categories: [CATEGORY_ID],
	contacts: [{ name: 'Noël', email: 'noel@flantier.com', phone_numbers: ['+33612131415'] }],
};

describe('Partoo business create', () => {
	test('sends the reference example as JSON', async () => {
		const api = mockApi();
		api.scope.post('/api/v2/business').query(true).reply(200, success());

		const run = await runPartoo(docsExample);

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson('POST', '/business', docsBody)]);
		expect(output(run)).toEqual([paired(success())]);
	});

	test('sends every optional field, with each structured input shaped as the API documents it', async () => {
		const api = mockApi();
		api.scope.post('/api/v2/business').query(true).reply(200, success());

		const run = await runPartoo({
			...docsExample,
			country: ' fr ',
			categories: `${CATEGORY_ID}, 57def0b5b12ff65e069c34f7`,
			contacts: {
				contact: [
					{ name: 'Noël', email: 'noel@flantier.com', phone_numbers: '+33612131415, +33 1 45 67 89 10' },
					{ name: '', email: 'accueil@scep.fr', phone_numbers: '' },
				],
			},
			additionalFields: {
				orgId: fromList('709'),
				code: 'SCEP-1',
				status: 'closed',
				address2: 'Bâtiment B',
				region: 'Île-de-France',
				lat: 48.8841,
				long: 2.3003,
				national_identification_number: '80342540400024',
				description_short: 'Restaurant',
				description_long: 'Restaurant de quartier',
				website_url: 'https://scep.example.com',
				facebook_url: 'https://facebook.com/scep',
				twitter_url: 'https://twitter.com/scep',
				photos: {
					photos: {
						primary: 'http://partoo.fr/static/photo.jpg',
						secondary: 'http://partoo.fr/static/photo_3.jpg, http://partoo.fr/static/photo_2.jpg',
						logo: 'http://partoo.fr/static/logo.jpg',
					},
				},
				open_hours: {
					monday: [{ hours: '07:30-10:00, 13:30-17:30' }],
					friday: [{ hours: '07:30 - 10:00' }, { hours: '18:00-24:00' }],
					saturday: [{ hours: '07:30-12:00' }],
					sunday: [{ hours: '' }],
				},
				specific_hours: {
					open: [{ starts_at: '2018-12-24', ends_at: '2018-12-24', hours: '07:30-10:00, 13:30-17:30' }],
					close: [
						{ starts_at: '2018-12-25', ends_at: '' },
						{ starts_at: '2018-12-31', ends_at: '2019-01-01' },
					],
				},
				deprecatedFields: JSON.stringify({
					videos: ['https://videos.example.com/1.mp4'],
					promos: [{ title: 'Reduction sur les jokaris', description: '- 25%', begin: 1507801710, end: 1508060909 }],
					news: [{ title: 'Les attraits', description: 'Présence management' }],
				}),
			},
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			sentJson('POST', '/business', {
				name: 'SCEP',
				zipcode: '75017',
				city: 'Paris',
				country: 'FR',
				address_details: docsBody.address_details,
				categories: [CATEGORY_ID, '57def0b5b12ff65e069c34f7'],
				contacts: [
					{ name: 'Noël', email: 'noel@flantier.com', phone_numbers: ['+33612131415', '+33 1 45 67 89 10'] },
					{ email: 'accueil@scep.fr' },
				],
				org_id: 709,
				code: 'SCEP-1',
				status: 'closed',
				address2: 'Bâtiment B',
				region: 'Île-de-France',
				lat: 48.8841,
				long: 2.3003,
				national_identification_number: '80342540400024',
				description_short: 'Restaurant',
				description_long: 'Restaurant de quartier',
				website_url: 'https://scep.example.com',
				facebook_url: 'https://facebook.com/scep',
				twitter_url: 'https://twitter.com/scep',
				photos: {
					primary: 'http://partoo.fr/static/photo.jpg',
					secondary: ['http://partoo.fr/static/photo_3.jpg', 'http://partoo.fr/static/photo_2.jpg'],
					LOGO: 'http://partoo.fr/static/logo.jpg',
				},
				open_hours: {
					monday: ['07:30-10:00', '13:30-17:30'],
					friday: ['07:30-10:00', '18:00-24:00'],
					saturday: ['07:30-12:00'],
					sunday: [],
				},
				specific_hours: {
					open: [{ starts_at: '2018-12-24', ends_at: '2018-12-24', open_hours: ['07:30-10:00', '13:30-17:30'] }],
					close: [
						{ starts_at: '2018-12-25', ends_at: '2018-12-25' },
						{ starts_at: '2018-12-31', ends_at: '2019-01-01' },
					],
				},
				videos: ['https://videos.example.com/1.mp4'],
				promos: [{ title: 'Reduction sur les jokaris', description: '- 25%', begin: 1507801710, end: 1508060909 }],
				news: [{ title: 'Les attraits', description: 'Présence management' }],
			}),
		]);
		expect(output(run)).toEqual([paired(success())]);
	});

	const url = 'must be a full http:// or https:// URL';
	test.each([
		[{ name: '={{ "" }}' }, 'Invalid "Name": is required [item 0]'],
		[{ country: 'FRA' }, 'Invalid "Country": must be an ISO 3166 alpha-2 country code, e.g. FR [item 0]'],
		[{ zipcode: '={{ " " }}' }, 'Invalid "Zipcode": is required [item 0]'],
		[{ city: '={{ "" }}' }, 'Invalid "City": is required [item 0]'],
		[{ address_details: {} }, 'Invalid "Street Name": is required in the address details [item 0]'],
		[{ address_details: { address: { number: '10', street_name: '' } } }, 'Invalid "Street Name": is required in the address details [item 0]'],
		[{ categories: '={{ "" }}' }, 'Invalid "Category IDs": needs at least one category ID [item 0]'],
		[
			{ categories: `${CATEGORY_ID}, 57def0b5/x` },
			'Invalid "Category IDs" (entry 2): must be a comma-separated list of category IDs (letters, digits, "-" and "_") [item 0]',
		],
		[{ contacts: {} }, 'Invalid "Contacts": needs at least one contact [item 0]'],
		[{ contacts: { contact: [{ name: 'Noël', email: 'Flantier' }] } }, 'Invalid "Email" (entry 1): must be a valid email address [item 0]'],
		[
			{ contacts: { contact: [{ name: 'A' }, { phone_numbers: '+33612131415, call me' }] } },
			'Invalid "Phone Numbers" (entry 2): must be a phone number of digits, spaces and an optional leading + [item 0]',
		],
		[{ contacts: { contact: [{ name: ' ', email: '', phone_numbers: '' }] } }, 'Invalid "Contact" (entry 1): needs a name, an email or a phone number [item 0]'],
	])('rejects %j before sending anything', async (params, message) => {
		const api = mockApi();
		const run = await runPartoo({ ...docsExample, ...params });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});

	test.each([
		[{ orgId: fromList('org-1') }, 'Invalid "Organization": must be a positive whole number (the numeric ID) [item 0]'],
		[{ status: '={{ "will_open" }}' }, 'Invalid "Status": must be one of: open, closed, definitely_closed [item 0]'],
		[{ lat: 91 }, 'Invalid "Latitude": must be at most 90 [item 0]'],
		[{ long: -180.5 }, 'Invalid "Longitude": must be at least -180 [item 0]'],
		[{ description_short: 'a'.repeat(201) }, 'Invalid "Description (Short)": must be at most 200 characters [item 0]'],
		[{ description_long: 'a'.repeat(1001) }, 'Invalid "Description (Long)": must be at most 1000 characters [item 0]'],
		[{ website_url: 'www.scep.fr' }, `Invalid "Website URL": ${url} [item 0]`],
		[{ facebook_url: 'facebook.com/scep' }, `Invalid "Facebook URL": ${url} [item 0]`],
		[{ twitter_url: 'ftp://twitter.com/scep' }, `Invalid "Twitter URL": ${url} [item 0]`],
		[{ photos: { photos: { primary: 'photo.jpg' } } }, `Invalid "Primary Photo URL": ${url} [item 0]`],
		[{ photos: { photos: { secondary: 'https://a.fr/1.jpg, 2.jpg' } } }, `Invalid "Secondary Photo URLs": ${url} [item 0]`],
		[{ photos: { photos: { logo: 'logo' } } }, `Invalid "Logo URL": ${url} [item 0]`],
		[
			{ open_hours: { monday: [{ hours: '07:30-10:00, 25:00-26:00' }] } },
			'Invalid "Monday": "25:00-26:00" is not a time range in the form HH:MM-HH:MM, e.g. 07:30-10:00 [item 0]',
		],
		[
			{ open_hours: { wednesday: [{ hours: '7:30-10:00' }] } },
			'Invalid "Wednesday": "7:30-10:00" is not a time range in the form HH:MM-HH:MM, e.g. 07:30-10:00 [item 0]',
		],
		[{ open_hours: { tuesday: [{ hours: '18:00-09:00' }] } }, 'Invalid "Tuesday": "18:00-09:00" must start before it ends [item 0]'],
		[{ open_hours: { sunday: [{ hours: '10:00-10:00' }] } }, 'Invalid "Sunday": "10:00-10:00" must start before it ends [item 0]'],
		[
			{ specific_hours: { open: [{ starts_at: '24/12/2018', ends_at: '', hours: '' }] } },
			'Invalid "Open Period" (entry 1): start date must be a date in the form YYYY-MM-DD [item 0]',
		],
		[
			{ specific_hours: { close: [{ starts_at: '2018-12-25', ends_at: '2018-02-30' }] } },
			'Invalid "Closed Period" (entry 1): end date is not a real calendar date [item 0]',
		],
		[{ specific_hours: { close: [{ starts_at: '', ends_at: '2018-12-25' }] } }, 'Invalid "Closed Period" (entry 1): start date is required [item 0]'],
		[
			{ specific_hours: { close: [{ starts_at: '2018-12-25', ends_at: '2018-12-25' }, { starts_at: '2018-12-31', ends_at: '2018-12-30' }] } },
			'Invalid "Closed Period" (entry 2): the start date must not be after the end date [item 0]',
		],
		[
			{ specific_hours: { open: [{ starts_at: '2018-12-24', ends_at: '2018-12-24', hours: '10:00-09:00' }] } },
			'Invalid "Open Period" (entry 1): "10:00-09:00" must start before it ends [item 0]',
		],
		[{ deprecatedFields: '{"videos": [' }, 'Invalid "Deprecated Fields (JSON)": must be valid JSON [item 0]'],
		[{ deprecatedFields: '[]' }, 'Invalid "Deprecated Fields (JSON)": must be a JSON object [item 0]'],
		[{ deprecatedFields: '{"photos": {}}' }, 'Invalid "Deprecated Fields (JSON)": accepts only videos, promos and news, not photos [item 0]'],
		[{ deprecatedFields: '{"videos": ["clip.mp4"]}' }, 'Invalid "Deprecated Fields (JSON)": videos must be a list of URLs [item 0]'],
		[{ deprecatedFields: '{"news": ["text"]}' }, 'Invalid "Deprecated Fields (JSON)": news must be a list of objects [item 0]'],
		[
			{ deprecatedFields: '{"promos": [{"title": "t", "description": "d", "begin": "soon", "end": 1}]}' },
			'Invalid "Deprecated Fields (JSON)": promos entry 1 needs "begin" (a whole-number timestamp) [item 0]',
		],
		[{ deprecatedFields: '{"news": [{"title": "t"}]}' }, 'Invalid "Deprecated Fields (JSON)": news entry 1 needs "description" (text) [item 0]'],
	])('rejects the additional fields %j before sending anything', async (additionalFields, message) => {
		const api = mockApi();
		const run = await runPartoo({ ...docsExample, additionalFields });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});

describe('Partoo business update', () => {
	test('sends only the field given (partial update), as in the reference example', async () => {
		const api = mockApi();
		api.scope.post(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(200, success());

		const run = await runPartoo({
			resource: 'business',
			operation: 'update',
			businessId: byId(BUSINESS_ID),
			updateFields: { name: 'SCEP du Caire' },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson('POST', `/business/${BUSINESS_ID}`, { name: 'SCEP du Caire' })]);
		expect(output(run)).toEqual([paired(success())]);
	});

	test('sends the structured inputs and the language given, and nothing else', async () => {
		const api = mockApi();
		api.scope.post(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(200, success());

		const run = await runPartoo({
			resource: 'business',
			operation: 'update',
			businessId: fromList(BUSINESS_ID),
			updateFields: {
				lang: 'FR',
				status: 'definitely_closed',
				open_hours: { saturday: [{ hours: '09:00-12:00' }] },
				specific_hours: { close: [{ starts_at: '2019-05-01', ends_at: '' }] },
				contacts: { contact: [{ name: 'Accueil', phone_numbers: '+33145678910' }] },
				address_details: { address: { street_name: 'de la Paix' } },
				photos: { photos: { logo: 'https://scep.example.com/logo.png' } },
			},
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			sentJson('POST', `/business/${BUSINESS_ID}`, {
				address_details: { street_name: 'de la Paix' },
				contacts: [{ name: 'Accueil', phone_numbers: ['+33145678910'] }],
				status: 'definitely_closed',
				lang: 'fr',
				photos: { LOGO: 'https://scep.example.com/logo.png' },
				open_hours: { saturday: ['09:00-12:00'] },
				specific_hours: { open: [], close: [{ starts_at: '2019-05-01', ends_at: '2019-05-01' }] },
			}),
		]);
		expect(output(run)).toEqual([paired(success())]);
	});

	test.each([
		[{}, 'Invalid "Update Fields": add at least one field to change [item 0]'],
		[{ photos: { photos: { primary: '', secondary: '', logo: '' } } }, 'Invalid "Update Fields": add at least one field to change [item 0]'],
		[{ lang: 'french' }, 'Invalid "Language": must be an ISO 639-1 language code, e.g. fr [item 0]'],
		[{ lang: 'xx' }, 'Invalid "Language": must be an ISO 639-1 language code, e.g. fr [item 0]'],
		[{ country: 'UK' }, 'Invalid "Country": must be an ISO 3166 alpha-2 country code, e.g. FR [item 0]'],
		[{ name: '={{ "  " }}' }, 'Invalid "Name": is required [item 0]'],
		[{ address_details: { address: { number: '3' } } }, 'Invalid "Street Name": is required in the address details [item 0]'],
		[{ contacts: { contact: [{ email: 'noel@' }] } }, 'Invalid "Email" (entry 1): must be a valid email address [item 0]'],
		[{ open_hours: { friday: [{ hours: '22:00-02:00' }] } }, 'Invalid "Friday": "22:00-02:00" must start before it ends [item 0]'],
	])('rejects the update fields %j before sending anything', async (updateFields, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'business', operation: 'update', businessId: byId(BUSINESS_ID), updateFields });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});
