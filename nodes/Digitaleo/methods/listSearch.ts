import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { accountPath, digitaleoRequest, recordsOf } from '../transport';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/** The account picked in the node, needed before its users or businesses can be listed. */
function chosenAccount(ctx: ILoadOptionsFunctions): string {
	const value = text(ctx.getCurrentNodeParameter('accountId', { extractValue: true }));
	if (!value || value.startsWith('=')) {
		throw new NodeOperationError(ctx.getNode(), 'Choose the account first: its users and businesses are listed from it');
	}
	return value;
}

/** Lists come whole from the API, so the typed filter is applied to the reply. */
function matching(records: IDataObject[], filter: string | undefined, entry: (r: IDataObject) => INodeListSearchItems): INodeListSearchResult {
	const needle = filter?.trim().toLowerCase();
	const results = records
		.map(entry)
		.filter((item) => item.value !== '')
		.filter((item) => !needle || `${item.name} ${String(item.value)}`.toLowerCase().includes(needle));
	return { results };
}

export async function searchUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const body = await digitaleoRequest<unknown>(this, { method: 'GET', path: `${accountPath(chosenAccount(this))}/users`, safe: true });
	return matching(recordsOf(body), filter, (u) => {
		const id = text(u.userExternalIdentifier ?? u.externalIdentifier ?? u.id);
		const person = [text(u.firstName), text(u.lastName)].filter(Boolean).join(' ');
		const name = [person, text(u.email ?? u.login)].filter(Boolean).join(' – ');
		return { name: name || id, value: id };
	});
}

export async function searchBusinesses(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const body = await digitaleoRequest<unknown>(this, {
		method: 'GET',
		path: `${accountPath(chosenAccount(this))}/businesses`,
		safe: true,
	});
	return matching(recordsOf(body), filter, (b) => {
		const code = text(b.storeCode);
		const label = [text(b.name), text(b.city)].filter(Boolean).join(', ');
		return { name: label ? `${label} (${code})` : code, value: code };
	});
}
