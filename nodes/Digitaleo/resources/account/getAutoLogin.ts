import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { accountIdRule, accountLocator } from '../../fields';
import { LOGIN_URL, loginAsToken } from '../../transport';

const description: INodeProperties[] = [
	{
		displayName:
			'The output holds a ready HTML page that signs the account holder in to Digitaleo. Serve it with a "Respond to Webhook" node (Respond With: Text, Response Body: {{ $json.html }}). Anyone who opens that page is signed in: protect the webhook.',
		name: 'autoLoginNotice',
		type: 'notice',
		default: '',
	},
	accountLocator(),
	additionalFieldsCollection([
		{
			displayName: 'Login URL',
			name: 'loginUrl',
			type: 'string',
			default: LOGIN_URL,
			description: 'Where the page posts the token. Change only if Digitaleo gave you another address.',
		},
	]),
];

const schema = z.object({
	accountId: accountIdRule,
	loginUrl: z
		.string({ invalid_type_error: 'must be a URL' })
		.refine((v) => {
			try {
				return new URL(v).protocol === 'https:';
			} catch {
				return false;
			}
		}, 'must be an https:// URL')
		.optional(),
});

/** Text made safe to place inside an HTML attribute value or element. */
export function escapeHtml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/**
 * A page that posts the token to the login form as soon as it loads. Without scripts the same
 * button does it by hand. The page asks browsers not to keep it or send it as a referrer.
 */
export function autoLoginPage(loginUrl: string, token: string): string {
	return [
		'<!DOCTYPE html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="referrer" content="no-referrer">',
		'<meta name="robots" content="noindex, nofollow">',
		'<title>Signing in to Digitaleo</title>',
		'</head>',
		'<body>',
		`<form id="digitaleo-login" method="post" action="${escapeHtml(loginUrl)}">`,
		`<input type="hidden" name="access_token" value="${escapeHtml(token)}">`,
		'<button type="submit">Continue to Digitaleo</button>',
		'</form>',
		'<script>document.getElementById("digitaleo-login").submit();</script>',
		'</body>',
		'</html>',
	].join('\n');
}

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { accountId, loginUrl = LOGIN_URL } = readInput(this, itemIndex, description, schema);
	const token = await loginAsToken(this, accountId, itemIndex);
	return { ...token, loginUrl, html: autoLoginPage(loginUrl, token.access_token) };
}

/** Issuing a token changes nothing in the account, so it runs like a read. */
export const getAutoLogin: Operation = { description, safe: true, execute };
