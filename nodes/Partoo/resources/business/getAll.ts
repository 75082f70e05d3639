import { listOperation } from '../../../shared/operations';
import { z } from '../../../shared/validation';
import { BUSINESS_STATUSES, idRules, optionsOf, orgLocator, partooRules } from '../../fields';
import { listRecords, trueFalse } from '../../transport';

const text = () => z.string({ invalid_type_error: 'must be text' }).trim().optional();

export const getAll = listOperation({
	filters: [
		{ displayName: 'City', name: 'city', type: 'string', default: '' },
		{ displayName: 'Code', name: 'code', type: 'string', default: '', description: 'Your own identifier of the business' },
		{ displayName: 'Country', name: 'country', type: 'string', placeholder: 'e.g. FR', default: '', description: 'ISO 3166 alpha-2 country code' },
		{
			displayName: 'Has Promo',
			name: 'has_promo',
			type: 'boolean',
			default: true,
			description: 'Whether to keep only businesses that have (or do not have) promotional offers',
		},
		{
			displayName: 'Linked to Google My Business',
			name: 'google_location_id',
			type: 'boolean',
			default: true,
			description: 'Whether to keep only businesses that are (or are not) linked to a Google My Business location',
		},
		{
			displayName: 'Modified Since',
			name: 'timestamp',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1540628702 or 2018-10-27',
			description: 'Keep businesses modified at or after this moment: a Unix timestamp, a date or an ISO 8601 date and time',
		},
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		orgLocator(false, 'Keep only the businesses of this organization'),
		{
			displayName: 'Search Query',
			name: 'query',
			type: 'string',
			default: '',
			description: 'Fuzzy search on city, zipcode and name',
		},
		{ displayName: 'Status', name: 'status', type: 'options', default: 'open', options: optionsOf(BUSINESS_STATUSES) },
		{
			displayName: 'Subscribed to Presence Management',
			name: 'subscribed_to_pm',
			type: 'boolean',
			default: true,
			description: 'Whether to keep only businesses currently subscribed (or not) to presence management',
		},
		{
			displayName: 'Subscribed to Review Management',
			name: 'subscribed_to_rm',
			type: 'boolean',
			default: true,
			description: 'Whether to keep only businesses currently subscribed (or not) to review management',
		},
		{ displayName: 'Zipcode', name: 'zipcode', type: 'string', default: '' },
	],
	rules: {
		orgId: idRules.org().optional(),
		name: text(),
		has_promo: partooRules.boolean().optional(),
		country: partooRules.country().optional(),
		status: z.enum(BUSINESS_STATUSES, { errorMap: () => ({ message: `must be one of: ${BUSINESS_STATUSES.join(', ')}` }) }).optional(),
		timestamp: partooRules.timestamp().optional(),
		zipcode: text(),
		city: text(),
		code: text(),
		subscribed_to_rm: partooRules.boolean().optional(),
		subscribed_to_pm: partooRules.boolean().optional(),
		google_location_id: partooRules.boolean().optional(),
		query: text(),
	},
	read: async (ctx, input, itemIndex) =>
		await listRecords(ctx, {
			path: '/business/search',
			listKey: 'businesses',
			key: 'id',
			qs: {
				org_id: input.orgId,
				name: input.name,
				has_promo: trueFalse(input.has_promo),
				country: input.country,
				status: input.status,
				timestamp: input.timestamp,
				zipcode: input.zipcode,
				city: input.city,
				code: input.code,
				subscribed_to_rm: trueFalse(input.subscribed_to_rm),
				subscribed_to_pm: trueFalse(input.subscribed_to_pm),
				google_location_id: trueFalse(input.google_location_id),
				query: input.query,
			},
			itemIndex,
		}),
});
