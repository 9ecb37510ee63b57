import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { createApiKey, fakeIp, newAccount, serverOrigin, signUp, publishSurvey } from './helpers';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A request whose body comes back exactly as sent on the wire (no client-side decoding). */
function raw(path: string, headers: Record<string, string>): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(new URL(path, serverOrigin), { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

const decode = (answer: Raw) =>
	answer.headers['content-encoding'] === 'br'
		? brotliDecompressSync(answer.body)
		: answer.headers['content-encoding'] === 'gzip'
			? gunzipSync(answer.body)
			: answer.body;

test('pages and streamed exports are compressed for a client that asks, and arrive whole', async ({
	page,
	request
}) => {
	await signUp(page, newAccount('compression'));
	const key = await createApiKey(page, 'compression');
	const auth = { authorization: `Bearer ${key}` };
	const { id } = await publishSurvey(request, auth, {
		title: 'Compressed store visits',
		audience: 'customer',
		mode: 'identified',
		questions: [
			{ id: 'nps', type: 'nps', text: 'Recommend us?', required: true },
			{ id: 'note', type: 'text', text: 'Anything else?' }
		]
	});
	// 1,500 responses: the CSV export streams them in two pages of the database.
	for (const [from, count] of [
		[0, 1000],
		[1000, 500]
	]) {
		const imported = await request.post(`/api/v1/surveys/${id}/responses`, {
			headers: auth,
			data: {
				responses: Array.from({ length: count }, (_, i) => ({
					answers: { nps: (from + i) % 11, note: `Visit number ${from + i}` },
					submittedAt: '2026-01-15T10:00:00Z'
				}))
			}
		});
		expect(imported.status()).toBe(201);
	}
	const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

	// The results page: brotli where the browser asks for it, gzip where only that is accepted.
	const path = `/surveys/${id}/results`;
	const plain = await raw(path, { cookie });
	expect(plain.status).toBe(200);
	expect(plain.headers['content-encoding']).toBeUndefined();
	expect(plain.headers.vary).toMatch(/accept-encoding/i);
	const html = plain.body.toString();
	expect(html).toContain('Compressed store visits');
	expect(html.trimEnd()).toMatch(/<\/html>$/);
	for (const [asked, sent] of [
		['gzip, deflate, br', 'br'],
		['gzip', 'gzip'],
		['br;q=0, gzip;q=0.8', 'gzip']
	]) {
		const packed = await raw(path, { cookie, 'accept-encoding': asked });
		expect(packed.status).toBe(200);
		expect(packed.headers['content-encoding']).toBe(sent);
		expect(packed.headers['content-length']).toBeUndefined();
		expect(packed.headers.vary).toMatch(/accept-encoding/i);
		expect(packed.body.length).toBeLessThan(plain.body.length / 3);
		expect(decode(packed).toString()).toBe(html);
	}

	// The streamed CSV export: compressed, and every row there once decoded.
	const csvPath = `/api/v1/surveys/${id}/responses?format=csv`;
	const csvPlain = await raw(csvPath, auth);
	const csvPacked = await raw(csvPath, { ...auth, 'accept-encoding': 'gzip' });
	expect(csvPacked.headers['content-type']).toMatch(/^text\/csv/);
	expect(csvPacked.headers['content-encoding']).toBe('gzip');
	const csv = decode(csvPacked).toString();
	expect(csv).toBe(csvPlain.body.toString());
	const lines = csv.trimEnd().split(/\r?\n/);
	expect(lines).toHaveLength(1501);
	const visits = new Set(lines.map((line) => /Visit number (\d+)/.exec(line)?.[1]).filter(Boolean));
	expect(visits.size).toBe(1500);

	// A tiny answer is not worth it; a precompressed asset is not compressed twice.
	const me = await raw('/api/v1/me', { ...auth, 'accept-encoding': 'gzip, br' });
	expect(me.headers['content-encoding']).toBeUndefined();
	expect(JSON.parse(me.body.toString()).key.name).toBe('compression');
	const entry = readdirSync('build/client/_app/immutable/entry').find((f) => f.endsWith('.js'))!;
	const asset = await raw(`/_app/immutable/entry/${entry}`, { 'accept-encoding': 'gzip, br' });
	expect(asset.status).toBe(200);
	expect(asset.headers['content-encoding']).toBe('br');
	expect(decode(asset).toString()).toBe(
		readFileSync(`build/client/_app/immutable/entry/${entry}`, 'utf8')
	);
});
