import type { INodeProperties } from 'n8n-workflow';

import { rules, z } from '../../../shared/validation';
import { USER_ROLES, USER_STATUSES, idRules, langField, opaqueIdList, optionsOf, orgLocator, partooRules } from '../../fields';

export const displayBusinessIdsField: INodeProperties = {
	displayName: 'Display Business IDs',
	name: 'display_business_ids',
	type: 'boolean',
	default: true,
	description: 'Whether to include business_ids. Turning it off makes the reply much faster.',
};

export const userStatusRule = z.enum(USER_STATUSES, {
	errorMap: () => ({ message: `must be one of: ${USER_STATUSES.join(', ')}` }),
});

/** Optional user fields shared by Create (Additional Fields) and Update (Update Fields). */
export const userOptionalFields: INodeProperties[] = [
	{
		displayName: 'Business IDs',
		name: 'business_ids',
		type: 'string',
		default: '',
		placeholder: 'e.g. 5409c35b97aac999d8c26737, 5a2ab4edb12ff67cba1b7e1b',
		description: 'Businesses the user can edit (WRITE access), separated by commas',
	},
	langField(false, 'Language of the user\'s emails and interface, ISO 639-1 code'),
	orgLocator(false, 'The organization the user belongs to (READ access to all its businesses)'),
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'At least 6 characters. Not allowed with the status "invited": invited users choose their own.',
	},
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '', placeholder: 'e.g. +33612131415' },
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		default: 'BUSINESS_MANAGER',
		options: optionsOf(USER_ROLES),
		description: 'Role of the user; which roles you may give depends on your own role',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'active',
		options: optionsOf(USER_STATUSES),
		description: 'An invited user receives an email asking them to set a password',
	},
];

export const userFieldRules = {
	business_ids: opaqueIdList('business IDs').optional(),
	lang: partooRules.lang().optional(),
	orgId: idRules.org().optional(),
	password: z.string({ invalid_type_error: 'must be text' }).min(6, 'must be at least 6 characters long').optional(),
	phone: rules.phone(30).optional(),
	role: z.enum(USER_ROLES, { errorMap: () => ({ message: `must be one of: ${USER_ROLES.join(', ')}` }) }).optional(),
	status: userStatusRule.optional(),
};

/** The documented rule: a password cannot be set for an invited user. */
export function passwordNotForInvited(value: { password?: string; status?: string }, ctx: z.RefinementCtx): void {
	if (value.password !== undefined && value.status === 'invited') {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			path: ['password'],
			message: 'is not allowed when the status is "invited" (the user sets it from the invitation email)',
		});
	}
}

/** Body keys in the order of the reference's tables. */
export const USER_BODY_KEYS = [
	'email',
	'first_name',
	'last_name',
	'lang',
	'status',
	'role',
	'org_id',
	'password',
	'send_invitation',
	'business_ids',
	'phone',
] as const;
