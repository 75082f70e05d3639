import type { INodeProperties } from 'n8n-workflow';

import { Localtrac } from '../../nodes/Localtrac/Localtrac.node';

const node = new Localtrac();
const properties = node.description.properties;

function operationsOf(resource: string): string[] {
	const selector = properties.find(
		(p) => p.name === 'operation' && (p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
	) as INodeProperties;
	return (selector.options as Array<{ value: string }>).map((o) => o.value).sort();
}

const shownFor = (name: string, resource: string, operation: string): INodeProperties | undefined =>
	properties.find(
		(p) =>
			p.name === name &&
			(p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource) &&
			(p.displayOptions?.show?.operation as string[] | undefined)?.includes(operation),
	);

describe('LOCALTRAC node description', () => {
	test('offers exactly the agreed resources and operations', () => {
		const resources = (properties.find((p) => p.name === 'resource')?.options as Array<{ value: string }>).map((o) => o.value);
		expect(Object.fromEntries(resources.map((r) => [r, operationsOf(r)]))).toEqual({
			location: ['create', 'get', 'getAll', 'update'],
			schedule: ['get'],
			scheduleException: ['getAll', 'set'],
		});
	});

	test('names, credential and AI tool use', () => {
		expect(node.description.name).toBe('localtrac');
		expect(node.description.displayName).toBe('LOCALTRAC');
		expect(node.description.usableAsTool).toBe(true);
		expect(node.description.credentials).toEqual([{ name: 'localtracApi', required: true }]);
	});

	test('the location is the resource locator locationId, with "From list" search, wherever a location is needed', () => {
		for (const [resource, operation] of [
			['location', 'get'],
			['location', 'update'],
			['schedule', 'get'],
			['scheduleException', 'getAll'],
			['scheduleException', 'set'],
		]) {
			const locator = shownFor('locationId', resource, operation);
			expect(locator?.type).toBe('resourceLocator');
			expect(locator?.modes?.map((m) => m.name)).toEqual(['list', 'id']);
			expect(locator?.modes?.[0].typeOptions?.searchListMethod).toBe('searchLocations');
		}
		expect(Object.keys(node.methods.listSearch)).toEqual(['searchLocations']);
	});

	test('list operations have Return All and Limit', () => {
		for (const [resource, operation] of [
			['location', 'getAll'],
			['scheduleException', 'getAll'],
		]) {
			expect([resource, operation, !!shownFor('returnAll', resource, operation), !!shownFor('limit', resource, operation)]).toEqual([
				resource,
				operation,
				true,
				true,
			]);
		}
	});

	test('create offers the three locales; update offers every documented group', () => {
		const locale = shownFor('locale', 'location', 'create');
		expect((locale?.options as Array<{ value: string }>).map((o) => o.value).sort()).toEqual(['en_CA', 'en_US', 'fr_CA']);
		const updateFields = shownFor('updateFields', 'location', 'update');
		const groups = (updateFields?.options as INodeProperties[]).map((o) => o.name).sort();
		expect(groups).toEqual(['address', 'communication', 'description', 'name', 'payments', 'schedules', 'schedulesJson', 'urls']);
		const byName = Object.fromEntries((updateFields?.options as INodeProperties[]).map((o) => [o.name, o]));
		const keys = (name: string) => (byName[name].options as INodeProperties[]).map((o) => o.name).sort();
		expect(keys('address')).toEqual(['address1', 'address2', 'city', 'country', 'lat', 'long', 'state', 'zipcode']);
		expect(keys('communication')).toEqual(['contactEmail', 'fax', 'primaryPhone', 'secondaryPhones']);
		expect(keys('urls')).toEqual(['facebook', 'instagram', 'linkedin', 'pinterest', 'tripadvisor', 'twitter', 'website', 'youtube']);
		expect(keys('payments')).toEqual(['americanExpress', 'cash', 'interact', 'mastercard', 'paypass', 'visa']);
		expect(keys('schedules')).toEqual(['friday', 'monday', 'saturday', 'sunday', 'thursday', 'tuesday', 'wednesday']);
		expect(keys('name')).toEqual(['en_CA', 'fr_CA']);
		expect(keys('description')).toEqual(['en_CA', 'fr_CA']);
	});

	test('the options leave out Page Concurrency: LOCALTRAC lists have no page count', () => {
		const options = properties.find((p) => p.name === 'options');
		expect((options?.options as INodeProperties[]).map((o) => o.name)).toEqual(['parallelRequests', 'maxRetries', 'timeout']);
	});
});
