import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { mapBounded } from '../shared/concurrency';
import { emitSinceOption, seenLimitOption } from '../shared/descriptions';
import { paginate } from '../shared/pagination';
import type { PollRecord } from '../shared/poll-cursor';
import { compareKeys, DEFAULT_SEEN_CAP, PollCursor } from '../shared/poll-cursor';
import { rules, validate, z } from '../shared/validation';
import { BOOKING_PERIODS, BOOKING_STATES, guestonlineId, optionsOf, restaurantFilter } from './fields';
import { searchRestaurants } from './methods/listSearch';
import { envelopePage, guestonlineRequest, MAX_PAGE_SIZE } from './transport';

const DAY = 86_400_000;
/** Fields whose change makes a booking.updated event. */
const WATCHED = ['booking_state', 'booked_persons_number', 'booking_time', 'note'] as const;
/** Notes are kept for the "previous" value up to this length. */
const NOTE_MEMO = 500;

const EVENTS = ['booking.created', 'booking.updated', 'opinion.created'] as const;

const optionsSchema = z.object({
	events: z
		.array(rules.oneOf(EVENTS), { required_error: 'is required', invalid_type_error: 'must be a list of events' })
		.min(1, 'choose at least one event to watch'),
	daysAhead: rules.int(0, 365),
	daysBack: rules.int(0, 30),
	opinionOverlapDays: rules.int(1, 30),
	seenLimit: rules.int(100, 100_000),
	dateConcurrency: rules.int(1, 10),
	emitSince: rules.pastDateTime().optional(),
	restaurantId: guestonlineId().optional(),
	bookingState: rules.oneOf(BOOKING_STATES).optional(),
	period: rules.oneOf(BOOKING_PERIODS).optional(),
});

type Settings = z.infer<typeof optionsSchema>;

/** YYYY-MM-DD of a moment in a time zone. */
function dayIn(timeZone: string, at: number): string {
	const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(at));
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The creation time a 24-hex record ID carries in its first 8 digits, when it has one. */
function idTime(id: unknown): number | undefined {
	return typeof id === 'string' && /^[0-9a-f]{24}$/i.test(id) ? parseInt(id.slice(0, 8), 16) * 1000 : undefined;
}

function bookingMemo(booking: IDataObject): IDataObject {
	const memo: IDataObject = {};
	for (const field of WATCHED) {
		const value = booking[field];
		memo[field] = field === 'note' && typeof value === 'string' ? value.slice(0, NOTE_MEMO) : (value ?? null);
	}
	return memo;
}

async function readAllPages(ctx: IPollFunctions, path: string, listKey: string, qs: IDataObject): Promise<IDataObject[]> {
	return await paginate(
		async (page) =>
			envelopePage(
				await guestonlineRequest<IDataObject>(ctx, { method: 'GET', path, qs: { ...qs, page, max_results: MAX_PAGE_SIZE }, safe: true }),
				listKey,
			),
		{ returnAll: true, limit: 0, pageSize: MAX_PAGE_SIZE, concurrency: 2 },
	);
}

/** Every booking dated in the window, one date at a time (the list has no "created since" filter). */
async function readBookingWindow(ctx: IPollFunctions, settings: Settings, now: number): Promise<IDataObject[]> {
	const timeZone = ctx.getTimezone();
	const dates = Array.from({ length: settings.daysBack + settings.daysAhead + 1 }, (_, i) =>
		dayIn(timeZone, now + (i - settings.daysBack) * DAY),
	);
	const perDate = await mapBounded(dates.length, settings.dateConcurrency, async (i) =>
		readAllPages(ctx, '/bookings', 'bookings', {
			booking_date: dates[i],
			restaurant_id: settings.restaurantId,
			booking_state: settings.bookingState,
			period: settings.period,
		}),
	);
	return perDate.flat();
}

function bookingRecords(bookings: IDataObject[], now: number): PollRecord[] {
	return bookings
		.filter((b) => b.id !== undefined && b.id !== null)
		.map((b) => {
			const memo = bookingMemo(b);
			return { key: String(b.id), stamp: JSON.stringify(WATCHED.map((f) => memo[f])), at: now, memo, record: b };
		});
}

function opinionRecords(opinions: IDataObject[], now: number): PollRecord[] {
	return opinions
		.filter((o) => o.id !== undefined && o.id !== null)
		.map((o) => ({
			key: String(o.id),
			stamp: JSON.stringify(o.opinion_items ?? null),
			at: idTime(o.id) ?? now,
			record: o,
		}));
}

/** The output item of a booking change: what changed, its previous values, and the state change in words. */
function bookingEvent(kind: 'new' | 'changed', record: PollRecord, previousMemo: IDataObject | undefined, now: number): IDataObject {
	const event: IDataObject = {
		event: kind === 'new' ? 'booking.created' : 'booking.updated',
		id: record.record.id as IDataObject[string],
		occurredAt: new Date(now).toISOString(),
	};
	if (kind === 'changed' && previousMemo) {
		const previous: IDataObject = {};
		const changed: string[] = [];
		for (const field of WATCHED) {
			if (JSON.stringify(previousMemo[field] ?? null) !== JSON.stringify(record.memo?.[field] ?? null)) {
				changed.push(field);
				previous[field] = previousMemo[field] ?? null;
			}
		}
		event.changedFields = changed;
		event.previous = previous;
		if (changed.includes('booking_state')) {
			event.stateChange = `${String(previousMemo.booking_state)} → ${String(record.record.booking_state)}`;
		}
	}
	event.booking = record.record;
	return event;
}

function opinionEvent(record: PollRecord): IDataObject {
	return { event: 'opinion.created', id: record.key, occurredAt: new Date(record.at).toISOString(), opinion: record.record };
}

export class GuestonlineTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Guestonline Trigger',
		name: 'guestonlineTrigger',
		icon: { light: 'file:../../icons/guestonline.svg', dark: 'file:../../icons/guestonline.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when bookings are made or change, or when guests leave an opinion',
		defaults: { name: 'Guestonline Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'guestonlineApi', required: true }],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['booking.created'],
				options: [
					{ name: 'Booking Created', value: 'booking.created', description: 'A booking never seen before' },
					{
						name: 'Booking Updated',
						value: 'booking.updated',
						description: 'A known booking whose state, persons, time or note changed',
					},
					{ name: 'Opinion Created', value: 'opinion.created', description: 'A guest opinion never seen before' },
				],
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				description: 'Bookings filters are sent to Guestonline; the restaurant also filters opinions',
				options: [
					{ displayName: 'Booking State', name: 'bookingState', type: 'options', default: 'validated', options: optionsOf(BOOKING_STATES), description: 'Only bookings in this state. Leave it out to see cancellations as updates.' },
					{ displayName: 'Period', name: 'period', type: 'options', default: 'dinner', options: optionsOf(BOOKING_PERIODS) },
					restaurantFilter(),
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Date Concurrency',
						name: 'dateConcurrency',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 10 },
						default: 4,
						description: 'How many booking dates are read at once',
					},
					{
						displayName: 'Days Ahead',
						name: 'daysAhead',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 365 },
						default: 90,
						description: 'Bookings dated up to this many days after today are watched. Each day costs one request per poll (more for days with over 100 bookings).',
					},
					{
						displayName: 'Days Back',
						name: 'daysBack',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 30 },
						default: 1,
						description: 'Bookings dated up to this many days before today are watched too, e.g. to see late honors or no-shows',
					},
					emitSinceOption('opinions created since this date, and every booking in the watched dates'),
					{
						displayName: 'Opinion Overlap (Days)',
						name: 'opinionOverlapDays',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 30 },
						default: 1,
						description: 'Opinions are asked for since this many days before the last one read, since the API filters by day. Repeats are removed.',
					},
					seenLimitOption('the bookings in the watched dates', DEFAULT_SEEN_CAP),
				],
			},
		],
	};

	methods = { listSearch: { searchRestaurants } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const filters = this.getNodeParameter('filters', {}) as IDataObject;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const restaurant = filters.restaurantId
			? this.getNodeParameter('filters.restaurantId', '', { extractValue: true })
			: undefined;
		const settings: Settings = validate(
			this,
			optionsSchema,
			{
				events: this.getNodeParameter('events', []),
				daysAhead: options.daysAhead ?? 90,
				daysBack: options.daysBack ?? 1,
				opinionOverlapDays: options.opinionOverlapDays ?? 1,
				seenLimit: options.seenLimit ?? DEFAULT_SEEN_CAP,
				dateConcurrency: options.dateConcurrency ?? 4,
				emitSince: options.emitSince || undefined,
				restaurantId: restaurant || undefined,
				bookingState: filters.bookingState,
				period: filters.period,
			},
			0,
			{
				events: 'Events',
				daysAhead: 'Days Ahead',
				daysBack: 'Days Back',
				opinionOverlapDays: 'Opinion Overlap (Days)',
				seenLimit: 'Seen Records Limit',
				dateConcurrency: 'Date Concurrency',
				emitSince: 'Emit Events Since',
				restaurantId: 'Restaurant',
				bookingState: 'Booking State',
				period: 'Period',
			},
		);
		const events: string[] = settings.events;

		const now = Date.now();
		const manual = this.getMode() === 'manual';
		const staticData = this.getWorkflowStaticData('node');
		const wantBookings = events.some((e) => e.startsWith('booking.'));
		const wantOpinions = events.includes('opinion.created');
		const out: IDataObject[] = [];
		const commits: Array<() => void> = [];

		if (wantBookings) {
			const cursor = PollCursor.read(staticData, settings.seenLimit, 'bookings');
			const records = bookingRecords(await readBookingWindow(this, settings, now), now);
			if (records.length > settings.seenLimit) {
				throw new NodeOperationError(
					this.getNode(),
					`The watched dates hold ${records.length} bookings, more than the Seen Records Limit (${settings.seenLimit})`,
					{ description: 'Raise the Seen Records Limit or watch fewer days, so that no booking is forgotten and reported again.' },
				);
			}
			if (manual) {
				const latest = [...records].sort((a, b) => compareKeys(b.key, a.key))[0];
				if (latest) out.push(bookingEvent('new', latest, undefined, now));
			} else if (cursor.started || settings.emitSince) {
				for (const change of cursor.changes(records, -Infinity)) {
					const kind = change.kind === 'new' ? 'booking.created' : 'booking.updated';
					if (events.includes(kind)) out.push(bookingEvent(change.kind, change.current, change.previousMemo, now));
				}
			}
			commits.push(() => cursor.commit(staticData, records, { floor: now }));
		}

		if (wantOpinions) {
			const cursor = PollCursor.read(staticData, settings.seenLimit, 'opinions');
			const emitSince = settings.emitSince ? Date.parse(settings.emitSince) : undefined;
			// Opinion IDs carry whole seconds; opinions already there at activation are known from the first read.
			const floor = cursor.floor ?? emitSince ?? Math.floor(now / 1000) * 1000;
			// After the first poll: since the last opinion read, less the overlap (the API filters by day).
			// On the first poll: the recent past, only to learn what exists, or the user's backfill date.
			const from = manual
				? now - 30 * DAY
				: cursor.started
					? (cursor.since(settings.opinionOverlapDays * DAY) as number)
					: (emitSince ?? now - settings.opinionOverlapDays * DAY);
			const opinions = await readAllPages(this, '/opinions', 'opinions', {
				updated_at: dayIn(this.getTimezone(), from),
				restaurant_id: settings.restaurantId,
			});
			const records = opinionRecords(opinions, now);
			if (manual) {
				const latest = [...records].sort((a, b) => b.at - a.at)[0];
				if (latest) out.push(opinionEvent(latest));
			} else if (cursor.started || emitSince !== undefined) {
				for (const change of cursor.changes(records, floor)) {
					if (change.kind === 'new') out.push(opinionEvent(change.current));
				}
			}
			commits.push(() => cursor.commit(staticData, records, { floor }));
		}

		if (manual) {
			if (!out.length) {
				throw new NodeOperationError(this.getNode(), 'No event found', {
					description: 'No booking in the watched dates and no opinion in the last 30 days matches the filters.',
				});
			}
			// A test fetch shows an example and leaves what the trigger remembers untouched.
			return [this.helpers.returnJsonArray(out.slice(0, 2))];
		}

		// Every page of every list was read: only now does the trigger remember what it saw.
		for (const commit of commits) commit();
		if (!out.length) return null;
		out.sort((a, b) => Date.parse(String(a.occurredAt)) - Date.parse(String(b.occurredAt)));
		return [this.helpers.returnJsonArray(out)];
	}
}
