import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	INodeTypeDescription,
	IRun,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	NodeParameterValue,
} from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';
import { expose, visibleText } from './exposure';

/** Start node for test workflows: emits the items given in its "items" parameter (JSON). */
class TestInput implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Input',
		name: 'testInput',
		group: ['input'],
		version: 1,
		description: 'Emits fixed items',
		defaults: { name: 'Test Input' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'string', default: '[{}]' }],
	};

	async execute(this: import('n8n-workflow').IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		return [items.map((json) => ({ json }))];
	}
}

class NodeTypes implements INodeTypes {
	constructor(private readonly types: Record<string, INodeType>) {}

	getByName(name: string): INodeType | IVersionedNodeType {
		return this.getByNameAndVersion(name);
	}

	getByNameAndVersion(name: string): INodeType {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}

export interface NodeRun {
	/** Items of the node's first output. */
	items: INodeExecutionData[];
	/** The error that stopped the node, if it did not continue on fail. */
	error?: Error & { description?: string | null; httpCode?: string | null; context?: IDataObject };
	run: IRun;
	credentials: TestCredentialsHelper;
}

export interface RunOptions {
	node: INodeType;
	parameters: IDataObject;
	/** Credential data per credential type the node uses. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes: Record<string, ICredentialType>;
	/** Input items (JSON only); one empty item by default. */
	input?: IDataObject[];
	continueOnFail?: boolean;
	/** Reuse a helper across runs, to see stored tokens survive between executions. */
	credentialsHelper?: TestCredentialsHelper;
	/** Workflow static data, to carry state across runs. */
	staticData?: IDataObject;
	/** Called when the execution starts, with what the editor's Stop button does. */
	onStart?: (cancel: () => void) => void;
}

let executionCounter = 0;

/** The services n8n-core's engine needs around a run, with the test's credentials helper. */
export function buildAdditionalData(
	credentialsHelper: TestCredentialsHelper,
	hooks: ExecutionLifecycleHooks | undefined,
	executionId: string,
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper,
		hooks,
		executionId,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		variables: {},
		userId: 'test-user',
		logAiEvent: () => undefined,
		getRunExecutionData: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not used in these tests');
		},
		getRuntimeCredential: async () => undefined,
		startRunnerTask: async () => {
			throw new Error('Task runners are not used in these tests');
		},
		externalSecretsProxy: {
			hasProvider: () => false,
			getSecret: () => undefined,
			hasSecret: () => false,
			listProviders: () => [],
			listSecrets: () => [],
			update: async () => undefined,
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}


/** Runs Test Input → the node under test through n8n-core's WorkflowExecute, as n8n runs a manual execution. */
export async function runNode(options: RunOptions): Promise<NodeRun> {
	const nodeName = options.node.description.defaults.name ?? options.node.description.displayName;
	const credentialsHelper = options.credentialsHelper ?? new TestCredentialsHelper(options.credentialTypes);
	if (!options.credentialsHelper) {
		for (const [type, data] of Object.entries(options.credentials)) credentialsHelper.set(type, data);
	}
	const nodeCredentials: INode['credentials'] = {};
	for (const type of Object.keys(options.credentials)) nodeCredentials[type] = { id: `${type}-id`, name: `${type} account` };

	const start: INode = {
		id: 'start',
		name: 'Start',
		type: 'testInput',
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: JSON.stringify(options.input ?? [{}]) },
	};
	const subject: INode = {
		id: 'subject',
		name: nodeName,
		type: options.node.description.name,
		typeVersion: 1,
		position: [200, 0],
		parameters: options.parameters as Record<string, NodeParameterValue>,
		credentials: nodeCredentials,
		continueOnFail: options.continueOnFail ?? false,
		onError: options.continueOnFail ? 'continueRegularOutput' : 'stopWorkflow',
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test',
		nodes: [start, subject],
		connections: { Start: { main: [[{ node: nodeName, type: NodeConnectionTypes.Main, index: 0 }]] } },
		active: false,
		nodeTypes: new NodeTypes({ testInput: new TestInput(), [options.node.description.name]: options.node }),
		staticData: options.staticData,
		settings: { executionOrder: 'v1' },
	});

	const executionId = `test-${++executionCounter}`;
	const hooks = new ExecutionLifecycleHooks('manual', executionId, {
		id: workflow.id,
		name: workflow.name,
		nodes: [start, subject],
		connections: workflow.connectionsBySourceNode,
		active: false,
		activeVersionId: null,
		settings: {},
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	const additionalData = buildAdditionalData(credentialsHelper, hooks, executionId);

	let run: IRun;
	try {
		const running = new WorkflowExecute(additionalData, 'manual').run({ workflow, startNode: start });
		options.onStart?.(() => running.cancel());
		run = await running;
	} catch (error) {
		expose('an error thrown out of the engine', error);
		throw error;
	}
	// What the editor shows and n8n saves: checked for secrets after the test (see exposure.ts).
	expose('the saved run data', run.data.resultData);
	const startError = run.data.resultData.runData.Start?.[0]?.error;
	if (startError) throw new Error(`The test input node failed: ${startError.message}`);
	const taskData = run.data.resultData.runData[nodeName]?.[0];
	const error = (taskData?.error ?? run.data.resultData.error) as NodeRun['error'];
	const items = taskData?.data?.main?.[0] ?? [];
	expose('the output items', items);
	if (error) expose('the node error', error);
	return { items, error, run, credentials: credentialsHelper };
}

/** Everything a user, a log or a later node could see of a run: items, the error whole, and the saved run data. */
export function visibleOf(run: NodeRun): string {
	return visibleText({ items: run.items, error: run.error, runData: run.run.data.resultData });
}
