'use strict';
/*
 * End-to-end case (kind "active"): examples/review-alert.json in a running n8n.
 * Partoo Trigger -> Get Business -> Compose Alert -> Send Email, with credentials attached: Partoo
 * points at the stub, SMTP at a local SMTP server of this case. One change to the example:
 * Emit Events Since is set to two hours ago, so the first poll (on activation) emits the recent
 * reviews instead of only learning them; that saves waiting a minute for the second poll.
 * Proves that the trigger asks Partoo for ratings 1 and 2 only, and that each bad review becomes
 * one email with the business, the rating, the text and the link.
 */
const assert = require('node:assert/strict');
const { loadExample, withCredentials, nodeNamed, startSmtpStub } = require('./_examples');

const KEY = 'e2e-example-partoo-key-77e0';
const HOUR = 3_600_000;
const partooTime = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

const smtp = startSmtpStub();

const BUSINESSES = {
	b0000000000000000000001: { id: 'b0000000000000000000001', name: 'Burger Shop', city: 'Paris', zipcode: '75004' },
	b0000000000000000000002: { id: 'b0000000000000000000002', name: 'Bakery', city: 'Rennes', zipcode: '35000' },
};

const review = (id, businessId, rating, content, minutesAgo) => ({
	id,
	org_id: 42,
	business_id: businessId,
	partner: 'google_my_business',
	author_name: id === 'r-2' ? '' : 'Wayne',
	date: partooTime(Date.now() - minutesAgo * 60_000),
	update_date: null,
	rating,
	title: '',
	content,
	reply_comment: null,
	state: 'not_treated',
	link: `https://reviews.example/${id}`,
});

function workflow() {
	const wf = withCredentials(loadExample('review-alert'), {
		'n8n-nodes-local-business.partooTrigger': { partooApi: { id: 'e2eExPtoCred02', name: 'Partoo alert example' } },
		'n8n-nodes-local-business.partoo': { partooApi: { id: 'e2eExPtoCred02', name: 'Partoo alert example' } },
		'n8n-nodes-base.emailSend': { smtp: { id: 'e2eExSmtpCred01', name: 'SMTP example' } },
	});
	nodeNamed(wf, 'Partoo Trigger').parameters.options = { emitSince: new Date(Date.now() - 2 * HOUR).toISOString() };
	return wf;
}

module.exports = ({ baseUrl }) => ({
	name: 'example review-alert.json: Partoo Trigger -> Get Business -> email per bad review (SMTP stub)',
	kind: 'active',

	credentials: [
		{ id: 'e2eExPtoCred02', name: 'Partoo alert example', type: 'partooApi', data: { apiKey: KEY, environment: 'custom', customUrl: `${baseUrl}/api/v2` } },
		{
			id: 'e2eExSmtpCred01',
			name: 'SMTP example',
			type: 'smtp',
			data: { user: '', password: '', host: '127.0.0.1', port: smtp.port, secure: false, disableStartTls: true },
		},
	],

	workflow: workflow(),

	state: {
		reviews: [
			review('r-1', 'b0000000000000000000001', 1, 'Cold fries and a 40 minute wait.', 30),
			review('r-2', 'b0000000000000000000002', 2, '', 20),
			review('r-3', 'b0000000000000000000001', 5, 'Best burger in town', 10),
		],
	},

	routes: {
		'GET /api/v2/reviews': (req, { state }) => {
			if (req.query.api_key !== KEY) return { status: 401, body: { errors: { authentication: 'User not authenticated' } } };
			// Partoo applies the filters; so does the stub.
			const ratings = String(req.query.rating_in || '1,2,3,4,5').split(',').map(Number);
			const since = Date.parse(req.query.update_date_gte);
			const list = state.reviews.filter((r) => ratings.includes(r.rating) && Date.parse(r.update_date || r.date) >= since);
			return { status: 200, body: { page: 1, max_page: 1, count: list.length, reviews: list } };
		},
		'GET /api/v2/business/b0000000000000000000001': () => ({ status: 200, body: BUSINESSES.b0000000000000000000001 }),
		'GET /api/v2/business/b0000000000000000000002': () => ({ status: 200, body: BUSINESSES.b0000000000000000000002 }),
	},

	steps: [
		{
			name: 'two alert emails sent',
			waitFor: () => smtp.messages.length >= 2,
			// A third email (the 5-star review) would arrive within this time.
			settleMs: 3000,
		},
	],

	check(sink, requests) {
		const polls = requests.filter((r) => r.path === '/api/v2/reviews');
		assert.ok(polls.length >= 1);
		assert.equal(polls[0].query.rating_in, '1,2', 'the trigger asks for ratings 1 and 2');

		assert.equal(smtp.messages.length, 2, `expected 2 emails, got ${smtp.messages.length}`);
		const bySubject = Object.fromEntries(smtp.messages.map((m) => [m.subject, m]));
		const first = bySubject['1-star review for Burger Shop (Paris)'];
		const second = bySubject['2-star review for Bakery (Rennes)'];
		assert.ok(first && second, `unexpected subjects: ${smtp.messages.map((m) => m.subject).join(' | ')}`);
		for (const m of [first, second]) {
			assert.equal(m.from, 'alerts@example.com');
			assert.deepEqual(m.to, ['manager@example.com']);
		}
		assert.match(first.text, /^New 1-star review for Burger Shop, Paris\nBy Wayne on google_my_business, /);
		assert.match(first.text, /\n\nCold fries and a 40 minute wait\.\n\nRead and reply: https:\/\/reviews\.example\/r-1$/);
		assert.match(second.text, /By an anonymous guest on google_my_business/);
		assert.match(second.text, /\(rating only, no text\)/);
		assert.match(second.text, /Read and reply: https:\/\/reviews\.example\/r-2$/);
	},
});
