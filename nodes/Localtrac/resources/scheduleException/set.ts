import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { locationLocator, periodsField, readPeriods, uuidRule } from '../../fields';
import { callApi } from '../../transport';

const description: INodeProperties[] = [
	locationLocator(),
	{
		displayName: 'Dates',
		name: 'exceptions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Date',
		default: {},
		description: 'Days whose opening hours differ from the regular ones. A date without periods is closed that day.',
		options: [
			{
				displayName: 'Date',
				name: 'day',
				values: [
					{ displayName: 'Date', name: 'date', type: 'string', default: '', placeholder: 'YYYY-MM-DD' },
					periodsField('periods', 'Periods', 'Opening periods of that day; none means closed'),
				],
			},
		],
	},
];

const dateRule = rules.date();

const exceptionsRule = z.unknown().transform((raw, ctx) => {
	const list = (raw as { day?: unknown } | undefined)?.day;
	const days = Array.isArray(list) ? list : list === undefined || list === null ? [] : [list];
	const out: Record<string, Array<{ start: string; end: string }>> = {};
	if (!days.length) {
		ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'add at least one date' });
		return out;
	}
	days.forEach((entry, i) => {
		const day = (entry ?? {}) as IDataObject;
		const date = typeof day.date === 'string' ? day.date.trim() : day.date;
		const parsed = dateRule.safeParse(date === '' ? undefined : date);
		if (!parsed.success) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'date'], message: parsed.error.issues[0].message });
		} else if (out[parsed.data] !== undefined) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'date'], message: `${parsed.data} is given more than once` });
		}
		const label = parsed.success ? `${parsed.data} ` : '';
		const periods = readPeriods(day.periods, ctx, [i, 'periods'], label);
		if (parsed.success && out[parsed.data] === undefined) out[parsed.data] = periods;
	});
	return out;
});

const schema = z.object({ locationId: uuidRule(), exceptions: exceptionsRule });

/** Adds or replaces the opening hours of each date given; other dates keep theirs. */
async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { locationId, exceptions } = readInput(this, itemIndex, description, schema);
	const reply = await callApi(this, {
		method: 'POST',
		path: `/localtrac/locations/${locationId}/scheduleexceptions`,
		body: exceptions as IDataObject,
		safe: false,
		itemIndex,
	});
	return { uuid: locationId, ...reply };
}

export const set: Operation = { description, safe: false, execute };
