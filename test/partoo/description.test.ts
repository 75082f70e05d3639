import type { INodeProperties } from 'n8n-workflow';

import { Partoo } from '../../nodes/Partoo/Partoo.node';

const node = new Partoo();
const properties = node.description.properties;

function operationsOf(resource: string): string[] {
	const selector = properties.find(
		(p) => p.name === 'operation' && (p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
	) as INodeProperties;
	return (selector.options as Array<{ value: string }>).map((o) => o.value).sort();
}

const shownFor = (name: string, resource: string, operation: string) =>
	properties.some(
		(p) =>
			p.name === name &&
			((p.displayOptions?.show?.resource as string[] | undefined) ?? []).includes(resource) &&
			((p.displayOptions?.show?.operation as string[] | undefined) ?? []).includes(operation),
	);

describe('Partoo node description', () => {
	test('offers exactly the 31 operations of the issue, with the values saved workflows use', () => {
		const resources = (properties.find((p) => p.name === 'resource')?.options as Array<{ value: string }>).map((o) => o.value);
		const table = Object.fromEntries(resources.map((r) => [r, operationsOf(r)]));
		expect(table).toEqual({
			authorization: ['create', 'getAll', 'revoke'],
			business: [
				'create',
				'delete',
				'get',
				'getAdditionalData',
				'getAll',
				'getIntegrationStatus',
				'getPartnerUrls',
				'getSubscriptions',
				'setAdditionalData',
				'subscribe',
				'unsubscribe',
				'update',
			],
			category: ['get', 'getAll'],
			organization: ['create', 'delete', 'get', 'getAll', 'update'],
			review: ['getAll'],
			user: ['create', 'delete', 'get', 'getAll', 'getMe', 'getStats', 'reinvite', 'update'],
		});
		expect(Object.values(table).flat()).toHaveLength(31);
	});

	test('is usable as a tool, uses the partooApi credential and names its ID locators as agreed', () => {
		expect(node.description.name).toBe('partoo');
		expect(node.description.displayName).toBe('Partoo');
		expect(node.description.usableAsTool).toBe(true);
		expect(node.description.credentials).toEqual([{ name: 'partooApi', required: true }]);
		const locators = properties.filter((p) => p.type === 'resourceLocator').map((p) => p.name);
		expect(new Set(locators)).toEqual(new Set(['businessId', 'orgId', 'userId', 'categoryId']));
		for (const locator of properties.filter((p) => p.type === 'resourceLocator')) {
			const modes = (locator.modes ?? []).map((m) => m.name);
			expect([locator.name, modes]).toEqual([locator.name, ['list', 'id']]);
		}
		expect(Object.keys(node.methods.listSearch).sort()).toEqual(['searchBusinesses', 'searchCategories', 'searchOrganizations', 'searchUsers']);
	});

	test('every list operation has Return All and Limit', () => {
		for (const [resource, operation] of [
			['authorization', 'getAll'],
			['business', 'getAll'],
			['organization', 'getAll'],
			['user', 'getAll'],
			['category', 'getAll'],
			['review', 'getAll'],
		]) {
			expect([resource, operation, shownFor('returnAll', resource, operation), shownFor('limit', resource, operation)]).toEqual([
				resource,
				operation,
				true,
				true,
			]);
		}
	});

	test('the business structured inputs have a real UI, not a JSON box', () => {
		for (const operation of ['create', 'update']) {
			const fields = properties.filter(
				(p) =>
					((p.displayOptions?.show?.resource as string[] | undefined) ?? []).includes('business') &&
					((p.displayOptions?.show?.operation as string[] | undefined) ?? []).includes(operation),
			);
			const all = fields.flatMap((f) => [f, ...((f.options ?? []) as INodeProperties[])]);
			for (const name of ['address_details', 'contacts', 'open_hours', 'specific_hours', 'photos']) {
				expect([operation, name, all.find((f) => f.name === name)?.type]).toEqual([operation, name, 'fixedCollection']);
			}
			expect(all.find((f) => f.name === 'deprecatedFields')?.type).toBe('json');
		}
	});
});
