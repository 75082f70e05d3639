import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsCollection } from '../shared/descriptions';
import { runOperations, type ResourceMap } from '../shared/router';
import { searchBusinesses, searchUsers } from './methods/listSearch';
import { accountDescription, accountOperations } from './resources/account';
import { businessDescription, businessOperations } from './resources/business';
import { userDescription, userOperations } from './resources/user';

const resources: ResourceMap = {
	account: accountOperations,
	business: businessOperations,
	user: userOperations,
};

/** The shared Options, without Page Concurrency: Digitaleo lists come in one reply. */
const options = requestOptionsCollection();
options.options = (options.options ?? []).filter((option) => (option as { name: string }).name !== 'pageConcurrency');

export class Digitaleo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Digitaleo',
		name: 'digitaleo',
		icon: { light: 'file:../../icons/digitaleo.svg', dark: 'file:../../icons/digitaleo.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Digitaleo accounts, their users and business profiles, and sign account holders in',
		defaults: { name: 'Digitaleo' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'digitaleoApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'Business', value: 'business' },
					{ name: 'User', value: 'user' },
				],
				default: 'account',
			},
			...accountDescription,
			...businessDescription,
			...userDescription,
			options,
		],
	};

	methods = {
		listSearch: { searchBusinesses, searchUsers },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, resources);
	}
}
