// A pulse program from its page: an HR editor picks an employee survey as the question bank,
// keeps eNPS every round, rotates one other item a round, and follows participation round by
// round (the test server keeps the e-mails in the outbox; its worker sends within a second).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createApiKey, newAccount, ownAddressPerTest, signUp } from './helpers';

test.use(ownAddressPerTest);

test('an editor starts a pulse program and sees each round go out with its questions', async ({
	page,
	request
}) => {
	test.setTimeout(90_000);
	await signUp(page, newAccount('pulse'));
	const headers = { authorization: `Bearer ${await createApiKey(page, 'hr')}` };
	const created = await request.post('/api/v1/surveys', {
		headers,
		data: {
			title: 'Engagement pulse',
			audience: 'employee',
			mode: 'confidential',
			questions: [
				{ id: 'enps', type: 'enps', text: 'Would you recommend working here?' },
				{ id: 'growth', type: 'likert', text: 'I can grow here' },
				{ id: 'workload', type: 'likert', text: 'My workload is manageable' }
			]
		}
	});
	expect(created.status()).toBe(201);
	const put = await request.put('/api/v1/people', {
		headers,
		data: {
			kind: 'employee',
			people: Array.from({ length: 6 }, (_, i) => ({
				email: `staff${i}-${Date.now()}@example.test`,
				attributes: { site: 'Lyon' }
			}))
		}
	});
	expect((await put.json()).created).toBe(6);

	await page.goto('/pulses');
	await expect(page.getByText('No programs yet.')).toBeVisible();
	await page.getByLabel('Survey (the question bank)').selectOption({ label: 'Engagement pulse' });
	await page.getByRole('button', { name: 'Choose' }).click();
	await expect(page.getByLabel('Would you recommend working here?')).toBeChecked();
	await page.getByLabel('Name').fill('Monthly engagement');
	await page.getByLabel('Cadence').selectOption('monthly');
	await page.getByLabel('Questions from the rest, per round').fill('5');
	await page.getByRole('button', { name: 'Start the program' }).click();
	// Two other questions only: five a round cannot be asked.
	await expect(page.getByRole('alert')).toContainText('too small');
	await expect(page.getByText('The survey has 2 questions besides the core ones')).toBeVisible();

	await page.getByLabel('Questions from the rest, per round').fill('1');
	await page.getByLabel('Attribute').selectOption('site');
	await page.getByLabel('Value').fill('Lyon');
	await page.getByRole('button', { name: 'Start the program' }).click();
	await expect(page.getByRole('heading', { name: 'Monthly engagement' })).toBeVisible();

	const rows = page.getByRole('table').getByRole('row');
	await expect(async () => {
		await page.reload();
		await expect(rows.filter({ hasText: 'enps, growth' })).toContainText('6');
	}).toPass({ timeout: 20_000 });

	await page.getByRole('button', { name: 'Run the next round now' }).click();
	await expect(async () => {
		await page.reload();
		await expect(rows.filter({ hasText: 'enps, workload' })).toBeVisible();
	}).toPass({ timeout: 20_000 });
	await expect(rows.first()).toContainText('Round');
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);

	await page.getByRole('link', { name: 'Compare rounds in results' }).click();
	await expect(page).toHaveURL(/\/results\?by=round$/);
	await page.goto('/pulses');
	await expect(page.getByRole('row').filter({ hasText: 'Monthly engagement' })).toContainText('2');
});
