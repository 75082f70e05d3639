import { forgetSharedLogins, shareLogin } from '../../nodes/shared/session';

describe('shareLogin: one login for the requests that need it at once', () => {
	afterEach(() => {
		jest.restoreAllMocks();
		forgetSharedLogins();
	});

	test('callers with the same key while a login is under way share it', async () => {
		let logins = 0;
		let release: (token: string) => void = () => undefined;
		const login = async () => {
			logins++;
			return await new Promise<string>((resolve) => (release = resolve));
		};
		const waiting = [shareLogin('k', login), shareLogin('k', login), shareLogin('k', login)];
		release('new-token');
		expect(await Promise.all(waiting)).toEqual(['new-token', 'new-token', 'new-token']);
		expect(logins).toBe(1);
	});

	test('a caller arriving within a minute of the login takes its result; after a minute it logs in again', async () => {
		const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
		let logins = 0;
		const login = async () => `token-${++logins}`;
		expect(await shareLogin('k', login)).toBe('token-1');
		now.mockReturnValue(1_000_000 + 59_000);
		expect(await shareLogin('k', login)).toBe('token-1');
		now.mockReturnValue(1_000_000 + 61_000);
		expect(await shareLogin('k', login)).toBe('token-2');
		expect(logins).toBe(2);
	});

	test('another key (another credential, or another refused token) logs in on its own', async () => {
		let logins = 0;
		const login = async () => `token-${++logins}`;
		expect(await shareLogin('a', login)).toBe('token-1');
		expect(await shareLogin('b', login)).toBe('token-2');
	});

	test('a failed login is shared by those waiting, then forgotten so the next caller tries again', async () => {
		let logins = 0;
		const failing = async () => {
			logins++;
			throw new Error('refused');
		};
		const waiting = [shareLogin('k', failing), shareLogin('k', failing)];
		await expect(waiting[0]).rejects.toThrow('refused');
		await expect(waiting[1]).rejects.toThrow('refused');
		expect(logins).toBe(1);
		expect(await shareLogin('k', async () => 'token-after')).toBe('token-after');
	});
});
