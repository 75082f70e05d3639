import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsCollection, resourceSelector } from '../shared/descriptions';
import { runOperations, type ResourceMap } from '../shared/router';
import { searchBusinesses, searchCategories, searchOrganizations, searchUsers } from './methods/listSearch';
import { authorizationDescription, authorizationOperations } from './resources/authorization';
import { businessDescription, businessOperations } from './resources/business';
import { categoryDescription, categoryOperations } from './resources/category';
import { organizationDescription, organizationOperations } from './resources/organization';
import { reviewDescription, reviewOperations } from './resources/review';
import { userDescription, userOperations } from './resources/user';

const resources: ResourceMap = {
	authorization: authorizationOperations,
	business: businessOperations,
	category: categoryOperations,
	organization: organizationOperations,
	review: reviewOperations,
	user: userOperations,
};

export class Partoo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Partoo',
		name: 'partoo',
		icon: { light: 'file:../../icons/partoo.svg', dark: 'file:../../icons/partoo.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage businesses, organizations, users, categories and reviews in Partoo',
		defaults: { name: 'Partoo' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'partooApi', required: true }],
		properties: [
			resourceSelector([['Authorization', 'authorization'], ['Business', 'business'], ['Category', 'category'], ['Organization', 'organization'], ['Review', 'review'], ['User', 'user']], 'business'),
			...authorizationDescription,
			...businessDescription,
			...categoryDescription,
			...organizationDescription,
			...reviewDescription,
			...userDescription,
			requestOptionsCollection(),
		],
	};

	methods = {
		listSearch: { searchBusinesses, searchCategories, searchOrganizations, searchUsers },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, resources);
	}
}
