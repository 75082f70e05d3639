import type { INodeProperties } from 'n8n-workflow';

import { Guestonline } from '../../nodes/Guestonline/Guestonline.node';

const node = new Guestonline();
const properties = node.description.properties;

function operationsOf(resource: string): string[] {
	const selector = properties.find(
		(p) => p.name === 'operation' && (p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
	) as INodeProperties;
	return (selector.options as Array<{ value: string }>).map((o) => o.value).sort();
}

describe('Guestonline node description', () => {
	test('offers exactly the documented resources and operations, with the values saved workflows use', () => {
		const resources = (properties.find((p) => p.name === 'resource')?.options as Array<{ value: string }>).map((o) => o.value);
		const table = Object.fromEntries(resources.map((r) => [r, operationsOf(r)]));
		expect(table).toEqual({
			booking: ['cancel', 'cancelForGuest', 'confirm', 'create', 'get', 'getAll', 'honor', 'inviteFriends', 'markFake', 'releaseTable', 'update'],
			commercial: ['get', 'getAll'],
			contact: ['create', 'get', 'getAll', 'update'],
			opinion: ['getAll'],
			pendingBooking: ['cancel', 'commit', 'create', 'update'],
			period: ['getAll'],
			restaurant: ['getAll', 'getBookable'],
			runtimeService: ['close', 'getAll', 'open', 'updateSeats'],
		});
		expect(Object.values(table).flat()).toHaveLength(29);
	});

	test('is usable as an AI tool and names its ID parameters as agreed', () => {
		expect(node.description.usableAsTool).toBe(true);
		const names = new Set(properties.map((p) => p.name));
		for (const name of ['restaurantId', 'bookingId', 'contactId', 'pendingBookingId', 'commercialId', 'runtimeServiceId', 'returnAll', 'limit']) {
			expect(names).toContain(name);
		}
		const locators = properties.filter((p) => p.type === 'resourceLocator').map((p) => p.name);
		expect(new Set(locators)).toEqual(new Set(['restaurantId', 'bookingId', 'contactId']));
	});

	test('every list operation has Return All and Limit', () => {
		for (const [resource, operation] of [
			['restaurant', 'getAll'], ['restaurant', 'getBookable'], ['period', 'getAll'], ['runtimeService', 'getAll'],
			['booking', 'getAll'], ['contact', 'getAll'], ['commercial', 'getAll'], ['opinion', 'getAll'],
		]) {
			const shown = (name: string) =>
				properties.some(
					(p) =>
						p.name === name &&
						(p.displayOptions?.show?.resource as string[]).includes(resource) &&
						(p.displayOptions?.show?.operation as string[]).includes(operation),
				);
			expect([resource, operation, shown('returnAll'), shown('limit')]).toEqual([resource, operation, true, true]);
		}
	});
});
