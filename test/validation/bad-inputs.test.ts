import { companeoTable } from './companeo.cases';
import { digitaleoTable } from './digitaleo.cases';
import { guestonlineTable, guestonlineTriggerTable } from './guestonline.cases';
import { localtracTable } from './localtrac.cases';
import { partooTable, partooTriggerTable } from './partoo.cases';
import type { BadInput, Table } from './support';
import { expectRefused } from './support';

/**
 * Bad inputs are refused before any request, with a NodeOperationError that names the
 * field (its label), the rule and the item. One table per node; every row is one bad input.
 */
const tables: Table[] = [guestonlineTable, guestonlineTriggerTable, partooTable, partooTriggerTable, digitaleoTable, localtracTable, companeoTable];

let refused = 0;

describe.each(tables.map((table) => [table.node, table] as const))('%s', (_node, table) => {
	test.each(table.cases.map((row) => [row.title, row] as [string, BadInput]))('refuses %s', async (_title, row) => {
		await expectRefused(table, row);
		refused++;
	});
});

test('at least 150 bad inputs across the nodes and triggers, each one refused', () => {
	const declared = tables.reduce((sum, table) => sum + table.cases.length, 0);
	expect(tables.filter((table) => table.cases.length === 0).map((table) => table.node)).toEqual([]);
	expect(refused).toBe(declared);
	expect(declared).toBeGreaterThanOrEqual(150);
});
