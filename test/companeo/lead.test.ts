import { API_KEY, created, fromItem, items, mockCompaneo, person, runCompaneo, wayne } from './helpers';

const exampleLead = {
	categoryId: 1463,
	data: {
		'30148': 25638,
		'25533': '75001',
		email: 'wayne.hotte@test.fr',
		companyName: 'HOTTE INC.',
		segment: 1,
		firstname: 'Wayne',
		lastname: 'Hotte',
		phone: '0130926784',
	},
};

describe('Companeo lead create', () => {
	test('sends the documented JSON array with the Bearer key and outputs rfq_id and cli_id', async () => {
		const api = mockCompaneo();
		api.scope.post('/api/v1/partners/create_rfq').reply(200, created(1));

		const run = await runCompaneo(wayne);

		expect(run.error).toBeUndefined();
		expect(api.requests).toEqual([
			{
				method: 'POST',
				path: '/api/v1/partners/create_rfq',
				contentType: 'application/json',
				headers: { authorization: `Bearer ${API_KEY}` },
				body: JSON.stringify([
					{
						categoryId: 1463,
						data: {
							'25533': '75001',
							'30148': 25638,
							email: 'wayne.hotte@test.fr',
							phone: '0130926784',
							companyName: 'HOTTE INC.',
							segment: 1,
							firstname: 'Wayne',
							lastname: 'Hotte',
						},
					},
				]),
			},
		]);
		expect(api.bodies).toEqual([[exampleLead]]);
		expect(items(run)).toEqual([
			{ json: { created: true, rfq_id: '17410391', cli_id: 8301644, categoryId: 1463 }, pairedItem: { item: 0 } },
		]);
	});

	test('optional answers are sent under their question IDs; letter segments stay text', async () => {
		const api = mockCompaneo();
		api.scope.post('/api/v1/partners/create_rfq').reply(200, created(1));

		await runCompaneo({
			...wayne,
			segment: 'AUTO',
			headcountRange: '25642',
			additionalFields: { address: '1 rue de Rivoli', comment: 'Two machines', siret: '73282932000074', naf: '56.10A', employees: '12', city: 'Paris' },
		});

		expect(api.bodies).toEqual([
			[
				{
					categoryId: 1463,
					data: {
						...exampleLead.data,
						'30148': 25642,
						segment: 'AUTO',
						address: '1 rue de Rivoli',
						comment: 'Two machines',
						siret: '73282932000074',
						naf: '56.10A',
						employees: '12',
						city: 'Paris',
					},
				},
			],
		]);
	});

	test('another category sends the category ID and the answers as given', async () => {
		const api = mockCompaneo();
		api.scope.post('/api/v1/partners/create_rfq').reply(200, created(1));

		const run = await runCompaneo({
			resource: 'lead',
			operation: 'create',
			category: 'other',
			categoryId: 2001,
			answers: { answer: [{ questionId: '41000', value: '51234' }, { questionId: 'email', value: 'a@b.fr' }] },
		});

		expect(run.error).toBeUndefined();
		expect(api.bodies).toEqual([[{ categoryId: 2001, data: { '41000': '51234', email: 'a@b.fr' } }]]);
		expect(items(run)).toEqual([{ json: { created: true, rfq_id: '17410391', cli_id: 8301644, categoryId: 2001 }, pairedItem: { item: 0 } }]);
	});

	test('120 items with 50 leads per request make 3 requests, each output paired with its item', async () => {
		const api = mockCompaneo();
		api.scope.post('/api/v1/partners/create_rfq').reply(200, created(50, 1000));
		api.scope.post('/api/v1/partners/create_rfq').reply(200, created(50, 2000));
		api.scope.post('/api/v1/partners/create_rfq').reply(200, created(20, 3000));
		const input = Array.from({ length: 120 }, (_, i) => person(i));

		const run = await runCompaneo(fromItem, { input });

		expect(run.error).toBeUndefined();
		expect(api.bodies.map((b) => (b as unknown[]).length)).toEqual([50, 50, 20]);
		const sentEmails = (api.bodies as Array<Array<{ data: { email: string } }>>).flat().map((l) => l.data.email);
		expect(sentEmails).toEqual(input.map((p) => p.email));
		const expectedIds = [...Array.from({ length: 50 }, (_, n) => 1000 + n), ...Array.from({ length: 50 }, (_, n) => 2000 + n), ...Array.from({ length: 20 }, (_, n) => 3000 + n)];
		expect(items(run)).toEqual(
			expectedIds.map((id, i) => ({ json: { created: true, rfq_id: String(id), cli_id: 8301644 + (i % 50), categoryId: 1463 }, pairedItem: { item: i } })),
		);
	});

	test('Leads per Request changes the chunk size', async () => {
		const api = mockCompaneo();
		for (let r = 0; r < 3; r++) api.scope.post('/api/v1/partners/create_rfq').reply(200, created(r < 2 ? 2 : 1));
		await runCompaneo({ ...fromItem, options: { chunkSize: 2 } }, { input: [0, 1, 2, 3, 4].map(person) });
		expect(api.bodies.map((b) => (b as unknown[]).length)).toEqual([2, 2, 1]);
	});

	describe('a chunk with refused leads (HTTP 400)', () => {
		const refused = {
			success: false,
			data: [],
			message: 'partner_error_detected',
			errors: { input_1: [{ code: 16, data: [], message: 'partner_error_duplicate' }] },
		};

		test('with Continue On Fail: each lead gets its own outcome, nothing is resent', async () => {
			const api = mockCompaneo();
			api.scope.post('/api/v1/partners/create_rfq').reply(400, refused);

			const run = await runCompaneo(fromItem, { input: [0, 1, 2].map(person), continueOnFail: true });

			expect(api.requests).toHaveLength(1);
			expect(items(run)).toEqual([
				{
					json: {
						error: 'Not created: Companeo refused the request this lead was part of',
						description:
							'Another lead in the same request had an error, and the reply does not show this lead as created. It was not resent: send it again, on its own or in a later run.',
						httpCode: '400',
					},
					pairedItem: { item: 0 },
				},
				{
					json: {
						error: 'Duplicate: this lead was already submitted (code 16, partner_error_duplicate)',
						description: 'Companeo refused this lead: partner_error_duplicate',
						httpCode: '400',
					},
					pairedItem: { item: 1 },
				},
				{
					json: {
						error: 'Not created: Companeo refused the request this lead was part of',
						description:
							'Another lead in the same request had an error, and the reply does not show this lead as created. It was not resent: send it again, on its own or in a later run.',
						httpCode: '400',
					},
					pairedItem: { item: 2 },
				},
			]);
		});

		test('a lead the reply shows as created is output as created, beside the refused one', async () => {
			const api = mockCompaneo();
			api.scope.post('/api/v1/partners/create_rfq').reply(400, {
				success: false,
				data: { input_0: { rfq_id: '555', cli_id: 7 } },
				message: 'partner_error_detected',
				errors: { input_1: [{ code: 6, data: [28637, 27458], message: 'partner_error_empty_qid' }] },
			});

			const run = await runCompaneo(fromItem, { input: [0, 1].map(person), continueOnFail: true });

			expect(items(run)).toEqual([
				{ json: { created: true, rfq_id: '555', cli_id: 7, categoryId: 1463 }, pairedItem: { item: 0 } },
				{
					json: {
						error: 'A required question has no answer: 28637, 27458 (code 6, partner_error_empty_qid)',
						description: 'Companeo refused this lead: partner_error_empty_qid',
						httpCode: '400',
					},
					pairedItem: { item: 1 },
				},
			]);
		});

		test('without Continue On Fail: the node stops naming the lead, lists those created, and sends no later chunk', async () => {
			const api = mockCompaneo();
			api.scope.post('/api/v1/partners/create_rfq').reply(400, {
				success: false,
				data: { input_0: { rfq_id: '555', cli_id: 7 } },
				message: 'partner_error_detected',
				errors: { input_1: [{ code: 16, message: 'partner_error_duplicate' }] },
			});

			const run = await runCompaneo({ ...fromItem, options: { chunkSize: 2 } }, { input: [0, 1, 2, 3].map(person) });

			expect(api.requests).toHaveLength(1);
			expect(run.error?.message).toBe('Duplicate: this lead was already submitted (code 16, partner_error_duplicate)');
			expect(run.error?.context?.itemIndex).toBe(1);
			expect(run.error?.description).toBe(
				'Companeo refused this lead: partner_error_duplicate\nLeads created before the node stopped (do not resend them): item 0: rfq_id 555',
			);
		});
	});

	test.each(Array.from({ length: 19 }, (_, i) => i + 1))('error code %i is explained in words', async (code) => {
		const { ERROR_CODES } = await import('../../nodes/Companeo/transport');
		const api = mockCompaneo();
		api.scope.post('/api/v1/partners/create_rfq').reply(400, {
			success: false,
			data: [],
			message: 'partner_error_detected',
			errors: { input_0: [{ code, message: ERROR_CODES[code].key }] },
		});
		const run = await runCompaneo(wayne, { continueOnFail: true });
		expect(run.items[0].json.error).toBe(`${ERROR_CODES[code].text} (code ${code}, ${ERROR_CODES[code].key})`);
		expect(ERROR_CODES[code].text).not.toMatch(/partner_error/);
	});

	test('HTTP 401: every lead of the request fails with the reason, and nothing is created', async () => {
		const api = mockCompaneo();
		// A refused key is final: the request is sent once.
		api.scope.post('/api/v1/partners/create_rfq').reply(401, {
			success: false,
			data: [],
			message: 'partner_error_authenticate',
			errors: [],
		});

		const run = await runCompaneo(fromItem, { input: [0, 1].map(person), continueOnFail: true });

		expect(api.requests).toHaveLength(1);
		expect(items(run)).toEqual([
			{ json: { error: 'partner_error_authenticate', description: 'HTTP 401: The credentials were not accepted', httpCode: '401' }, pairedItem: { item: 0 } },
			{ json: { error: 'partner_error_authenticate', description: 'HTTP 401: The credentials were not accepted', httpCode: '401' }, pairedItem: { item: 1 } },
		]);
	});

	test('HTTP 500: the POST is not repeated and each lead is reported as of unknown outcome', async () => {
		const api = mockCompaneo();
		api.scope.post('/api/v1/partners/create_rfq').reply(500, { message: 'Internal Server Error' });

		const run = await runCompaneo(fromItem, { input: [0, 1].map(person), continueOnFail: true });

		expect(api.requests).toHaveLength(1);
		expect(run.items.map((i) => [i.json.error, i.json.httpCode, i.pairedItem])).toEqual([
			['Outcome unknown: Internal Server Error', '500', { item: 0 }],
			['Outcome unknown: Internal Server Error', '500', { item: 1 }],
		]);
		expect(String(run.items[0].json.description)).toContain('It was not resent');
	});

	test('HTTP 429 is retried (the server did not process it), then succeeds', async () => {
		const api = mockCompaneo();
		api.scope.post('/api/v1/partners/create_rfq').reply(429, { message: 'Too many requests' }, { 'Retry-After': '0' });
		api.scope.post('/api/v1/partners/create_rfq').reply(200, created(1));

		const run = await runCompaneo(wayne);

		expect(api.requests).toHaveLength(2);
		expect(run.items[0].json).toEqual({ created: true, rfq_id: '17410391', cli_id: 8301644, categoryId: 1463 });
	});

	test('the API key never appears, even when the API echoes it', async () => {
		const api = mockCompaneo();
		api.scope.post('/api/v1/partners/create_rfq').times(2).reply(401, { message: `Bearer ${API_KEY} refused` });

		const run = await runCompaneo(wayne, { continueOnFail: true });

		expect(run.items[0].json.error).toBe('Bearer [redacted] refused');
		expect(JSON.stringify(run.items)).not.toContain(API_KEY);
		expect(JSON.stringify(run.run.data.resultData)).not.toContain(API_KEY);
	});
});
