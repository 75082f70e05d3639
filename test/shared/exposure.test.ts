import { GuestonlineApi } from '../../credentials/GuestonlineApi.credentials';
import { PartooApi } from '../../credentials/PartooApi.credentials';
import { Partoo } from '../../nodes/Partoo/Partoo.node';
import { expose, exposureCounts, findLeaks, rememberSecret, resetExposure, secretForms, seenPlaces, setExposureRecording } from '../harness/exposure';
import { TestCredentialsHelper } from '../harness/credentials';
import { runNode } from '../harness/run';

const SECRET = 'k3y/with+odd=chars&(x)*';

describe('the suite-wide secrets check', () => {
	afterEach(() => resetExposure());

	test.each([
		['as it is', `{"message":"bad key ${SECRET}"}`],
		['URL-encoded in a query string', `https://api.example/v2/x?api_key=${encodeURIComponent(SECRET)}`],
		['RFC 3986-encoded', `?api_key=${encodeURIComponent(SECRET).replace(/[()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`],
		['form-encoded with spaces as +', 'password=' + encodeURIComponent(`${SECRET} two`).replace(/%20/g, '+')],
	])('finds a secret %s', (_form, text) => {
		rememberSecret(SECRET);
		rememberSecret(`${SECRET} two`);
		expose('a test place', text);
		expect(findLeaks().length).toBeGreaterThan(0);
		expect(findLeaks().join('\n')).not.toContain(SECRET);
	});

	test('finds a secret inside an error cause, a stack or a JSON string held in a string', () => {
		rememberSecret(SECRET);
		const error = Object.assign(new Error('outer'), { cause: new Error(`inner ${SECRET}`) });
		expose('an error', error);
		const quoted = 'qu"ote\\secret';
		rememberSecret(quoted);
		expose('a doubly encoded body', JSON.stringify({ body: JSON.stringify({ key: quoted }) }));
		expect(findLeaks()).toEqual([
			'the secret k3…(23 chars) appears in an error',
			'the secret qu…(13 chars) appears encoded in a doubly encoded body',
		]);
	});

	test('the forms of a secret include the raw, URL, RFC 3986, form and JSON ones', () => {
		expect(secretForms('a b"c(')).toEqual(['a b"c(', 'a%20b%22c(', 'a%20b%22c%28', 'a+b%22c(', 'a b\\"c(', 'a b\\\\\\"c(']);
	});

	test('secrets shorter than six characters are not checked, and clean text passes', () => {
		rememberSecret('abc');
		rememberSecret(SECRET);
		expose('somewhere', 'abc and [redacted]');
		expect(findLeaks()).toEqual([]);
	});

	test('recording can be turned off for the benchmark, and on again', () => {
		setExposureRecording(false);
		rememberSecret(SECRET);
		expose('ignored', SECRET);
		expect(exposureCounts()).toEqual({ secrets: 0, seen: 0 });
		setExposureRecording(true);
		rememberSecret(SECRET);
		expose('recorded', SECRET);
		expect(findLeaks()).toHaveLength(1);
	});

	test('a credential store is a source of secrets, including tokens it gains later', () => {
		const helper = new TestCredentialsHelper({ guestonlineApi: new GuestonlineApi() });
		helper.set('guestonlineApi', { token: 'first-token-123', environment: 'production' });
		expose('output', 'first-token-123');
		expect(findLeaks()).toHaveLength(1);
		helper.set('guestonlineApi', { token: 'second-token-456' });
		expose('output', 'second-token-456');
		// Only the store's current value counts: the first token has been replaced.
		expect(findLeaks()).toEqual(['the secret se…(16 chars) appears in output']);
	});

	test('a node run feeds the check: outputs, errors, saved run data and the n8n log', async () => {
		// Nothing is mocked, so the request is refused and the node fails.
		const run = await runNode({
			node: new Partoo(),
			parameters: { resource: 'business', operation: 'get', businessId: { __rl: true, mode: 'id', value: '5409c35b97aac999d8c26737' }, options: { maxRetries: 0 } },
			credentials: { partooApi: { apiKey: 'partoo-key-in-query-1' } },
			credentialTypes: { partooApi: new PartooApi() },
		});
		expect(run.error).toBeDefined();
		expect(exposureCounts().secrets).toBe(1);
		expect(seenPlaces()).toEqual(expect.arrayContaining(['the saved run data', 'the output items', 'the node error', 'the n8n log (debug)']));
		expect(findLeaks()).toEqual([]);
	});
});
