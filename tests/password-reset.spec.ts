// Password reset, end to end: the request page must not tell whether an address has an account,
// the e-mailed link must work once, and a reset must sign out every session of the account (a
// reset is what people do when they think someone else has their password).
import { expect, test } from '@playwright/test';
import {
	loggedLinks,
	newAccount,
	newClient,
	postForm,
	signIn,
	signOut,
	signUp,
	ownAddressPerTest
} from './helpers';

test.use(ownAddressPerTest);

test('a forgotten password is reset from a single-use link, which signs out every session', async ({
	page,
	browser
}) => {
	const account = newAccount('reset');
	await signUp(page, account);

	// A second device, signed in before the reset.
	const laptop = await newClient(browser);
	await signIn(laptop.page, account.email, account.password);
	await expect(laptop.page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();

	await signOut(page);
	await page.getByRole('link', { name: 'Forgot your password?' }).click();
	await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();

	// The answer for an address without an account is the same as for one with.
	const answerFor = async (email: string) => {
		await page.goto('/reset');
		await page.getByLabel('E-mail').fill(email);
		await page.getByRole('button', { name: 'Send the link' }).click();
		const status = page.getByRole('status');
		await expect(status).toContainText(email);
		return (await status.textContent())!.trim().replace(email, '<e-mail>');
	};
	const stranger = `nobody-${Date.now().toString(36)}@example.test`;
	const unknownAnswer = await answerFor(stranger);
	const knownAnswer = await answerFor(account.email);
	expect(knownAnswer).toContain('a link to choose a new password is on its way');
	expect(unknownAnswer).toBe(knownAnswer);
	expect(loggedLinks(stranger)).toEqual([]);

	await expect.poll(() => loggedLinks(account.email, '/reset/').length).toBe(1);
	const link = new URL(loggedLinks(account.email, '/reset/')[0]);
	expect(link.pathname).toMatch(/^\/reset\/[A-Za-z0-9_-]{20,}$/);

	const newPassword = `${account.password}-renewed`;
	await page.goto(link.pathname);
	await page.getByLabel('New password').fill(newPassword);
	await page.getByRole('button', { name: 'Save the new password' }).click();
	await expect(page).toHaveURL(/\/signin\?reset=done$/);
	await expect(page.getByRole('status')).toHaveText(
		'Your password was changed. Sign in with the new one.'
	);

	// The link is spent: opening it again says so, and posting to it changes nothing.
	await page.goto(link.pathname);
	await expect(page.getByRole('alert')).toContainText('This link has expired or was already used.');
	await expect(page.getByLabel('New password')).toHaveCount(0);
	const replay = await postForm(page.request, link.pathname, { password: 'attacker-chosen-pw' });
	expect(replay.status()).toBe(400);
	expect(await replay.text()).toContain('This reset link has expired or was already used.');

	// The old password is refused; the new one works.
	await signIn(page, account.email, account.password);
	await expect(page.getByRole('alert')).toHaveText(
		'That e-mail and password do not match an account.'
	);
	await signIn(page, account.email, newPassword);
	await expect(page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();

	// Account mail is nobody else's business: the reset is not in the organisation's outbox.
	await page.goto('/settings/outbox');
	await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();
	await expect(page.getByText('Reset your Hearken password')).toHaveCount(0);

	// The session opened before the reset is gone.
	await laptop.page.goto('/settings');
	await expect(laptop.page).toHaveURL(/\/signin\?redirectTo=%2Fsettings$/);
	await laptop.context.close();
});
