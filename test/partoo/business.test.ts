import { BUSINESS_ID, business, business2, success } from './fixtures';
import { byId, fromList, get, mockApi, output, paired, runPartoo, searchReply, sentJson } from './helpers';

const subscriptions = {
	presence_management: { status: 'active', subscription_date: 1540628702 },
	review_management: { status: 'inactive', canceling_date: 1440628702 },
};

describe('Partoo business reads and delete', () => {
	test.each([
		['get', 'GET', '', business],
		['getSubscriptions', 'GET', '/subscription', subscriptions],
		[
			'getIntegrationStatus',
			'GET',
			'/integration_status',
			{ google_my_business: { url: 'https://maps.google.com/maps?cid=1', status: 'PENDING', timestamp: '2019-03-01T09:43:36' }, apple: {} },
		],
		['getPartnerUrls', 'GET', '/partner_urls', { apple: 'http://maps.apple.com/?q=Partoo', les_horaires: '' }],
		['getAdditionalData', 'GET', '/additional_data', { client_key_1: 'client_value_1', client_key_2: 'client_value_2' }],
		['delete', 'DELETE', '', success()],
	])('%s sends %s /business/{id}%s and returns the reply', async (operation, method, suffix, reply) => {
		const api = mockApi();
		api.scope.intercept(`/api/v2/business/${BUSINESS_ID}${suffix}`, method).query(true).reply(200, reply);

		const run = await runPartoo({ resource: 'business', operation, businessId: byId(BUSINESS_ID) });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson(method, `/business/${BUSINESS_ID}${suffix}`)]);
		expect(output(run)).toEqual([paired(reply)]);
	});

	test('delete with an empty reply outputs { success: true }', async () => {
		const api = mockApi();
		api.scope.delete(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(204);

		const run = await runPartoo({ resource: 'business', operation: 'delete', businessId: fromList(BUSINESS_ID) });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([sentJson('DELETE', `/business/${BUSINESS_ID}`)]);
		expect(output(run)).toEqual([paired({ success: true })]);
	});

	test('reads one business per input item, with the ID from an expression', async () => {
		const api = mockApi();
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(200, business);
		api.scope.get(`/api/v2/business/${business2.id}`).query(true).reply(200, business2);

		const run = await runPartoo(
			{ resource: 'business', operation: 'get', businessId: byId('={{ $json.id }}') },
			{ input: [{ id: BUSINESS_ID }, { id: business2.id }] },
		);

		expect(run.error).toBeUndefined();
		expect([...api.sent].sort((a, b) => a.path.localeCompare(b.path))).toEqual(
			[get(`/business/${BUSINESS_ID}`), get(`/business/${business2.id}`)].sort((a, b) => a.path.localeCompare(b.path)),
		);
		expect(output(run)).toEqual([paired(business, 0), paired(business2, 1)]);
	});

	const idRule = 'Invalid "Business": must contain only letters, digits, "-" and "_" [item 0]';
	test.each([
		[fromList('5409c35b/subscription'), [], idRule],
		[byId('={{ $json.id }}'), [{ id: '../org/1' }], idRule],
		[byId('={{ $json.id }}'), [{ id: '' }], 'Invalid "Business": is required [item 0]'],
	])('rejects the business ID %j (input %j) before sending anything', async (businessId, input, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'business', operation: 'get', businessId }, { input: input.length ? input : undefined });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});

	test('a business ID typed in "By ID" mode with a slash is refused by n8n with the locator\'s message', async () => {
		const api = mockApi();
		await expect(runPartoo({ resource: 'business', operation: 'get', businessId: byId('a/b') })).rejects.toThrow(
			'A business ID contains only letters, digits, "-" and "_"',
		);
		expect(api.sent).toEqual([]);
	});
});

describe('Partoo business getAll', () => {
	test('without filters reads /business/search page by page', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/business/search').query(true).reply(200, searchReply('businesses', [business, business2]));

		const run = await runPartoo({ resource: 'business', operation: 'getAll', returnAll: true });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get('/business/search?page=1')]);
		expect(output(run)).toEqual([paired(business), paired(business2)]);
	});

	test('sends every documented filter, booleans as "True"/"False", the country in capitals and dates as timestamps', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/business/search').query(true).reply(200, searchReply('businesses', [business]));

		const run = await runPartoo({
			resource: 'business',
			operation: 'getAll',
			returnAll: true,
			filters: {
				orgId: fromList('709'),
				name: 'SCEP',
				has_promo: false,
				country: 'fr',
				status: 'definitely_closed',
				timestamp: '2018-10-27',
				zipcode: '75017',
				city: 'Paris',
				code: 'SCEP-1',
				subscribed_to_rm: true,
				subscribed_to_pm: false,
				google_location_id: true,
				query: 'caire',
			},
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			get(
				'/business/search?org_id=709&name=SCEP&has_promo=False&country=FR&status=definitely_closed&timestamp=1540598400' +
					'&zipcode=75017&city=Paris&code=SCEP-1&subscribed_to_rm=True&subscribed_to_pm=False&google_location_id=True&query=caire&page=1',
			),
		]);
		expect(output(run)).toEqual([paired(business)]);
	});

	test.each([
		['1540628702', 1540628702],
		['2018-10-27T08:25:02Z', 1540628702],
		['2018-10-27T10:25:02+02:00', 1540628702],
		['={{ 1540628702 }}', 1540628702],
	])('the Modified Since value %j is sent as timestamp=%i', async (timestamp, seconds) => {
		const api = mockApi();
		api.scope.get('/api/v2/business/search').query(true).reply(200, searchReply('businesses', []));

		const run = await runPartoo({ resource: 'business', operation: 'getAll', returnAll: true, filters: { timestamp } });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get(`/business/search?timestamp=${seconds}&page=1`)]);
		expect(output(run)).toEqual([]);
	});

	test.each([
		[{ country: 'France' }, 'Invalid "Country": must be an ISO 3166 alpha-2 country code, e.g. FR [item 0]'],
		[{ country: 'XX' }, 'Invalid "Country": must be an ISO 3166 alpha-2 country code, e.g. FR [item 0]'],
		[{ status: '={{ "will_open" }}' }, 'Invalid "Status": must be one of: open, closed, definitely_closed [item 0]'],
		[
			{ timestamp: '27/10/2018' },
			'Invalid "Modified Since": must be a Unix timestamp in seconds, a date (YYYY-MM-DD) or an ISO 8601 date and time with a time zone [item 0]',
		],
		[
			{ timestamp: '2018-02-30' },
			'Invalid "Modified Since": must be a Unix timestamp in seconds, a date (YYYY-MM-DD) or an ISO 8601 date and time with a time zone [item 0]',
		],
		[{ orgId: fromList('abc') }, 'Invalid "Organization": must be a positive whole number (the numeric ID) [item 0]'],
		[{ has_promo: '={{ "yes" }}' }, 'Invalid "Has Promo": must be true or false [item 0]'],
	])('rejects the filters %j before sending anything', async (filters, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'business', operation: 'getAll', returnAll: true, filters });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});
