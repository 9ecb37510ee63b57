// Event triggers as a CX lead uses them: a contact frequency and a rule set in Settings → Event
// triggers, events posted by the shop's systems through the API. An event whose survey the contact
// frequency holds back is answered as skipped, with its reason, and Latest events says so too
// (it used to answer `scheduled: 1` and show "sent" though no e-mail went out).
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

test('an event held back by the contact frequency is reported as skipped, with why', async ({
	page,
	request
}) => {
	test.setTimeout(90_000);
	await signUp(page, newAccount('triggers'));
	const headers = { authorization: `Bearer ${await createApiKey(page, 'shop')}` };
	const { id } = await publishSurvey(request, headers, {
		title: 'Delivery CSAT',
		audience: 'customer',
		mode: 'identified',
		questions: [{ id: 'csat', type: 'csat', text: 'How was the delivery?' }]
	});

	await page.goto('/settings/triggers');
	const days = page.getByLabel('Invite a customer at most once every … days');
	// The domain's rule shows beside the field, what was typed kept.
	await days.fill('400');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('From 1 to 365 days')).toBeVisible();
	await expect(days).toHaveAttribute('aria-invalid', 'true');
	await expect(days).toHaveValue('400');
	await days.fill('30');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.getByLabel('Event type').fill('order.delivered');
	await page.getByLabel('Survey').selectOption({ label: 'Delivery CSAT' });
	await page.getByLabel('Delay').fill('0');
	await page.getByRole('button', { name: 'Add rule' }).click();
	await expect(page.getByRole('row').filter({ hasText: 'order.delivered' })).toContainText(
		'At once'
	);

	const email = `buyer-${Date.now().toString(36)}@example.test`;
	const post = () =>
		request.post('/api/v1/events', {
			headers,
			data: { type: 'order.delivered', person: { email }, data: { order: { id: 'A-17' } } }
		});
	const first = await post();
	expect(first.status()).toBe(202);
	expect(await first.json()).toMatchObject({ scheduled: 1, skipped: [] });
	const events = page.getByRole('region', { name: 'Latest events' }).getByRole('row');
	// The test server's worker sends within a second; the outcome follows the e-mail.
	await expect(async () => {
		await page.reload();
		await expect(events.nth(1)).toContainText('sent');
	}).toPass({ timeout: 20_000 });
	await expect(events.nth(1)).toContainText('Delivery CSAT');

	// A week later the customer's next order arrives: within 30 days of the last invitation.
	const second = await post();
	expect(second.status()).toBe(202);
	expect(await second.json()).toEqual({
		id: expect.any(String),
		scheduled: 0,
		skipped: [
			{
				ruleId: expect.any(String),
				surveyId: id,
				reason: 'contact_frequency',
				message: 'Invited in the last 30 days (contact frequency)'
			}
		]
	});
	await page.reload();
	await expect(events).toHaveCount(3);
	await expect(events.nth(1)).toContainText(
		'skipped Delivery CSAT: Invited in the last 30 days (contact frequency)'
	);
	await expect(events.nth(1)).not.toContainText('sent');
	await expect(events.nth(2)).toContainText('sent Delivery CSAT');
	await expectAccessible(page, 'event triggers');

	// One e-mail went out, not two.
	await page.goto('/settings/outbox');
	await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(1);
});
