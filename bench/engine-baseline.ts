/**
 * The engine baseline: a bench-only node type (never shipped, not in nodes/) that does what n8n's HTTP
 * Request node (version 4.2, default settings) does, inside the same n8n-core engine as our nodes. It
 * is written for the bench from a reading of that node's steps, not taken from it:
 * - Authentication as a user wires a service by hand: a "Generic Credential Type" (Header Auth for
 *   Guestonline's X-Token, Query Auth for Partoo's api_key), whose name and value the node puts on
 *   each request itself. n8n resolves no credential expression per request.
 * - "Per Item" mode, style "httpRequestNode" (figure 3's goal): for each input item, one after the
 *   other, the node reads its authentication type, awaits the credential (`getCredentials` for that
 *   item), reads the URL (an expression on the item, as a user writes `{{ $json.id }}` into it) and
 *   the seventeen other request settings, then starts the request with n8n's request helper without
 *   awaiting it. Once every request has started, all replies are awaited; each reply is followed by
 *   another credential read (the node reads it again to hide secrets in what it shows). Then, for
 *   each item, two response settings are read and the reply's body becomes the output item.
 *   Cheaper than the real node where it is simpler: the settings it reads are not stored in the
 *   workflow (so they resolve to their defaults without an expression), it asks for JSON where the
 *   real node reads a stream and detects the format, it shows nothing in the editor, and the bench's
 *   credential store answers from memory where n8n reads its database and decrypts.
 * - "Per Item" mode, style "floor": only the URL is read per item, the credential once per execution,
 *   and every request is sent with `this.helpers.httpRequest`. No node can do less for one request
 *   per item; figure 3 shows our ratio to it beside the goal.
 * - "Paginate" mode: one page after another, each requested once the previous one has arrived, until
 *   the reply says it was the last page; the records of every page become the output items. Its
 *   last-page test is plain code where the HTTP Request node evaluates an expression per page.
 */
import type {
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

export const ENGINE_BASELINE_TYPE = 'benchHttpRequest';

/** The generic credentials a user picks in the HTTP Request node: a name and a value. */
abstract class NameValueAuth implements ICredentialType {
	abstract name: string;
	abstract displayName: string;
	properties: ICredentialType['properties'] = [
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{ displayName: 'Value', name: 'value', type: 'string', typeOptions: { password: true }, default: '' },
	];
}

/** Header Auth: the value is sent in the header called name. */
export class BenchHeaderAuth extends NameValueAuth {
	name = 'benchHeaderAuth';
	displayName = 'Bench Header Auth';
}

/** Query Auth: the value is sent as the query parameter called name. */
export class BenchQueryAuth extends NameValueAuth {
	name = 'benchQueryAuth';
	displayName = 'Bench Query Auth';
}

export interface PaginateParameters {
	/** The query parameter holding the page number. */
	pageParameter: string;
	/** Other query parameters sent with every page, e.g. a page size. */
	query: IDataObject;
	/** Where the records are in each reply. */
	listKey: string;
	/** Reply fields telling this page's number and the page count. */
	pageField: string;
	pageCountField: string;
}

export class BenchHttpRequest implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bench HTTP Request',
		name: ENGINE_BASELINE_TYPE,
		group: ['transform'],
		version: 1,
		description: 'The HTTP Request node way, for the benchmark only',
		defaults: { name: 'Bench HTTP Request' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'benchHeaderAuth', required: false },
			{ name: 'benchQueryAuth', required: false },
		],
		properties: [
			{
				displayName: 'Mode',
				name: 'mode',
				type: 'options',
				options: [
					{ name: 'Per Item', value: 'perItem' },
					{ name: 'Paginate', value: 'paginate' },
				],
				default: 'perItem',
			},
			{
				displayName: 'Per Item Style',
				name: 'style',
				type: 'options',
				options: [
					{ name: 'HTTP Request Node', value: 'httpRequestNode' },
					{ name: 'Floor', value: 'floor' },
				],
				default: 'httpRequestNode',
			},
			{ displayName: 'Credential Type', name: 'credentialType', type: 'string', default: '' },
			{ displayName: 'URL', name: 'url', type: 'string', default: '' },
			{ displayName: 'Pagination', name: 'pagination', type: 'json', default: '{}' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credentialType = this.getNodeParameter('credentialType', 0) as string;
		if (this.getNodeParameter('mode', 0) === 'paginate') return await paginate.call(this, credentialType);
		if (this.getNodeParameter('style', 0) === 'floor') return await floor.call(this, credentialType);
		return await likeHttpRequestNode.call(this);
	}
}

/** Puts a generic credential's name and value on a request, as the HTTP Request node does for Header Auth and Query Auth. */
function withAuth<T extends { headers?: IDataObject; qs?: IDataObject }>(credentialType: string, auth: IDataObject, options: T): T {
	const name = String(auth.name);
	if (credentialType === 'benchQueryAuth') options.qs = { ...options.qs, [name]: auth.value };
	else options.headers = { ...options.headers, [name]: auth.value };
	return options;
}

/** The request settings the HTTP Request node reads for every item besides its URL, with their defaults. */
const ITEM_SETTINGS: Array<[string, unknown]> = [
	['provideSslCertificates', false],
	['method', 'GET'],
	['sendQuery', false],
	['queryParameters.parameters', []],
	['specifyQuery', 'keypair'],
	['jsonQuery', ''],
	['sendBody', false],
	['contentType', ''],
	['specifyBody', ''],
	['bodyParameters.parameters', []],
	['jsonBody', ''],
	['body', ''],
	['sendHeaders', false],
	['headerParameters.parameters', []],
	['specifyHeaders', 'keypair'],
	['jsonHeaders', ''],
	['options', {}],
];

/** Every item's GET the way the HTTP Request node issues it (see the file's header). */
async function likeHttpRequestNode(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const pending: Array<Promise<IDataObject>> = [];
	const credentialTypes: string[] = [];
	for (let i = 0; i < items.length; i++) {
		const credentialType = this.getNodeParameter('credentialType', 0) as string;
		const auth = await this.getCredentials(credentialType, i);
		const url = (this.getNodeParameter('url', i) as string).trim();
		if (!url.startsWith('http://') && !url.startsWith('https://')) throw new Error(`Invalid URL: ${url}`);
		const settings = Object.fromEntries(ITEM_SETTINGS.map(([name, fallback]) => [name, this.getNodeParameter(name, i, fallback)]));
		const requestOptions = withAuth(credentialType, auth, {
			method: settings.method as IHttpRequestMethods,
			uri: url,
			headers: { accept: 'application/json,text/html,application/xhtml+xml,application/xml,text/*;q=0.9, image/*;q=0.8, */*;q=0.7' } as IDataObject,
			gzip: true,
			rejectUnauthorized: true,
			followRedirect: true,
			followAllRedirects: true,
			resolveWithFullResponse: true,
			timeout: 300_000,
			json: true,
		});
		credentialTypes.push(credentialType);
		// Started, not awaited: the next item is prepared while this request is on its way.
		// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions
		const request = this.helpers.request(requestOptions) as Promise<IDataObject>;
		request.catch(() => undefined);
		pending.push(request);
	}
	// Each reply is followed by a new read of its credential, to hide its secrets in what is shown.
	const replies = await Promise.allSettled(
		pending.map(async (request, i) => await request.finally(async () => await this.getCredentials(credentialTypes[i], i))),
	);
	const output: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		const reply = replies[i];
		if (reply.status === 'rejected') {
			// As the HTTP Request node: a failure fails the node, or with "On Error: Continue" becomes an error item.
			if (!this.continueOnFail()) throw reply.reason;
			output.push({ json: { error: (reply.reason as Error).message }, pairedItem: { item: i } });
			continue;
		}
		this.getNodeParameter('options.response.response.responseFormat', 0, 'autodetect');
		this.getNodeParameter('options.response.response.fullResponse', 0, false);
		output.push({ json: reply.value.body as IDataObject, pairedItem: { item: i } });
	}
	return [output];
}

/** The least one request per item can cost: the URL read per item, the credential once, every request at once. */
async function floor(this: IExecuteFunctions, credentialType: string): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const auth = await this.getCredentials(credentialType);
	const pending: Array<Promise<IDataObject>> = [];
	for (let i = 0; i < items.length; i++) {
		const options: IHttpRequestOptions = { method: 'GET', url: this.getNodeParameter('url', i) as string, json: true };
		pending.push(this.helpers.httpRequest(withAuth(credentialType, auth, options)) as Promise<IDataObject>);
	}
	const replies = await Promise.allSettled(pending);
	const failed = replies.find((reply) => reply.status === 'rejected');
	if (failed && !this.continueOnFail()) throw failed.reason;
	return [
		replies.map((reply, i) => ({
			json: reply.status === 'fulfilled' ? reply.value : { error: (reply.reason as Error).message },
			pairedItem: { item: i },
		})),
	];
}

/** Page after page, each asked for once the previous one has arrived. */
async function paginate(this: IExecuteFunctions, credentialType: string): Promise<INodeExecutionData[][]> {
	const auth = await this.getCredentials(credentialType);
	const url = this.getNodeParameter('url', 0) as string;
	const spec = this.getNodeParameter('pagination', 0) as unknown as PaginateParameters;
	const output: INodeExecutionData[] = [];
	for (let page = 1; ; page++) {
		const options: IHttpRequestOptions = { method: 'GET', url, qs: { ...spec.query, [spec.pageParameter]: page }, json: true };
		const body = (await this.helpers.httpRequest(withAuth(credentialType, auth, options))) as IDataObject;
		const records = Array.isArray(body[spec.listKey]) ? (body[spec.listKey] as IDataObject[]) : [];
		for (const json of records) output.push({ json, pairedItem: { item: 0 } });
		if (records.length === 0 || Number(body[spec.pageField]) >= Number(body[spec.pageCountField])) break;
	}
	return [output];
}
