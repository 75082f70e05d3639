import type { INodeProperties } from 'n8n-workflow';

import { Digitaleo } from '../../nodes/Digitaleo/Digitaleo.node';
import { accountOperations } from '../../nodes/Digitaleo/resources/account';
import { businessOperations } from '../../nodes/Digitaleo/resources/business';
import { userOperations } from '../../nodes/Digitaleo/resources/user';
import { TIMEZONES } from '../../nodes/Digitaleo/timezones';

const node = new Digitaleo();
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

describe('Digitaleo node description', () => {
	test('offers exactly the resources and operations of the issue', () => {
		const resources = (properties.find((p) => p.name === 'resource')?.options as Array<{ value: string }>).map((o) => o.value);
		expect(Object.fromEntries(resources.map((r) => [r, operationsOf(r)]))).toEqual({
			account: ['create', 'delete', 'get', 'getAutoLogin', 'getLoginToken', 'update'],
			business: ['getAll', 'update'],
			user: ['create', 'delete', 'get', 'getAll', 'update'],
		});
	});

	test('names the node, its credential and its ID parameters as agreed, and is usable as a tool', () => {
		expect(node.description.name).toBe('digitaleo');
		expect(node.description.displayName).toBe('Digitaleo');
		expect(node.description.usableAsTool).toBe(true);
		expect(node.description.credentials).toEqual([{ name: 'digitaleoApi', required: true }]);
		const locators = new Set(properties.filter((p) => p.type === 'resourceLocator').map((p) => p.name));
		expect(locators).toEqual(new Set(['accountId', 'userId', 'storeCode']));
		expect(shownFor('externalIdentifier', 'account', 'create')?.required).toBe(true);
		expect(shownFor('name', 'account', 'create')?.required).toBe(true);
		expect(shownFor('userExternalIdentifier', 'user', 'create')?.required).toBe(true);
	});

	test('only reads (and token requests, which change nothing) are marked safe to repeat', () => {
		const safe = (ops: Record<string, { safe: boolean }>) => Object.fromEntries(Object.entries(ops).map(([k, v]) => [k, v.safe]));
		expect(safe(accountOperations)).toEqual({ create: false, delete: false, get: true, getAutoLogin: true, getLoginToken: true, update: false });
		expect(safe(userOperations)).toEqual({ create: false, delete: false, get: true, getAll: true, update: false });
		expect(safe(businessOperations)).toEqual({ getAll: true, update: false });
	});

	test('list operations have Return All and Limit', () => {
		for (const [resource, operation] of [['user', 'getAll'], ['business', 'getAll']]) {
			expect([resource, operation, !!shownFor('returnAll', resource, operation), !!shownFor('limit', resource, operation)]).toEqual([
				resource,
				operation,
				true,
				true,
			]);
		}
	});

	test('locales are the four documented ones and the timezone list is the tz database', () => {
		const create = shownFor('additionalFields', 'account', 'create') as INodeProperties;
		const options = create.options as INodeProperties[];
		const locale = options.find((o) => o.name === 'locale') as INodeProperties;
		expect((locale.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['fr_FR', 'en_GB', 'es_ES', 'es_CO']);
		const timezone = options.find((o) => o.name === 'timezone') as INodeProperties;
		const zones = (timezone.options as Array<{ value: string }>).map((o) => o.value);
		expect(zones).toEqual([...TIMEZONES]);
		expect(zones).toEqual(expect.arrayContaining(['Europe/Paris', 'America/Bogota', 'Europe/Madrid', 'UTC']));
		expect(zones.length).toBeGreaterThan(400);
		expect(timezone.default).toBe('Europe/Paris');
	});

	test('schedules offer one group of start/end slots per day, Monday to Sunday', () => {
		const update = shownFor('updateFields', 'business', 'update') as INodeProperties;
		const schedules = (update.options as INodeProperties[]).find((o) => o.name === 'schedules') as INodeProperties;
		expect(schedules.type).toBe('fixedCollection');
		expect(schedules.typeOptions?.multipleValues).toBe(true);
		const days = schedules.options as Array<{ name: string; displayName: string; values: INodeProperties[] }>;
		expect(days.map((d) => d.displayName)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
		for (const day of days) expect(day.values.map((v) => v.name)).toEqual(['start', 'end']);
	});

	test('the Options collection leaves out Page Concurrency, which Digitaleo lists do not use', () => {
		const options = properties.find((p) => p.name === 'options') as INodeProperties;
		expect((options.options as INodeProperties[]).map((o) => o.name)).toEqual(['parallelRequests', 'maxRetries', 'timeout']);
	});
});
