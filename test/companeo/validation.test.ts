import type { IDataObject } from 'n8n-workflow';

import { created, fromItem, mockCompaneo, person, runCompaneo, wayne } from './helpers';

/** Good and bad answers for every documented rule; the good ones come from the API reference where it gives one. */
const cases: Array<[string, string, IDataObject, string[], Array<[string, string]>]> = [
	['postcode', 'Postcode', {}, ['75001', '97400'], [['7500', 'must be five digits, such as 75001'], ['75 001', 'must be five digits, such as 75001'], ['', 'is required']]],
	['email', 'Email', {}, ['wayne.hotte@test.fr', 'a_b-c@sub.test.fr'], [['wayne.hotte@', 'must be an email address such as wayne.hotte@test.fr'], ['wayne hotte@test.fr', 'must be an email address such as wayne.hotte@test.fr'], ['w@test.f', 'must be an email address such as wayne.hotte@test.fr']]],
	['phone', 'Phone', {}, ['0130926784', '+33130926784', '0033 1 30 92 67 84', '01.30.92.67.84', '+262 692 12 34 56'], [['013092678', 'must be a French number such as 0130926784'], ['+44 20 7946 0958', 'must be a French number such as 0130926784'], ['01-30-92-67-8a', 'must be a French number such as 0130926784']]],
	['companyName', 'Company Name', {}, ['HOTTE INC.'], [['   ', 'must not be blank'], ['', 'is required']]],
	['firstname', 'First Name', {}, ['Wayne', "Jean-Pierre O'Neil", 'Élodie'], [['W4yne', 'must contain only letters, spaces, hyphens and apostrophes'], ['Wayne!', 'must contain only letters, spaces, hyphens and apostrophes']]],
	['lastname', 'Last Name', {}, ['Hotte', 'De La Tour'], [['Hotte2', 'must contain only letters, spaces, hyphens and apostrophes'], ['', 'is required']]],
];

const optional: Array<[string, string, string[], Array<[string, string]>]> = [
	['siret', 'SIRET', ['73282932000074'], [['7328293200007', 'must be 14 digits, such as 73282932000074'], ['7328293200007A', 'must be 14 digits, such as 73282932000074']]],
	['naf', 'NAF Code', ['56.10A', '5610A'], [['561A', 'must be a NAF code such as 56.10A or 5610A'], ['56.10', 'must be a NAF code such as 56.10A or 5610A']]],
	['employees', 'Headcount', ['12', '0'], [['12a', 'must be a whole number of employees'], ['-3', 'must be a whole number of employees']]],
	['address', 'Address', ['1 rue de Rivoli'], [['  ', 'must not be blank']]],
	['comment', 'Comment', ['Two machines'], [['\t', 'must not be blank']]],
	['city', 'City', ['Paris', 'Saint-Denis'], [['Paris\nLyon', 'must be on one line']]],
];

describe('Companeo lead validation', () => {
	describe.each(cases)('%s (%s)', (name, label, _extra, good, bad) => {
		test.each(good)('accepts %j', async (value) => {
			const api = mockCompaneo();
			api.scope.post('/api/v1/partners/create_rfq').reply(200, created(1));
			const run = await runCompaneo({ ...wayne, [name]: value });
			expect(run.error).toBeUndefined();
			expect(api.requests).toHaveLength(1);
		});

		test.each(bad)('rejects %j before sending anything', async (value, rule) => {
			const api = mockCompaneo();
			// An expression, so that n8n's own "required" check does not stop the run before the node's rules.
			const run = await runCompaneo({ ...wayne, [name]: `={{ ${JSON.stringify(value)} }}` });
			expect(run.error?.message).toBe(`Invalid "${label}": ${rule} [item 0]`);
			expect(api.requests).toEqual([]);
		});
	});

	describe.each(optional)('optional %s (%s)', (name, label, good, bad) => {
		test.each(good)('accepts %j', async (value) => {
			const api = mockCompaneo();
			api.scope.post('/api/v1/partners/create_rfq').reply(200, created(1));
			const run = await runCompaneo({ ...wayne, additionalFields: { [name]: value } });
			expect(run.error).toBeUndefined();
			expect(api.requests).toHaveLength(1);
		});

		test.each(bad)('rejects %j before sending anything', async (value, rule) => {
			const api = mockCompaneo();
			const run = await runCompaneo({ ...wayne, additionalFields: { [name]: value } });
			expect(run.error?.message).toBe(`Invalid "${label}": ${rule} [item 0]`);
			expect(api.requests).toEqual([]);
		});
	});

	test('an unknown headcount answer ID or legal form is refused', async () => {
		const api = mockCompaneo();
		let run = await runCompaneo({ ...wayne, headcountRange: '={{ "25643" }}' });
		expect(run.error?.message).toBe('Invalid "Number of Employees / Visitors": must be one of the answer IDs 25638, 25639, 25640, 25641, 25642 [item 0]');
		run = await runCompaneo({ ...wayne, segment: '={{ "SARL" }}' });
		expect(run.error?.message).toBe('Invalid "Legal Form": must be one of 1, CREA, PROJ, 3, 4, 2, AUTO [item 0]');
		expect(api.requests).toEqual([]);
	});

	test('another category needs a positive category ID and at least one well-formed answer', async () => {
		const api = mockCompaneo();
		const other = { resource: 'lead', operation: 'create', category: 'other' };
		let run = await runCompaneo({ ...other, categoryId: 0, answers: { answer: [{ questionId: 'email', value: 'a@b.fr' }] } });
		expect(run.error?.message).toBe('Invalid "Category ID": must be at least 1 [item 0]');
		run = await runCompaneo({ ...other, categoryId: 2001, answers: {} });
		expect(run.error?.message).toBe('Invalid "Answer": needs at least one answer [item 0]');
		run = await runCompaneo({ ...other, categoryId: 2001, answers: { answer: [{ questionId: 'e mail', value: 'x' }] } });
		expect(run.error?.message).toBe('Invalid "Question ID" (entry 1): must be a question ID such as 30148 or email [item 0]');
		expect(api.requests).toEqual([]);
	});

	test('Leads per Request above 100 is refused', async () => {
		const api = mockCompaneo();
		const run = await runCompaneo({ ...wayne, options: { chunkSize: 101 } });
		expect(run.error?.message).toBe('Invalid "Leads per Request": must be at most 100 [item 0]');
		expect(api.requests).toEqual([]);
	});

	test('without Continue On Fail, one bad lead stops the node before any lead is sent', async () => {
		const api = mockCompaneo();
		const run = await runCompaneo(fromItem, { input: [person(0), { lastname: 'Bad1', email: 'x@test.fr' }, person(2)] });
		expect(run.error?.message).toBe('Invalid "Last Name": must contain only letters, spaces, hyphens and apostrophes [item 1]');
		expect(run.error?.context?.itemIndex).toBe(1);
		expect(api.requests).toEqual([]);
	});

	test('with Continue On Fail, the bad lead becomes an error item and only the good ones are sent', async () => {
		const api = mockCompaneo();
		api.scope.post('/api/v1/partners/create_rfq').reply(200, created(2));
		const run = await runCompaneo(fromItem, { input: [person(0), { lastname: 'Bad1', email: 'x@test.fr' }, person(2)], continueOnFail: true });
		expect((api.bodies[0] as Array<{ data: { email: string } }>).map((l) => l.data.email)).toEqual(['lead0@test.fr', 'lead2@test.fr']);
		expect(run.items.map((i) => [i.json.rfq_id ?? i.json.error, i.pairedItem])).toEqual([
			['17410391', { item: 0 }],
			['Invalid "Last Name": must contain only letters, spaces, hyphens and apostrophes [item 1]', { item: 1 }],
			['17410392', { item: 2 }],
		]);
	});
});
