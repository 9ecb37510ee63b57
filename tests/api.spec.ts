import { expect, test, type APIResponse } from '@playwright/test';
import { createApiKey, fakeIp, newAccount, signUp } from './helpers';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });

test('an API key made in settings authenticates /api/v1, shows its last use, and stops when revoked', async ({
	page,
	request
}) => {
	const owner = newAccount('api');
	await signUp(page, owner);
	const key = await createApiKey(page, 'CRM sync');
	expect(key).toMatch(/^hk_[a-z2-7]{39}$/);
	await expect(page.getByText('Copy it now: it will not be shown again')).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Never' }).last()).toBeVisible();

	const me = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${key}` } });
	expect(me.status()).toBe(200);
	expect(me.headers()['content-type']).toContain('application/json');
	const body = await me.json();
	expect(body).toEqual({
		org: { id: expect.any(String), slug: expect.any(String), name: owner.orgName },
		key: { id: expect.any(String), name: 'CRM sync' }
	});

	// The key is shown once: a reload lists only its prefix, with its last use now recorded.
	await page.goto('/settings/api-keys');
	await expect(page.getByTestId('new-api-key')).toHaveCount(0);
	await expect(page.getByText(key)).toHaveCount(0);
	await expect(page.getByRole('cell', { name: `${key.slice(0, 10)}…` })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Never' })).toHaveCount(0);

	await page.getByRole('button', { name: 'Revoke CRM sync' }).click();
	await expect(page.getByText('Revoked')).toBeVisible();
	const revoked = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${key}` } });
	expect(revoked.status()).toBe(401);
	expect((await revoked.json()).error).toEqual({
		code: 'unauthorized',
		message: 'This API key is unknown or was revoked.'
	});
});

test('the API answers errors in one JSON shape with the right status', async ({
	page,
	request
}) => {
	const none = await request.get('/api/v1/me');
	expect(none.status()).toBe(401);
	expect(none.headers()['www-authenticate']).toBe('Bearer');
	expect((await none.json()).error.code).toBe('unauthorized');

	const malformed = await request.get('/api/v1/me', { headers: { authorization: 'Basic abc' } });
	expect(malformed.status()).toBe(401);

	const missing = await request.get('/api/v1/no/such/route');
	expect(missing.status()).toBe(404);
	expect((await missing.json()).error).toMatchObject({ code: 'not_found' });
	for (const method of ['OPTIONS', 'DELETE', 'PATCH']) {
		const other = await request.fetch('/api/v1/no/such/route', { method });
		expect(other.status(), method).toBe(404);
		expect((await other.json()).error.code, method).toBe('not_found');
	}

	await signUp(page, newAccount('api405'));
	const key = await createApiKey(page, 'method test');
	const post = await request.post('/api/v1/me', { headers: { authorization: `Bearer ${key}` } });
	expect(post.status()).toBe(405);
	expect((await post.json()).error.code).toBe('method_not_allowed');
	const postSpec = await request.post('/api/v1/openapi.json');
	expect(postSpec.status()).toBe(405);
	expect((await postSpec.json()).error.code).toBe('method_not_allowed');
});

test('the OpenAPI 3.1 description is served and lists the routes', async ({ request }) => {
	const res = await request.get('/api/v1/openapi.json');
	expect(res.status()).toBe(200);
	const doc = await res.json();
	expect(doc.openapi).toBe('3.1.0');
	expect(Object.keys(doc.paths)).toContain('/me');
	expect(doc.servers[0].url).toMatch(/\/api\/v1$/);
});

test('a key making too many requests gets 429 with Retry-After', async ({ page, request }) => {
	test.setTimeout(120_000);
	await signUp(page, newAccount('api429'));
	const key = await createApiKey(page, 'busy');
	const headers = { authorization: `Bearer ${key}` };
	let limited: APIResponse | undefined;
	// API_RATE_LIMIT defaults to 600 a minute: a key gets 600 at once plus 10 a second that refill,
	// so on a machine of any speed the request after 600 + 10 × (seconds since the first) is refused.
	const started = Date.now();
	let allowed = 600;
	for (let i = 0; i <= allowed && !limited; i++) {
		const res = await request.get('/api/v1/me', {
			headers: { ...headers, 'x-forwarded-for': `10.9.${Math.floor(i / 250)}.${(i % 250) + 1}` }
		});
		if (res.status() === 429) limited = res;
		else expect(res.status()).toBe(200);
		allowed = 600 + Math.ceil(((Date.now() - started) / 1000) * 10);
	}
	expect(limited, `no 429 after ${allowed} requests`).toBeDefined();
	expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);
	expect((await limited!.json()).error.code).toBe('rate_limited');
});
