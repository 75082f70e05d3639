import type { IDataObject } from 'n8n-workflow';

import { byId, mockApi, output, runLoggedIn, UUID_A, UUID_B } from './helpers';

const location = (uuid: string): IDataObject => ({ uuid, active: true });
const getFromItem = { resource: 'location', operation: 'get', locationId: { __rl: true, mode: 'id', value: '={{ $json.uuid }}' } };

describe('LOCALTRAC items', () => {
	test('Continue On Fail: failing items become error items paired to them; the others are kept', async () => {
		const api = mockApi();
		api.scope.get(`/localtrac/location/${UUID_A}`).reply(200, location(UUID_A));
		api.scope.get(`/localtrac/location/${UUID_B}`).reply(403, { message: `You do not have the required permission to obtain this resource: location(${UUID_B})` });

		const run = await runLoggedIn(getFromItem, { input: [{ uuid: UUID_A }, { uuid: UUID_B }, { uuid: 'nope' }], continueOnFail: true });

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([
			{ json: location(UUID_A), pairedItem: { item: 0 } },
			{
				json: {
					error: `You do not have the required permission to obtain this resource: location(${UUID_B})`,
					description: 'The LOCALTRAC user of the credential does not have this permission\nHTTP 403: Access to this resource is forbidden for these credentials',
					httpCode: '403',
				},
				pairedItem: { item: 1 },
			},
			{ json: { error: 'Invalid "Location": must be a UUID such as b11f9a4b-2b50-3e65-ae90-42fcef743ace [item 2]' }, pairedItem: { item: 2 } },
		]);
	});

	test('changes run one item at a time by default', async () => {
		const api = mockApi();
		let inFlight = 0;
		let peak = 0;
		api.scope
			.post(/\/localtrac\/location\/.+/)
			.times(4)
			.reply(async () => {
				inFlight++;
				peak = Math.max(peak, inFlight);
				await new Promise((resolve) => setTimeout(resolve, 15));
				inFlight--;
				return [200, { payments: 'Payments updated' }];
			});

		const run = await runLoggedIn(
			{ resource: 'location', operation: 'update', locationId: { __rl: true, mode: 'id', value: '={{ $json.uuid }}' }, updateFields: { payments: { cash: true } } },
			{ input: [{ uuid: UUID_A }, { uuid: UUID_B }, { uuid: UUID_A }, { uuid: UUID_B }] },
		);

		expect(run.error).toBeUndefined();
		expect(peak).toBe(1);
		expect(run.items.map((i) => [i.json.uuid, i.pairedItem])).toEqual([
			[UUID_A, { item: 0 }],
			[UUID_B, { item: 1 }],
			[UUID_A, { item: 2 }],
			[UUID_B, { item: 3 }],
		]);
	});

	test('without Continue On Fail, a failing change stops the items after it from being sent', async () => {
		const api = mockApi();
		api.scope.post('/localtrac/location').reply(200, { uuid: UUID_A });
		api.scope.post('/localtrac/location').reply(400, { message: 'Provided data contains error(s). See each entry in [errors]', errors: { business: 'This value is not valid.' } });

		const run = await runLoggedIn(
			{ resource: 'location', operation: 'create', business: '={{ $json.business }}', locale: 'fr_CA' },
			{ input: [{ business: UUID_A }, { business: UUID_B }, { business: UUID_A }] },
		);

		expect(run.error?.message).toBe('LOCALTRAC rejected the data:\nbusiness: This value is not valid.');
		expect(run.error?.context?.itemIndex).toBe(1);
		expect(api.sent).toHaveLength(2);
	});

	test.each([
		['a text field', { address: { city: '={{ { "name": "Montréal" } }}' } }, 'Invalid "City": must be text [item 0]'],
		['the phone list', { communication: { secondaryPhones: '={{ { "first": "(810) 555-5215" } }}' } }, 'Invalid "Secondary Phones": must be a list of phone numbers [item 0]'],
	])('%s given a value of the wrong kind by an expression is refused before sending', async (_case, updateFields, message) => {
		const api = mockApi();
		const run = await runLoggedIn({ resource: 'location', operation: 'update', locationId: byId(UUID_A), updateFields });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});

	test('numbers given by expressions to text fields are sent as text', async () => {
		const api = mockApi();
		api.scope.post(`/localtrac/location/${UUID_A}`).reply(200, {});
		const run = await runLoggedIn({
			resource: 'location',
			operation: 'update',
			locationId: byId(UUID_A),
			updateFields: { address: { zipcode: '={{ 90210 }}', lat: '={{ 45.5 }}' }, communication: { secondaryPhones: '={{ "(810) 555-5215" }}' } },
		});
		expect(run.error).toBeUndefined();
		expect(api.sent.map((r) => r.body)).toEqual([
			JSON.stringify({ address: { zipcode: '90210', lat: '45.5' }, communication: { secondaryPhones: ['(810) 555-5215'] } }),
		]);
	});
});
