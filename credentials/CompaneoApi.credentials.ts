import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class CompaneoApi implements ICredentialType {
	name = 'companeoApi';

	displayName = 'Companeo API';

	icon: Icon = { light: 'file:../icons/companeo.svg', dark: 'file:../icons/companeo.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-local-business';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The partner API key Companeo gave you. It is sent as a Bearer token.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.companeo.com/api/v1',
			description: 'Change only to go through a proxy. Must use https:// (http is accepted for localhost).',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.apiKey}}' },
		},
	};

	/**
	 * Sends an empty list of leads: the API refuses it as malformed (400) when the key is valid,
	 * and answers 401 when it is not. Nothing is created either way.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/partners/create_rfq',
			method: 'POST',
			body: [],
			json: true,
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseCode',
				properties: { value: 401, message: 'The API key was not accepted' },
			},
			{
				type: 'responseCode',
				properties: { value: 403, message: 'The API key is not allowed to submit leads' },
			},
		],
	};
}
