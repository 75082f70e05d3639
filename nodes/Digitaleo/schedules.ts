import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { z } from '../shared/validation';

export const DAYS = [
	['monday', 'Monday'],
	['tuesday', 'Tuesday'],
	['wednesday', 'Wednesday'],
	['thursday', 'Thursday'],
	['friday', 'Friday'],
	['saturday', 'Saturday'],
	['sunday', 'Sunday'],
] as const;

export interface Slot {
	start: string;
	end: string;
}

export interface DaySchedule {
	label: string;
	timetableSlots: Slot[];
}

/**
 * Opening hours as seven days, each with its own start/end slots. Any day left without a slot is
 * sent as closed, so the week always has its seven entries.
 */
export const schedulesField = (): INodeProperties => ({
	displayName: 'Schedules',
	name: 'schedules',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Opening Slot',
	default: {},
	description:
		'Normal opening hours. All seven days are always sent: a day without a slot is closed. Times are HH:MM on a 24-hour clock.',
	options: DAYS.map(([name, label]) => ({
		displayName: label,
		name,
		values: [
			{ displayName: 'Start', name: 'start', type: 'string', placeholder: '09:00', default: '', description: 'Opening time, HH:MM' },
			{ displayName: 'End', name: 'end', type: 'string', placeholder: '12:00', default: '', description: 'Closing time, HH:MM, after the start' },
		],
	})),
});

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

const describe = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

/** Reads the slots of one day, whichever form they come in, and reports each broken rule. */
function readSlots(label: string, raw: unknown, problems: string[]): Slot[] {
	if (raw === undefined || raw === null) return [];
	const list = Array.isArray(raw) ? raw : [raw];
	const slots: Slot[] = [];
	list.forEach((entry, i) => {
		const where = `${label} slot ${i + 1}`;
		const slot = (entry && typeof entry === 'object' ? entry : {}) as IDataObject;
		const start = typeof slot.start === 'string' ? slot.start.trim() : slot.start;
		const end = typeof slot.end === 'string' ? slot.end.trim() : slot.end;
		let valid = true;
		for (const [name, value] of [['start', start], ['end', end]] as const) {
			if (typeof value !== 'string' || !HH_MM.test(value)) {
				problems.push(`${where}: ${name} ${describe(value)} must be a time in the form HH:MM (24-hour clock)`);
				valid = false;
			}
		}
		if (!valid) return;
		if ((start as string) >= (end as string)) {
			problems.push(`${where}: start ${start as string} must be before end ${end as string}`);
			return;
		}
		slots.push({ start: start as string, end: end as string });
	});
	const ordered = [...slots].sort((a, b) => a.start.localeCompare(b.start));
	for (let i = 1; i < ordered.length; i++) {
		if (ordered[i].start < ordered[i - 1].end) {
			const a = ordered[i - 1];
			const b = ordered[i];
			problems.push(`${label}: slots ${a.start}-${a.end} and ${b.start}-${b.end} overlap`);
		}
	}
	return slots;
}

const labelOf = (value: unknown): string | undefined => {
	if (typeof value !== 'string') return undefined;
	const wanted = value.trim().toLowerCase();
	return DAYS.find(([name]) => name === wanted)?.[1];
};

/**
 * The week as the API wants it: exactly seven entries, Monday to Sunday, each with its slots.
 * Accepts the editor's form (`{monday: [{start, end}], ...}`), or from an expression the API's own
 * form (`[{label: 'Monday', timetableSlots: [...]}, ...]`), which must then list all seven days.
 */
export function normalizeSchedules(raw: unknown): { week?: DaySchedule[]; problems: string[] } {
	const problems: string[] = [];
	let value = raw;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return { problems: ['must be the opening slots of the week, or a JSON list of seven days'] };
		}
	}
	const slotsByDay = new Map<string, Slot[]>();

	if (Array.isArray(value)) {
		if (value.length !== 7) {
			return { problems: [`must have exactly 7 days (Monday to Sunday), not ${value.length}`] };
		}
		for (const entry of value) {
			const day = (entry && typeof entry === 'object' ? entry : {}) as IDataObject;
			const label = labelOf(day.label);
			if (!label) {
				problems.push(`has an unknown day ${describe(day.label)}: use Monday to Sunday`);
				continue;
			}
			if (slotsByDay.has(label)) {
				problems.push(`has ${label} twice`);
				continue;
			}
			const slots = day.timetableSlots;
			if (slots !== undefined && slots !== null && !Array.isArray(slots)) {
				problems.push(`${label}: timetableSlots must be a list of {start, end} slots`);
				continue;
			}
			slotsByDay.set(label, readSlots(label, slots, problems));
		}
	} else if (value && typeof value === 'object') {
		for (const [key, slots] of Object.entries(value as IDataObject)) {
			const label = labelOf(key);
			if (!label) {
				problems.push(`has an unknown day ${describe(key)}: use Monday to Sunday`);
				continue;
			}
			slotsByDay.set(label, readSlots(label, slots, problems));
		}
	} else if (value !== undefined && value !== null) {
		return { problems: ['must be the opening slots of the week, or a JSON list of seven days'] };
	}

	if (problems.length) return { problems };
	const week = DAYS.map(([, label]) => ({ label, timetableSlots: slotsByDay.get(label) ?? [] }));
	return { week, problems };
}

/** The schedules rule: every problem is named, with its day and slot. */
export const schedulesRule = z.unknown().transform((raw, ctx): DaySchedule[] => {
	const { week, problems } = normalizeSchedules(raw);
	for (const message of problems) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
	return week ?? [];
});
