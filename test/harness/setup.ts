import nock from 'nock';

import { retryTiming } from '../../nodes/shared/request';

// Backoff waits are real sleeps; keep them short so retry tests stay fast. Their length is not under test.
retryTiming.baseDelayMs = 5;
retryTiming.maxDelayMs = 50;

beforeAll(() => {
	nock.disableNetConnect();
});

afterEach(() => {
	nock.cleanAll();
});

afterAll(() => {
	nock.cleanAll();
	nock.restore();
	nock.enableNetConnect();
});
