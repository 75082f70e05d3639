import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { rules, z } from '../../../shared/validation';
import { readInput } from '../../../shared/input';
import { callApi } from '../../transport';

/** The date and ID that every runtime service change needs. */
export const serviceFields: INodeProperties[] = [
	{
		displayName: 'Date',
		name: 'date',
		type: 'string',
		required: true,
		placeholder: 'YYYY-MM-DD',
		default: '',
		description: 'Date of the service',
	},
	{
		displayName: 'Runtime Service ID',
		name: 'runtimeServiceId',
		type: 'string',
		required: true,
		placeholder: 'e.g. 54525943f5cb5c39aa000741',
		default: '',
		description: 'ID of the service, as listed by Runtime Service → Get Many',
	},
];

export const serviceRules = { date: rules.date(), runtimeServiceId: rules.opaqueId() };

/** PUT a change to one runtime service; the body is form-encoded as the docs show. */
export async function changeService<S extends z.ZodTypeAny>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	path: string,
	description: INodeProperties[],
	schema: S,
	extra: (input: z.infer<S>) => IDataObject = () => ({}),
): Promise<IDataObject> {
	const input = readInput(ctx, itemIndex, description, schema);
	return await callApi(ctx, {
		method: 'PUT',
		path,
		body: { date: input.date, id: input.runtimeServiceId, ...extra(input) },
		safe: false,
		itemIndex,
	});
}
