import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { mapBounded } from './concurrency';
import { MAX_PARALLEL_REQUESTS, parallelRequests } from './params';

/** One outcome per input item, for operations that send several items in one request. */
export type BatchOutcome = { ok: true; json: IDataObject | IDataObject[] } | { ok: false; error: Error };

/** One operation: its fields, whether it is safe to repeat, and how it runs. */
export interface Operation {
	description: INodeProperties[];
	/** True for reads: they may run in parallel and be retried after server errors. */
	safe: boolean;
	/** Returns the record(s) to output; `undefined` for an empty reply (see recordsOf). */
	execute?: (this: IExecuteFunctions, itemIndex: number) => Promise<IDataObject | IDataObject[] | undefined>;
	executeBatch?: (this: IExecuteFunctions, itemIndexes: number[]) => Promise<BatchOutcome[]>;
}

export type ResourceMap = Record<string, Record<string, Operation>>;

/**
 * Default number of items processed at once for operations that only read: as many as n8n's HTTP
 * Request node sends (all of them) up to 1,000. A 429 from the service slows the run down (pace.ts).
 */
export const DEFAULT_PARALLEL_READS = MAX_PARALLEL_REQUESTS;

function attachItemIndex(ctx: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context = { ...(error.context ?? {}), itemIndex };
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}

function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	const description = (error as { description?: unknown }).description;
	if (typeof description === 'string' && description) json.description = description;
	const httpCode = (error as { httpCode?: unknown }).httpCode;
	if (typeof httpCode === 'string' && httpCode) json.httpCode = httpCode;
	return { json, pairedItem: { item: itemIndex } };
}

/**
 * An operation that handed on an empty reply (200 or 204 without a body) has no record to output.
 * A change was accepted, which is all there is to say; a read found nothing to show, which is an error.
 */
function recordsOf(ctx: IExecuteFunctions, result: unknown, safe: boolean, itemIndex: number): IDataObject | IDataObject[] {
	if (result !== undefined && result !== null && result !== '') return result as IDataObject | IDataObject[];
	if (!safe) return { success: true };
	const message = 'The service answered without any data';
	const description = 'The reply to this read had an empty body, so there is no record to output';
	throw new NodeApiError(ctx.getNode(), { message, description }, { message, description, itemIndex });
}

function toItems(result: IDataObject | IDataObject[], itemIndex: number): INodeExecutionData[] {
	const records = Array.isArray(result) ? result : [result];
	return records.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}

/**
 * The item loop shared by every node: picks the operation, runs it for each item with bounded
 * concurrency, and returns the output in input order with every item paired to its input.
 * With "Continue On Fail", a failing item becomes an error item; otherwise the first failure
 * (in input order) is thrown with its item index.
 */
export async function runOperations(ctx: IExecuteFunctions, resources: ResourceMap): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operationName = ctx.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(ctx.getNode(), `The operation "${operationName}" of "${resource}" is not supported`);
	}
	const parallel = parallelRequests(ctx) ?? (operation.safe ? DEFAULT_PARALLEL_READS : 1);
	const continueOnFail = ctx.continueOnFail();

	if (operation.executeBatch) {
		const indexes = items.map((_, i) => i);
		const outcomes = await operation.executeBatch.call(ctx, indexes);
		const output: INodeExecutionData[] = [];
		outcomes.forEach((outcome, i) => {
			if (outcome.ok) {
				output.push(...toItems(outcome.json, i));
			} else if (continueOnFail) {
				output.push(errorItem(outcome.error, i));
			} else {
				throw attachItemIndex(ctx, outcome.error, i);
			}
		});
		return [output];
	}

	const execute = operation.execute;
	if (!execute) {
		throw new NodeOperationError(ctx.getNode(), `The operation "${operationName}" has no implementation`);
	}
	const perItem = await mapBounded(
		items.length,
		parallel,
		async (itemIndex): Promise<INodeExecutionData[]> => {
			try {
				return toItems(recordsOf(ctx, await execute.call(ctx, itemIndex), operation.safe, itemIndex), itemIndex);
			} catch (error) {
				if (continueOnFail) return [errorItem(error as Error, itemIndex)];
				throw attachItemIndex(ctx, error, itemIndex);
			}
		},
		true,
	);
	return [perItem.flat()];
}
