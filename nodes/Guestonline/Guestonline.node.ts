import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsCollection, resourceSelector } from '../shared/descriptions';
import { runOperations, type ResourceMap } from '../shared/router';
import { searchBookings, searchContacts, searchRestaurants } from './methods/listSearch';
import { bookingDescription, bookingOperations } from './resources/booking';
import { commercialDescription, commercialOperations } from './resources/commercial';
import { contactDescription, contactOperations } from './resources/contact';
import { opinionDescription, opinionOperations } from './resources/opinion';
import { pendingBookingDescription, pendingBookingOperations } from './resources/pendingBooking';
import { periodDescription, periodOperations } from './resources/period';
import { restaurantDescription, restaurantOperations } from './resources/restaurant';
import { runtimeServiceDescription, runtimeServiceOperations } from './resources/runtimeService';

const resources: ResourceMap = {
	booking: bookingOperations,
	commercial: commercialOperations,
	contact: contactOperations,
	opinion: opinionOperations,
	pendingBooking: pendingBookingOperations,
	period: periodOperations,
	restaurant: restaurantOperations,
	runtimeService: runtimeServiceOperations,
};

export class Guestonline implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Guestonline',
		name: 'guestonline',
		icon: { light: 'file:../../icons/guestonline.svg', dark: 'file:../../icons/guestonline.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage restaurant bookings, contacts, services and opinions in Guestonline',
		defaults: { name: 'Guestonline' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'guestonlineApi', required: true }],
		properties: [
			resourceSelector([['Booking', 'booking'], ['Commercial (Offer or Event)', 'commercial'], ['Contact', 'contact'], ['Opinion', 'opinion'], ['Pending Booking', 'pendingBooking'], ['Period', 'period'], ['Restaurant', 'restaurant'], ['Runtime Service', 'runtimeService']]),
			...bookingDescription,
			...commercialDescription,
			...contactDescription,
			...opinionDescription,
			...pendingBookingDescription,
			...periodDescription,
			...restaurantDescription,
			...runtimeServiceDescription,
			requestOptionsCollection({
				extra: [
					{
						displayName: 'Page Size',
						name: 'pageSize',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 100 },
						default: 100,
						description: 'Records asked for per page of a list (the API\'s max_results, 1 to 100)',
					},
				],
			}),
		],
	};

	methods = {
		listSearch: { searchBookings, searchContacts, searchRestaurants },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, resources);
	}
}
