import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/router';
import { rules, z } from '../../../shared/validation';
import { readInput, listRules } from '../../input';
import { listRecords } from '../../transport';

const description: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Date',
				name: 'date',
				type: 'string',
				placeholder: 'YYYY-MM-DD',
				default: '',
				description: 'Date parameter listed by the API reference for this endpoint',
			},
		],
	},
];

const schema = z.object({ ...listRules, date: rules.date().optional() });

async function execute(this: IExecuteFunctions, itemIndex: number) {
	const input = readInput(this, itemIndex, description, schema);
	return await listRecords(this, {
		path: '/restaurants',
		listKey: 'restaurants',
		qs: { date: input.date },
		itemIndex,
	});
}

export const getAll: Operation = { description, safe: true, execute };
