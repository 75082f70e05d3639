import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { Operation } from './router';

/** Adds "show only for this resource and operation" to an operation's fields. */
export function forOperation(resource: string, operation: string, fields: INodeProperties[]): INodeProperties[] {
	return fields.map((field) => ({
		...field,
		displayOptions: {
			...field.displayOptions,
			show: { ...field.displayOptions?.show, resource: [resource], operation: [operation] },
		},
	}));
}

export interface OperationEntry extends INodePropertyOptions {
	value: string;
	module: Operation;
}

/**
 * The operation selector of one resource plus the fields of all its operations,
 * each shown only when its operation is picked.
 */
export function resourceDescription(resource: string, entries: OperationEntry[], defaultOperation: string): INodeProperties[] {
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: entries.map(({ module: _module, ...option }) => option),
		default: defaultOperation,
	};
	const fields = entries.flatMap((entry) => forOperation(resource, entry.value, entry.module.description));
	return [selector, ...fields];
}

export function operationMap(entries: OperationEntry[]): Record<string, Operation> {
	return Object.fromEntries(entries.map((entry) => [entry.value, entry.module]));
}

/** Return All and Limit, as every list operation shows them. */
export function returnAllAndLimit(maxLimit?: number): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1, ...(maxLimit ? { maxValue: maxLimit } : {}) },
			default: 50,
			displayOptions: { show: { returnAll: [false] } },
			description: 'Max number of results to return',
		},
	];
}

export interface LocatorSpec {
	name: string;
	displayName: string;
	/** Name of the listSearch method offering the "From list" mode; leave out where the API has no list. */
	searchMethod?: string;
	/** What one ID looks like, for the "By ID" mode. */
	idPattern: string;
	idError: string;
	idPlaceholder: string;
	description?: string;
	required?: boolean;
}

/** A resource locator with "From list" (when searchable) and "By ID" modes. */
export function resourceLocator(spec: LocatorSpec): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: spec.searchMethod ? 'list' : 'id', value: '' },
		required: spec.required ?? true,
		description: spec.description,
		modes: [
			...(spec.searchMethod
				? [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list' as const,
							typeOptions: { searchListMethod: spec.searchMethod, searchable: true },
						},
					]
				: []),
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.idPlaceholder,
				validation: [{ type: 'regex', properties: { regex: spec.idPattern, errorMessage: spec.idError } }],
			},
		],
	};
}

/** A list of free key/value pairs, e.g. metadata attached to a record; read it with rules.keyValues(). */
export function keyValueList(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Entry',
		default: {},
		description,
		options: [
			{
				displayName: 'Entry',
				name: 'entry',
				values: [
					{ displayName: 'Key', name: 'key', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}

const PAGE_CONCURRENCY: INodeProperties = {
	displayName: 'Page Concurrency',
	name: 'pageConcurrency',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 20 },
	default: 4,
	description: 'How many pages of a list are fetched at once once the number of pages is known (Return All)',
};

const PARALLEL_REQUESTS: INodeProperties = {
	displayName: 'Parallel Requests',
	name: 'parallelRequests',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 1000 },
	default: 1000,
	description:
		"How many input items are processed at once (1 to 1000). Without this option, reads process up to 1000 items at once, as n8n's HTTP Request node does, and operations that create or change something process one at a time. If the service answers that there are too many requests, the node waits as long as it asks and sends fewer at once.",
};

/** The Resource selector at the top of a node, its choices in the order given. */
export function resourceSelector(resources: Array<[name: string, value: string]>, defaultValue = resources[0][1]): INodeProperties {
	return {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map(([name, value]) => ({ name, value })),
		default: defaultValue,
	};
}

export interface RequestOptionsShape {
	/** Whether the node has lists whose page count is known up front (Page Concurrency). Default true. */
	pages?: boolean;
	/** Whether the node handles its items one request each (Parallel Requests). Default true. */
	items?: boolean;
	/** Vendor-specific options, added after the shared ones. */
	extra?: INodeProperties[];
}

/** Node-wide options shared by every vendor node: speed and patience. Options that do nothing for a node are left out. */
export function requestOptionsCollection(shape: RequestOptionsShape = {}): INodeProperties {
	const { pages = true, items = true, extra = [] } = shape;
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			...(pages ? [PAGE_CONCURRENCY] : []),
			...(items ? [PARALLEL_REQUESTS] : []),
			{
				displayName: 'Retries',
				name: 'maxRetries',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 10 },
				default: 3,
				description:
					'How many times a request is retried after a rate limit (429). Reads are also retried after 502, 503, 504 and network errors.',
			},
			{
				displayName: 'Timeout (Ms)',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 1000 },
				default: 30000,
				description: 'How long to wait for an answer before the request is abandoned, in milliseconds',
			},
			...extra,
		],
	};
}

function optionsCollection(name: string, displayName: string, placeholder: string, options: INodeProperties[], description?: string): INodeProperties {
	return { displayName, name, type: 'collection', placeholder, default: {}, options, ...(description ? { description } : {}) };
}

/** Optional list filters, the n8n convention for list operations. */
export const filtersCollection = (options: INodeProperties[]): INodeProperties =>
	optionsCollection('filters', 'Filters', 'Add Filter', options);

/** Optional fields of a create or action operation. */
export const additionalFieldsCollection = (options: INodeProperties[], displayName = 'Additional Fields'): INodeProperties =>
	optionsCollection('additionalFields', displayName, displayName === 'Options' ? 'Add Option' : 'Add Field', options);

/** Fields of an update: only what the user adds is sent. */
export const updateFieldsCollection = (options: INodeProperties[]): INodeProperties =>
	optionsCollection('updateFields', 'Update Fields', 'Add Field', options, 'Only the fields added here are sent; the others keep their value');

/** A calendar date typed as YYYY-MM-DD. */
export function dateField(name: string, displayName: string, description?: string, required = true): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required,
		placeholder: 'YYYY-MM-DD',
		default: '',
		...(description ? { description } : {}),
	};
}

/** Trigger option: backfill on the first poll instead of starting from now. */
export function emitSinceOption(whatIsEmitted: string): INodeProperties {
	return {
		displayName: 'Emit Events Since',
		name: 'emitSince',
		type: 'dateTime',
		default: '',
		description: `On the first poll only: also emit ${whatIsEmitted}. Without it, the trigger starts from now.`,
	};
}

/** Trigger option: how many records the poll cursor remembers. */
export function seenLimitOption(mustExceed: string, defaultLimit: number): INodeProperties {
	return {
		displayName: 'Seen Records Limit',
		name: 'seenLimit',
		type: 'number',
		typeOptions: { minValue: 100, maxValue: 100000 },
		default: defaultLimit,
		description: `How many records the trigger remembers, to tell new from known. Must exceed ${mustExceed}.`,
	};
}
