import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { RequestSettings } from './request';
import { DEFAULT_SETTINGS } from './request';

/** Timeout and retries from the node's Options collection. */
export function requestSettings(ctx: IExecuteFunctions): RequestSettings {
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	return {
		timeout: typeof options.timeout === 'number' ? options.timeout : DEFAULT_SETTINGS.timeout,
		maxRetries: typeof options.maxRetries === 'number' ? options.maxRetries : DEFAULT_SETTINGS.maxRetries,
	};
}

export function pageConcurrency(ctx: IExecuteFunctions): number {
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	return typeof options.pageConcurrency === 'number' ? options.pageConcurrency : 4;
}

/** The value of a resource locator, whatever mode the user picked. */
export function locatorValue(ctx: IExecuteFunctions, name: string, itemIndex: number): unknown {
	return ctx.getNodeParameter(name, itemIndex, undefined, { extractValue: true });
}

/** A collection parameter (Additional Fields, Filters) as an object. */
export function collection(ctx: IExecuteFunctions, name: string, itemIndex: number): IDataObject {
	return (ctx.getNodeParameter(name, itemIndex, {}) ?? {}) as IDataObject;
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
