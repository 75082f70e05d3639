import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { readInput } from '../../../shared/input';
import { requestSettings } from '../../../shared/params';
import { vendorRequest } from '../../../shared/request';
import type { BatchOutcome, Operation } from '../../../shared/router';
import { rules, validate, z } from '../../../shared/validation';
import { companeo, describeLeadErrors, type LeadError } from '../../transport';
import { HOT_DRINKS_CATEGORY, hotDrinksFields, hotDrinksRules, QUESTION_IDS } from './questionnaire';

export const DEFAULT_CHUNK_SIZE = 50;
export const MAX_CHUNK_SIZE = 100;

const description: INodeProperties[] = [
	{
		displayName: 'Category',
		name: 'category',
		type: 'options',
		noDataExpression: true,
		default: '1463',
		options: [
			{ name: 'Hot Drinks Vending Machines (1463)', value: '1463', description: 'Fill in the documented questionnaire' },
			{ name: 'Other Category ID', value: 'other', description: 'Give a category ID and the answers by question ID' },
		],
	},
	...hotDrinksFields,
	{
		displayName: 'Category ID',
		name: 'categoryId',
		type: 'number',
		required: true,
		default: 0,
		description: 'Numeric ID of the Companeo category',
		displayOptions: { show: { category: ['other'] } },
	},
	{
		displayName: 'Answers',
		name: 'answers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Answer',
		default: {},
		description: 'Each answer is sent as given, under its question ID',
		displayOptions: { show: { category: ['other'] } },
		options: [
			{
				displayName: 'Answer',
				name: 'answer',
				values: [
					{ displayName: 'Question ID', name: 'questionId', type: 'string', default: '', placeholder: 'e.g. 30148 or email' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. 25638' },
				],
			},
		],
	},
];

const hotDrinksSchema = z.object({ category: z.literal('1463'), ...hotDrinksRules });

const answerSchema = z.object({
	questionId: z
		.string({ required_error: 'is required', invalid_type_error: 'must be text' })
		.trim()
		.min(1, 'is required')
		.regex(/^[A-Za-z0-9_]+$/, 'must be a question ID such as 30148 or email'),
	value: z.union([z.string(), z.number()], { errorMap: () => ({ message: 'must be text or a number' }) }),
});

const otherSchema = z.object({
	category: z.literal('other'),
	categoryId: rules.int(1),
	answers: z.object(
		{
			answer: z
				.array(answerSchema, { required_error: 'needs at least one answer', invalid_type_error: 'needs at least one answer' })
				.min(1, 'needs at least one answer'),
		},
		{ required_error: 'needs at least one answer', invalid_type_error: 'needs at least one answer' },
	),
});

const schema = z.discriminatedUnion('category', [hotDrinksSchema, otherSchema]);

interface Lead {
	categoryId: number;
	data: IDataObject;
}

/** The answers of one item as the API expects them: `{categoryId, data: {questionId: answer}}`. */
function buildLead(input: z.infer<typeof schema>): Lead {
	if (input.category === 'other') {
		const data: IDataObject = {};
		for (const { questionId, value } of input.answers.answer) data[questionId.trim()] = value;
		return { categoryId: input.categoryId, data };
	}
	const data: IDataObject = {};
	for (const [field, questionId] of Object.entries(QUESTION_IDS) as Array<[keyof typeof QUESTION_IDS, string]>) {
		const value = input[field];
		if (value === undefined || value === '') continue;
		data[questionId] = value;
	}
	// Choice answers are numeric IDs, sent as numbers as in the API reference; the segment also has letter codes.
	data['30148'] = Number(input.headcountRange);
	if (/^\d+$/.test(input.segment)) data.segment = Number(input.segment);
	return { categoryId: HOT_DRINKS_CATEGORY, data };
}

const chunkSchema = z.object({ chunkSize: rules.int(1, MAX_CHUNK_SIZE) });

interface CreateReply {
	success?: boolean;
	data?: Record<string, { rfq_id?: string | number; cli_id?: string | number }> | unknown[];
	errors?: Record<string, LeadError[]> | unknown[];
	message?: string;
}

function apiError(ctx: IExecuteFunctions, itemIndex: number, message: string, httpCode: string, description?: string): NodeApiError {
	const error = new NodeApiError(ctx.getNode(), { message, httpCode }, { message, description, httpCode, itemIndex });
	error.message = message;
	error.description = description ?? null;
	return error;
}

/**
 * Sends the leads in chunks (one JSON array per request) and maps each `input_N` of the reply back
 * to its item. A lead is never sent twice: a chunk that fails without a per-lead answer leaves its
 * leads marked as not created or of unknown outcome, for the user to check and resend.
 */
async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<BatchOutcome[]> {
	const continueOnFail = this.continueOnFail();
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const { chunkSize } = validate(this, chunkSchema, { chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE }, 0, { chunkSize: 'Leads per Request' });
	const settings = requestSettings(this);

	const outcomes: BatchOutcome[] = new Array(itemIndexes.length);
	const valid: Array<{ position: number; itemIndex: number; lead: Lead }> = [];
	itemIndexes.forEach((itemIndex, position) => {
		try {
			valid.push({ position, itemIndex, lead: buildLead(readInput(this, itemIndex, description, schema)) });
		} catch (error) {
			outcomes[position] = { ok: false, error: error as Error };
		}
	});
	// Without Continue On Fail the node stops at the first bad item, before any lead is sent.
	const invalid = outcomes.findIndex((o) => o && !o.ok);
	if (invalid !== -1 && !continueOnFail) {
		throw new NodeOperationError(this.getNode(), (outcomes[invalid] as { error: Error }).error, { itemIndex: itemIndexes[invalid] });
	}

	let stopped = false;
	for (let start = 0; start < valid.length; start += chunkSize) {
		const chunk = valid.slice(start, start + chunkSize);
		if (stopped) {
			for (const entry of chunk) {
				outcomes[entry.position] = {
					ok: false,
					error: apiError(this, entry.itemIndex, 'Not sent: an earlier lead failed and the node stopped', '', 'Enable Continue On Fail to send every valid lead whatever happens to the others.'),
				};
			}
			continue;
		}
		let reply: { statusCode: number; body: CreateReply };
		try {
			reply = await vendorRequest<{ statusCode: number; body: CreateReply }>(
				this,
				companeo,
				{ method: 'POST', path: '/partners/create_rfq', body: chunk.map((entry) => entry.lead as unknown as IDataObject), safe: false, fullResponse: true, readStatuses: [400] },
				settings,
			);
		} catch (error) {
			const apiFailure = error as NodeApiError;
			const status = apiFailure.httpCode ?? '';
			// A refused key or a malformed request created nothing; any other failure may have created some leads.
			const certain = status === '401' || status === '403';
			for (const entry of chunk) {
				outcomes[entry.position] = {
					ok: false,
					error: certain
						? apiError(this, entry.itemIndex, apiFailure.message, status, apiFailure.description ?? undefined)
						: apiError(
								this,
								entry.itemIndex,
								`Outcome unknown: ${apiFailure.message}`,
								status,
								'The request failed before Companeo confirmed each lead, so this lead may or may not have been created. It was not resent: check in Companeo before sending it again.',
							),
				};
			}
			if (!continueOnFail) stopped = true;
			continue;
		}
		const created = reply.body?.data && !Array.isArray(reply.body.data) ? reply.body.data : {};
		const errors = reply.body?.errors && !Array.isArray(reply.body.errors) ? reply.body.errors : {};
		chunk.forEach((entry, n) => {
			const done = created[`input_${n}`];
			const failed = errors[`input_${n}`];
			if (done && typeof done === 'object') {
				outcomes[entry.position] = {
					ok: true,
					json: { created: true, rfq_id: done.rfq_id ?? null, cli_id: done.cli_id ?? null, categoryId: entry.lead.categoryId },
				};
			} else if (Array.isArray(failed) && failed.length) {
				outcomes[entry.position] = {
					ok: false,
					error: apiError(this, entry.itemIndex, describeLeadErrors(failed), String(reply.statusCode), `Companeo refused this lead: ${failed.map((e) => e.message ?? e.code).join(', ')}`),
				};
			} else if (reply.statusCode === 400) {
				outcomes[entry.position] = {
					ok: false,
					error: apiError(
						this,
						entry.itemIndex,
						'Not created: Companeo refused the request this lead was part of',
						String(reply.statusCode),
						'Another lead in the same request had an error, and the reply does not show this lead as created. It was not resent: send it again, on its own or in a later run.',
					),
				};
			} else {
				// A success status whose body does not list the lead (e.g. an empty reply): it may exist.
				outcomes[entry.position] = {
					ok: false,
					error: apiError(
						this,
						entry.itemIndex,
						"Outcome unknown: Companeo's reply does not show this lead",
						String(reply.statusCode),
						'Companeo accepted the request but its reply does not list this lead as created or refused, so it may or may not have been created. It was not resent: check in Companeo before sending it again.',
					),
				};
			}
		});
		if (!continueOnFail && chunk.some((entry) => !outcomes[entry.position].ok)) stopped = true;
	}

	if (!continueOnFail) addCreatedSummary(outcomes, itemIndexes);
	return outcomes;
}

/** When the node stops, the error says which leads were created anyway, so none is lost or sent twice. */
function addCreatedSummary(outcomes: BatchOutcome[], itemIndexes: number[]): void {
	const firstFailure = outcomes.find((o) => !o.ok);
	if (!firstFailure || firstFailure.ok) return;
	const created = outcomes
		.map((o, position) => (o.ok ? `item ${itemIndexes[position]}: rfq_id ${String((o.json as IDataObject).rfq_id)}` : ''))
		.filter(Boolean);
	if (!created.length) return;
	const error = firstFailure.error as NodeApiError;
	const summary = `Leads created before the node stopped (do not resend them): ${created.join(', ')}`;
	error.description = error.description ? `${error.description}\n${summary}` : summary;
}

export const create: Operation = { description, safe: false, executeBatch };
