import type { IDataObject } from 'n8n-workflow';

import type { RecordedRequest } from '../harness/http';
import type { NodeRun } from '../harness/run';
import type { Backend, Reply } from './backend';
import { json, socketBackend } from './backend';
import type { Fault } from './faults';
import { expectedItem, FAULTS, MAX_RETRIES, operationError, TIMEOUT_MS, vendorFailure } from './faults';
import { note, observed, renderTable, reserve } from './table';
import type { ExpectedError, Side, VendorCase } from './vendors';
import { SIDES, VENDORS } from './vendors';

/** Three input items; the faults hit the middle one. */
const ITEMS = [0, 1, 2];
const MIDDLE = 1;
const TOKEN_EXPIRY = 'token expires mid-execution';

afterAll(() => {
	const operations = VENDORS.map((v) => `${v.name}: read ${v.read?.operation ?? '(none)'}, write ${v.write.operation}`).join('; ');
	process.stdout.write(
		[
			'',
			'Fault matrix, as observed. Each cell: items 0 1 2 as output ("ok", or the error item\'s httpCode; "stop@n code" = the node',
			`stopped on item n), then the requests sent for items 0/1/2. "once": the middle item's first attempt fails, no Continue On Fail;`,
			`"every attempt": every attempt of the middle item fails, Continue On Fail. Retries option ${MAX_RETRIES}.`,
			`Operations: ${operations}.`,
			renderTable(),
			'',
		].join('\n'),
	);
});

interface FaultRun {
	run: NodeRun;
	/** Requests per item. */
	sent: RecordedRequest[][];
	/** Every request the vendor received, whichever item it was for. */
	total: RecordedRequest[];
}

/** Runs the operation over the three items against a vendor scripted per item, on nock or on a real socket. */
async function runScripted(
	vendor: VendorCase,
	side: Side,
	script: (n: number) => Reply[],
	settings: { continueOnFail: boolean; socket?: boolean; options?: IDataObject },
): Promise<FaultRun> {
	const backend: Backend & { url?: string } = settings.socket ? await socketBackend() : vendor.nock();
	try {
		for (const n of ITEMS) backend.script(side.route, n, script(n));
		const options = { ...(side.params.options as IDataObject | undefined), maxRetries: MAX_RETRIES, ...settings.options };
		const run = await vendor.run(
			{ ...side.params, options },
			{
				input: ITEMS.map(side.input),
				continueOnFail: settings.continueOnFail,
				credentials: backend.url ? vendor.localCredentials(backend.url) : {},
			},
		);
		return { run, sent: ITEMS.map((n) => backend.sentFor(side.route, n)), total: [...backend.requests] };
	} finally {
		await backend.close();
	}
}

/** The middle item gets `middle`, the others the vendor's success reply. */
const middleItem = (side: Side, middle: Reply[]) => (n: number): Reply[] => (n === MIDDLE ? middle : [side.success(n)]);

/** Exactly `counts[n]` requests for item n and nothing else; each one the operation's method and path, resends identical. */
function expectRequests(side: Side, { sent, total }: FaultRun, counts: number[]): void {
	expect(sent.map((requests) => requests.length)).toEqual(counts);
	expect(total).toHaveLength(counts.reduce((a, b) => a + b, 0));
	sent.forEach((requests, n) => {
		for (const request of requests) {
			expect([request.method, request.path.split('?')[0], request.body]).toEqual([side.route.method, side.route.path(n), requests[0].body]);
		}
	});
}

const pairedOutput = (run: NodeRun) => run.items.map((item) => ({ json: item.json, pairedItem: item.pairedItem }));
const paired = (json: IDataObject, n: number) => ({ json, pairedItem: { item: n } });

/** The three items as they should come out, in input order: item n's own output, `middle` for the middle one. */
const expectedItems = (side: Side, middle: IDataObject) => ITEMS.map((n) => paired(n === MIDDLE ? middle : side.output(n), n));

function expectStopped(run: NodeRun, error: ExpectedError): void {
	expect(run.items).toEqual([]);
	expect({
		name: run.error?.name,
		message: run.error?.message,
		description: run.error?.description ?? undefined,
		httpCode: run.error?.httpCode ?? undefined,
		itemIndex: run.error?.context?.itemIndex,
	}).toEqual({ name: 'NodeApiError', ...error, itemIndex: MIDDLE });
}

/** No credential value in the output, the error or anything the run recorded. */
function expectNoSecrets(run: NodeRun, secrets: string[]): void {
	const seen = JSON.stringify({
		items: run.items,
		error: run.error && { message: run.error.message, description: run.error.description, stack: run.error.stack, context: run.error.context },
		result: run.run.data.resultData,
	});
	for (const secret of secrets) expect(seen).not.toContain(secret);
}

const title = (vendor: VendorCase, side: Side): string => `${vendor.name} ${side.kind} (${side.operation})`;
const counts = (result: FaultRun): number[] => result.sent.map((requests) => requests.length);

/** The table's rows for a fault, in vendor order, with the missing read operation said as such. */
function reserveRows(fault: string): void {
	for (const vendor of VENDORS) {
		reserve(fault, vendor.name);
		if (!vendor.read) note(fault, vendor.name, 'read', 'n/a: no read operation');
	}
}

describe.each(FAULTS)('fault: $label', (fault: Fault) => {
	reserveRows(fault.label);
	for (const { vendor, side } of SIDES) {
		if (fault.applies && !fault.applies(vendor)) {
			note(fault.label, vendor.name, side.kind, `n/a: ${fault.notApplicable ?? 'does not apply'}`);
			continue;
		}
		const attempts = fault.attempts(side);
		const settings = { socket: fault.socket, options: fault.options };

		test(`${title(vendor, side)}: once on the middle item, without Continue On Fail`, async () => {
			const result = await runScripted(vendor, side, middleItem(side, [fault.reply(vendor), side.success(MIDDLE)]), { ...settings, continueOnFail: false });
			const { run } = result;
			note(fault.label, vendor.name, side.kind, observed(run, counts(result)), 'once');

			const outcome = fault.outcome(vendor, side, MIDDLE);
			if (attempts > 1) {
				// Sent again: the second answer is a success, and the batch carries on.
				expect(run.error).toBeUndefined();
				expect(pairedOutput(run)).toEqual(expectedItems(side, side.output(MIDDLE)));
				expectRequests(side, result, [1, 2, 1]);
			} else if ('ok' in outcome) {
				expect(run.error).toBeUndefined();
				expect(pairedOutput(run)).toEqual(expectedItems(side, outcome.ok));
				expectRequests(side, result, [1, 1, 1]);
			} else {
				// Not sent again; the node stops on the middle item. Reads of the other items were already under way.
				const error = operationError(outcome, side);
				expectStopped(run, side.stopped ? side.stopped(error) : error);
				expectRequests(side, result, [1, 1, side.kind === 'read' ? 1 : 0]);
			}
			expectNoSecrets(run, vendor.secrets);
		});

		test(`${title(vendor, side)}: on every attempt of the middle item, with Continue On Fail`, async () => {
			// One faulty reply more than the attempts allowed, so that an extra attempt would show in the counts.
			const faulty = Array.from({ length: attempts + 1 }, () => fault.reply(vendor));
			const result = await runScripted(vendor, side, middleItem(side, faulty), { ...settings, continueOnFail: true });
			const { run } = result;
			note(fault.label, vendor.name, side.kind, observed(run, counts(result)), 'every');

			expect(run.error).toBeUndefined();
			expect(pairedOutput(run)).toEqual(expectedItems(side, expectedItem(fault.outcome(vendor, side, MIDDLE), side)));
			expectRequests(side, result, [1, attempts, 1]);
			expectNoSecrets(run, vendor.secrets);
		});
	}
});

describe(`fault: ${TOKEN_EXPIRY}`, () => {
	reserveRows(TOKEN_EXPIRY);
	for (const { vendor, side } of SIDES) {
		const session = vendor.session;
		if (!session) {
			note(TOKEN_EXPIRY, vendor.name, side.kind, 'n/a: static key, see 401');
			continue;
		}
		const expired = (): Reply => json(401, vendor.errorBody('Token expired', 401));
		// One item at a time, so that item 0 has succeeded with the stored token when item 1 meets the 401.
		const sequential = { options: { parallelRequests: 1 } };

		test(`${title(vendor, side)}: a 401 after item 0 leads to one login, and the batch carries on with the new token`, async () => {
			const logins = session.login(session.fresh);
			const result = await runScripted(vendor, side, middleItem(side, [expired(), side.success(MIDDLE)]), { ...sequential, continueOnFail: false });
			const { run } = result;
			note(TOKEN_EXPIRY, vendor.name, side.kind, `${observed(run, counts(result))} · ${logins.length} login`, 'once');

			expect(run.error).toBeUndefined();
			expect(pairedOutput(run)).toEqual(expectedItems(side, side.output(MIDDLE)));
			// A change refused with 401 was not processed: n8n's resend after the new login is its only delivery.
			expectRequests(side, result, [1, 2, 1]);
			expect(result.total.map((r) => r.headers.authorization)).toEqual([session.stored, session.stored, session.fresh, session.fresh].map(session.header));
			expect(logins).toHaveLength(1);
			expect(run.credentials.preAuthCalls.get(session.credentialType)).toBe(1);
			expectNoSecrets(run, vendor.secrets);
		});

		test(`${title(vendor, side)}: a token refused again after the new login is reported, without looping`, async () => {
			const logins = session.login(session.fresh);
			const result = await runScripted(vendor, side, middleItem(side, [expired(), expired(), expired()]), { ...sequential, continueOnFail: true });
			const { run } = result;
			note(TOKEN_EXPIRY, vendor.name, side.kind, `${observed(run, counts(result))} · ${logins.length} login`, 'every');

			const refused = expectedItem({ error: vendorFailure(vendor, 401, 'Token expired') }, side);
			// Refused right after a login means the credential itself is refused: the last item is not sent, and says so.
			expect(pairedOutput(run)).toEqual([paired(side.output(0), 0), paired(refused, 1), paired(refused, 2)]);
			expectRequests(side, result, [1, 2, 0]);
			expect(logins).toHaveLength(1);
			expectNoSecrets(run, vendor.secrets);
		});
	}
});

describe('the test tools themselves', () => {
	test('a nock reply delayed beyond the timeout option ends the attempt as a timeout, like a silent socket', async () => {
		const vendor = VENDORS[0];
		const side = vendor.read as Side;
		const quick = side.success(0) as Reply & { kind: 'http' };
		const backend = vendor.nock();
		backend.script(side.route, 0, [{ ...quick, delayMs: TIMEOUT_MS * 3 }, { ...quick, delayMs: TIMEOUT_MS * 3 }, quick]);
		const options = { ...side.params, options: { timeout: TIMEOUT_MS } };

		const abandoned = await vendor.run({ ...options, options: { ...options.options, maxRetries: 0 } }, { input: [side.input(0)], continueOnFail: true });
		const retried = await vendor.run({ ...options, options: { ...options.options, maxRetries: 1 } }, { input: [side.input(0)], continueOnFail: true });

		expect(pairedOutput(abandoned)).toEqual([paired({ error: 'The request timed out before the service answered', httpCode: 'ECONNABORTED' }, 0)]);
		expect(pairedOutput(retried)).toEqual([paired(side.output(0), 0)]);
		expect(backend.sentFor(side.route, 0)).toHaveLength(3);
	});
});
