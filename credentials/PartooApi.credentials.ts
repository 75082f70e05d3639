import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/** Partoo's documented REST API hosts, by the environment value stored in the credential. */
export const PARTOO_ENVIRONMENTS = {
	productionFrance: 'https://www.partoo.fr/api/v2',
	productionSpain: 'https://www.localoo.es/api/v2',
	productionInternational: 'https://www.partoo.co/api/v2',
	productionItaly: 'https://www.partoo.it/api/v2',
	sandbox: 'https://sandbox.partoo.co/api/v2',
	sandboxSpain: 'https://sandbox.localoo.es/api/v2',
} as const;

export type PartooEnvironment = keyof typeof PARTOO_ENVIRONMENTS | 'custom';

/** The base URL as an n8n expression, for the credential test: the environment's host, or the custom URL. */
const baseUrlExpression = `={{ ${Object.entries(PARTOO_ENVIRONMENTS)
	.map(([key, url]) => `$credentials.environment === "${key}" ? "${url}" : `)
	.join('')}String($credentials.customUrl || "").trim().replace(/\\/+$/, "") }}`;

export class PartooApi implements ICredentialType {
	name = 'partooApi';

	displayName = 'Partoo API';

	icon: Icon = { light: 'file:../icons/partoo.svg', dark: 'file:../icons/partoo.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-local-business';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The API key Partoo gave you. It is sent as the api_key query parameter of every request.',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			default: 'productionFrance',
			description: 'The Partoo platform your account lives on',
			options: [
				{ name: 'Production France', value: 'productionFrance', description: PARTOO_ENVIRONMENTS.productionFrance },
				{ name: 'Production Spain', value: 'productionSpain', description: PARTOO_ENVIRONMENTS.productionSpain },
				{
					name: 'Production International',
					value: 'productionInternational',
					description: PARTOO_ENVIRONMENTS.productionInternational,
				},
				{ name: 'Production Italy', value: 'productionItaly', description: PARTOO_ENVIRONMENTS.productionItaly },
				{ name: 'Sandbox', value: 'sandbox', description: PARTOO_ENVIRONMENTS.sandbox },
				{ name: 'Sandbox Spain', value: 'sandboxSpain', description: PARTOO_ENVIRONMENTS.sandboxSpain },
				{ name: 'Custom URL', value: 'custom', description: 'Your own base URL, e.g. a proxy' },
			],
		},
		{
			displayName: 'Custom URL',
			name: 'customUrl',
			type: 'string',
			default: '',
			placeholder: 'https://proxy.example.com/partoo/api/v2',
			description: 'Base URL ending in /api/v2. Must use https:// (http is accepted for localhost).',
			displayOptions: { show: { environment: ['custom'] } },
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			qs: { api_key: '={{$credentials.apiKey}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: baseUrlExpression,
			url: '/user/me',
			method: 'GET',
		},
	};
}
