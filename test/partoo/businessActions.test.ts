import { BUSINESS_ID, success } from './fixtures';
import { byId, mockApi, output, paired, runPartoo, sentJson } from './helpers';

const subscriptions = {
	presence_management: { status: 'active', subscription_date: 1540628702 },
	review_management: { status: 'inactive', canceling_date: 1440628702 },
};

describe('Partoo business subscriptions', () => {
	test('subscribe sends the products, the subscription date and the plan, as in the reference example', async () => {
		const api = mockApi();
		api.scope.post(`/api/v2/business/${BUSINESS_ID}/subscribe`).query(true).reply(200, subscriptions);

		const run = await runPartoo({
			resource: 'business',
			operation: 'subscribe',
			businessId: byId(BUSINESS_ID),
			products: ['presence_management'],
			additionalFields: { subscription_date: '1540628702', plan: 'any string that define your offer' },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			sentJson('POST', `/business/${BUSINESS_ID}/subscribe`, {
				products: ['presence_management'],
				subscription_date: 1540628702,
				plan: 'any string that define your offer',
			}),
		]);
		expect(output(run)).toEqual([paired(subscriptions)]);
	});

	test('subscribe with only products lets Partoo start now', async () => {
		const api = mockApi();
		api.scope.post(`/api/v2/business/${BUSINESS_ID}/subscribe`).query(true).reply(200, subscriptions);

		const run = await runPartoo({
			resource: 'business',
			operation: 'subscribe',
			businessId: byId(BUSINESS_ID),
			products: ['presence_management', 'review_management'],
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			sentJson('POST', `/business/${BUSINESS_ID}/subscribe`, { products: ['presence_management', 'review_management'] }),
		]);
		expect(output(run)).toEqual([paired(subscriptions)]);
	});

	test('unsubscribe sends the products and the canceling date (an ISO date-time becomes a timestamp)', async () => {
		const api = mockApi();
		api.scope.post(`/api/v2/business/${BUSINESS_ID}/unsubscribe`).query(true).reply(200, subscriptions);

		const run = await runPartoo({
			resource: 'business',
			operation: 'unsubscribe',
			businessId: byId(BUSINESS_ID),
			products: ['review_management'],
			additionalFields: { canceling_date: '2015-08-26T22:38:22Z' },
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			sentJson('POST', `/business/${BUSINESS_ID}/unsubscribe`, { products: ['review_management'], canceling_date: 1440628702 }),
		]);
		expect(output(run)).toEqual([paired(subscriptions)]);
	});

	test.each([
		['subscribe', { products: '={{ [] }}' }, 'Invalid "Products": needs at least one product [item 0]'],
		['unsubscribe', { products: '={{ ["listing_management"] }}' }, 'Invalid "Products" (entry 1): must be among: presence_management, review_management [item 0]'],
		[
			'subscribe',
			{ products: ['presence_management'], additionalFields: { subscription_date: 'tomorrow' } },
			'Invalid "Subscription Date": must be a Unix timestamp in seconds, a date (YYYY-MM-DD) or an ISO 8601 date and time with a time zone [item 0]',
		],
		[
			'unsubscribe',
			{ products: ['review_management'], additionalFields: { canceling_date: '2015-08-26T22:38:22' } },
			'Invalid "Canceling Date": must be a Unix timestamp in seconds, a date (YYYY-MM-DD) or an ISO 8601 date and time with a time zone [item 0]',
		],
	])('%s rejects %j before sending anything', async (operation, params, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'business', operation, businessId: byId(BUSINESS_ID), ...params });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});

describe('Partoo business additional data', () => {
	test('set sends the key/value list as a flat JSON object, keeping numbers and booleans from expressions', async () => {
		const api = mockApi();
		api.scope.post(`/api/v2/business/${BUSINESS_ID}/additional_data`).query(true).reply(200, success());

		const run = await runPartoo({
			resource: 'business',
			operation: 'setAdditionalData',
			businessId: byId(BUSINESS_ID),
			data: {
				entry: [
					{ key: 'client_key_1', value: 'client_value_1' },
					{ key: ' client_key_2 ', value: '={{ 42 }}' },
					{ key: 'vip', value: '={{ true }}' },
					{ key: 'empty', value: '' },
				],
			},
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			sentJson('POST', `/business/${BUSINESS_ID}/additional_data`, {
				client_key_1: 'client_value_1',
				client_key_2: 42,
				vip: true,
				empty: '',
			}),
		]);
		expect(output(run)).toEqual([paired(success())]);
	});

	test('accepts exactly 10 keys', async () => {
		const api = mockApi();
		api.scope.post(`/api/v2/business/${BUSINESS_ID}/additional_data`).query(true).reply(200, success());
		const entry = Array.from({ length: 10 }, (_, i) => ({ key: `client_key_${i + 1}`, value: `v${i + 1}` }));

		const run = await runPartoo({ resource: 'business', operation: 'setAdditionalData', businessId: byId(BUSINESS_ID), data: { entry } });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			sentJson('POST', `/business/${BUSINESS_ID}/additional_data`, Object.fromEntries(entry.map((e) => [e.key, e.value]))),
		]);
		expect(output(run)).toEqual([paired(success())]);
	});

	test.each([
		[{}, 'Invalid "Data": needs at least one entry [item 0]'],
		[
			{ entry: Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: 'v' })) },
			'Invalid "Data": holds at most 10 keys (11 given) [item 0]',
		],
		[{ entry: [{ key: 'a', value: '={{ { "nested": 1 } }}' }] }, 'Invalid "Value" (entry 1): of "a" must be a flat value (text, number or true/false), not a list or an object [item 0]'],
		[{ entry: [{ key: 'a', value: '1' }, { key: 'b', value: '={{ [1, 2] }}' }] }, 'Invalid "Value" (entry 2): of "b" must be a flat value (text, number or true/false), not a list or an object [item 0]'],
		[{ entry: [{ key: '', value: 'x' }] }, 'Invalid "Key" (entry 1): is required [item 0]'],
		[{ entry: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] }, 'Invalid "Key" (entry 2): "a" is given twice [item 0]'],
	])('set rejects %j before sending anything', async (data, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'business', operation: 'setAdditionalData', businessId: byId(BUSINESS_ID), data });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});
