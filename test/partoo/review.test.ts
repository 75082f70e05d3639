import { buildReviewQuery } from '../../nodes/Partoo/resources/review/query';
import { BUSINESS_ID, review } from './fixtures';
import { get, mockApi, output, paired, runPartoo, searchReply } from './helpers';

describe('Partoo review getAll', () => {
	test('sends every documented filter: lists comma-separated, content_isnull as true/false', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/reviews').query(true).reply(200, searchReply('reviews', [review(1)]));

		const run = await runPartoo({
			resource: 'review',
			operation: 'getAll',
			returnAll: true,
			filters: {
				state: 'treated',
				rating_in: [1, 2],
				rating: 2,
				content_isnull: false,
				partner_in: ['google_my_business', 'facebook'],
				update_date_gte: '2019-03-01',
				update_date_lte: '2019-03-31T23:59:59+01:00',
				business_in: `${BUSINESS_ID}, 5a2ab4edb12ff67cba1b7e1b`,
				business_city: 'Paris',
			},
		});

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([
			get(
				'/reviews?state=treated&rating_in=1%2C2&rating=2&content_isnull=false&partner_in=google_my_business%2Cfacebook' +
					'&update_date_gte=2019-03-01&update_date_lte=2019-03-31T23%3A59%3A59%2B01%3A00' +
					`&business_in=${BUSINESS_ID}%2C5a2ab4edb12ff67cba1b7e1b&business_city=Paris&page=1`,
			),
		]);
		expect(output(run)).toEqual([paired(review(1))]);
	});

	test('content_isnull on sends "true"', async () => {
		const api = mockApi();
		api.scope.get('/api/v2/reviews').query(true).reply(200, searchReply('reviews', []));

		const run = await runPartoo({ resource: 'review', operation: 'getAll', returnAll: true, filters: { content_isnull: true } });

		expect(run.error).toBeUndefined();
		expect(api.sent).toEqual([get('/reviews?content_isnull=true&page=1')]);
		expect(output(run)).toEqual([]);
	});

	test('the query builder is usable on its own (for a trigger) and leaves out what is not given', () => {
		expect(buildReviewQuery({ update_date_gte: '2019-03-01T09:43:36+01:00', state: 'not_treated' })).toEqual({
			state: 'not_treated',
			rating_in: undefined,
			rating: undefined,
			content_isnull: undefined,
			partner_in: undefined,
			update_date_gte: '2019-03-01T09:43:36+01:00',
			update_date_lte: undefined,
			business_in: undefined,
			business_city: undefined,
		});
	});

	const dateRule = 'must be a date (YYYY-MM-DD) or an ISO 8601 date and time, e.g. 2019-03-01T09:43:36+01:00';
	test.each([
		[{ rating: '={{ 6 }}' }, 'Invalid "Rating": must be a whole number from 1 to 5 [item 0]'],
		[{ rating: '={{ 0 }}' }, 'Invalid "Rating": must be a whole number from 1 to 5 [item 0]'],
		[{ rating_in: '={{ [1, 7] }}' }, 'Invalid "Ratings" (entry 2): must be a whole number from 1 to 5 [item 0]'],
		[{ state: '={{ "open" }}' }, 'Invalid "State": must be one of: treated, not_treated, deleted [item 0]'],
		[{ partner_in: '={{ ["yelp"] }}' }, 'Invalid "Partners" (entry 1): must be one of: google_my_business, foursquare, facebook [item 0]'],
		[{ update_date_gte: '01/03/2019' }, `Invalid "Updated After": ${dateRule} [item 0]`],
		[{ update_date_lte: '2019-02-30' }, 'Invalid "Updated Before": is not a real calendar date [item 0]'],
		[{ update_date_gte: '2019-03-31', update_date_lte: '2019-03-01' }, 'Invalid "Updated Before": must not be before "Updated After" [item 0]'],
		[{ business_in: 'abc, d/e' }, 'Invalid "Business IDs" (entry 2): must be a comma-separated list of business IDs (letters, digits, "-" and "_") [item 0]'],
		[{ content_isnull: '={{ "no" }}' }, 'Invalid "Content Is Empty": must be true or false [item 0]'],
	])('rejects the filters %j before sending anything', async (filters, message) => {
		const api = mockApi();
		const run = await runPartoo({ resource: 'review', operation: 'getAll', returnAll: true, filters });
		expect(run.error?.message).toBe(message);
		expect(api.sent).toEqual([]);
	});
});
