// Personal links trusted the hidden values in their address: a customer who changed
// `order=A-1003` to `order=FORGED-999` on the link an event had e-mailed them (keeping its token)
// had the forged order stored with their answer, and an employee could file their pulse answer
// under another round by editing `round=`. The values an event, a distribution or a round gave an
// invitation are bound to it on the server: with or without JavaScript, the stored response and
// the thank-you page carry the invitation's own values, whatever the link says.
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	createApiKey,
	newAccount,
	newClient,
	ownAddressPerTest,
	postForm,
	signUp,
	publishSurvey
} from './helpers';

test.use(ownAddressPerTest);

/** The personal link of the newest e-mail to `address` in the outbox (the worker sends within a second). */
async function linkFor(page: Page, address: string) {
	await expect(async () => {
		await page.goto('/settings/outbox');
		await expect(page.getByRole('row').filter({ hasText: address })).toHaveCount(1);
	}).toPass({ timeout: 20_000 });
	await page.getByRole('row').filter({ hasText: address }).getByRole('link').first().click();
	const href = await page.getByRole('link', { name: /\/s\/[a-z0-9]+\?t=/ }).getAttribute('href');
	return new URL(href!);
}

/** Answers the one-page survey at `link` as a respondent on their own device. */
async function answer(browser: Browser, link: URL, check: string, javaScriptEnabled: boolean) {
	const { context, page } = await newClient(browser, { javaScriptEnabled });
	await page.goto(link.href);
	await page.locator(check).check();
	await page.getByRole('button', { name: 'Submit' }).click();
	return { context, page };
}

/** The column `name` of a responses CSV export, one value per response. */
async function column(page: Page, surveyId: string, name: string) {
	const res = await page.request.get(`/surveys/${surveyId}/results/export?format=csv`);
	expect(res.status()).toBe(200);
	const [header, ...rows] = (await res.text())
		.replace(/^\uFEFF/, '')
		.trim()
		.split(/\r?\n/);
	const at = header.split(',').indexOf(name);
	expect(at).toBeGreaterThanOrEqual(0);
	return rows.map((row) => row.split(',')[at]);
}

test('a personal link keeps the order its event gave it, with and without JavaScript', async ({
	browser,
	page,
	request
}) => {
	test.setTimeout(90_000);
	await signUp(page, newAccount('forged-order'));
	const headers = { authorization: `Bearer ${await createApiKey(page, 'shop')}` };
	const { id } = await publishSurvey(request, headers, {
		title: 'Delivery CSAT',
		audience: 'customer',
		mode: 'identified',
		hiddenFields: ['order'],
		thankYou: 'Thanks for rating order {{hidden.order}}.',
		questions: [{ id: 'csat', type: 'csat', text: 'How was the delivery?', required: true }]
	});
	const rule = await postForm(page.request, '/settings/triggers?/create', {
		eventType: 'order.delivered',
		surveyId: id,
		delayValue: '0',
		delayUnit: '1',
		hiddenFields: 'order = order.id'
	});
	expect(rule.status()).toBeLessThan(400);

	const tag = Date.now().toString(36);
	const buyers = [`first-${tag}@example.test`, `second-${tag}@example.test`];
	for (const [i, email] of buyers.entries()) {
		const event = await request.post('/api/v1/events', {
			headers,
			data: { type: 'order.delivered', person: { email }, data: { order: { id: `A-100${i + 3}` } } }
		});
		expect(await event.json()).toMatchObject({ scheduled: 1 });
	}

	for (const [i, email] of buyers.entries()) {
		const link = await linkFor(page, email);
		expect(link.searchParams.get('order')).toBe(`A-100${i + 3}`);
		link.searchParams.set('order', 'FORGED-999');
		const respondent = await answer(browser, link, 'input[name="csat"][value="4"]', i === 0);
		await expect(respondent.page.getByText(`Thanks for rating order A-100${i + 3}.`)).toBeVisible();
		await respondent.context.close();
	}
	expect((await column(page, id, 'hidden.order')).sort()).toEqual(['A-1003', 'A-1004']);
});

test('a pulse link keeps its round', async ({ browser, page, request }) => {
	test.setTimeout(90_000);
	await signUp(page, newAccount('forged-round'));
	const headers = { authorization: `Bearer ${await createApiKey(page, 'hr')}` };
	const created = await request.post('/api/v1/surveys', {
		headers,
		data: {
			title: 'Engagement pulse',
			audience: 'employee',
			mode: 'identified',
			questions: [
				{ id: 'enps', type: 'enps', text: 'Would you recommend working here?', required: true },
				{ id: 'growth', type: 'likert', text: 'I can grow here' }
			]
		}
	});
	const { id } = await created.json();
	const email = `staff-${Date.now().toString(36)}@example.test`;
	const put = await request.put('/api/v1/people', {
		headers,
		data: { kind: 'employee', people: [{ email, attributes: { site: 'Lyon' } }] }
	});
	expect((await put.json()).created).toBe(1);
	const pulse = await postForm(page.request, '/pulses?/create', {
		surveyId: id,
		name: 'Monthly engagement',
		cadence: 'monthly',
		perRound: '1',
		core: 'enps'
	});
	expect(pulse.status()).toBe(303);

	const link = await linkFor(page, email);
	expect(link.searchParams.get('round')).toBe('1');
	link.searchParams.set('round', '7');
	const respondent = await answer(browser, link, 'input[name="enps"][value="8"]', false);
	await expect(
		respondent.page.getByText('Thank you! Your answers have been recorded.')
	).toBeVisible();
	await respondent.context.close();
	expect(await column(page, id, 'hidden.round')).toEqual(['1']);
});
