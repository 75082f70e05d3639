import type { IAuthenticateGeneric, ICredentialDataDecryptedObject, ICredentialType, IHttpRequestOptions } from 'n8n-workflow';

import { CompaneoApi } from '../../credentials/CompaneoApi.credentials';
import { DigitaleoApi } from '../../credentials/DigitaleoApi.credentials';
import { GuestonlineApi } from '../../credentials/GuestonlineApi.credentials';
import { LocaltracApi } from '../../credentials/LocaltracApi.credentials';
import { PartooApi } from '../../credentials/PartooApi.credentials';
import { companeo } from '../../nodes/Companeo/transport';
import { digitaleo } from '../../nodes/Digitaleo/transport';
import { guestonline } from '../../nodes/Guestonline/transport';
import { localtrac } from '../../nodes/Localtrac/transport';
import { partoo } from '../../nodes/Partoo/transport';
import type { Vendor } from '../../nodes/shared/request';

/**
 * The fixed-key vendors put their key on each request themselves (Vendor.applyKey), while the
 * credential declares the same thing to n8n (`authenticate`), which n8n uses for the Test button
 * and for the HTTP Request node. These tests keep the two the same.
 */

const PLACEHOLDER = /\{\{\s*\$credentials\.(\w+)\s*\}\}/g;

/** A generic `authenticate` value as n8n resolves it, for templates made only of `{{$credentials.x}}` parts. */
function resolveTemplate(template: string, credentials: ICredentialDataDecryptedObject): string {
	expect(template.startsWith('=')).toBe(true);
	const text = template.slice(1);
	// Anything but plain field references would need n8n's expression engine: fail rather than guess.
	expect(text.replace(PLACEHOLDER, '')).not.toMatch(/\{\{|\}\}/);
	return text.replace(PLACEHOLDER, (_match, field: string) => String(credentials[field]));
}

/** What n8n's generic authentication makes of a request: the declared headers and query merged over the request's own. */
function authenticatedByN8n(type: ICredentialType, credentials: ICredentialDataDecryptedObject, options: IHttpRequestOptions): IHttpRequestOptions {
	const generic = type.authenticate as IAuthenticateGeneric;
	expect(generic.type).toBe('generic');
	const result: IHttpRequestOptions = { ...options };
	for (const [place, entries] of Object.entries(generic.properties)) {
		expect(['headers', 'qs']).toContain(place);
		const resolved: Record<string, string> = {};
		for (const [key, template] of Object.entries(entries as Record<string, string>)) resolved[key] = resolveTemplate(template, credentials);
		if (place === 'headers') result.headers = { ...options.headers, ...resolved };
		else result.qs = { ...options.qs, ...resolved };
	}
	return result;
}

const fixedKey: Array<[string, Vendor, ICredentialType, ICredentialDataDecryptedObject]> = [
	['Partoo', partoo, new PartooApi(), { apiKey: 'pk_Test/Key+7Hq=2xZ', environment: 'production' }],
	['Guestonline', guestonline, new GuestonlineApi(), { token: 'go-token-5f1c', baseUrl: 'https://api.guestonline.fr/v1' }],
	['Companeo', companeo, new CompaneoApi(), { apiKey: 'cmp-key-Zx81.Qw', baseUrl: 'https://api.companeo.com/api/v1' }],
];

describe('fixed-key vendors put the key where their credential declares it', () => {
	test.each(fixedKey)('%s: applyKey gives the request n8n would send with the credential', (_name, vendor, type, credentials) => {
		const request = (): IHttpRequestOptions => ({
			method: 'GET',
			url: 'https://service.test/v1/things',
			headers: { Accept: 'application/json' },
			qs: { page: 2 },
		});
		const signed = request();
		expect(vendor.applyKey).toBeDefined();
		vendor.applyKey?.(credentials, signed);
		expect(signed).toEqual(authenticatedByN8n(type, credentials, request()));
	});

	test.each(fixedKey)('%s: a request without a query or headers of its own gets only the key', (_name, vendor, type, credentials) => {
		const signed: IHttpRequestOptions = { method: 'POST', url: 'https://service.test/v1/things' };
		vendor.applyKey?.(credentials, signed);
		expect(signed).toEqual(authenticatedByN8n(type, credentials, { method: 'POST', url: 'https://service.test/v1/things' }));
	});
});

describe('session vendors leave the token to the credential', () => {
	// Their token comes from preAuthentication, which only n8n's authenticated helper runs.
	test.each([
		['LOCALTRAC', localtrac, new LocaltracApi()],
		['Digitaleo', digitaleo, new DigitaleoApi()],
	] as const)('%s has no applyKey and a preAuthentication', (_name, vendor, type) => {
		expect(vendor.applyKey).toBeUndefined();
		expect(vendor.session).toBeDefined();
		expect(typeof type.preAuthentication).toBe('function');
	});
});
