import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	ICredentialsExpressionResolveValues,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

import { rememberSecretSource } from './exposure';

/**
 * Credentials for the engine under test. It does what n8n's own credentials service does with a
 * credential type: resolves a generic `authenticate` into headers/qs/body/auth, calls a function-style
 * `authenticate`, and runs `preAuthentication` when the hidden expirable field is empty or expired,
 * storing the result so the next call reuses it. It counts those calls.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** Stored data per credential type, as saved in n8n's database. */
	readonly store = new Map<string, ICredentialDataDecryptedObject>();

	/** How many times preAuthentication ran, per credential type. */
	readonly preAuthCalls = new Map<string, number>();

	constructor(private readonly types: Record<string, ICredentialType>) {
		super();
		// Whatever the store holds in a secret field, now or after a login, must never be seen.
		rememberSecretSource(() => this.secretValues());
	}

	/** The values of every password or expirable field in the store. */
	*secretValues(): Iterable<string> {
		for (const [typeName, data] of this.store) {
			const type = this.types[typeName];
			if (!type) continue;
			for (const property of type.properties) {
				const options = property.typeOptions ?? {};
				if (options.password !== true && options.expirable !== true) continue;
				const value = data[property.name];
				if (typeof value === 'string' && value) yield value;
			}
		}
	}

	set(type: string, data: ICredentialDataDecryptedObject): void {
		this.store.set(type, { ...data });
	}

	private type(name: string): ICredentialType {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}

	getParentTypes(name: string): string[] {
		const parents = this.type(name).extends ?? [];
		return parents.flatMap((parent) => [parent, ...(this.types[parent] ? this.getParentTypes(parent) : [])]);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const authenticate = this.type(typeName).authenticate;
		const options = requestOptions as IHttpRequestOptions;
		if (!authenticate) return options;
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, options);
		}
		if (authenticate.type !== 'generic') return options;
		const resolve = (value: unknown): unknown => {
			if (typeof value !== 'string' || !value.startsWith('=')) return value;
			if (!workflow || !node) throw new Error('Expressions in authenticate need the workflow and node');
			return workflow.expression.getParameterValue(value, null, 0, 0, node.name, [], 'internal', {
				$credentials: credentials,
			});
		};
		const target = options as unknown as Record<string, Record<string, unknown> | undefined>;
		for (const [outer, inner] of Object.entries(authenticate.properties) as Array<[string, Record<string, unknown>]>) {
			const resolved: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(inner)) resolved[key] = resolve(value);
			if (outer === 'auth') {
				target.auth = resolved;
			} else {
				target[outer] = { ...(target[outer] ?? {}), ...resolved };
			}
		}
		return options;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
		if (!expirable) return undefined;
		if (!credentialsExpired && credentials[expirable.name]) return undefined;
		this.preAuthCalls.set(typeName, (this.preAuthCalls.get(typeName) ?? 0) + 1);
		const output = await type.preAuthentication.call(helpers, credentials);
		const merged = { ...credentials, ...output } as ICredentialDataDecryptedObject;
		this.store.set(typeName, merged);
		return merged;
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		return (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		const data = this.store.get(type) ?? {};
		return {
			id: nodeCredentials.id,
			name: nodeCredentials.name,
			type,
			data: undefined,
			getData: async () => ({ ...data }),
			getDataToSave: () => ({ id: nodeCredentials.id, name: nodeCredentials.name, type, data: '' }),
			setData: async () => undefined,
			updateData: async () => undefined,
		} as unknown as ICredentials;
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		_mode?: unknown,
		_executeData?: unknown,
		_raw?: boolean,
		_expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.store.get(type);
		if (!data) throw new Error(`No credentials of type ${type} were given to the test`);
		const withDefaults: ICredentialDataDecryptedObject = {};
		for (const property of this.type(type).properties) {
			if (property.default !== undefined) withDefaults[property.name] = property.default as string;
		}
		return { ...withDefaults, ...data };
	}

	async updateCredentials(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject): Promise<void> {
		this.store.set(type, { ...data });
	}

	async updateCredentialsOauthTokenData(): Promise<void> {
		throw new Error('OAuth is not used by this package');
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}
}
