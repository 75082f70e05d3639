import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';

import { readInput } from '../../shared/input';
import type { Operation } from '../../shared/router';
import { z } from '../../shared/validation';
import { callApi } from '../transport';

/**
 * A reply as one output record. An empty reply is handed on as it is: the shared item loop turns it
 * into `{ success: true }` for a change and into an error for a read, which has nothing to show.
 */
export function asRecord(reply: unknown): IDataObject | undefined {
	if (reply && typeof reply === 'object' && !Array.isArray(reply)) return reply as IDataObject;
	if (Array.isArray(reply)) return { data: reply as IDataObject[] };
	if (reply === undefined || reply === null || reply === '') return undefined;
	return { data: reply as string };
}

export interface SimpleCall {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
}

export interface SimpleSpec<S extends z.ZodRawShape> {
	fields: INodeProperties[];
	rules: S;
	/** True for reads. */
	safe: boolean;
	request: (input: z.infer<z.ZodObject<S>>) => SimpleCall;
	/** Shapes the reply; by default it is returned as is. */
	output?: (reply: IDataObject, input: z.infer<z.ZodObject<S>>) => IDataObject | IDataObject[];
}

/**
 * The shape most Partoo operations share: read and check a few fields, send one request, return the reply.
 * Used for reads by ID (business, organization, user, category) and for actions without a body.
 */
export function simpleOperation<S extends z.ZodRawShape>(spec: SimpleSpec<S>): Operation {
	const schema = z.object(spec.rules);
	return {
		description: spec.fields,
		safe: spec.safe,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const input = readInput(this, itemIndex, spec.fields, schema) as z.infer<z.ZodObject<S>>;
			const call = spec.request(input);
			const reply = asRecord(await callApi<unknown>(this, { ...call, safe: spec.safe, itemIndex }));
			return spec.output && reply ? spec.output(reply, input) : reply;
		},
	};
}
