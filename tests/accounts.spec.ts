// Accounts: signing up (with and without JavaScript), signing in, changing the password, signing
// out everywhere, working in several organisations, and not leaving one without an owner.
import { expect, test, type Page } from '@playwright/test';
import {
	loggedLinks,
	newAccount,
	newClient,
	ownAddressPerTest,
	postForm,
	signIn,
	signUp,
	submitSignUp,
	type Account
} from './helpers';

test.use(ownAddressPerTest);

const noMatch = 'That e-mail and password do not match an account.';

async function fillSignUp(page: Page, account: Account) {
	await page.goto('/signup');
	await page.getByLabel('Your name').fill(account.name);
	await page.getByLabel('Work e-mail').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByLabel('Organisation name').fill(account.orgName);
	await page.getByRole('button', { name: 'Create account' }).click();
}

for (const javaScriptEnabled of [true, false]) {
	test(`sign-up explains a bad e-mail and a short password beside the fields (JavaScript ${
		javaScriptEnabled ? 'on' : 'off'
	})`, async ({ browser }) => {
		const { context, page } = await newClient(browser, { javaScriptEnabled });
		const account = { ...newAccount('invalid'), email: 'not-an-email', password: 'short' };
		const answer = page.waitForResponse(
			(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/signup'
		);
		await fillSignUp(page, account);
		const status = (await answer).status();
		// Without JavaScript the browser shows the answer to its own post: a 400 page with the form.
		if (!javaScriptEnabled) expect(status).toBe(400);

		const email = page.getByLabel('Work e-mail');
		await expect(email).toHaveAttribute('aria-invalid', 'true');
		await expect(email).toHaveAccessibleDescription(
			'Enter an e-mail address like name@example.com'
		);
		const password = page.getByLabel('Password');
		await expect(password).toHaveAttribute('aria-invalid', 'true');
		await expect(password).toHaveAccessibleDescription(/Use at least 8 characters/);
		// The message sits in the field's own block, right under its input.
		await expect(
			page.locator('.field', { has: password }).getByText('Use at least 8 characters')
		).toBeVisible();
		// What was typed is kept (except the password), and the valid fields carry no error.
		await expect(page.getByLabel('Your name')).toHaveValue(account.name);
		await expect(email).toHaveValue('not-an-email');
		await expect(password).toHaveValue('');
		await expect(page.getByLabel('Organisation name')).not.toHaveAttribute('aria-invalid');
		await expect(page).toHaveURL(/\/signup$/);
		await context.close();
	});
}

test('signing up again with a registered e-mail answers as for a new one and tells the owner', async ({
	page,
	browser
}) => {
	const account = newAccount('twice');
	await signUp(page, account);

	const answerFor = async (email: string) => {
		const other = await newClient(browser);
		await other.page.goto('/signup');
		await submitSignUp(other.page, { ...newAccount('twice-again'), email });
		const card = other.page.locator('.card');
		await expect(card).toContainText(email);
		const text = (await card.textContent())!.replace(email, '<e-mail>');
		await other.context.close();
		return text;
	};
	const stranger = newAccount('twice-new').email;
	const registered = await answerFor(account.email.toUpperCase());
	expect(registered).toContain('Check your e-mail');
	expect(await answerFor(stranger)).toBe(registered);

	// The owner learns someone tried, with a way to sign in; no second account link was sent.
	await expect.poll(() => loggedLinks(account.email, '/signin')).toHaveLength(1);
	expect(loggedLinks(account.email, '/signup/confirm/')).toHaveLength(1); // their own sign-up
	await expect.poll(() => loggedLinks(stranger, '/signup/confirm/')).toHaveLength(1);
});

test('a wrong password and an unknown e-mail get the identical answer', async ({
	page,
	browser
}) => {
	const account = newAccount('ident');
	const owner = await newClient(browser);
	await signUp(owner.page, account);
	await owner.context.close();

	await signIn(page, account.email, 'not-the-password');
	await expect(page.getByRole('alert')).toBeVisible();
	const wrongPassword = await page.getByRole('alert').textContent();

	await signIn(page, `nobody-${account.email}`, 'not-the-password');
	await expect(page.getByRole('alert')).toBeVisible();
	const unknownEmail = await page.getByRole('alert').textContent();

	expect(wrongPassword?.trim()).toBe(noMatch);
	expect(unknownEmail).toBe(wrongPassword);
	await expect(page.getByLabel('E-mail')).not.toHaveAttribute('aria-invalid');
	await expect(page).toHaveURL(/\/signin$/);
});

test('changing the password signs out the other devices and keeps this one', async ({
	page,
	browser
}) => {
	const account = newAccount('change');
	await signUp(page, account);
	const phone = await newClient(browser);
	await signIn(phone.page, account.email, account.password);
	await expect(phone.page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();

	await page.goto('/settings');
	// A wrong current password changes nothing.
	await page.getByLabel('Current password').fill('not-my-password');
	await page.getByLabel('New password').fill('a-new-passphrase-1');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByLabel('Current password')).toHaveAccessibleDescription(
		'Your current password is not right.'
	);

	const next = `${account.password}-next`;
	await page.getByLabel('Current password').fill(account.password);
	await page.getByLabel('New password').fill(next);
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Your password was changed, and your other devices were signed out.'
	);

	// This browser is still signed in, on a new session.
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();

	await phone.page.goto('/people');
	await expect(phone.page).toHaveURL(/\/signin\?redirectTo=%2Fpeople$/);
	await signIn(phone.page, account.email, account.password);
	await expect(phone.page.getByRole('alert')).toHaveText(noMatch);
	await signIn(phone.page, account.email, next);
	await expect(phone.page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();
	await phone.context.close();
});

test('"Sign out everywhere" signs out this browser and every other one', async ({
	page,
	browser
}) => {
	const account = newAccount('everywhere');
	await signUp(page, account);
	const laptop = await newClient(browser);
	await signIn(laptop.page, account.email, account.password);
	await expect(laptop.page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();

	await page.goto('/settings');
	await page.getByRole('button', { name: 'Sign out everywhere' }).click();
	await expect(page).toHaveURL(/\/signin$/);
	await page.goto('/');
	await expect(page).toHaveURL(/\/signin\?redirectTo=%2F$/);

	await laptop.page.goto('/settings');
	await expect(laptop.page).toHaveURL(/\/signin\?redirectTo=%2Fsettings$/);
	await laptop.context.close();

	// Signing in again works as usual.
	await signIn(page, account.email, account.password);
	await expect(page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();
});

test('a second organisation is created in /orgs and the header switches between them', async ({
	page
}) => {
	const account = newAccount('multi');
	await signUp(page, account);
	const second = `Second ${account.orgName}`;

	await page.goto('/orgs');
	await page.getByLabel('Name').fill(second);
	await page.getByRole('button', { name: 'Create and switch to it' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second);

	const switcher = page.getByRole('combobox', { name: 'Organisation' });
	await expect(switcher.getByRole('option')).toHaveText([account.orgName, second]);
	await switcher.selectOption({ label: account.orgName });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(account.orgName);
	await expect(switcher).toHaveValue(
		(await switcher
			.getByRole('option', { name: account.orgName, exact: true })
			.getAttribute('value'))!
	);
	// The choice lives in the session: it holds on other pages and after a reload.
	await page.goto('/settings/organization');
	await expect(page.getByRole('heading', { name: `Leave ${account.orgName}` })).toBeVisible();

	await switcher.selectOption({ label: second });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second);
});

test('the last owner cannot leave the organisation', async ({ page }) => {
	const account = newAccount('last');
	await signUp(page, account);
	await page.goto('/settings/organization');
	await page.getByRole('button', { name: `Leave ${account.orgName}` }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'You are the last owner: make someone else an owner before you leave.'
	);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Manage members' })).toBeVisible();
});

test('creating organisations is capped per person, with the reason on the page', async ({
	browser
}) => {
	// Every organisation may send invitations, so unlimited organisations would be unlimited mail.
	const account = newAccount('many-orgs');
	const client = await newClient(browser);
	await signUp(client.page, account);
	for (let i = 1; i <= 10; i++) {
		const res = await postForm(client.context.request, '/orgs?/create', { name: `Extra ${i}` });
		expect(res.status(), `organisation ${i}`).toBe(303);
	}
	await client.page.goto('/orgs');
	await client.page.getByLabel('Name').fill('One too many');
	await client.page.getByRole('button', { name: 'Create and switch to it' }).click();
	await expect(client.page.getByRole('alert')).toHaveText(
		/You created 10 organisations in the last hour; try again in \d+ minutes\./
	);
	await expect(client.page.getByRole('cell', { name: /One too many/ })).toHaveCount(0);
	await client.context.close();
});
