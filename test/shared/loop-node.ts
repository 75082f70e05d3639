import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { ResourceMap } from '../../nodes/shared/router';
import { runOperations } from '../../nodes/shared/router';

/** A node made only of the shared item loop over `resources`, to test the shared core through the real engine. */
export function loopNode(name: string, resources: ResourceMap, extra: { properties?: INodeProperties[]; credential?: string } = {}): INodeType {
	return {
		description: {
			displayName: name,
			name: name.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toLowerCase()),
			group: ['transform'],
			version: 1,
			description: `${name}: runs operations through the shared item loop`,
			defaults: { name },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			...(extra.credential ? { credentials: [{ name: extra.credential, required: true }] } : {}),
			properties: [
				{ displayName: 'Resource', name: 'resource', type: 'string', default: '' },
				{ displayName: 'Operation', name: 'operation', type: 'string', default: '' },
				...(extra.properties ?? []),
			],
		},
		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			return await runOperations(this, resources);
		},
	};
}
