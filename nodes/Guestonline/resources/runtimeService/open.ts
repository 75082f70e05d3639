import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { changeService, serviceFields, serviceRules } from './shared';

const description: INodeProperties[] = [...serviceFields];

const schema = z.object(serviceRules);

async function execute(this: IExecuteFunctions, itemIndex: number) {
	return await changeService(this, itemIndex, '/runtime_services/open', description, schema);
}

export const openService: Operation = { description, safe: false, execute };
