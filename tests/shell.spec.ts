// The app shell: security headers on every kind of answer, keyboard and small-screen use, the
// theme switch, the not-found page, and the API's error shape.
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { newAccount, newClient, openAccountMenu, ownAddressPerTest, signUp } from './helpers';

test.use(ownAddressPerTest);

function expectSecurityHeaders(response: APIResponse, what: string) {
	const headers = response.headers();
	expect(response.status(), what).toBeLessThan(500);
	const csp = headers['content-security-policy'];
	expect(csp, `${what}: Content-Security-Policy`).toBeTruthy();
	const directives = new Map(
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]) => [name, values])
	);
	// script-src falls back to default-src; one of them must govern scripts, without inline ones.
	const scripts = directives.get('script-src') ?? directives.get('default-src');
	expect(scripts, `${what}: script-src or default-src`).toBeDefined();
	expect(scripts, `${what}: script-src`).not.toContain("'unsafe-inline'");
	expect(directives.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
	expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
	expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toMatch(
		/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/
	);
}

const background = (page: Page) =>
	page.evaluate(() => {
		const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
		return (r + g + b) / 3;
	});

test('pages, API answers and static files carry the security headers', async ({ request }) => {
	const html = await request.get('/signin');
	expect(html.headers()['content-type']).toContain('text/html');
	expectSecurityHeaders(html, 'HTML page /signin');

	const api = await request.get('/api/v1/openapi.json');
	expect(api.headers()['content-type']).toContain('application/json');
	expectSecurityHeaders(api, 'JSON /api/v1/openapi.json');
	expectSecurityHeaders(await request.get('/api/v1/me'), 'JSON error /api/v1/me');

	const favicon = await request.get('/favicon.svg');
	expect(favicon.status()).toBe(200);
	expectSecurityHeaders(favicon, 'static file /favicon.svg');

	const script = (await html.text()).match(/\/_app\/immutable\/[^"'\s]+\.js/)?.[0];
	expect(script, 'a script of the page').toBeDefined();
	const asset = await request.get(script!);
	expect(asset.status()).toBe(200);
	expectSecurityHeaders(asset, `built asset ${script}`);
});

test('the skip link is the first stop of the keyboard and moves focus to the content', async ({
	page
}) => {
	const account = newAccount('keyboard');
	await signUp(page, account);
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
	// The next Tab goes into the content, past the header and its navigation.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Go to surveys' })).toBeFocused();
});

test('on a 360 px phone the signed-in home page does not scroll sideways and shows the navigation', async ({
	browser
}) => {
	const phone = await newClient(browser, { viewport: { width: 360, height: 740 } });
	const account = newAccount('phone');
	await signUp(phone.page, account);
	for (const path of ['/', '/settings']) {
		await phone.page.goto(path);
		const { scrollWidth, clientWidth } = await phone.page.evaluate(() => ({
			scrollWidth: document.scrollingElement!.scrollWidth,
			clientWidth: document.scrollingElement!.clientWidth
		}));
		expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
		const nav = phone.page.getByRole('navigation', { name: 'Main' });
		for (const name of ['Surveys', 'People', 'Results', 'Settings']) {
			const link = nav.getByRole('link', { name });
			await expect(link, `${path}: ${name}`).toBeVisible();
			await expect(link, `${path}: ${name}`).toBeInViewport({ ratio: 1 });
		}
	}
	await phone.context.close();
});

test('the account menu switches to the dark theme, which stays after a reload', async ({
	page
}) => {
	await signUp(page, newAccount('theme'));
	await page.goto('/settings');
	const html = page.locator('html');
	await expect(html).not.toHaveAttribute('data-theme', 'dark');

	await openAccountMenu(page);
	await page.getByRole('button', { name: 'Dark' }).click();
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await expect(page).toHaveURL(/\/settings$/);
	expect(await background(page)).toBeLessThan(80);
	await page.reload();
	await expect(html).toHaveAttribute('data-theme', 'dark');

	await openAccountMenu(page);
	await page.getByRole('button', { name: 'Light' }).click();
	await expect(html).toHaveAttribute('data-theme', 'light');
	expect(await background(page)).toBeGreaterThan(180);
});

test('an unknown page shows the not-found page with a way home', async ({ page }) => {
	const account = newAccount('lost');
	await signUp(page, account);
	const response = await page.goto('/no/such/page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to Hearken' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();
});

test('the API answers errors as JSON: 401 without a key, 404 for an unknown path', async ({
	request
}) => {
	const anonymous = await request.get('/api/v1/me');
	expect(anonymous.status()).toBe(401);
	expect(anonymous.headers()['content-type']).toContain('application/json');
	const body = await anonymous.json();
	expect(Object.keys(body)).toEqual(['error']);
	expect(body.error).toEqual({ code: 'unauthorized', message: expect.any(String) });
	expect(body.error.message.length).toBeGreaterThan(10);

	const unknown = await request.get('/api/v1/surveys/123/nothing-here');
	expect(unknown.status()).toBe(404);
	expect(unknown.headers()['content-type']).toContain('application/json');
	expect((await unknown.json()).error).toEqual({
		code: 'not_found',
		message: expect.stringContaining('/api/v1/surveys/123/nothing-here')
	});
});

test('a page revalidated with a 304 keeps its own CSP, so its scripts and styles still load', async ({
	request,
	page
}) => {
	// A 304 carrying `default-src 'none'` replaced the cached page's policy in the browser: going
	// back to a page already seen loaded it with every script and stylesheet blocked, unstyled.
	const first = await request.get('/signin');
	const etag = first.headers()['etag'];
	expect(etag).toBeTruthy();
	const again = await request.get('/signin', { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	expect(again.headers()['content-security-policy'] ?? '').not.toContain("default-src 'none'");

	const blocked: string[] = [];
	page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
	await page.goto('/signin');
	await page.goto('/signup');
	await page.goto('/signin');
	expect(blocked).toEqual([]);
	const button = page.getByRole('button', { name: 'Sign in' });
	expect(await button.evaluate((b) => getComputedStyle(b).minHeight)).toBe('44px');
});
