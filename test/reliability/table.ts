import type { INodeExecutionData } from 'n8n-workflow';

import type { NodeRun } from '../harness/run';

const HEADER = ['fault', 'vendor', 'read: once', 'read: every attempt', 'write: once', 'write: every attempt'];

export type Column = 'once' | 'every';

const rows = new Map<string, string[]>();

/** The row of a fault and a vendor, created empty the first time; rows print in the order they were created. */
export function reserve(fault: string, vendor: string): string[] {
	const key = `${fault}|${vendor}`;
	let row = rows.get(key);
	if (!row) {
		row = [fault, vendor, '', '', '', ''];
		rows.set(key, row);
	}
	return row;
}

/** Fills the cell of one run, or both cells of a side when `column` is omitted (a combination that does not apply). */
export function note(fault: string, vendor: string, kind: 'read' | 'write', text: string, column?: Column): void {
	const row = reserve(fault, vendor);
	const first = kind === 'read' ? 2 : 4;
	for (const c of column ? [column] : (['once', 'every'] as Column[])) row[first + (c === 'once' ? 0 : 1)] = text;
}

function itemText(item: INodeExecutionData): string {
	const { error, httpCode } = item.json as { error?: unknown; httpCode?: unknown };
	if (error === undefined) return 'ok';
	return typeof httpCode === 'string' ? httpCode : 'err';
}

/**
 * A run in a few words, from what it produced: each output item in order ("ok", or its error's httpCode),
 * or "stop@n <httpCode>" when the node stopped on item n; then the requests sent for items 0/1/2.
 */
export function observed(run: NodeRun, sent: number[]): string {
	const outcome = run.error
		? `stop@${String(run.error.context?.itemIndex)} ${run.error.httpCode ?? 'err'}`
		: run.items.map((item, i) => `${(item.pairedItem as { item?: number } | undefined)?.item === i ? '' : '?'}${itemText(item)}`).join(' ');
	return `${outcome} · ${sent.join('/')}`;
}

/** The table as fixed-width text. */
export function renderTable(): string {
	const all = [HEADER, ...rows.values()];
	const widths = HEADER.map((_, c) => Math.max(...all.map((r) => r[c].length)));
	const line = (r: string[]): string => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
	const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
	return [line(HEADER), rule, ...all.slice(1).map(line)].join('\n');
}
