import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { z } from '../../../shared/validation';
import { businessLocator, idRules } from '../../fields';
import { simpleOperation } from '../simple';

export const MAX_ADDITIONAL_KEYS = 10;

const dataField: INodeProperties = {
	displayName: 'Data',
	name: 'data',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Entry',
	default: {},
	description: 'Your own key/value pairs stored with the business: at most 10 keys, flat values only (no lists or objects)',
	options: [
		{
			displayName: 'Entry',
			name: 'entry',
			values: [
				{ displayName: 'Key', name: 'key', type: 'string', default: '' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Text, or a number or true/false from an expression' },
			],
		},
	],
};

/** Key/value entries as a flat object; values keep their type (text, number, true/false). */
const dataRule = z.unknown().transform((raw, ctx) => {
	const entries = ((raw as { entry?: unknown } | undefined)?.entry ?? []) as Array<{ key?: unknown; value?: unknown }>;
	const out: IDataObject = {};
	(Array.isArray(entries) ? entries : [entries]).forEach((entry, index) => {
		const key = typeof entry?.key === 'string' ? entry.key.trim() : entry?.key;
		if (typeof key !== 'string' || !key) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['entry', index, 'key'], message: 'is required' });
			return;
		}
		if (key in out) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['entry', index, 'key'], message: `"${key}" is given twice` });
			return;
		}
		const value = entry.value === undefined ? '' : entry.value;
		if (value !== null && typeof value === 'object') {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['entry', index, 'value'],
				message: `of "${key}" must be a flat value (text, number or true/false), not a list or an object`,
			});
			return;
		}
		out[key] = value as string | number | boolean | null;
	});
	const count = Object.keys(out).length;
	if (count === 0 && !entries.length) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'needs at least one entry' });
	if (count > MAX_ADDITIONAL_KEYS) {
		ctx.addIssue({ code: z.ZodIssueCode.custom, message: `holds at most ${MAX_ADDITIONAL_KEYS} keys (${count} given)` });
	}
	return out;
});

export const setAdditionalData = simpleOperation({
	fields: [businessLocator('The business whose additional data is set'), dataField],
	rules: { businessId: idRules.opaque(), data: dataRule },
	safe: false,
	request: (input) => ({ method: 'POST', path: `/business/${input.businessId}/additional_data`, body: input.data }),
});
