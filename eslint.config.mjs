import tsParser from '@typescript-eslint/parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import { configs as communityConfigs } from '@n8n/eslint-plugin-community-nodes';

const base = n8nNodesBase.configs;

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'test/**', 'bench/**', 'scripts/**', 'gulpfile.js', 'jest.config.js'] },
	{
		files: ['**/*.ts'],
		languageOptions: { parser: tsParser, parserOptions: { sourceType: 'module' } },
	},
	{
		files: ['package.json'],
		languageOptions: { parser: { parseForESLint: (code) => ({ ast: jsonAst(code), services: {}, scopeManager: null, visitorKeys: null }) } },
	},
	{
		files: ['package.json'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: base.community.rules,
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...base.credentials.rules,
			// The rule's own documentation limits it to credentials inside n8n's main repository, where
			// documentationUrl is a slug; community credentials must link to a full URL.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...base.nodes.rules,
			// These two demand the string 'main', while the community rule node-connection-type-literal demands
			// NodeConnectionTypes.Main for the same line. Both rule sets must pass, so the newer guidance wins.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{ ...communityConfigs.recommended, files: ['**/*.ts', 'package.json'] },
];

/** package.json is linted as a JavaScript object literal, the form the community rules read. */
function jsonAst(code) {
	return tsParser.parseForESLint(`(${code})`, { range: true, loc: true, tokens: true, comment: true }).ast;
}
