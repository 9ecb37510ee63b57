import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { baselineHeaders, laneMayTake, nodeClientAddress, respondentLane, secure } from '.';
import * as surveys from '../surveys';
import { makeAccount } from '../testing';
import { generateToken } from '../platform';

const post = (over: { url?: string; headers?: Record<string, string>; method?: string } = {}) =>
	({
		method: over.method ?? 'POST',
		url: over.url ?? '/s/abc123',
		socket: { remoteAddress: '10.0.0.9' },
		headers: {
			origin: 'https://hearken.test',
			accept: 'text/html,application/xhtml+xml',
			'content-type': 'application/x-www-form-urlencoded',
			'content-length': '120',
			...over.headers
		}
	}) as unknown as IncomingMessage;

afterEach(() => vi.unstubAllEnvs());

describe('the respondent lane takes only a browser’s own same-origin form post', () => {
	it('takes the plain post, and declines everything SvelteKit must answer', () => {
		vi.stubEnv('ORIGIN', 'https://hearken.test');
		expect(laneMayTake(post())).toBe(true);
		expect(laneMayTake(post({ url: '/s/abc123?lang=ja' }))).toBe(true);
		const declined = [
			post({ method: 'GET' }),
			post({ url: '/signin' }),
			post({ url: '/s/abc123?/save' }), // a named action
			post({ headers: { origin: 'https://evil.test' } }), // another site (CSRF)
			post({ headers: { origin: '' } }),
			post({ headers: { 'x-sveltekit-action': 'true' } }), // the page's script
			post({ headers: { accept: 'application/json, text/html' } }),
			post({ headers: { 'content-type': 'multipart/form-data; boundary=x' } }),
			post({ headers: { 'content-length': '0' } }),
			post({ headers: { 'content-length': String(64 * 1024 + 1) } })
		];
		for (const request of declined) expect(laneMayTake(request), request.url).toBe(false);
	});

	it('takes nothing when no ORIGIN is set: it could not check where a post comes from', () => {
		vi.stubEnv('ORIGIN', '');
		expect(laneMayTake(post())).toBe(false);
	});
});

describe('the respondent lane at the Node level', () => {
	it('answers a first post completing its response with a 303 and the baseline headers, and hands a declined post on with its body', async () => {
		const a = await makeAccount('node-lane');
		const created = await surveys.create(
			a.orgId,
			{
				title: 'Node lane',
				audience: 'customer',
				mode: 'anonymous',
				questions: [{ id: 'nps', type: 'nps', text: 'Score?', required: true }]
			},
			null
		);
		const { url, version } = await surveys.publish(a.orgId, created.id);
		const slug = url.split('/s/')[1];
		// What scripts/server.js does with the lane's outcome, minus SvelteKit.
		const server = createServer(async (req, res) => {
			const taken = await respondentLane(req, res);
			if (taken === true) return;
			res.writeHead(299, { 'x-declined-body': taken ? taken.toString('utf8') : '(unread)' });
			res.end();
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		vi.stubEnv('ORIGIN', base);
		const send = (fields: Record<string, string>, origin = base) =>
			fetch(`${base}/s/${slug}`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams(fields).toString()
			});
		try {
			const sid = generateToken();
			const fields = {
				_sid: sid,
				_v: String(version),
				_page: '0',
				_lang: 'en',
				_nav: 'next',
				website: '',
				nps: '9'
			};
			const answered = await send(fields);
			expect(answered.status).toBe(303);
			expect(answered.headers.get('location')).toBe(`/s/${slug}?r=${sid}`);
			expect(answered.headers.get('cache-control')).toBe('no-store');
			for (const [name, value] of Object.entries(baselineHeaders))
				expect(answered.headers.get(name), name).toBe(value);
			// Invalid (no score): read, declined, and its body handed on whole.
			const invalid = { ...fields, _sid: generateToken(), nps: '' };
			const declined = await send(invalid);
			expect(declined.status).toBe(299);
			expect(declined.headers.get('x-declined-body')).toBe(new URLSearchParams(invalid).toString());
			// Another site's post is not even read.
			const foreign = await send({ ...fields, _sid: generateToken() }, 'https://evil.test');
			expect(foreign.headers.get('x-declined-body')).toBe('(unread)');
		} finally {
			server.close();
		}
	});
});

describe('the client address', () => {
	it('is read as adapter-node reads it: the socket, or ADDRESS_HEADER with XFF_DEPTH', () => {
		vi.stubEnv('ADDRESS_HEADER', '');
		expect(nodeClientAddress(post())).toBe('10.0.0.9');
		vi.stubEnv('ADDRESS_HEADER', 'X-Forwarded-For');
		vi.stubEnv('XFF_DEPTH', '1');
		const behind = post({ headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' } });
		expect(nodeClientAddress(behind)).toBe('10.0.0.1');
		vi.stubEnv('XFF_DEPTH', '2');
		expect(nodeClientAddress(behind)).toBe('203.0.113.7');
		vi.stubEnv('XFF_DEPTH', '3');
		expect(nodeClientAddress(behind)).toBe('unknown');
		expect(nodeClientAddress(post())).toBe('unknown'); // the header is missing
	});
});

describe('security headers', () => {
	it('a JSON answer gets the whole baseline, a page keeps its own CSP', () => {
		const json = new Headers();
		secure(json, []);
		for (const [name, value] of Object.entries(baselineHeaders)) expect(json.get(name)).toBe(value);
		const page = new Headers({
			'content-security-policy': "script-src 'self' 'sha256-x'; frame-ancestors 'none'"
		});
		secure(page, []);
		expect(page.get('content-security-policy')).toBe(
			"script-src 'self' 'sha256-x'; frame-ancestors 'none'"
		);
		expect(page.get('x-frame-options')).toBe('DENY');
	});

	it('a page its organisation lets sites frame names them and drops X-Frame-Options', () => {
		const page = new Headers({ 'content-security-policy': "frame-ancestors 'none'" });
		secure(page, ['https://shop.example']);
		expect(page.get('content-security-policy')).toBe("frame-ancestors 'self' https://shop.example");
		expect(page.has('x-frame-options')).toBe(false);
	});
});
