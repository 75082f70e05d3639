import type { INodeProperties, INodeType } from 'n8n-workflow';

import { Companeo } from '../../nodes/Companeo/Companeo.node';
import { Digitaleo } from '../../nodes/Digitaleo/Digitaleo.node';
import { Guestonline } from '../../nodes/Guestonline/Guestonline.node';
import { GuestonlineTrigger } from '../../nodes/Guestonline/GuestonlineTrigger.node';
import { Localtrac } from '../../nodes/Localtrac/Localtrac.node';
import { Partoo } from '../../nodes/Partoo/Partoo.node';
import { PartooTrigger } from '../../nodes/Partoo/PartooTrigger.node';

/** Every field of a node, the ones inside collections included. */
function allFields(properties: readonly unknown[]): INodeProperties[] {
	const found: INodeProperties[] = [];
	for (const entry of properties) {
		const field = entry as INodeProperties & { values?: unknown[] };
		if (field.type) found.push(field);
		if (Array.isArray(field.options)) found.push(...allFields(field.options));
		if (Array.isArray(field.values)) found.push(...allFields(field.values));
	}
	return found;
}

const nodes: INodeType[] = [new Companeo(), new Digitaleo(), new Guestonline(), new GuestonlineTrigger(), new Localtrac(), new Partoo(), new PartooTrigger()];

describe('field reading shortcuts', () => {
	// locatorValue() in nodes/shared/params.ts reads a locator's value as given. That is what n8n's own
	// extraction gives only while no mode has an `extractValue` rule (e.g. an ID taken out of a URL).
	test.each(nodes.map((node) => [node.description.displayName, node] as const))('%s: no locator mode rewrites the value it is given', (_name, node) => {
		const locators = allFields(node.description.properties).filter((field) => field.type === 'resourceLocator');
		const rewriting = locators.flatMap((field) => (field.modes ?? []).filter((mode) => 'extractValue' in mode).map((mode) => `${field.name}.${mode.name}`));
		expect(rewriting).toEqual([]);
	});

	// fieldValue() in nodes/shared/params.ts skips n8n's check of a value against its field's declared
	// type. That check does something only for fields that declare a type to check.
	test.each(nodes.map((node) => [node.description.displayName, node] as const))('%s: no field asks n8n to check its value at run time', (_name, node) => {
		const checked = allFields(node.description.properties).filter(
			(field) => field.validateType !== undefined || field.type === 'resourceMapper' || field.type === 'filter',
		);
		expect(checked.map((field) => field.name)).toEqual([]);
	});

	test('the checks above look at real fields and locators', () => {
		const count = nodes.reduce((sum, node) => sum + allFields(node.description.properties).filter((field) => field.type === 'resourceLocator').length, 0);
		expect(count).toBeGreaterThan(20);
	});
});
