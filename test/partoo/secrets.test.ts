import { BUSINESS_ID } from './fixtures';
import { visibleOf } from '../harness/run';
import { API_KEY, byId, mockApi, runPartoo } from './helpers';

/** Everything a user or a log could see of a run. */
const visible = visibleOf;

const forms = [API_KEY, encodeURIComponent(API_KEY), encodeURIComponent(API_KEY).replace(/%20/g, '+')];
const getBusiness = { resource: 'business', operation: 'get', businessId: byId(BUSINESS_ID), options: { maxRetries: 0 } };

describe('Partoo API key secrecy (the key is in every URL)', () => {
	test.each([
		['echoed plainly in errors.json', 400, { errors: { json: { api_key: `${API_KEY} is not valid` } } }],
		['URL-encoded in errors.resource', 404, { errors: { resource: `No match for /business/x?api_key=${encodeURIComponent(API_KEY)}` } }],
		['in errors.authentication', 401, { errors: { authentication: `Key ${API_KEY} disabled` } }],
		['in a plain-text body', 403, `forbidden: api_key=${API_KEY}`],
	])('a 4xx with the key %s never shows it', async (_case, status, body) => {
		const api = mockApi();
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).times(2).reply(status, body);

		const run = await runPartoo(getBusiness);

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toContain('[redacted]');
		// The key was really sent, in the URL.
		expect(api.sent[0].path).toContain(`api_key=${encodeURIComponent(API_KEY)}`);
		const seen = visible(run);
		for (const form of forms) expect(seen).not.toContain(form);
	});

	test('Continue On Fail error items never show the key', async () => {
		const api = mockApi();
		api.scope.get(`/api/v2/business/${BUSINESS_ID}`).query(true).reply(400, { errors: { json: { api_key: `${API_KEY} is not valid` } } });

		const run = await runPartoo(getBusiness, { continueOnFail: true });

		expect(run.items).toEqual([
			{
				json: { error: 'api_key: [redacted] is not valid', description: 'HTTP 400: The request was rejected as invalid', httpCode: '400' },
				pairedItem: { item: 0 },
			},
		]);
		for (const form of forms) expect(visible(run)).not.toContain(form);
	});

	test('a network failure (whose transport message holds the full URL) never shows the key', async () => {
		// Nothing is mocked: nock refuses the request with a message that contains the URL and its query string.
		const run = await runPartoo(getBusiness);

		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toContain('[redacted]');
		for (const form of forms) expect(visible(run)).not.toContain(form);
	});

	test('a key with characters the URL encoder escapes beyond encodeURIComponent (! \' ( ) *) is hidden too', async () => {
		const key = "pk(1)!*'~ab";
		const strict = 'pk%281%29%21%2A%27~ab';
		const run = await runPartoo({ resource: 'user', operation: 'getStats', options: { maxRetries: 0 } }, { credentials: { apiKey: key } });

		expect(run.error?.message).toContain('[redacted]');
		const seen = visible(run);
		for (const form of [key, encodeURIComponent(key), strict]) expect(seen).not.toContain(form);
	});

	test('a network failure on a write never shows the key either', async () => {
		const run = await runPartoo({ resource: 'organization', operation: 'create', name: 'Partoo' }, { continueOnFail: true });

		expect(run.items).toHaveLength(1);
		expect(String(run.items[0].json.error)).toContain('[redacted]');
		for (const form of forms) expect(visible(run)).not.toContain(form);
	});
});
