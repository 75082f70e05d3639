import type { ICredentialType, IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { buildUnreadableReplyError } from '../../nodes/shared/errors';
import type { Vendor, VendorRequest } from '../../nodes/shared/request';
import { vendorRequest } from '../../nodes/shared/request';
import type { ResourceMap } from '../../nodes/shared/router';
import { recordingScope } from '../harness/http';
import { runNode } from '../harness/run';
import { loopNode } from './loop-node';

const HOST = 'https://replies.example.com';
const KEY = 'reply-test-key-Qx81';

const credential: ICredentialType = {
	name: 'replyTestApi',
	displayName: 'Reply Test API',
	properties: [{ displayName: 'Key', name: 'key', type: 'string', typeOptions: { password: true }, default: '' }],
	authenticate: { type: 'generic', properties: { headers: { 'X-Key': '={{$credentials.key}}' } } },
};

const vendor: Vendor = {
	credentialType: 'replyTestApi',
	baseUrl: () => HOST,
	secretFields: ['key'],
	parseError: () => undefined,
};

/** One operation per way of calling the shared request: a read, a change, and a change that reads the full reply. */
function operation(safe: boolean, request: Omit<VendorRequest, 'safe' | 'itemIndex'>) {
	return {
		description: [],
		safe,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			return await vendorRequest<IDataObject>(this, vendor, { ...request, safe, itemIndex }, { timeout: 5000, maxRetries: 2 });
		},
	};
}

const resources: ResourceMap = {
	thing: {
		get: operation(true, { method: 'GET', path: '/thing' }),
		create: operation(false, { method: 'POST', path: '/thing', body: { name: 'x' } }),
		createFull: operation(false, { method: 'POST', path: '/thing', body: { name: 'x' }, fullResponse: true }),
	},
};

const run = async (operationName: string, continueOnFail = false) =>
	await runNode({
		node: loopNode('Reply Test', resources, { credential: 'replyTestApi' }),
		parameters: { resource: 'thing', operation: operationName },
		credentials: { replyTestApi: { key: KEY } },
		credentialTypes: { replyTestApi: credential },
		continueOnFail,
	});

type Run = Awaited<ReturnType<typeof run>>;
const items = (r: Run) => r.items.map((i) => ({ json: i.json, pairedItem: i.pairedItem }));
const errorOf = (r: Run) => ({
	name: r.error?.name,
	message: r.error?.message,
	description: r.error?.description,
	httpCode: r.error?.httpCode,
	itemIndex: r.error?.context?.itemIndex,
});

const page = `<html>\n  <body>\n    <h1>Sign in</h1>\n    <p>Your key ${KEY} was seen</p>\n  </body>\n</html>`;

describe('a 2xx reply whose body is not JSON', () => {
	test('a read fails once, with the status, the content type and the start of the page, secrets removed', async () => {
		const { scope, requests } = recordingScope(HOST);
		scope.get('/thing').times(3).reply(200, page, { 'Content-Type': 'text/html; charset=utf-8' });

		const r = await run('get');

		expect(errorOf(r)).toEqual({
			name: 'NodeApiError',
			message: 'The service answered with a reply that is not JSON',
			description: 'HTTP 200, Content-Type text/html; charset=utf-8. The reply begins: <html> <body> <h1>Sign in</h1> <p>Your key [redacted] was seen</p> </body> </html>',
			httpCode: '200',
			itemIndex: 0,
		});
		// Not a failure of the transport: sending the read again would get the same page.
		expect(requests).toHaveLength(1);
		expect(JSON.stringify(r.run.data.resultData)).not.toContain(KEY);
	});

	test('a change says it may have been made; with Continue On Fail it is an error item', async () => {
		const { scope, requests } = recordingScope(HOST);
		scope.post('/thing').reply(201, '{"id": 4, "na', { 'Content-Type': 'application/json' });

		const r = await run('create', true);

		expect(items(r)).toEqual([
			{
				json: {
					error: 'The service answered with a reply that is not JSON',
					description: 'HTTP 201, Content-Type application/json. The reply begins: {"id": 4, "na\nThe change may have been made: check before running it again.',
					httpCode: '201',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(requests).toHaveLength(1);
	});

	test('only the first 200 characters of a long body are shown', () => {
		const node = { id: 'n', name: 'Node', type: 'replyTest', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
		const error = buildUnreadableReplyError(node, { status: 200, text: `${'a'.repeat(250)}`, safe: true }, []);
		expect(error.description).toBe(`HTTP 200. The reply begins: ${'a'.repeat(200)}`);
	});
});

describe('a 2xx reply with an empty body', () => {
	test('a read reports that there is no record, paired with its item', async () => {
		recordingScope(HOST).scope.get('/thing').reply(200, '');

		const r = await run('get', true);

		expect(items(r)).toEqual([
			{
				json: { error: 'The service answered without any data', description: 'The reply to this read had an empty body, so there is no record to output' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('a change was accepted: it outputs { success: true }', async () => {
		recordingScope(HOST).scope.post('/thing').reply(204);

		const r = await run('create');

		expect(r.error).toBeUndefined();
		expect(items(r)).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
	});

	test('an operation that asked for the full reply still gets it, empty body included', async () => {
		recordingScope(HOST).scope.post('/thing').reply(204, '', { Location: '/thing/9' });

		const r = await run('createFull');

		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({ statusCode: 204, body: '', headers: { location: '/thing/9' } });
	});

	test('a JSON reply is handed on as parsed, without the reply around it', async () => {
		recordingScope(HOST).scope.get('/thing').reply(200, { id: 1 });

		const r = await run('get');

		expect(items(r)).toEqual([{ json: { id: 1 }, pairedItem: { item: 0 } }]);
	});
});
