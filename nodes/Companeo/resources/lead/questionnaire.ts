import type { INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import { z } from '../../../shared/validation';

/** The category whose questionnaire the API reference documents: hot drinks vending machines. */
export const HOT_DRINKS_CATEGORY = 1463;

/** Answer IDs of question 30148, "number of employees / visitors". */
export const HEADCOUNT_ANSWERS = [
	{ name: '1 – 4', value: '25638' },
	{ name: '5 – 9', value: '25639' },
	{ name: '10 – 19', value: '25640' },
	{ name: '20 – 49', value: '25641' },
	{ name: '50 and More', value: '25642' },
] as const;

/** Answer IDs of the "segment" question (legal form). */
export const SEGMENT_ANSWERS = [
	{ name: 'Registered Company (SASU, SARL, etc.)', value: '1' },
	{ name: 'Company Being Registered', value: 'CREA' },
	{ name: 'Company Creation Project', value: 'PROJ' },
	{ name: 'Shopkeeper or Craftsman', value: '3' },
	{ name: 'Association', value: '4' },
	{ name: 'Public Administration or Local Authority', value: '2' },
	{ name: 'Self-Employed (Auto-Entrepreneur)', value: 'AUTO' },
] as const;

const only1463 = { show: { category: ['1463'] } };

/** The questionnaire of category 1463 as a form; each field notes the question ID it answers. */
export const hotDrinksFields: INodeProperties[] = [
	{
		displayName: 'Number of Employees / Visitors',
		name: 'headcountRange',
		type: 'options',
		required: true,
		default: '25638',
		options: HEADCOUNT_ANSWERS.map((o) => ({ ...o })),
		description: 'Question 30148',
		displayOptions: only1463,
	},
	{ displayName: 'Postcode', name: 'postcode', type: 'string', required: true, default: '', placeholder: 'e.g. 75001', description: 'Question 25533: five digits', displayOptions: only1463 },
	{ displayName: 'Email', name: 'email', type: 'string', required: true, default: '', placeholder: 'name@company.fr', description: 'Professional email address', displayOptions: only1463 },
	{ displayName: 'Phone', name: 'phone', type: 'string', required: true, default: '', placeholder: 'e.g. 0130926784', description: 'A French number (metropolitan or overseas)', displayOptions: only1463 },
	{ displayName: 'Company Name', name: 'companyName', type: 'string', required: true, default: '', displayOptions: only1463 },
	{
		displayName: 'Legal Form',
		name: 'segment',
		type: 'options',
		required: true,
		default: '1',
		options: SEGMENT_ANSWERS.map((o) => ({ ...o })),
		displayOptions: only1463,
	},
	{ displayName: 'First Name', name: 'firstname', type: 'string', required: true, default: '', displayOptions: only1463 },
	{ displayName: 'Last Name', name: 'lastname', type: 'string', required: true, default: '', displayOptions: only1463 },
	{
		...additionalFieldsCollection([
			{ displayName: 'Address', name: 'address', type: 'string', default: '' },
			{ displayName: 'City', name: 'city', type: 'string', default: '' },
			{ displayName: 'Comment', name: 'comment', type: 'string', typeOptions: { rows: 3 }, default: '' },
			{ displayName: 'Headcount', name: 'employees', type: 'string', default: '', placeholder: 'e.g. 12', description: 'Exact number of employees of the company' },
			{ displayName: 'NAF Code', name: 'naf', type: 'string', default: '', placeholder: 'e.g. 56.10A' },
			{ displayName: 'SIRET', name: 'siret', type: 'string', default: '', placeholder: 'e.g. 73282932000074', description: '14 digits' },
		]),
		displayOptions: only1463,
	},
];

/** Letters (including French accents), spaces, hyphens and apostrophes, as the API checks names. */
const NAME = /^[a-zA-Z áÁàÀâÂäÄãÃåÅæÆçÇéÉèÈêÊëËíÍìÌîÎïÏñÑóÓòÒôÔöÖõÕøØœŒßúÚùÙûÛüÜ\-']+$/;

const text = (required: boolean) =>
	required
		? z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).min(1, 'is required')
		: z.string({ invalid_type_error: 'must be text' });

/** The documented rules of each answer, with the example value that passes. */
export const hotDrinksRules = {
	headcountRange: z.enum(HEADCOUNT_ANSWERS.map((o) => o.value) as unknown as [string, ...string[]], {
		errorMap: () => ({ message: `must be one of the answer IDs ${HEADCOUNT_ANSWERS.map((o) => o.value).join(', ')}` }),
	}),
	postcode: text(true).regex(/^[0-9]{5}$/, 'must be five digits, such as 75001'),
	email: text(true).regex(
		/^[_a-z0-9-]+(\.[_a-z0-9-]+)*@[a-z0-9-]+(\.[a-z0-9-]+)*(\.[a-z]{2,63})$/i,
		'must be an email address such as wayne.hotte@test.fr',
	),
	phone: text(true).regex(
		/^(\+33|0033|\+262|00262|\+590|00590|\+594|00594|\+596|00596|0)[.\- ]?[0-9]([.\- ]?[0-9]{2}){4}$/,
		'must be a French number such as 0130926784',
	),
	companyName: text(true).regex(/.*\S.*/, 'must not be blank'),
	segment: z.enum(SEGMENT_ANSWERS.map((o) => o.value) as unknown as [string, ...string[]], {
		errorMap: () => ({ message: `must be one of ${SEGMENT_ANSWERS.map((o) => o.value).join(', ')}` }),
	}),
	firstname: text(true).regex(NAME, "must contain only letters, spaces, hyphens and apostrophes"),
	lastname: text(true).regex(NAME, "must contain only letters, spaces, hyphens and apostrophes"),
	address: text(false).regex(/.*\S.*/, 'must not be blank').optional(),
	comment: text(false).regex(/.*\S.*/, 'must not be blank').optional(),
	siret: text(false).regex(/^[0-9]{14}$/, 'must be 14 digits, such as 73282932000074').optional(),
	naf: text(false).regex(/^(\d){2}[.]?(\d){2}[a-zA-Z]{1}$/, 'must be a NAF code such as 56.10A or 5610A').optional(),
	employees: text(false).regex(/^[\d]+$/, 'must be a whole number of employees').optional(),
	city: text(false).regex(/^(.*)$/, 'must be on one line').optional(),
};

/** Question IDs of the answers, in the order the API reference lists them. */
export const QUESTION_IDS: Record<keyof typeof hotDrinksRules, string> = {
	headcountRange: '30148',
	postcode: '25533',
	email: 'email',
	phone: 'phone',
	companyName: 'companyName',
	segment: 'segment',
	firstname: 'firstname',
	lastname: 'lastname',
	address: 'address',
	comment: 'comment',
	siret: 'siret',
	naf: 'naf',
	employees: 'employees',
	city: 'city',
};
