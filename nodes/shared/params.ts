import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { isResourceLocatorValue } from 'n8n-workflow';

import type { RequestSettings } from './request';
import { perRun } from './per-run';
import { DEFAULT_SETTINGS } from './request';
import { rules, validate, z } from './validation';

/** The most items a node processes at once: n8n's HTTP Request node sends all of them, so a user may want many. */
export const MAX_PARALLEL_REQUESTS = 1000;

const optionsSchema = z.object({
	timeout: rules.int(1).optional(),
	maxRetries: rules.int(0, 10).optional(),
	pageConcurrency: rules.int(1, 20).optional(),
	parallelRequests: rules.int(1, MAX_PARALLEL_REQUESTS).optional(),
});

type NodeOptions = z.infer<typeof optionsSchema>;

/**
 * The node-wide Options, checked like any input (an expression can give any value). They are read
 * from the first item for the whole run: read and checked once per run.
 */
const nodeOptions = perRun(checkedOptions);

function checkedOptions(ctx: IExecuteFunctions): NodeOptions {
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const given = (value: unknown) => (value === '' || value === null ? undefined : value);
	return validate(
		ctx,
		optionsSchema,
		{
			timeout: given(options.timeout),
			maxRetries: given(options.maxRetries),
			pageConcurrency: given(options.pageConcurrency),
			parallelRequests: given(options.parallelRequests),
		},
		0,
		{ timeout: 'Timeout (Ms)', maxRetries: 'Retries', pageConcurrency: 'Page Concurrency', parallelRequests: 'Parallel Requests' },
	);
}

/** Timeout and retries from the node's Options collection. */
export function requestSettings(ctx: IExecuteFunctions): RequestSettings {
	const options = nodeOptions(ctx);
	return {
		timeout: options.timeout ?? DEFAULT_SETTINGS.timeout,
		maxRetries: options.maxRetries ?? DEFAULT_SETTINGS.maxRetries,
	};
}

/** The Parallel Requests option, when the user set it. */
export function parallelRequests(ctx: IExecuteFunctions): number | undefined {
	return nodeOptions(ctx).parallelRequests;
}

export function pageConcurrency(ctx: IExecuteFunctions): number {
	return nodeOptions(ctx).pageConcurrency ?? 4;
}

/**
 * A field's value for one item, expressions resolved. n8n would also check the value against the
 * field's declared type, but only for fields that declare one (`validateType`, resource mappers,
 * filters), and no field in this package does (a test keeps it so): its zod rules check every value.
 * Skipping that step saves looking the field up among all of the node's fields for every item.
 */
export function fieldValue(ctx: IExecuteFunctions, name: string, itemIndex: number, fallback?: unknown): unknown {
	return ctx.getNodeParameter(name, itemIndex, fallback, { skipValidation: true });
}

/**
 * The value of a resource locator, whatever mode the user picked. No locator mode in this package
 * rewrites what the user gave (none has `extractValue`; a test keeps it so), so the value is read as
 * given. n8n's own extraction would give the same value but looks the field up among all of the
 * node's fields for every item, which is a good part of an item's cost in a large batch. When the
 * stored parameter is a locator (`{__rl, mode, value}`), only its value is resolved, not the object.
 */
export function locatorValue(ctx: IExecuteFunctions, name: string, itemIndex: number): unknown {
	const stored = storedParameter(ctx, name);
	if (isResourceLocatorValue(stored)) {
		return 'value' in stored ? fieldValue(ctx, `${name}.value`, itemIndex) : undefined;
	}
	return plainLocator(fieldValue(ctx, name, itemIndex));
}

/** A resolved locator's value as given (see locatorValue); anything else unchanged. */
export function plainLocator(value: unknown): unknown {
	return isResourceLocatorValue(value) ? value.value : value;
}

/** The node's parameters as saved in the workflow (expressions unresolved), taken once per run. */
const savedParameters = perRun((ctx: IExecuteFunctions) => ctx.getNode().parameters as IDataObject);

function storedParameter(ctx: IExecuteFunctions, path: string): unknown {
	let value: unknown = savedParameters(ctx);
	for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
	return value;
}

/** A collection parameter (Additional Fields, Filters) as an object. */
export function collection(ctx: IExecuteFunctions, name: string, itemIndex: number): IDataObject {
	return (fieldValue(ctx, name, itemIndex, {}) ?? {}) as IDataObject;
}

/** Drops undefined, null and empty-string values so that only what the user gave is sent. */
export function compact<T extends IDataObject>(data: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(data).filter(([, v]) => v !== undefined && v !== null && v !== ''),
	) as Partial<T>;
}

/** Reads a list/limit pair. */
export function listParameters(ctx: IExecuteFunctions, itemIndex: number): { returnAll: boolean; limit: number } {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? 0 : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
	return { returnAll, limit };
}
