import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class GuestonlineApi implements ICredentialType {
	name = 'guestonlineApi';

	displayName = 'Guestonline API';

	icon: Icon = { light: 'file:../icons/guestonline.svg', dark: 'file:../icons/guestonline.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-local-business';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The token the Guestonline (TableOnline) team gave you. It is sent in the X-Token header.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.guestonline.fr/v1',
			description: 'Change only to go through a proxy. Must use https:// (http is accepted for localhost).',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { 'X-Token': '={{$credentials.token}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/restaurants',
			method: 'GET',
		},
	};
}
