import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import type { VendorErrorText } from '../shared/errors';
import type { Vendor } from '../shared/request';
import { keyInHeader } from '../shared/request';

export const DEFAULT_BASE_URL = 'https://api.companeo.com/api/v1';

/** The documented error codes, in words a workflow builder can act on. */
export const ERROR_CODES: Record<number, { key: string; text: string }> = {
	1: { key: 'partner_error_authenticate', text: 'Authentication failed: the API key was not accepted' },
	2: { key: 'partner_error_account_disabled', text: 'The partner account is disabled' },
	3: { key: 'partner_error_qcp', text: 'The questionnaire was refused for this partner account' },
	4: { key: 'partner_error_language', text: 'The language of the request is not supported' },
	5: { key: 'partner_error_categ', text: 'The category is not valid' },
	6: { key: 'partner_error_empty_qid', text: 'A required question has no answer' },
	7: { key: 'partner_error_unknown_qid', text: 'A question ID is unknown' },
	8: { key: 'partner_error_empty_iid', text: 'An answer ID is missing' },
	9: { key: 'partner_error_unknown_iid', text: 'An answer ID is unknown' },
	10: { key: 'partner_error_lastname', text: 'The last name is not valid' },
	11: { key: 'partner_error_firstname', text: 'The first name is not valid' },
	12: { key: 'partner_error_email_address', text: 'The email address is not valid' },
	13: { key: 'partner_error_company_name', text: 'The company name is not valid' },
	14: { key: 'partner_error_zipcode', text: 'The postcode is not valid' },
	15: { key: 'partner_error_phone', text: 'The phone number is not valid' },
	16: { key: 'partner_error_duplicate', text: 'Duplicate: this lead was already submitted' },
	17: { key: 'partner_error_category_id_unknown', text: 'The category ID is unknown' },
	18: { key: 'partner_error_malformed_request', text: 'The request was malformed' },
	19: { key: 'partner_error_not_allowed_categories', text: 'This category is not allowed for your partner account' },
};

export interface LeadError {
	code?: number;
	message?: string;
	data?: unknown;
}

/** One line per error of a lead: "Duplicate: this lead was already submitted (code 16, partner_error_duplicate)". */
export function describeLeadErrors(errors: LeadError[]): string {
	return errors
		.map((error) => {
			const known = typeof error.code === 'number' ? ERROR_CODES[error.code] : undefined;
			const text = known?.text ?? error.message ?? 'Unknown error';
			const details = Array.isArray(error.data) && error.data.length ? `: ${error.data.join(', ')}` : '';
			const ref = [error.code !== undefined ? `code ${error.code}` : '', error.message ?? known?.key ?? '']
				.filter(Boolean)
				.join(', ');
			return `${text}${details}${ref ? ` (${ref})` : ''}`;
		})
		.join('; ');
}

/** Whole-request errors: `{message, errors: {input_N: [...]}}` or a plain message. */
export function parseCompaneoError(body: unknown): VendorErrorText | undefined {
	if (!body || typeof body !== 'object') return undefined;
	const data = body as IDataObject;
	const errors = data.errors as Record<string, LeadError[]> | undefined;
	if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
		const lines = Object.entries(errors).map(([input, list]) => `${input}: ${describeLeadErrors(Array.isArray(list) ? list : [])}`);
		if (lines.length) return { message: lines.join('\n'), description: typeof data.message === 'string' ? data.message : undefined };
	}
	if (typeof data.message === 'string' && data.message) return { message: data.message };
	return undefined;
}

export const companeo: Vendor = {
	credentialType: 'companeoApi',
	baseUrl: (credentials: ICredentialDataDecryptedObject) =>
		typeof credentials.baseUrl === 'string' && credentials.baseUrl.trim() ? credentials.baseUrl.trim() : DEFAULT_BASE_URL,
	secretFields: ['apiKey'],
	parseError: parseCompaneoError,
	applyKey: keyInHeader('Authorization', 'apiKey', 'Bearer '),
};
