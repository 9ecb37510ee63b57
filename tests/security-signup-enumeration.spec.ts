// Sign-up answered "An account with this e-mail already exists. Sign in instead." for a registered
// address, so anyone could learn whether an e-mail has a Hearken account (and then aim phishing or
// password guessing at it), one form post at a time. Sign-up now answers "Check your e-mail" in
// both cases: a new address gets a single-use link that creates the account, a registered one a
// note that someone tried; only the mailbox learns which. Nothing exists before the link is used.
import { expect, test } from '@playwright/test';
import {
	confirmSignUp,
	loggedLinks,
	newAccount,
	newClient,
	postForm,
	signIn,
	signUp,
	submitSignUp
} from './helpers';

test('sign-up answers a registered and a new e-mail identically, with JavaScript off', async ({
	browser
}) => {
	const owner = await newClient(browser);
	const account = newAccount('enum-owner');
	await signUp(owner.page, account);
	await owner.context.close();

	const answerFor = async (email: string) => {
		const { context, page } = await newClient(browser, { javaScriptEnabled: false });
		await page.goto('/signup');
		const response = page.waitForResponse(
			(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/signup'
		);
		await submitSignUp(page, { ...newAccount('enum-probe'), email });
		const status = (await response).status();
		const text = (await page.locator('.card').textContent())!.replace(email, '<e-mail>');
		await context.close();
		return { status, text };
	};
	const stranger = newAccount('enum-new').email;
	const registered = await answerFor(account.email);
	expect(registered.text).not.toContain('already');
	expect(await answerFor(stranger)).toEqual(registered);

	// Only the owner's mailbox hears of it: a note with a way in, not a link to a second account.
	await expect.poll(() => loggedLinks(account.email, '/signin')).toHaveLength(1);
	expect(loggedLinks(account.email, '/signup/confirm/')).toHaveLength(1);
});

test('an address becomes an account only through its link, which works once', async ({
	browser
}) => {
	const account = newAccount('enum-link');
	const { context, page } = await newClient(browser);
	await page.goto('/signup');
	await submitSignUp(page, account);

	// Before the link is followed there is no account to sign in to.
	await signIn(page, account.email, account.password);
	await expect(page.getByRole('alert')).toHaveText(
		'That e-mail and password do not match an account.'
	);

	await confirmSignUp(page, account.email);
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();
	const link = new URL(loggedLinks(account.email, '/signup/confirm/')[0]);
	await context.close();

	const other = await newClient(browser);
	await other.page.goto(link.pathname);
	await expect(other.page.getByRole('alert')).toContainText('expired or was already used');
	await expect(other.page.getByRole('button', { name: 'Create my account' })).toHaveCount(0);
	const replay = await postForm(other.context.request, link.pathname, {});
	expect(replay.status()).toBe(400);
	await other.context.close();
});
