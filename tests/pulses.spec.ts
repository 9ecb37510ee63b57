// A pulse program from its page: an HR editor picks an employee survey as the question bank,
// keeps eNPS every round, rotates one other item a round, and follows participation round by
// round (the test server keeps the e-mails in the outbox; its worker sends within a second).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
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

/** The personal links of a round, from the outbox (the test server keeps every e-mail there). */
async function roundLinks(page: Page, round: number, count: number) {
	const links: string[] = [];
	await expect(async () => {
		links.length = 0;
		await page.goto('/settings/outbox');
		const hrefs = await page
			.getByRole('link')
			.filter({ hasText: 'Engagement pulse' })
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		for (const href of hrefs) {
			await page.goto(href);
			const text = (await page.locator('.body').textContent()) ?? '';
			const link = /https?:\/\/\S+\/s\/[a-z0-9]+\?t=[a-z2-7]+&round=(\d+)/.exec(text);
			if (link && Number(link[1]) === round) links.push(link[0]);
		}
		expect(links).toHaveLength(count);
	}).toPass({ timeout: 20_000 });
	return links;
}

/** Answers a personal link: eNPS and whichever rotating item the link's round asks. */
async function answer(page: Page, link: string, item: 'growth' | 'workload', score: number) {
	await page.goto(link);
	await page.locator('input[name="enps"][value="8"]').check();
	await page.locator(`input[name="${item}"][value="${score}"]`).check();
	await page.getByRole('button', { name: 'Submit' }).click();
	await expect(page.getByRole('status')).toContainText('Thank you');
}

// Each round publishes a version with only its own items: results listed the latest round's
// questions alone, and the items answered in earlier rounds vanished (page and API, by round too).
test('a pulse program’s results keep every round’s items, each with its own n', async ({
	page,
	browser,
	request
}) => {
	test.setTimeout(120_000);
	await signUp(page, newAccount('pulse-items'));
	const headers = { authorization: `Bearer ${await createApiKey(page, 'hr')}` };
	const created = await request.post('/api/v1/surveys', {
		headers,
		data: {
			title: 'Engagement pulse',
			audience: 'employee',
			mode: 'confidential',
			anonymityThreshold: 3,
			questions: [
				{ id: 'enps', type: 'enps', text: 'Would you recommend working here?' },
				{ id: 'growth', type: 'likert', text: 'I can grow here' },
				{ id: 'workload', type: 'likert', text: 'My workload is manageable' }
			]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const put = await request.put('/api/v1/people', {
		headers,
		data: {
			kind: 'employee',
			people: Array.from({ length: 4 }, (_, i) => ({
				email: `crew${i}-${Date.now()}@example.test`
			}))
		}
	});
	expect((await put.json()).created).toBe(4);

	await page.goto('/pulses');
	await page.getByLabel('Survey (the question bank)').selectOption({ label: 'Engagement pulse' });
	await page.getByRole('button', { name: 'Choose' }).click();
	await page.getByLabel('Name').fill('Weekly engagement');
	await page.getByLabel('Questions from the rest, per round').fill('1');
	await page.getByRole('button', { name: 'Start the program' }).click();
	await expect(page.getByRole('heading', { name: 'Weekly engagement' })).toBeVisible();
	const program = page.url();
	const rows = page.getByRole('table').getByRole('row');
	await expect(async () => {
		await page.reload();
		await expect(rows.filter({ hasText: 'enps, growth' })).toContainText('4');
	}).toPass({ timeout: 20_000 });

	const respondent = await (await browser.newContext()).newPage();
	const first = await roundLinks(page, 1, 4);
	for (const [i, link] of first.slice(0, 3).entries())
		await answer(respondent, link, 'growth', 4 + (i % 2));

	await page.goto(program);
	await page.getByRole('button', { name: 'Run the next round now' }).click();
	await expect(async () => {
		await page.reload();
		await expect(rows.filter({ hasText: 'enps, workload' })).toContainText('4');
	}).toPass({ timeout: 20_000 });
	const second = await roundLinks(page, 2, 4);
	for (const link of second.slice(0, 3)) await answer(respondent, link, 'workload', 2);

	// A late answer to round 1's link, after round 2 went out: round 1's questions.
	await respondent.goto(first[3]);
	await expect(respondent.getByText('I can grow here')).toBeVisible();
	await expect(respondent.getByText('My workload is manageable')).toHaveCount(0);
	await answer(respondent, first[3], 'growth', 5);

	// The results page: every item, each with its own n, over the cycle and round by round.
	await page.goto(`/surveys/${id}/results`);
	const item = (name: string) => page.getByRole('article', { name });
	await expect(item('Would you recommend working here?')).toContainText('n = 7');
	await expect(item('I can grow here')).toContainText('n = 4');
	await expect(item('My workload is manageable')).toContainText('n = 3');
	await page.goto(`/surveys/${id}/results?by=round`);
	const segments = page.getByTestId('segments');
	await expect(segments.getByRole('columnheader')).toHaveText([
		'round (hidden field)',
		'Responses',
		'Would you recommend working here?',
		'I can grow here',
		'My workload is manageable'
	]);
	const round = (n: string) =>
		segments
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: n, exact: true }) });
	await expect(round('1').getByRole('cell')).toHaveText(['4', /n = 4/, /n = 4/, '–']);
	await expect(round('2').getByRole('cell')).toHaveText(['3', /n = 3/, '–', /n = 3/]);

	// The API: the same items and counts.
	const all = await (await request.get(`/api/v1/surveys/${id}/results`, { headers })).json();
	expect(all).toMatchObject({
		responses: 7,
		questions: { enps: { n: 7 }, growth: { n: 4 }, workload: { n: 3 } }
	});
	const byRound = await (
		await request.get(`/api/v1/surveys/${id}/results?by=round`, { headers })
	).json();
	expect(byRound.segments).toMatchObject([
		{ value: '1', responses: 4, questions: { enps: { n: 4 }, growth: { n: 4 } } },
		{ value: '2', responses: 3, questions: { enps: { n: 3 }, workload: { n: 3 } } }
	]);
	expect(Object.keys(byRound.segments[0].questions)).toEqual(['enps', 'growth']);
	expect(Object.keys(byRound.segments[1].questions)).toEqual(['enps', 'workload']);
});
