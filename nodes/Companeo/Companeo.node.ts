import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsCollection, resourceSelector } from '../shared/descriptions';
import { companeoApiTest } from './credentialTest';
import { runOperations, type ResourceMap } from '../shared/router';
import { DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE } from './resources/lead/create';
import { leadDescription, leadOperations } from './resources/lead';

const resources: ResourceMap = { lead: leadOperations };

export class Companeo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Companeo',
		name: 'companeo',
		icon: { light: 'file:../../icons/companeo.svg', dark: 'file:../../icons/companeo.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Submit B2B leads (requests for quotes) to Companeo',
		defaults: { name: 'Companeo' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'companeoApi', required: true, testedBy: 'companeoApiTest' }],
		properties: [
			resourceSelector([['Lead', 'lead']]),
			...leadDescription,
			// Leads go out in chunks, one request at a time: no lists to page, no per-item requests.
			requestOptionsCollection({
				pages: false,
				items: false,
				extra: [
					{
						displayName: 'Leads per Request',
						name: 'chunkSize',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: MAX_CHUNK_SIZE },
						default: DEFAULT_CHUNK_SIZE,
						description: 'How many leads are sent together in one request (1 to 100)',
					},
				],
			}),
		],
	};

	methods = { credentialTest: { companeoApiTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, resources);
	}
}
