// WCAG 2.2 AA, as far as axe can tell, on every page of the app shell: signed out and signed in,
// on a desktop and a phone, in the light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fakeIp, newAccount, signUp } from './helpers';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });

const publicPages = ['/signin', '/signup', '/reset', '/reset/not-a-real-token'];
const appPages = [
	'/',
	'/surveys',
	'/people',
	'/results',
	'/orgs',
	'/settings',
	'/settings/organization',
	'/settings/members',
	'/settings/api-keys',
	'/settings/outbox',
	'/settings/jobs'
];

async function violations(page: Page) {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	for (const theme of ['light', 'dark'] as const) {
		test(`no axe violations at ${viewport.width}px in the ${theme} theme`, async ({
			page,
			context
		}) => {
			// About 25 scans of a second or two each, longer while another worker runs.
			test.setTimeout(300_000);
			await page.setViewportSize(viewport);
			await context.addCookies([{ name: 'theme', value: theme, domain: '127.0.0.1', path: '/' }]);
			for (const path of publicPages) {
				await page.goto(path);
				expect(await violations(page), path).toEqual([]);
			}
			await signUp(page, newAccount('a11y'));
			// A page with content in its tables and a form error, not just empty states.
			await page.goto('/settings/members');
			await page.getByLabel('E-mail').fill('teammate@example.test');
			await page.getByRole('button', { name: 'Send invitation' }).click();
			await expect(page.getByText('Invitation sent')).toBeVisible();
			await page.getByLabel('E-mail').fill('not an e-mail');
			await page.getByRole('button', { name: 'Send invitation' }).click();
			await expect(page.getByText('Enter an e-mail address')).toBeVisible();
			expect(await violations(page), 'members with an error').toEqual([]);
			for (const path of appPages) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect(await violations(page), path).toEqual([]);
			}
			// The designer: each of its sections with an open question, and its version comparison.
			await page.goto('/surveys/new');
			expect(await violations(page), '/surveys/new').toEqual([]);
			await page.getByRole('button', { name: /^NPS\+ relationship/ }).click();
			await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
			await page.locator('#q-toggle-0').click();
			await expect(page.getByRole('group', { name: 'NPS+ reasons' })).toBeVisible();
			for (const tab of ['Questions', 'Translations', 'Settings']) {
				await page.getByRole('tab', { name: tab }).click();
				expect(await violations(page), `designer: ${tab}`).toEqual([]);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `designer: ${tab} scrolls sideways`).toBeLessThanOrEqual(0);
			}
			await page.getByRole('link', { name: 'Compare versions' }).click();
			expect(await violations(page), 'versions').toEqual([]);
			await page.goto('/no-such-page');
			expect(await violations(page), '404').toEqual([]);
		});
	}
}
