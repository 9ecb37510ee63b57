// Sending a survey by e-mail from its page: an editor picks people of the directory by attribute,
// sees how many match, sends with reminders, follows the e-mails going out (kept in the outbox,
// as the test server has no SMTP_URL) and reads the counts by attribute, where an employee
// survey hides groups under its anonymity threshold.
import { expect, test } from '@playwright/test';
import {
	createApiKey,
	expectAccessible,
	newAccount,
	ownAddressPerTest,
	signUp,
	publishSurvey
} from './helpers';

test.use(ownAddressPerTest);

test('an editor sends an employee survey to a department and follows it', async ({
	browser,
	page,
	request
}) => {
	test.setTimeout(90_000);
	await signUp(page, newAccount('distribute'));
	const headers = { authorization: `Bearer ${await createApiKey(page, 'directory')}` };
	const definition = (title: string) => ({
		title,
		audience: 'employee',
		mode: 'confidential',
		questions: [{ id: 'enps', type: 'enps', text: 'Would you recommend working here?' }]
	});

	// A draft cannot be sent: the page says so instead of showing the form.
	const draft = await request.post('/api/v1/surveys', { headers, data: definition('Draft') });
	await page.goto(`/surveys/${(await draft.json()).id}/distribute`);
	await expect(page.getByTestId('not-published')).toContainText('Publish the survey');
	await expect(page.getByRole('button', { name: 'Send invitations' })).toHaveCount(0);

	const { id } = await publishSurvey(request, headers, definition('Pulse'));

	// Sales: 6 in London, 4 in Paris, 2 in Berlin; Support: 3 in London.
	const places = [
		...Array(6).fill('London'),
		...Array(4).fill('Paris'),
		...Array(2).fill('Berlin')
	] as string[];
	const people = [
		...places.map((location, i) => ({
			email: `sales${i}-${id.slice(0, 8)}@example.test`,
			name: `Sales ${i}`,
			// The first three report to Support 0.
			...(i < 3 ? { manager: `support0-${id.slice(0, 8)}@example.test` } : {}),
			attributes: { department: 'Sales', location }
		})),
		...[0, 1, 2].map((i) => ({
			email: `support${i}-${id.slice(0, 8)}@example.test`,
			name: `Support ${i}`,
			attributes: { department: 'Support', location: 'London' }
		}))
	];
	const put = await request.put('/api/v1/people', {
		headers,
		data: { kind: 'employee', people }
	});
	expect(await put.json()).toMatchObject({ created: 15, errors: [] });

	// From the share page to the distribute page.
	await page.goto(`/surveys/${id}/share`);
	await page.getByRole('link', { name: 'Send by e-mail and follow the invitations' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Send by e-mail' })).toBeVisible();
	await expect(page.getByText('No invitations sent yet.')).toBeVisible();
	await expectAccessible(page, 'distribute', []);

	await page.getByLabel('Attribute', { exact: true }).selectOption('department');
	await page.getByLabel('Value', { exact: true }).fill('Sales');
	await page.getByRole('button', { name: 'Count people' }).click();
	await expect(page.getByTestId('audience-count')).toHaveText(
		'12 people match department = Sales.'
	);
	// A part of the hierarchy: those under a manager, named by e-mail.
	const manager = page.getByLabel('Only people under this manager');
	await manager.fill('nobody@example.test');
	await page.getByRole('button', { name: 'Count people' }).click();
	await expect(page.locator('#under-error')).toHaveText(
		'Nobody in the directory has this e-mail or id'
	);
	await manager.fill(`support0-${id.slice(0, 8)}@example.test`);
	await page.getByRole('button', { name: 'Count people' }).click();
	await expect(page.getByTestId('audience-count')).toHaveText(
		`3 people match department = Sales under support0-${id.slice(0, 8)}@example.test.`
	);
	await manager.fill('');

	// An empty address list is refused beside its field and in the summary.
	await page.getByRole('radio', { name: 'These addresses' }).check();
	await page.getByRole('button', { name: 'Send invitations' }).click();
	await expect(page.getByRole('alert')).toContainText('The invitations were not sent.');
	await expect(page.locator('#emails-error')).toHaveText('Give at least one address');
	await expect(page.getByLabel('Addresses', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expectAccessible(page, 'distribute with an error', []);

	// Back to the department, which the refused form kept, with two reminders.
	await page.getByRole('radio', { name: 'People matching attributes' }).check();
	await expect(page.getByLabel('Attribute', { exact: true })).toHaveValue('department');
	await expect(page.getByLabel('Value', { exact: true })).toHaveValue('Sales');
	await page.getByLabel(/^Reminders/).fill('3, 5');
	await page.getByRole('button', { name: 'Send invitations' }).click();
	await expect(page.getByTestId('sent-notice')).toContainText('Sending to 12 people now.');
	// The form starts afresh for the next invitations.
	await expect(page.getByLabel('Value', { exact: true })).toHaveValue('');
	await expect(page.getByLabel('Message')).toHaveValue(/^Hello \{\{name\}\},/);
	await expect(page.getByLabel(/^Links work for/)).toHaveValue('30');

	const row = page.getByTestId('distributions').locator('tbody tr');
	await expect(row).toHaveCount(1);
	await expect(row.getByTestId('recipients')).toHaveText('12');
	await expect(row).toContainText('After 3 and 5 days');

	// The worker sends within a second or two; the page is reloaded until all are sent.
	await expect
		.poll(
			async () => {
				await page.reload();
				return page.getByTestId('distributions').getByTestId('sent').textContent();
			},
			{ timeout: 30_000, intervals: [1000] }
		)
		.toBe('12');

	await row.getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1, name: /^Distribution of / })).toBeVisible();
	await expect(page.getByTestId('count-recipients')).toHaveText('12');
	await expect(page.getByTestId('count-sent')).toHaveText('12');

	await page.getByLabel('Break down by').selectOption('department');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.getByTestId('breakdown').locator('tbody tr')).toHaveCount(1);
	await expect(page.getByTestId('breakdown')).toContainText('Sales');
	await expect(page.getByTestId('hidden-groups')).toContainText(
		'Groups of fewer than 5 people would be hidden; none is.'
	);

	// By location, Paris (4) and Berlin (2) are under the threshold: only London shows.
	await page.getByLabel('Break down by').selectOption('location');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.getByTestId('hidden-groups')).toContainText('2 groups are hidden');
	const groups = page.getByTestId('breakdown').locator('tbody tr');
	await expect(groups).toHaveCount(1);
	await expect(groups).toContainText('London');
	await expect(page.getByTestId('breakdown')).not.toContainText('Paris');
	await expectAccessible(page, 'distribution by location', []);

	// Without JavaScript: rows are added by the server, and a time is read as UTC (and said so).
	const noScript = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await page.context().storageState()
	});
	const plain = await noScript.newPage();
	await plain.goto(`/surveys/${id}/distribute`);
	await expect(plain.getByText('Read as UTC')).toBeVisible();
	await plain.getByRole('button', { name: 'Add a condition' }).click();
	await expect(plain.getByRole('combobox', { name: /^Attribute/ })).toHaveCount(2);
	await plain.getByRole('radio', { name: 'These addresses' }).check();
	await plain.getByLabel('Addresses', { exact: true }).fill('new1@example.test, new2@example.test');
	await plain.getByRole('radio', { name: 'At a date and time' }).check();
	await plain.getByLabel('Date and time', { exact: true }).fill('2099-05-01T09:30');
	await plain.getByRole('button', { name: 'Send invitations' }).click();
	await expect(plain.getByTestId('sent-notice')).toContainText(
		'Scheduled for 1 May 2099, 09:30 UTC: 2 people.'
	);
	await noScript.close();

	// The invitations are in the outbox.
	await page.goto('/settings/outbox');
	await expect(page.getByRole('row').filter({ hasText: `sales0-${id.slice(0, 8)}` })).toHaveCount(
		1
	);
});
