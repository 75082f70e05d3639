import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readInput } from '../../../shared/input';
import type { Operation } from '../../../shared/router';
import { z } from '../../../shared/validation';
import { locationLocator, uuidRule } from '../../fields';
import { callApi } from '../../transport';

const description: INodeProperties[] = [locationLocator()];

const schema = z.object({ locationId: uuidRule() });

/** One item: the location's UUID and, per weekday, its opening periods. */
async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { locationId } = readInput(this, itemIndex, description, schema);
	const schedules = await callApi(this, {
		method: 'GET',
		path: `/localtrac/locations/${locationId}/schedules`,
		safe: true,
		itemIndex,
	});
	return { uuid: locationId, ...schedules };
}

export const get: Operation = { description, safe: true, execute };
