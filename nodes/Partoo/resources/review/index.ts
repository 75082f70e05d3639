import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { getAll } from './getAll';

const entries: OperationEntry[] = [
	{ name: 'Get Many', value: 'getAll', action: 'Get many reviews', description: 'Search reviews by state, rating, partner, date, business or city', module: getAll },
];

export const reviewDescription = resourceDescription('review', entries, 'getAll');
export const reviewOperations = operationMap(entries);
