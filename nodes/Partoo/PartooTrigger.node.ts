import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { emitSinceOption, seenLimitOption } from '../shared/descriptions';
import type { PollRecord } from '../shared/poll-cursor';
import { DEFAULT_SEEN_CAP, PollCursor } from '../shared/poll-cursor';
import { DEFAULT_SETTINGS } from '../shared/request';
import { fieldLabels, rules, validate, z } from '../shared/validation';
import { readReviews, reviewFilterFields, reviewFilterRules, type ReviewFilters } from './resources/review/query';

const MINUTE = 60_000;

/** The review filters a trigger can send; the update window is the trigger's own. */
const TRIGGER_FILTERS = ['business_in', 'rating_in', 'partner_in', 'state', 'content_isnull', 'business_city'] as const;

const filterFields = reviewFilterFields.filter((f) => (TRIGGER_FILTERS as readonly string[]).includes(f.name));

const EVENTS = ['review.created', 'review.updated'] as const;

const settingsSchema = z.object({
	events: z
		.array(rules.oneOf(EVENTS), { required_error: 'is required', invalid_type_error: 'must be a list of events' })
		.min(1, 'choose at least one event to watch'),
	overlapMinutes: rules.int(1, 1440),
	seenLimit: rules.int(100, 100_000),
	pageConcurrency: rules.int(1, 10),
	emitSince: rules.pastDateTime().optional(),
	...Object.fromEntries(TRIGGER_FILTERS.map((name) => [name, reviewFilterRules[name]])),
});

const LABELS = {
	...fieldLabels(filterFields),
	events: 'Events',
	overlapMinutes: 'Overlap (Minutes)',
	seenLimit: 'Seen Records Limit',
	pageConcurrency: 'Page Concurrency',
	emitSince: 'Emit Events Since',
};

/** Partoo writes "2019-03-01T09:43:36+01:00"; that is what update_date_gte is given. */
function partooTime(at: number): string {
	return new Date(at).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

function stampOf(review: IDataObject): string | undefined {
	const stamp = review.update_date ?? review.date;
	return typeof stamp === 'string' && !Number.isNaN(Date.parse(stamp)) ? stamp : undefined;
}

function reviewRecords(reviews: IDataObject[]): PollRecord[] {
	const out: PollRecord[] = [];
	for (const review of reviews) {
		const stamp = stampOf(review);
		if (review.id === undefined || review.id === null || !stamp) continue;
		out.push({ key: String(review.id), stamp, at: Date.parse(stamp), record: review });
	}
	return out;
}

/** A review first read after activation is "created" only if it was written after activation. */
function eventOf(kind: 'new' | 'changed', review: IDataObject, floor: number): 'review.created' | 'review.updated' {
	if (kind === 'changed') return 'review.updated';
	const created = typeof review.date === 'string' ? Date.parse(review.date) : NaN;
	return Number.isNaN(created) || created >= floor ? 'review.created' : 'review.updated';
}

const item = (event: string, record: PollRecord): IDataObject => ({
	event,
	id: record.record.id as IDataObject[string],
	occurredAt: new Date(record.at).toISOString(),
	review: record.record,
});

export class PartooTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Partoo Trigger',
		name: 'partooTrigger',
		icon: { light: 'file:../../icons/partoo.svg', dark: 'file:../../icons/partoo.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when reviews are posted or change on Partoo',
		defaults: { name: 'Partoo Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'partooApi', required: true }],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['review.created'],
				options: [
					{ name: 'Review Created', value: 'review.created', description: 'A review written after the trigger was activated' },
					{
						name: 'Review Updated',
						value: 'review.updated',
						description: 'A review whose update date moved: a reply, a state change or an edited rating',
					},
				],
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				description: 'Sent to Partoo, so only matching reviews are read',
				options: filterFields,
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					emitSinceOption('reviews written or updated since this date'),
					{
						displayName: 'Overlap (Minutes)',
						name: 'overlapMinutes',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 1440 },
						default: 10,
						description: 'Each poll reads again this far before the newest review already seen, to catch reviews Partoo indexes late. Repeats are removed.',
					},
					{
						displayName: 'Page Concurrency',
						name: 'pageConcurrency',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 10 },
						default: 4,
						description: 'How many pages of reviews are read at once',
					},
					seenLimitOption('the reviews changed within the overlap', DEFAULT_SEEN_CAP),
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const filters = this.getNodeParameter('filters', {}) as IDataObject;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const settings = validate(
			this,
			settingsSchema,
			{
				events: this.getNodeParameter('events', []),
				overlapMinutes: options.overlapMinutes ?? 10,
				seenLimit: options.seenLimit ?? DEFAULT_SEEN_CAP,
				pageConcurrency: options.pageConcurrency ?? 4,
				emitSince: options.emitSince || undefined,
				...Object.fromEntries(TRIGGER_FILTERS.map((name) => [name, filters[name] === '' ? undefined : filters[name]])),
			},
			0,
			LABELS,
		) as z.infer<typeof settingsSchema> & ReviewFilters;
		const events: string[] = settings.events;

		const now = Date.now();
		const manual = this.getMode() === 'manual';
		const staticData = this.getWorkflowStaticData('node');
		const cursor = PollCursor.read(staticData, settings.seenLimit, 'reviews');
		const emitSince = settings.emitSince ? Date.parse(settings.emitSince) : undefined;

		// First activation without a backfill date: read the recent past only to learn it (and to prove the
		// key and filters work), emit nothing, and start from now.
		const learnOnly = !manual && !cursor.started && emitSince === undefined;
		// Partoo stamps have whole seconds: a review written in the activation's second, after the learning
		// read, must not fall below the floor. Those already there are known from that read.
		const floor = cursor.floor ?? emitSince ?? Math.floor(now / 1000) * 1000;
		const from = manual
			? now - 30 * 24 * 60 * MINUTE
			: learnOnly
				? now - settings.overlapMinutes * MINUTE
				: (cursor.since(settings.overlapMinutes * MINUTE) ?? floor);
		const filterValues: ReviewFilters = {};
		for (const name of TRIGGER_FILTERS) (filterValues as IDataObject)[name] = (settings as IDataObject)[name];
		const reviews = await readReviews(
			this,
			{ ...filterValues, update_date_gte: partooTime(from) },
			{ returnAll: true, limit: 0, concurrency: settings.pageConcurrency, settings: DEFAULT_SETTINGS },
		);
		const records = reviewRecords(reviews);

		if (manual) {
			const latest = [...records].sort((a, b) => b.at - a.at)[0];
			if (!latest) {
				throw new NodeOperationError(this.getNode(), 'No event found', {
					description: 'No review matching the filters was written or updated in the last 30 days.',
				});
			}
			const created = typeof latest.record.date === 'string' && latest.record.date === stampOf(latest.record);
			return [this.helpers.returnJsonArray([item(created ? 'review.created' : 'review.updated', latest)])];
		}

		const out: IDataObject[] = [];
		for (const change of learnOnly ? [] : cursor.changes(records, floor)) {
			const event = eventOf(change.kind, change.current.record, floor);
			if (events.includes(event)) out.push(item(event, change.current));
		}
		// Every page was read: only now does the trigger remember what it saw.
		cursor.commit(staticData, records, { floor });
		return out.length ? [this.helpers.returnJsonArray(out)] : null;
	}
}
