import { expect, test } from '@playwright/test';
import { newAccount, ownAddressPerTest, postForm, signUp } from './helpers';

test.use(ownAddressPerTest);

// The designer offered what the server then refused (publishing a survey with nothing to answer,
// deleting one with responses), offered "Publish changes" with nothing changed, and showed zod's
// own words ("Too big: expected string to have <=200 characters").
test('the designer says before, in plain words, what it cannot do, and offers only what it can', async ({
	page
}) => {
	await signUp(page, newAccount('designer-states'));
	await page.goto('/surveys/new');
	await page.getByRole('button', { name: /^Blank survey/ }).click();
	await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]{36}$/);
	const saved = () =>
		expect(page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });

	// Nothing to answer: refused, with the reason (tried again until the page has hydrated).
	await expect(async () => {
		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Add at least one question before publishing',
			{ timeout: 2000 }
		);
	}).toPass();

	// Plain words for a value the schema refuses.
	await page.getByRole('tab', { name: 'Settings' }).click();
	await page.getByLabel('Survey title').fill('x'.repeat(201));
	await expect(page.getByText('At most 200 characters')).toBeVisible();
	await expect(page.getByText(/Too big|expected string/)).toHaveCount(0);
	await page.getByLabel('Survey title').fill('Store visit');
	await saved();

	await page.getByRole('tab', { name: 'Questions' }).click();
	await page.getByRole('button', { name: /^Yes \/ no/ }).click();
	await saved();
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByText(/^Published version 1/)).toBeVisible();
	// Nothing new to publish: said, not offered.
	await expect(page.getByTestId('no-changes')).toHaveText('No changes since publishing');
	await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('no-changes')).toBeVisible();

	// An edit brings "Publish changes" back; undoing it takes it away again.
	await page.getByRole('tab', { name: 'Settings' }).click();
	await page.getByLabel('Survey title').fill('Store visit, again');
	await expect(page.getByRole('button', { name: 'Publish changes' })).toBeVisible();
	await page.getByLabel('Survey title').fill('Store visit');
	await expect(page.getByTestId('no-changes')).toBeVisible();
	await saved();

	// Answered once: deletion is not offered, and the page says why before anyone tries.
	const link = await page.getByRole('link', { name: /\/s\/[a-z0-9]+$/ }).getAttribute('href');
	const path = new URL(link!).pathname;
	const id = await page.evaluate(() => location.pathname.split('/').pop()!);
	const definition = await (await page.request.get(`/surveys/${id}/export`)).json();
	const question = definition.questions[0].id as string;
	const answered = await postForm(page.request, path, {
		_sid: 'designerstatesdesignerstatesdes2',
		_v: '1',
		_page: '0',
		[question]: 'yes',
		_nav: 'next'
	});
	expect(answered.status()).toBe(303);
	await page.reload();
	await page.getByRole('tab', { name: 'Settings' }).click();
	const remove = page.getByRole('button', { name: 'Delete survey' });
	await expect(remove).toBeDisabled();
	await expect(remove).toHaveAccessibleDescription(/has 1 response .* cannot be deleted/);
});
