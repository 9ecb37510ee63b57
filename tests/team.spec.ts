import { expect, test } from '@playwright/test';
import { confirmSignUp, fakeIp, newAccount, signIn, signUp } from './helpers';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });

test('an owner invites an analyst, who joins from the outbox link and cannot reach admin pages', async ({
	page,
	browser
}) => {
	const owner = newAccount('owner');
	await signUp(page, owner);

	const analyst = newAccount('analyst');
	await page.goto('/settings/members');
	await page.getByLabel('E-mail').fill(analyst.email);
	await page.getByLabel('Role').first().selectOption('analyst');
	await page.getByRole('button', { name: 'Send invitation' }).click();
	await expect(page.getByText(`Invitation sent to ${analyst.email}`)).toBeVisible();
	await expect(page.getByRole('cell', { name: analyst.email, exact: true })).toBeVisible();

	await page.goto('/settings/outbox');
	await page
		.getByRole('link', { name: new RegExp(`invited you to ${owner.orgName}`) })
		.first()
		.click();
	const inviteLink = await page.getByRole('link', { name: /\/invite\// }).getAttribute('href');
	expect(inviteLink).toMatch(/\/invite\/[a-z0-9]+$/);

	const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });
	const teammate = await context.newPage();
	await teammate.goto(new URL(inviteLink!).pathname);
	await expect(teammate.getByRole('heading', { name: `Join ${owner.orgName}` })).toBeVisible();
	await teammate.getByRole('link', { name: 'Create an account' }).click();
	await expect(teammate.getByLabel('Work e-mail')).toHaveValue(analyst.email);
	await teammate.getByLabel('Your name').fill(analyst.name);
	await teammate.getByLabel('Password').fill(analyst.password);
	await teammate.getByLabel('Organisation name').fill(analyst.orgName);
	await teammate.getByRole('button', { name: 'Create account' }).click();
	await confirmSignUp(teammate, analyst.email);
	await teammate.getByRole('button', { name: `Accept and join ${owner.orgName}` }).click();
	await expect(teammate.getByText(`Welcome to ${owner.orgName}`)).toBeVisible();
	await expect(teammate.getByRole('heading', { level: 1, name: owner.orgName })).toBeVisible();

	// The analyst sees no admin navigation and is refused admin pages and actions on the server.
	await expect(teammate.getByRole('link', { name: 'Members' })).toHaveCount(0);
	for (const path of ['/settings/members', '/settings/api-keys', '/settings/outbox']) {
		const response = await teammate.goto(path);
		expect(response?.status(), path).toBe(403);
	}
	const action = await teammate.request.post('/settings/members?/invite', {
		form: { email: 'someone@example.test', role: 'admin' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(action.status()).toBe(403);
	const keyAction = await teammate.request.post('/settings/api-keys?/create', {
		form: { name: 'sneaky' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(keyAction.status()).toBe(403);

	// The owner sees the analyst as a member now, and the invitation is no longer pending.
	await page.goto('/settings/members');
	await expect(page.getByRole('cell', { name: analyst.email, exact: true })).toBeVisible();
	await expect(page.getByText('Pending invitations (0)')).toBeVisible();
	await context.close();

	// And the analyst can still sign in later with the password they chose.
	const again = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });
	const later = await again.newPage();
	await signIn(later, analyst.email, analyst.password);
	await expect(later.getByRole('heading', { level: 1 })).toBeVisible();
	await again.close();
});
