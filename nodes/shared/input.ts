import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collection, compact, fieldValue, locatorValue, plainLocator } from './params';
import { fieldLabels, rules, validate, z } from './validation';

/** Option collections whose entries are read as if they were top-level fields. */
const FLATTENED = new Set(['filters', 'additionalFields', 'updateFields']);

/**
 * Gathers an operation's raw parameters (named fields, resource locators and collections flattened)
 * and checks them against the operation's schema. Nothing is sent when a rule fails.
 */
export function readInput<S extends z.ZodTypeAny>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	description: INodeProperties[],
	schema: S,
): z.infer<S> {
	const raw: IDataObject = {};
	for (const field of description) {
		if (field.type === 'notice') continue;
		if (field.name === 'limit' && ctx.getNodeParameter('returnAll', itemIndex, false) === true) continue;
		if (field.displayOptions && !isShown(ctx, field, itemIndex)) continue;
		if (field.type === 'collection') {
			const values = compact(collection(ctx, field.name, itemIndex));
			// Resource locators inside a collection arrive resolved as {__rl, mode, value}: keep their plain value.
			for (const option of (field.options ?? []) as INodeProperties[]) {
				if (option.type === 'resourceLocator' && values[option.name] !== undefined) {
					values[option.name] = plainLocator(values[option.name]) as IDataObject[string];
					if (values[option.name] === '') delete values[option.name];
				}
			}
			if (FLATTENED.has(field.name)) Object.assign(raw, values);
			else raw[field.name] = values;
			continue;
		}
		if (field.type === 'fixedCollection') {
			raw[field.name] = fieldValue(ctx, field.name, itemIndex, {}) as IDataObject[string];
			continue;
		}
		const value =
			field.type === 'resourceLocator'
				? (locatorValue(ctx, field.name, itemIndex) as IDataObject[string])
				: (fieldValue(ctx, field.name, itemIndex) as IDataObject[string]);
		// A required field whose expression resolves to null has no value: its rule says "is required".
		raw[field.name] = value === null && field.required === true ? undefined : value;
		if (raw[field.name] === '' && field.required !== true) delete raw[field.name];
	}
	return validate(ctx, schema, raw, itemIndex, () => fieldLabels(description));
}

/** Whether a field guarded by a sibling's value (e.g. "Contact" = "new") applies to this item. */
function isShown(ctx: IExecuteFunctions, field: INodeProperties, itemIndex: number): boolean {
	const show = field.displayOptions?.show ?? {};
	for (const [name, allowed] of Object.entries(show)) {
		if (name === 'resource' || name === 'operation' || name.startsWith('@')) continue;
		const value = ctx.getNodeParameter(name, itemIndex, undefined);
		if (!(allowed as unknown[]).includes(value)) return false;
	}
	return true;
}

/** The list-size rule shared by every list operation. */
export const listRules = {
	returnAll: z.boolean({ invalid_type_error: 'must be true or false' }).optional(),
	limit: rules.int(1).optional(),
};
