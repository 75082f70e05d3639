import type {
	IAuthenticateGeneric,
	Icon,
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

	// The Test button is the Companeo node's companeoApiTest (nodes/Companeo/credentialTest.ts): telling a
	// refused key from an accepted one needs the reply's status, which a declarative test cannot read.
}
