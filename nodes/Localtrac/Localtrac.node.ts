import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsCollection, resourceSelector } from '../shared/descriptions';
import { runOperations, type ResourceMap } from '../shared/router';
import { searchLocations } from './methods/listSearch';
import { locationDescription, locationOperations } from './resources/location';
import { scheduleDescription, scheduleOperations } from './resources/schedule';
import { scheduleExceptionDescription, scheduleExceptionOperations } from './resources/scheduleException';

const resources: ResourceMap = {
	location: locationOperations,
	schedule: scheduleOperations,
	scheduleException: scheduleExceptionOperations,
};

export class Localtrac implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'LOCALTRAC',
		name: 'localtrac',
		icon: { light: 'file:../../icons/localtrac.svg', dark: 'file:../../icons/localtrac.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage locations, opening hours and schedule exceptions in LOCALTRAC',
		defaults: { name: 'LOCALTRAC' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'localtracApi', required: true }],
		properties: [
			resourceSelector([['Location', 'location'], ['Schedule', 'schedule'], ['Schedule Exception', 'scheduleException']]),
			...locationDescription,
			...scheduleDescription,
			...scheduleExceptionDescription,
			requestOptionsCollection({ pages: false }),
		],
	};

	methods = {
		listSearch: { searchLocations },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, resources);
	}
}
