import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import type { PollerOptions } from '../harness/poll';
import { Poller } from '../harness/poll';

/** One bad input: the node's parameters, the input items (one empty item when left out) and the refusal expected. */
export interface BadInput {
	title: string;
	parameters: IDataObject;
	input?: IDataObject[];
	/** The whole error message, or a pattern for it when part of it is not stable. */
	message: string | RegExp;
}

/** Runs a node (or polls a trigger) and returns the error that stopped it, if any. */
export type Attempt = (parameters: IDataObject, input?: IDataObject[]) => Promise<Error | undefined>;

/** The rows of one operation's table: each row changes the operation's valid parameters. */
export function rowsFor(base: IDataObject) {
	return (title: string, changes: IDataObject, message: string | RegExp, input?: IDataObject[]): BadInput => ({
		title,
		parameters: { ...base, ...changes },
		message,
		...(input ? { input } : {}),
	});
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/**
 * Answers every request to the given hosts, whatever its method and path, and records it: a bad
 * input that got through would show up here instead of failing on a missing mock.
 */
export function catchAll(hosts: string[]): { calls: string[] } {
	const calls: string[] = [];
	for (const host of hosts) {
		const scope = nock(host).persist();
		for (const method of METHODS) {
			scope.intercept(() => true, method).reply(function (uri) {
				calls.push(`${this.req.method} ${host}${uri}`);
				return [418, { message: 'a bad input reached the API' }];
			});
		}
	}
	return { calls };
}

/** Every refusal has this shape: the field's label, the broken rule and the item. */
export const REFUSAL_SHAPE = /^Invalid "[^"]+"( \(entry [\d.]+\))?: \S.* \[item \d+\]$/s;

/** One table of bad inputs for one node, and how that node is run. */
export interface Table {
	node: string;
	hosts: string[];
	attempt: Attempt;
	cases: BadInput[];
}

/** A node's table: each row is one run of the node, through n8n's engine, with the vendor's own runner. */
export function nodeTable(
	node: string,
	hosts: string[],
	run: (parameters: IDataObject, options: { input?: IDataObject[] }) => Promise<{ error?: Error }>,
	cases: BadInput[],
): Table {
	return { node, hosts, cases, attempt: async (parameters, input) => (await run(parameters, { input })).error };
}

/** A trigger's table: each row is the first poll (as on activation) of a new trigger. */
export function triggerTable(node: string, hosts: string[], trigger: Omit<PollerOptions, 'parameters'>, cases: BadInput[]): Table {
	const attempt: Attempt = async (parameters) =>
		await new Poller({ ...trigger, parameters }).poll().then(
			() => undefined,
			(error: Error) => error,
		);
	return { node, hosts, cases, attempt };
}

/** The refusal expected of every row: a NodeOperationError that names the field and the rule, and no request sent. */
export async function expectRefused(table: Table, row: BadInput): Promise<void> {
	const network = catchAll(table.hosts);
	const error = await table.attempt(row.parameters, row.input);
	expect(error).toBeDefined();
	expect({ name: error?.name, message: error?.message }).toEqual({
		name: 'NodeOperationError',
		message: typeof row.message === 'string' ? row.message : expect.stringMatching(row.message),
	});
	expect(error?.message).toMatch(REFUSAL_SHAPE);
	expect(network.calls).toEqual([]);
}

/** Text of a given length, for the documented maximums. */
export const chars = (length: number, unit = 'x'): string => unit.repeat(length);

/** A literal value, as an n8n expression: how values that the editor would not allow reach a node. */
export const expr = (value: unknown): string => `={{ ${value === undefined ? 'undefined' : JSON.stringify(value)} }}`;

/** Unicode that looks harmless in the editor. */
export const unicode = {
	nul: '\u0000',
	loneHigh: '\uD83D',
	loneLow: '\uDE00',
	zeroWidth: '\u200B',
	rtlOverride: '\u202E',
	emoji: '\u{1F600}',
};
