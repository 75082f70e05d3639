import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { locationLocator, uuidRule } from '../../fields';
import { callApi } from '../../transport';

const description: INodeProperties[] = [locationLocator()];

const schema = z.object({ locationId: uuidRule() });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { locationId } = readInput(this, itemIndex, description, schema);
	return await callApi(this, { method: 'GET', path: `/localtrac/location/${locationId}`, safe: true, itemIndex });
}

export const get: Operation = { description, safe: true, execute };
