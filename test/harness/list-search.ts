import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeListSearchResult,
	INodeType,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
	NodeParameterValue,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';
import { expose } from './exposure';

export interface ListSearchOptions {
	node: INodeType;
	/** The list-search method, e.g. "searchBusinesses". */
	method: string;
	/** The parameter whose "From list" mode is open. */
	parameterName: string;
	/** The node's other parameters as the editor holds them (resource, operation, parent IDs). */
	parameters: IDataObject;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes: Record<string, ICredentialType>;
	credentialsHelper?: TestCredentialsHelper;
}

/**
 * Runs a "From list" search inside n8n-core's LoadOptionsContext, as the editor does when the user
 * opens the list or types a filter. The result or error is recorded for the secrets check.
 */
export async function runListSearch(options: ListSearchOptions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const type = options.node;
	const nodeCredentials: INode['credentials'] = {};
	for (const name of Object.keys(options.credentials)) nodeCredentials[name] = { id: `${name}-id`, name: `${name} account` };
	const node: INode = {
		id: 'subject',
		name: type.description.defaults.name ?? type.description.displayName,
		type: type.description.name,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters as Record<string, NodeParameterValue>,
		credentials: nodeCredentials,
	};
	const nodeTypes: INodeTypes = { getByName: () => type, getByNameAndVersion: () => type, getKnownTypes: () => ({}) };
	const workflow = new Workflow({ id: 'w', nodes: [node], connections: {}, active: false, nodeTypes });
	const credentialsHelper = options.credentialsHelper ?? new TestCredentialsHelper(options.credentialTypes);
	if (!options.credentialsHelper) {
		for (const [name, data] of Object.entries(options.credentials)) credentialsHelper.set(name, data);
	}
	const additionalData = { credentialsHelper, currentNodeParameters: node.parameters } as unknown as IWorkflowExecuteAdditionalData;
	const ctx = new LoadOptionsContext(workflow, node, additionalData, options.parameterName);
	const search = type.methods?.listSearch?.[options.method];
	if (!search) throw new Error(`The node has no list search ${options.method}`);
	try {
		const result = await search.call(ctx, filter, paginationToken);
		expose('a "From list" result', result);
		return result;
	} catch (error) {
		expose('a "From list" error', error);
		throw error;
	}
}
