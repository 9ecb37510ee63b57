import {
	expect,
	type APIRequestContext,
	type Browser,
	type BrowserContextOptions,
	type Locator,
	type Page
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

let counter = 0;
/**
 * A value unique to this run, so tests never collide on a shared PostgreSQL: the process id keeps
 * two workers apart when they start in the same millisecond.
 */
export function unique(label: string) {
	return `${label}-${Date.now().toString(36)}-${process.pid.toString(36)}-${(counter++).toString(36)}`;
}

/** A client address of its own for a test, so per-IP throttling of other tests does not leak in. */
export function fakeIp() {
	const n = Math.floor(Math.random() * 250) + 1;
	return `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${n}`;
}

/** For `test.use(ownAddressPerTest)`: each test (not each file) sends its own X-Forwarded-For. */
export const ownAddressPerTest = {
	// Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
	// eslint-disable-next-line no-empty-pattern
	extraHTTPHeaders: async ({}, use: (headers: Record<string, string>) => Promise<void>) =>
		use({ 'x-forwarded-for': fakeIp() })
};

export type Account = { name: string; email: string; password: string; orgName: string };

export function newAccount(label = 'user'): Account {
	const id = unique(label);
	return {
		name: `${label} ${id}`,
		email: `${id}@example.test`,
		password: `pw-${id}-long`,
		orgName: `Org ${id}`
	};
}

export async function signUp(page: Page, account: Account) {
	await page.goto('/signup');
	await submitSignUp(page, account);
	await confirmSignUp(page, account.email);
	await expect(page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();
}

/** Fills and sends the sign-up form; the page then says to check the e-mail. */
export async function submitSignUp(page: Page, account: Account) {
	await page.getByLabel('Your name').fill(account.name);
	await page.getByLabel('Work e-mail').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByLabel('Organisation name').fill(account.orgName);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeVisible();
}

/** Follows the newest sign-up confirmation link sent to `email` and creates the account. */
export async function confirmSignUp(page: Page, email: string) {
	await expect.poll(() => loggedLinks(email, '/signup/confirm/').length).toBeGreaterThan(0);
	const link = new URL(loggedLinks(email, '/signup/confirm/').at(-1)!);
	await page.goto(link.pathname);
	await page.getByRole('button', { name: 'Create my account' }).click();
}

export async function signIn(page: Page, email: string, password: string) {
	await page.goto('/signin');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Links the server logged for account mail (sign-up confirmations, password resets), newest last;
 * with `under`, only those whose path starts with it.
 */
export function loggedLinks(to: string, under = ''): string[] {
	const log = readFileSync(process.env.E2E_SERVER_LOG!, 'utf8');
	return log
		.split('\n')
		.filter((line) => line.startsWith(`[outbox] to ${to}:`))
		.map((line) => line.split(' — ')[1])
		.filter((link) => link && new URL(link).pathname.startsWith(under));
}

export async function createApiKey(page: Page, name: string) {
	await page.goto('/settings/api-keys');
	await page.getByLabel('Name').fill(name);
	await page.getByRole('button', { name: 'Create key' }).click();
	return (await page.getByTestId('new-api-key').textContent())!.trim();
}

/**
 * Creates a survey through the API and publishes it (both must succeed): its id, its public path
 * and the key's authorization header. `what` names the survey in a failure.
 */
export async function publishSurvey(
	request: APIRequestContext,
	auth: Record<string, string>,
	definition: object,
	what?: string
) {
	const created = await request.post('/api/v1/surveys', { headers: auth, data: definition });
	expect(created.status(), what).toBe(201);
	const { id } = await created.json();
	const published = await request.post(`/api/v1/surveys/${id}/publish`, { headers: auth });
	expect(published.status(), what).toBe(200);
	const { url } = await published.json();
	return { id: id as string, path: new URL(url).pathname, auth };
}

export async function apiGet(request: APIRequestContext, path: string, key?: string) {
	return request.get(path, { headers: key ? { authorization: `Bearer ${key}` } : {} });
}

/** The server's origin: SvelteKit refuses form posts without a matching Origin header (CSRF). */
export const serverOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** Posts a form the way a browser without JavaScript would; redirects are not followed. */
export function postForm(
	request: APIRequestContext,
	path: string,
	form: Record<string, string>,
	headers: Record<string, string> = {}
) {
	return request.post(path, {
		form,
		// A browser asks for HTML; with `*/*` SvelteKit would answer as to an enhanced (fetch) submit.
		headers: { origin: serverOrigin, accept: 'text/html', ...headers },
		maxRedirects: 0
	});
}

/** Another browser (its own cookies and client address), e.g. a second device of the same user. */
export async function newClient(browser: Browser, options: BrowserContextOptions = {}) {
	const context = await browser.newContext({
		...options,
		extraHTTPHeaders: { 'x-forwarded-for': fakeIp(), ...options.extraHTTPHeaders }
	});
	return { context, page: await context.newPage() };
}

/** Opens the account menu in the header (name, theme, sign out). */
export async function openAccountMenu(page: Page) {
	await page.locator('summary').filter({ hasText: 'Account menu for' }).click();
}

export async function signOut(page: Page) {
	await openAccountMenu(page);
	await page.getByRole('button', { name: 'Sign out', exact: true }).click();
	await expect(page).toHaveURL(/\/signin$/);
}

/** Sends an invitation from /settings/members and returns its accept link from the outbox. */
export async function invite(page: Page, orgName: string, email: string, role = 'analyst') {
	await page.goto('/settings/members');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Role').first().selectOption(role);
	await page.getByRole('button', { name: 'Send invitation' }).click();
	await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
	await page.goto('/settings/outbox');
	await page
		.getByRole('row')
		.filter({ hasText: email })
		.getByRole('link', { name: new RegExp(`invited you to ${orgName}`) })
		.first()
		.click();
	const link = await page.getByRole('link', { name: /\/invite\// }).getAttribute('href');
	return new URL(link!).pathname;
}

/** A new person signs up from an invitation link and accepts it. */
export async function acceptAsNewAccount(page: Page, invitePath: string, account: Account) {
	await page.goto(invitePath);
	await page.getByRole('link', { name: 'Create an account' }).click();
	await expect(page.getByLabel('Work e-mail')).toHaveValue(account.email);
	await submitSignUp(page, account);
	await confirmSignUp(page, account.email);
	await page.getByRole('button', { name: /^Accept and join/ }).click();
	await expect(page.getByText(/^Welcome to /)).toBeVisible();
}

/** Presses Tab until `target` has focus: proves it is reachable by keyboard, in tab order. */
export async function tabTo(page: Page, target: Locator, max = 300) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

/**
 * No axe violations (WCAG 2.2 AA) at a desktop and a phone width, in each of `themes` (the theme
 * cookie, then a reload; none: the page as it is).
 */
export async function expectAccessible(
	page: Page,
	what: string,
	themes: ('light' | 'dark')[] = ['light', 'dark']
) {
	for (const theme of themes.length ? themes : [null]) {
		if (theme) {
			await page
				.context()
				.addCookies([{ name: 'theme', value: theme, domain: '127.0.0.1', path: '/' }]);
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		}
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 900 });
			const result = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(
				result.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
				),
				`${what} at ${width}px${theme ? `, ${theme} theme` : ''}`
			).toEqual([]);
		}
	}
	await page.setViewportSize({ width: 1280, height: 720 });
}
