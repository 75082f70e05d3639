import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { rules, z } from '../../../shared/validation';
import { opaqueIdList } from '../../fields';
import type { ReadOptions } from '../../transport';
import { readSearch } from '../../transport';
import type { RequestContext } from '../../../shared/request';

export const REVIEW_STATES = ['treated', 'not_treated', 'deleted'] as const;
export const REVIEW_PARTNERS = ['google_my_business', 'foursquare', 'facebook'] as const;

const ratingOptions = [1, 2, 3, 4, 5].map((r) => ({ name: `${r} Star${r > 1 ? 's' : ''}`, value: r }));

/** The review filters, as the Get Many operation shows them (a trigger can offer the same). */
export const reviewFilterFields: INodeProperties[] = [
	{
		displayName: 'Business City',
		name: 'business_city',
		type: 'string',
		default: '',
		description: 'Keep reviews of the businesses located in this city',
	},
	{
		displayName: 'Business IDs',
		name: 'business_in',
		type: 'string',
		default: '',
		placeholder: 'e.g. 5409c35b97aac999d8c26737, 5a2ab4edb12ff67cba1b7e1b',
		description: 'Keep reviews of these businesses, separated by commas',
	},
	{
		displayName: 'Content Is Empty',
		name: 'content_isnull',
		type: 'boolean',
		default: true,
		description: 'Whether to keep only reviews without a message (on) or only reviews with one (off)',
	},
	{
		displayName: 'Partners',
		name: 'partner_in',
		type: 'multiOptions',
		default: [],
		options: [
			{ name: 'Facebook', value: 'facebook' },
			{ name: 'Foursquare', value: 'foursquare' },
			{ name: 'Google My Business', value: 'google_my_business' },
		],
		description: 'Keep reviews from these partners',
	},
	{
		displayName: 'Rating',
		name: 'rating',
		type: 'options',
		default: 5,
		options: ratingOptions,
		description: 'Keep reviews with exactly this rating',
	},
	{
		displayName: 'Ratings',
		name: 'rating_in',
		type: 'multiOptions',
		default: [],
		options: ratingOptions,
		description: 'Keep reviews with any of these ratings',
	},
	{
		displayName: 'State',
		name: 'state',
		type: 'options',
		default: 'not_treated',
		options: [
			{ name: 'Deleted', value: 'deleted' },
			{ name: 'Not Treated', value: 'not_treated' },
			{ name: 'Treated', value: 'treated' },
		],
	},
	{
		displayName: 'Updated After',
		name: 'update_date_gte',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2019-03-01 or 2019-03-01T09:43:36+01:00',
		description: 'Keep reviews updated (or, without an update, created) at or after this date',
	},
	{
		displayName: 'Updated Before',
		name: 'update_date_lte',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2019-03-31 or 2019-03-31T23:59:59+01:00',
		description: 'Keep reviews updated (or, without an update, created) at or before this date',
	},
];

const rating = z.preprocess(
	(v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v),
	z
		.number({ invalid_type_error: 'must be a whole number from 1 to 5' })
		.int('must be a whole number from 1 to 5')
		.min(1, 'must be a whole number from 1 to 5')
		.max(5, 'must be a whole number from 1 to 5'),
);

/** A review date: YYYY-MM-DD, or a date and time (seconds and time zone optional). */
const reviewDate = z
	.string({ invalid_type_error: 'must be a date (YYYY-MM-DD) or an ISO 8601 date and time' })
	.trim()
	.superRefine((v, ctx) => {
		const shape = /^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/.exec(v);
		if (!shape) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a date (YYYY-MM-DD) or an ISO 8601 date and time, e.g. 2019-03-01T09:43:36+01:00' });
			return;
		}
		if (!rules.date().safeParse(shape[1]).success) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'is not a real calendar date' });
	});

const oneOf = <T extends string>(values: readonly [T, ...T[]]) =>
	z.enum(values, { errorMap: () => ({ message: `must be one of: ${values.join(', ')}` }) });

/** Rules for the review filters, by parameter name. */
export const reviewFilterRules = {
	state: oneOf(REVIEW_STATES).optional(),
	rating_in: z.array(rating, { invalid_type_error: 'must be a list of ratings from 1 to 5' }).optional(),
	rating: rating.optional(),
	content_isnull: z.boolean({ invalid_type_error: 'must be true or false' }).optional(),
	partner_in: z.array(oneOf(REVIEW_PARTNERS), { invalid_type_error: 'must be a list of partners' }).optional(),
	update_date_gte: reviewDate.optional(),
	update_date_lte: reviewDate.optional(),
	business_in: opaqueIdList('business IDs').optional(),
	business_city: z.string({ invalid_type_error: 'must be text' }).trim().optional(),
};

export type ReviewFilters = {
	state?: string;
	rating_in?: number[];
	rating?: number;
	content_isnull?: boolean;
	partner_in?: string[];
	update_date_gte?: string;
	update_date_lte?: string;
	business_in?: string[];
	business_city?: string;
};

/** Cross-field rule: the update window must not be reversed. */
export function updateWindowInOrder(value: ReviewFilters, ctx: z.RefinementCtx): void {
	if (!value.update_date_gte || !value.update_date_lte) return;
	const from = Date.parse(value.update_date_gte.length === 10 ? `${value.update_date_gte}T00:00:00Z` : value.update_date_gte);
	const to = Date.parse(value.update_date_lte.length === 10 ? `${value.update_date_lte}T00:00:00Z` : value.update_date_lte);
	if (!Number.isNaN(from) && !Number.isNaN(to) && from > to) {
		ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['update_date_lte'], message: 'must not be before "Updated After"' });
	}
}

const commaList = (values: Array<string | number> | undefined): string | undefined =>
	values && values.length ? values.join(',') : undefined;

/**
 * The query string of GET /reviews for validated filters: lists are comma-separated and
 * content_isnull is the documented lower-case true/false.
 */
export function buildReviewQuery(filters: ReviewFilters): IDataObject {
	return {
		state: filters.state,
		rating_in: commaList(filters.rating_in),
		rating: filters.rating,
		content_isnull: filters.content_isnull === undefined ? undefined : String(filters.content_isnull),
		partner_in: commaList(filters.partner_in),
		update_date_gte: filters.update_date_gte,
		update_date_lte: filters.update_date_lte,
		business_in: commaList(filters.business_in),
		business_city: filters.business_city,
	};
}

/** Reads reviews matching the filters, page by page; works from an execute or a poll context. */
export async function readReviews(
	ctx: RequestContext,
	filters: ReviewFilters,
	options: ReadOptions,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await readSearch(ctx, { path: '/reviews', listKey: 'reviews', key: 'id', qs: buildReviewQuery(filters), itemIndex }, options);
}
