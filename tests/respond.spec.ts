import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { newQuestion, questionTypes } from '../src/lib/survey/catalogue';
import type { Question } from '../src/lib/survey/definition';
import { createApiKey, newAccount, ownAddressPerTest, postForm, signUp } from './helpers';

test.use(ownAddressPerTest);

/** Every question type, required, on two pages (the statement starts the second). */
function everyType(): object {
	const questions: Question[] = [];
	for (const { type } of questionTypes) {
		const q = newQuestion(
			type,
			questions.map((x) => x.id)
		);
		if (q.type !== 'statement') q.required = true;
		if (q.type === 'statement') q.pageBreak = true;
		if (q.type === 'multiple_choice') q.min = 2;
		if (q.type === 'text') q.text = 'Anything to add about store {{hidden.store}}?';
		questions.push(q);
	}
	// The statement (last in the palette) starts page 2, before the text question.
	const statement = questions.pop()!;
	questions.splice(
		questions.findIndex((q) => q.type === 'text'),
		0,
		statement
	);
	return {
		title: 'Every type',
		audience: 'customer',
		mode: 'anonymous',
		hiddenFields: ['store'],
		thankYou: 'Thanks from store {{hidden.store}}!',
		questions
	};
}

async function publishSurvey(page: Page, definition: object) {
	const key = await createApiKey(page, 'respond');
	const auth = { authorization: `Bearer ${key}` };
	const created = await page.request.post('/api/v1/surveys', { headers: auth, data: definition });
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const { url } = await (
		await page.request.post(`/api/v1/surveys/${id}/publish`, { headers: auth })
	).json();
	return { id, path: new URL(url).pathname, auth };
}

async function completedResponses(
	request: APIRequestContext,
	id: string,
	auth: Record<string, string>
) {
	const list = await (await request.get('/api/v1/surveys', { headers: auth })).json();
	return list.surveys.find((s: { id: string }) => s.id === id).responses as number;
}

test.describe('with JavaScript off, on a phone', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

	test('a respondent answers every question type in plain form posts; errors show beside the question; one response is stored, whatever the retries', async ({
		page,
		browser
	}) => {
		await signUp(page, newAccount('respond'));
		const survey = await publishSurvey(page, everyType());

		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 390, height: 844 }
		});
		const respondent = await context.newPage();
		await respondent.goto(`${survey.path}?store=12&utm_source=ignored`);
		await expect(respondent.getByText(/Your answers are anonymous/)).toBeVisible();
		await expect(respondent.getByText('Page 1 of 2')).toBeVisible();
		const noSideways = () =>
			respondent.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
		expect(await noSideways()).toBe(true);

		const check = (name: string, value: string) =>
			respondent.locator(`input[name="${name}"][value="${value}"]`).check();
		await check('nps', '9');
		await check('enps', '8');
		await check('csat', '4');
		await check('ces', '6');
		await check('rating', '4');
		await check('likert', '5');
		for (const row of ['r1', 'r2', 'r3']) await check(`matrix.${row}`, '3');
		await check('single_choice', 'c1');
		await respondent.locator('select[name="dropdown"]').selectOption('c2');
		await check('multiple_choice', 'c1'); // one, where two are the minimum
		for (const [i, choice] of ['c3', 'c1', 'c2'].entries())
			await respondent.locator(`select[name="ranking.${choice}"]`).selectOption(String(i + 1));
		await respondent.locator('input[name="slider"]').fill('70');
		await respondent.getByRole('button', { name: 'Next' }).click();

		// The server refuses the page and says why, beside the question.
		await expect(respondent.getByRole('alert')).toContainText('There is a problem with 1 answer');
		const group = respondent.locator('#q-multiple_choice fieldset');
		const described = await group.getAttribute('aria-describedby');
		expect(described).toBeTruthy();
		await expect(respondent.locator(`[id="${described!.split(' ').at(-1)}"]`)).toBeVisible();
		await expect(respondent.locator('input[name="nps"][value="9"]')).toBeChecked();
		await check('multiple_choice', 'c3');
		await respondent.getByRole('button', { name: 'Next' }).click();

		await expect(respondent.getByText('Page 2 of 2')).toBeVisible();
		await expect(respondent.getByText('Anything to add about store 12?')).toBeVisible();
		await respondent.locator('textarea[name="text"]').fill('<b>Quick</b> & friendly');
		await respondent.locator('input[name="number"]').fill('3');
		await respondent.locator('input[name="date"]').fill('2026-05-01');
		await check('yes_no', 'yes');
		await respondent.locator('input[name="consent"]').check();
		expect(await noSideways()).toBe(true);

		// The final form, as the browser would post it again on a retry.
		const fields = await respondent
			.locator('form')
			.evaluate((form: HTMLFormElement) =>
				Object.fromEntries(new FormData(form) as unknown as Iterable<[string, string]>)
			);
		await respondent.getByRole('button', { name: 'Submit' }).click();
		await expect(respondent.getByText('Thanks from store 12!')).toBeVisible();

		const retry = await postForm(context.request, survey.path, { ...fields, _nav: 'next' });
		expect(retry.status()).toBe(303);
		expect(retry.headers().location).toContain(`r=${fields._sid}`);
		expect(await completedResponses(page.request, survey.id, survey.auth)).toBe(1);
		await context.close();
	});
});

test('a respondent who leaves mid-way continues on the same device, and can go back', async ({
	page,
	browser
}) => {
	await signUp(page, newAccount('resume'));
	const survey = await publishSurvey(page, {
		title: 'Two pages',
		audience: 'employee',
		mode: 'confidential',
		languages: ['en', 'ja'],
		questions: [
			{
				id: 'enps',
				type: 'enps',
				text: { en: 'Recommend working here?', ja: '職場として薦めますか？' },
				required: true
			},
			{ id: 'p2', type: 'statement', text: { en: 'Next part', ja: '次のパート' }, pageBreak: true },
			{ id: 'why', type: 'text', text: { en: 'Why?', ja: 'なぜですか？' } }
		]
	});
	const context = await browser.newContext();
	const first = await context.newPage();
	await first.goto(`${survey.path}?lang=ja`);
	await expect(first.getByText('職場として薦めますか？')).toBeVisible();
	await expect(first.locator('.respondent')).toHaveAttribute('lang', 'ja');
	await first.locator('input[name="enps"][value="7"]').check();
	await first.getByRole('button', { name: '次へ' }).click();
	await expect(first.getByText('2ページ中2ページ目')).toBeVisible();
	await first.close();

	const again = await context.newPage();
	await again.goto(survey.path);
	await expect(again.getByText('なぜですか？')).toBeVisible();
	await again.getByRole('button', { name: '戻る' }).click();
	await expect(again.locator('input[name="enps"][value="7"]')).toBeChecked();
	await context.close();

	// Closed by hand: the link says so.
	await page.request.post(`/api/v1/surveys/${survey.id}/close`, { headers: survey.auth });
	const closed = await browser.newPage();
	await closed.goto(survey.path);
	await expect(closed.getByRole('heading', { name: 'This survey is closed' })).toBeVisible();
	await closed.close();
});

test('an unknown or unpublished link is not found, and a bot filling the hidden field stores nothing', async ({
	page
}) => {
	expect((await page.goto('/s/nosuchsurvey'))?.status()).toBe(404);
	await signUp(page, newAccount('honeypot'));
	const survey = await publishSurvey(page, {
		title: 'Bot trap',
		audience: 'customer',
		mode: 'anonymous',
		questions: [{ id: 'yes', type: 'yes_no', text: 'Happy?' }]
	});
	const res = await postForm(page.request, survey.path, {
		_sid: 'abcdefghijklmnopqrstuvwxyz234567',
		_v: '1',
		_page: '0',
		yes: 'yes',
		website: 'http://spam.example',
		_nav: 'next'
	});
	expect(res.status()).toBe(200);
	expect(await completedResponses(page.request, survey.id, survey.auth)).toBe(0);
});
