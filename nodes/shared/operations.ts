import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit } from './descriptions';
import { listRules, readInput } from './input';
import type { Operation } from './router';
import { z } from './validation';

export interface ListOperationSpec<S extends z.ZodRawShape> {
	/** Required inputs shown before Return All / Limit. */
	fields?: INodeProperties[];
	/** Options of the Filters collection. */
	filters?: INodeProperties[];
	/** Rules for the fields and filters, by parameter name. */
	rules: S;
	/** Reads the records once the input is valid; Return All and Limit are the reader's to apply. */
	read: (ctx: IExecuteFunctions, input: z.infer<z.ZodObject<S>>, itemIndex: number) => Promise<IDataObject[]>;
}

/** The shape every list operation shares: its fields, Return All / Limit, Filters, validation, then the read. */
export function listOperation<S extends z.ZodRawShape>(spec: ListOperationSpec<S>): Operation {
	const description: INodeProperties[] = [
		...(spec.fields ?? []),
		...returnAllAndLimit(),
		...(spec.filters?.length ? [filtersCollection(spec.filters)] : []),
	];
	const schema = z.object({ ...listRules, ...spec.rules });
	return {
		description,
		safe: true,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const input = readInput(this, itemIndex, description, schema) as z.infer<z.ZodObject<S>>;
			return await spec.read(this, input, itemIndex);
		},
	};
}
