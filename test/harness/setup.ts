import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import nock from 'nock';
import { LoggerProxy } from 'n8n-workflow';

import { retryTiming } from '../../nodes/shared/request';
import { forgetSharedLogins } from '../../nodes/shared/session';
import { findLeaks, recordingLogger, resetExposure } from './exposure';

// Backoff waits are real sleeps; keep them short so retry tests stay fast. Their length is not under test.
retryTiming.baseDelayMs = 5;
retryTiming.maxDelayMs = 50;

beforeAll(() => {
	nock.disableNetConnect();
});

// Everything n8n-core and the nodes log is recorded for the secrets check.
LoggerProxy.init(recordingLogger() as never);
Container.set(Logger, recordingLogger() as never);

afterEach(() => {
	nock.cleanAll();
	forgetSharedLogins();
	// The suite-wide secrets check: no credential value in any output, error or log of the test.
	const leaks = findLeaks();
	resetExposure();
	if (leaks.length) throw new Error(`Secrets were exposed:\n${leaks.join('\n')}`);
});

afterAll(() => {
	nock.cleanAll();
	nock.restore();
	nock.enableNetConnect();
});
