import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsCollection, resourceSelector } from '../shared/descriptions';
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
			resourceSelector([['Account', 'account'], ['Business', 'business'], ['User', 'user']]),
			...accountDescription,
			...businessDescription,
			...userDescription,
			requestOptionsCollection({ pages: false }),
		],
	};

	methods = {
		listSearch: { searchBusinesses, searchUsers },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, resources);
	}
}
