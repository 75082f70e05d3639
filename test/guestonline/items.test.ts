import type { IDataObject } from 'n8n-workflow';

import { TOKEN, mockApi, output, runGuestonline } from './helpers';

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

	/** Answers Get Contact for `ids` after `hold(id)`, and reports the most requests it had in flight at once. */
	function contactsWithPeak(ids: number[], hold: (id: number) => Promise<unknown>): { peak: () => number } {
		const api = mockApi();
		let inFlight = 0;
		let peak = 0;
		for (const id of ids) {
			api.scope.get(`/v1/contacts/${id}`).reply(async () => {
				inFlight++;
				peak = Math.max(peak, inFlight);
				await hold(id);
				inFlight--;
				return [200, contact(id)];
			});
		}
		return { peak: () => peak };
	}

	test('reads send every item at once by default, as the HTTP Request node does; output order is input order', async () => {
		const ids = Array.from({ length: 30 }, (_, i) => 100 + i);
		// Later items answer faster, to prove that the output is put back in input order.
		const server = contactsWithPeak(ids, async (id) => await new Promise((resolve) => setTimeout(resolve, 40 - (id - 100))));

		const run = await runGuestonline(getContactFromItem, { input: ids.map((id) => ({ id })) });

		expect(run.error).toBeUndefined();
		expect(server.peak()).toBe(30);
		expect(output(run)).toEqual(ids.map((id, i) => ({ json: contact(id), pairedItem: { item: i } })));
	});

	test('Parallel Requests bounds how many reads are in flight', async () => {
		const ids = Array.from({ length: 30 }, (_, i) => 100 + i);
		const server = contactsWithPeak(ids, async () => await new Promise((resolve) => setTimeout(resolve, 15)));

		const run = await runGuestonline({ ...getContactFromItem, options: { parallelRequests: 7 } }, { input: ids.map((id) => ({ id })) });

		expect(run.error).toBeUndefined();
		expect(server.peak()).toBe(7);
		expect(output(run)).toEqual(ids.map((id, i) => ({ json: contact(id), pairedItem: { item: i } })));
	});

	test('without the option, at most 1,000 reads are in flight at once', async () => {
		const ids = Array.from({ length: 1005 }, (_, i) => 1 + i);
		// Every reply waits until 1,000 requests have arrived, or 2 s after the first one, should fewer ever come.
		let arrived = 0;
		let release: () => void = () => undefined;
		const thousand = new Promise<void>((resolve) => (release = resolve));
		let fallback: ReturnType<typeof setTimeout> | undefined;
		const server = contactsWithPeak(ids, async () => {
			fallback ??= setTimeout(release, 2000);
			if (++arrived === 1000) release();
			await thousand;
		});

		const run = await runGuestonline(getContactFromItem, { input: ids.map((id) => ({ id })) });
		clearTimeout(fallback);

		expect(run.error).toBeUndefined();
		expect(server.peak()).toBe(1000);
		expect(output(run)).toEqual(ids.map((id, i) => ({ json: contact(id), pairedItem: { item: i } })));
	});

	test('a 429 to reads in flight: the node waits as asked, then resends with half as many at once', async () => {
		const api = mockApi();
		const ids = Array.from({ length: 20 }, (_, i) => 200 + i);
		let refusedAt = 0;
		const resentAt: number[] = [];
		let inFlight = 0;
		let peakAfterRefusal = 0;
		// All 20 arrive together and are refused with Retry-After 0.04 s (40 ms).
		let arrived = 0;
		let release: () => void = () => undefined;
		const all = new Promise<void>((resolve) => (release = resolve));
		for (const id of ids) {
			api.scope.get(`/v1/contacts/${id}`).reply(async () => {
				if (++arrived === ids.length) release();
				await all;
				refusedAt = Date.now();
				return [429, { message: 'Too many requests' }, { 'Retry-After': '0.04' }];
			});
			api.scope.get(`/v1/contacts/${id}`).reply(async () => {
				resentAt.push(Date.now());
				inFlight++;
				peakAfterRefusal = Math.max(peakAfterRefusal, inFlight);
				await new Promise((resolve) => setTimeout(resolve, 10));
				inFlight--;
				return [200, contact(id)];
			});
		}

		const run = await runGuestonline(getContactFromItem, { input: ids.map((id) => ({ id })) });

		expect(run.error).toBeUndefined();
		expect(output(run)).toEqual(ids.map((id, i) => ({ json: contact(id), pairedItem: { item: i } })));
		// Each item was sent twice, the same request both times: first all 20 together, then the resends.
		const sentOnce = ids.map((id) => ({ method: 'GET', path: `/v1/contacts/${id}`, token: TOKEN }));
		const byPath = (x: { path: string }, y: { path: string }) => x.path.localeCompare(y.path);
		expect(api.sent.slice(0, 20).sort(byPath)).toEqual(sentOnce);
		expect(api.sent.slice(20).sort(byPath)).toEqual(sentOnce);
		expect(api.sent).toHaveLength(40);
		// Nothing was resent before the 40 ms the service asked for (timers may round down by 1 ms)...
		expect(Math.min(...resentAt) - refusedAt).toBeGreaterThanOrEqual(39);
		// ...and then 10 at a time, half of the 20 that had been in flight.
		expect(peakAfterRefusal).toBe(10);
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
