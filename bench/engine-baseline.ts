/**
 * The engine baseline: a bench-only node type (never shipped, not in nodes/) that does what n8n's HTTP
 * Request node does with its default settings, inside the same n8n-core engine as our nodes, sending
 * through the same request helper (`this.helpers.httpRequestWithAuthentication`) with the same
 * credential:
 * - "Per Item" mode: each input item's URL is read from the node's URL parameter (an expression on
 *   the item, as a user writes `{{ $json.id }}` into the HTTP Request node's URL), every item's
 *   request is started, and then all of them are awaited at once: one request per item, all in flight.
 * - "Paginate" mode: one page after another, each requested once the previous one has arrived, until
 *   the reply says it was the last page; the records of every page become the output items.
 *
 * It is written for the bench from that description, not taken from n8n's node. Its last-page test
 * is plain code where the HTTP Request node evaluates an expression per page, so if anything it is
 * a little cheaper than the real node.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

export const ENGINE_BASELINE_TYPE = 'benchHttpRequest';

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
			{ name: 'guestonlineApi', required: false },
			{ name: 'partooApi', required: false },
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
			{ displayName: 'Credential Type', name: 'credentialType', type: 'string', default: '' },
			{ displayName: 'URL', name: 'url', type: 'string', default: '' },
			{ displayName: 'Pagination', name: 'pagination', type: 'json', default: '{}' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const credentialType = this.getNodeParameter('credentialType', 0) as string;
		const send = async (options: IHttpRequestOptions): Promise<IDataObject> =>
			(await this.helpers.httpRequestWithAuthentication.call(this, credentialType, options)) as IDataObject;

		if (this.getNodeParameter('mode', 0) === 'paginate') {
			const url = this.getNodeParameter('url', 0) as string;
			const spec = this.getNodeParameter('pagination', 0) as unknown as PaginateParameters;
			const output: INodeExecutionData[] = [];
			for (let page = 1; ; page++) {
				const body = await send({ method: 'GET', url, qs: { ...spec.query, [spec.pageParameter]: page }, json: true });
				const records = Array.isArray(body[spec.listKey]) ? (body[spec.listKey] as IDataObject[]) : [];
				for (const json of records) output.push({ json, pairedItem: { item: 0 } });
				if (records.length === 0 || Number(body[spec.pageField]) >= Number(body[spec.pageCountField])) break;
			}
			return [output];
		}

		// Every item's request is started before any reply is awaited.
		const pending: Array<Promise<IDataObject>> = [];
		for (let i = 0; i < items.length; i++) {
			pending.push(send({ method: 'GET', url: this.getNodeParameter('url', i) as string, json: true }));
		}
		// As the HTTP Request node: every reply is awaited; a failure fails the node, or with "On Error:
		// Continue" becomes an error item in its place.
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
}
