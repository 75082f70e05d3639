import { Container } from '@n8n/di';
import { PollContext, TriggersAndPollers } from 'n8n-core';
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INode, INodeExecutionData, INodeType, NodeParameterValue } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';
import { expose } from './exposure';
import { buildAdditionalData } from './run';

export interface PollerOptions {
	node: INodeType;
	parameters: IDataObject;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes: Record<string, ICredentialType>;
	timezone?: string;
}

/**
 * An active polling trigger as n8n runs it: each `poll()` builds n8n-core's PollContext and calls the
 * node through TriggersAndPollers. The workflow static data survives between polls only as JSON, the
 * way n8n saves it to its database, so every poll also behaves like one after a restart.
 */
export class Poller {
	/** The saved static data, as n8n stores it between polls. */
	saved: IDataObject = {};

	readonly credentialsHelper: TestCredentialsHelper;

	private polls = 0;

	constructor(private readonly options: PollerOptions) {
		this.credentialsHelper = new TestCredentialsHelper(options.credentialTypes);
		for (const [type, data] of Object.entries(options.credentials)) this.credentialsHelper.set(type, data);
	}

	/** Runs one poll; returns the emitted items (empty when the node returned null). Throws if the poll failed. */
	async poll(mode: 'trigger' | 'manual' = 'trigger'): Promise<INodeExecutionData[]> {
		const nodeCredentials: INode['credentials'] = {};
		for (const type of Object.keys(this.options.credentials)) nodeCredentials[type] = { id: `${type}-id`, name: `${type} account` };
		const node: INode = {
			id: 'trigger',
			name: this.options.node.description.defaults.name ?? 'Trigger',
			type: this.options.node.description.name,
			typeVersion: 1,
			position: [0, 0],
			parameters: this.options.parameters as Record<string, NodeParameterValue>,
			credentials: nodeCredentials,
		};
		const workflow = new Workflow({
			id: 'poll-workflow',
			name: 'Poll',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: {
				getByName: () => this.options.node,
				getByNameAndVersion: () => this.options.node,
				getKnownTypes: () => ({}),
			},
			staticData: JSON.parse(JSON.stringify(this.saved)) as IDataObject,
			settings: { timezone: this.options.timezone ?? 'Europe/Paris', executionOrder: 'v1' },
		});
		const additionalData = buildAdditionalData(this.credentialsHelper, undefined, `poll-${++this.polls}`);
		const context = new PollContext(workflow, node, additionalData, mode, 'activate');
		let response: INodeExecutionData[][] | null;
		try {
			response = await Container.get(TriggersAndPollers).runPollFunction(workflow, node, context);
		} catch (error) {
			expose('a failed poll', error);
			throw error;
		}
		expose('the emitted items', response);
		expose('the saved trigger state', workflow.staticData);
		// A poll that returns normally is saved; a poll that throws saves nothing.
		if (mode === 'trigger') this.saved = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
		return response?.[0] ?? [];
	}
}
