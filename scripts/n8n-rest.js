'use strict';
/*
 * n8n's REST API as the editor uses it: the first start's owner setup, the login, and calls with
 * the session cookie. Used by `npm run screenshots` and by end-to-end cases that press editor buttons.
 */
const http = require('http');

/** One REST call; resolves { status, json, text, cookie } (cookie: the n8n-auth session, when set). */
function rest(baseUrl, method, route, body, cookie) {
	return new Promise((resolve, reject) => {
		const payload = body === undefined ? undefined : JSON.stringify(body);
		const req = http.request(
			`${baseUrl}${route}`,
			{
				method,
				headers: {
					...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
					...(cookie ? { cookie } : {}),
				},
				timeout: 30_000,
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (d) => (text += d));
				res.on('end', () => {
					let json = null;
					try {
						json = JSON.parse(text);
					} catch {
						/* not JSON */
					}
					const setCookie = (res.headers['set-cookie'] || []).map((c) => c.split(';')[0]);
					resolve({ status: res.statusCode, json, text, cookie: setCookie.find((c) => c.startsWith('n8n-auth=')) });
				});
			},
		);
		req.on('timeout', () => req.destroy(new Error(`${method} ${route}: no answer`)));
		req.on('error', reject);
		if (payload) req.write(payload);
		req.end();
	});
}

/** Creates the owner account of a fresh n8n and logs in; resolves the session cookie. */
async function ownerSetupAndLogin(baseUrl, owner) {
	const setup = await rest(baseUrl, 'POST', '/rest/owner/setup', owner);
	if (setup.status !== 200) throw new Error(`POST /rest/owner/setup answered ${setup.status}: ${setup.text.slice(0, 300)}`);
	const login = await rest(baseUrl, 'POST', '/rest/login', { emailOrLdapLoginId: owner.email, password: owner.password });
	if (login.status !== 200 || !login.cookie) throw new Error(`POST /rest/login answered ${login.status}: ${login.text.slice(0, 300)}`);
	const me = await rest(baseUrl, 'GET', '/rest/login', undefined, login.cookie);
	if (me.status !== 200) throw new Error(`GET /rest/login with the session answered ${me.status}`);
	return login.cookie;
}

module.exports = { rest, ownerSetupAndLogin };
