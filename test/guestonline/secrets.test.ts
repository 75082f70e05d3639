import { visibleOf } from '../harness/run';
import { byId, mockApi, runGuestonline, TOKEN } from './helpers';

/** Everything a user or a log could see of a run. */
const visible = visibleOf;

describe('Guestonline token secrecy', () => {
	test.each([
		['echoed in the message', 401, { message: `Token ${TOKEN} is not valid` }],
		['URL-encoded in the description', 400, { message: 'Bad request', code: encodeURIComponent(`x-token=${TOKEN}`) }],
		['in an HTML page', 500, `<html>${TOKEN}</html>`],
	])('the token never appears when the vendor echoes it (%s)', async (_case, status, body) => {
		const api = mockApi();
		api.scope.get('/v1/bookings/1').times(2).reply(status, body);

		const run = await runGuestonline({ resource: 'booking', operation: 'get', bookingId: byId(1), options: { maxRetries: 0 } });

		expect(run.error).toBeDefined();
		expect(api.sent[0].token).toBe(TOKEN);
		const seen = visible(run);
		expect(seen).not.toContain(TOKEN);
		expect(seen).not.toContain(encodeURIComponent(TOKEN));
	});

	test('the token never appears in error items under Continue On Fail', async () => {
		const api = mockApi();
		api.scope.get('/v1/bookings/1').times(2).reply(401, { message: `bad token ${TOKEN}` });

		const run = await runGuestonline({ resource: 'booking', operation: 'get', bookingId: byId(1) }, { continueOnFail: true });

		expect(run.items).toEqual([{ json: { error: 'bad token [redacted]', description: 'HTTP 401: The credentials were not accepted', httpCode: '401' }, pairedItem: { item: 0 } }]);
		expect(visible(run)).not.toContain(TOKEN);
	});

	test('a transport failure does not leak the request headers', async () => {
		// Nothing is mocked: nock refuses the request and its error lists the request headers.
		const run = await runGuestonline({ resource: 'booking', operation: 'get', bookingId: byId(1), options: { maxRetries: 0 } });

		expect(run.error?.name).toBe('NodeApiError');
		expect(visible(run)).not.toContain(TOKEN);
	});
});
