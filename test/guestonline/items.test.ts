import type { IDataObject } from 'n8n-workflow';

import { mockApi, output, runGuestonline } from './helpers';

const contact = (id: number): IDataObject => ({ object: 'contact', id, lastname: `L${id}` });
/** Get Contact with the ID taken from each input item. */
const getContactFromItem = { resource: 'contact', operation: 'get', contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } };

describe('Guestonline items', () => {
	test('each input item gives its own output item, paired to it', async () => {
		const api = mockApi();
		for (const id of [11, 12, 13]) api.scope.get(`/v1/contacts/${id}`).reply(200, contact(id));

		const run = await runGuestonline(getContactFromItem, { input: [{ id: 11 }, { id: 12 }, { id: 13 }] });

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([
			{ json: contact(11), pairedItem: { item: 0 } },
			{ json: contact(12), pairedItem: { item: 1 } },
			{ json: contact(13), pairedItem: { item: 2 } },
		]);
	});

	test('Continue On Fail: a failing item becomes an error item paired to it; the others are kept', async () => {
		const api = mockApi();
		api.scope.get('/v1/contacts/11').reply(200, contact(11));
		api.scope.get('/v1/contacts/12').reply(404, { message: 'Contact not found' });
		api.scope.get('/v1/contacts/14').reply(200, contact(14));

		const run = await runGuestonline(getContactFromItem, {
			input: [{ id: 11 }, { id: 12 }, { id: 'abc' }, { id: 14 }],
			continueOnFail: true,
		});

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual([
			{ json: contact(11), pairedItem: { item: 0 } },
			{
				json: { error: 'Contact not found', description: 'HTTP 404: The requested item was not found', httpCode: '404' },
				pairedItem: { item: 1 },
			},
			{
				json: { error: 'Invalid "Contact": must be a positive whole number (the numeric ID) [item 2]' },
				pairedItem: { item: 2 },
			},
			{ json: contact(14), pairedItem: { item: 3 } },
		]);
		expect(api.sent.map((r) => r.path).sort()).toEqual(['/v1/contacts/11', '/v1/contacts/12', '/v1/contacts/14']);
	});

	test('without Continue On Fail the first failing item stops the node and is named', async () => {
		const api = mockApi();
		api.scope.get('/v1/contacts/11').reply(200, contact(11));
		api.scope.get('/v1/contacts/12').reply(404, { message: 'Contact not found' });

		const run = await runGuestonline(getContactFromItem, { input: [{ id: 11 }, { id: 12 }], options: undefined } as never);

		expect(run.error?.message).toBe('Contact not found');
		expect(run.error?.context?.itemIndex).toBe(1);
		expect(run.items).toEqual([]);
	});

	test('reads run 10 items at a time by default; output order is input order', async () => {
		const api = mockApi();
		let inFlight = 0;
		let peak = 0;
		const ids = Array.from({ length: 30 }, (_, i) => 100 + i);
		for (const id of ids) {
			api.scope.get(`/v1/contacts/${id}`).reply(async () => {
				inFlight++;
				peak = Math.max(peak, inFlight);
				// Later items answer faster, to prove that the output is put back in input order.
				await new Promise((resolve) => setTimeout(resolve, 40 - (id - 100)));
				inFlight--;
				return [200, contact(id)];
			});
		}

		const run = await runGuestonline(getContactFromItem, { input: ids.map((id) => ({ id })) });

		expect(run.error).toBeUndefined();
		expect(peak).toBe(10);
		expect(output(run)).toEqual(ids.map((id, i) => ({ json: contact(id), pairedItem: { item: i } })));
	});

	test('changes run one item at a time by default, and in parallel only when Parallel Requests is set', async () => {
		const measure = async (options: IDataObject) => {
			const api = mockApi();
			let inFlight = 0;
			let peak = 0;
			api.scope
				.post('/v1/contacts')
				.times(6)
				.reply(async (_uri, body) => {
					inFlight++;
					peak = Math.max(peak, inFlight);
					await new Promise((resolve) => setTimeout(resolve, 15));
					inFlight--;
					const lastname = decodeURIComponent(String(body).split('=')[1]);
					return [200, { object: 'contact', lastname }];
				});
			const run = await runGuestonline(
				{ resource: 'contact', operation: 'create', lastname: '={{ $json.name }}', options },
				{ input: ['A', 'B', 'C', 'D', 'E', 'F'].map((name) => ({ name })) },
			);
			expect(run.items.map((i) => i.json.lastname)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
			return peak;
		};
		expect(await measure({})).toBe(1);
		expect(await measure({ parallelRequests: 3 })).toBe(3);
	});

	test('without Continue On Fail, a failing change stops the items after it from being sent', async () => {
		const api = mockApi();
		api.scope.post('/v1/contacts').reply(200, { object: 'contact', id: 1 });
		api.scope.post('/v1/contacts').reply(422, { message: 'lastname is invalid' });

		const run = await runGuestonline(
			{ resource: 'contact', operation: 'create', lastname: '={{ $json.name }}' },
			{ input: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] },
		);

		expect(run.error?.message).toBe('lastname is invalid');
		expect(run.error?.context?.itemIndex).toBe(1);
		expect(api.sent).toHaveLength(2);
	});
});
