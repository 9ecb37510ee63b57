import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { newQuestion, questionTypes } from '../src/lib/survey/catalogue';
import type { Question } from '../src/lib/survey/definition';
import {
	createApiKey,
	fakeIp,
	newAccount,
	ownAddressPerTest,
	postForm,
	serverOrigin,
	signUp,
	tabTo,
	publishSurvey as publish
} from './helpers';

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
	return publish(page.request, { authorization: `Bearer ${key}` }, definition);
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

test.describe('with JavaScript on, on a phone', () => {
	test('a respondent answers every question type by keyboard alone, and one response is stored', async ({
		page,
		browser
	}) => {
		test.setTimeout(120_000);
		await signUp(page, newAccount('respond-keys'));
		const survey = await publishSurvey(page, everyType());

		// en-US fixes the order of the date input's month, day and year segments.
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			locale: 'en-US'
		});
		const respondent = await context.newPage();
		const keys = respondent.keyboard;
		await respondent.goto(`${survey.path}?store=12`);
		await expect(respondent.getByText('Page 1 of 2')).toBeVisible();
		await expect(respondent.locator('.respondent')).toHaveAttribute('data-ready', 'true');
		// One small script, none of the framework's: the page itself is rendered on the server.
		const scripts = await respondent.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
				.map((e) => new URL(e.name).pathname)
		);
		expect(scripts).toEqual([expect.stringMatching(/^\/_app\/immutable\/respondent\/enhance\./)]);

		const input = (name: string, value: string) =>
			respondent.locator(`input[name="${name}"][value="${value}"]`);
		/** Tabs into a radio group (nothing chosen yet: its first radio) and arrows to `value`. */
		async function chooseByArrows(name: string, from: number, value: number) {
			await tabTo(respondent, input(name, String(from)));
			for (let n = from; n < value; n++) await keys.press('ArrowRight');
			await expect(input(name, String(value))).toBeChecked();
			await expect(input(name, String(value))).toBeFocused();
		}
		await chooseByArrows('nps', 0, 9);
		await chooseByArrows('enps', 0, 8);
		await chooseByArrows('csat', 1, 4);
		await chooseByArrows('ces', 1, 6);
		await chooseByArrows('rating', 1, 4); // stars
		await chooseByArrows('likert', 1, 5);
		for (const row of ['r1', 'r2', 'r3']) await chooseByArrows(`matrix.${row}`, 1, 3);

		// Space picks the focused radio of a group where nothing is chosen yet.
		await tabTo(respondent, input('single_choice', 'c1'));
		await keys.press('Space');
		await expect(input('single_choice', 'c1')).toBeChecked();

		const dropdown = respondent.locator('select[name="dropdown"]');
		await tabTo(respondent, dropdown);
		await keys.press('ArrowDown');
		await keys.press('ArrowDown');
		await expect(dropdown).toHaveValue('c2');

		// Two boxes: the last first, then Shift+Tab back to the first.
		await tabTo(respondent, input('multiple_choice', 'c3'));
		await keys.press('Space');
		await keys.press('Shift+Tab');
		await keys.press('Shift+Tab');
		await expect(input('multiple_choice', 'c1')).toBeFocused();
		await keys.press('Space');
		await expect(input('multiple_choice', 'c1')).toBeChecked();
		await expect(input('multiple_choice', 'c3')).toBeChecked();

		// Ranking: a position for each, by arrow keys; a position given twice is named at once.
		const rank = (choice: string) => respondent.locator(`select[name="ranking.${choice}"]`);
		for (const [choice, presses] of [
			['c2', 1],
			['c1', 2],
			['c3', 3]
		] as const) {
			await tabTo(respondent, rank(choice));
			for (let i = 0; i < presses; i++) await keys.press('ArrowDown');
			await expect(rank(choice)).toHaveValue(String(presses));
		}
		await keys.press('ArrowUp');
		await expect(rank('c3')).toHaveValue('2');
		await expect(respondent.locator('#q-ranking')).toContainText(
			'Give each choice a different position.'
		);
		await keys.press('ArrowDown');
		await expect(respondent.locator('#q-ranking')).not.toContainText('different position');
		await expect(rank('c2')).toHaveValue('1');
		await expect(rank('c1')).toHaveValue('2');

		const slider = respondent.locator('input[type="range"]');
		await tabTo(respondent, slider);
		for (let i = 0; i < 20; i++) await keys.press('ArrowRight');
		await expect(slider).toHaveValue('70');
		await expect(slider).toHaveAttribute('name', 'slider');
		await expect(respondent.locator('#q-slider output')).toHaveText('70');

		await tabTo(respondent, respondent.getByRole('button', { name: 'Next' }));
		await keys.press('Enter');

		await expect(respondent.getByText('Page 2 of 2')).toBeVisible();
		await expect(respondent.getByRole('alert')).toHaveCount(0);
		await tabTo(respondent, respondent.getByLabel('Anything to add about store 12?'));
		await keys.type('Quick & friendly');
		await tabTo(respondent, respondent.locator('input[name="number"]'));
		await keys.type('3');
		const date = respondent.locator('input[name="date"]');
		await tabTo(respondent, date);
		await keys.type('05012026');
		await expect(date).toHaveValue('2026-05-01');
		await tabTo(respondent, input('yes_no', 'yes'));
		await keys.press('Space');
		await expect(input('yes_no', 'yes')).toBeChecked();
		await tabTo(respondent, input('consent', 'yes'));
		await keys.press('Space');
		await expect(input('consent', 'yes')).toBeChecked();
		expect(
			await respondent.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);

		await tabTo(respondent, respondent.getByRole('button', { name: 'Submit' }));
		await keys.press('Enter');
		await expect(respondent.getByText('Thanks from store 12!')).toBeVisible();
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
	await expect(first.locator('.respondent')).toHaveAttribute('data-ready', 'true');
	await expect(first.getByText('職場として薦めますか？')).toBeVisible();
	await expect(first.getByText(/^回答は機密として扱われます。/)).toBeVisible();
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

	// Asking for a link (here without JavaScript), then coming back with it on another device.
	const plain = await browser.newContext({ javaScriptEnabled: false });
	const asker = await plain.newPage();
	await asker.goto(survey.path);
	await asker.locator('input[name="enps"][value="4"]').check();
	await asker.getByRole('button', { name: 'Save and finish later' }).click();
	const link = asker.locator('a.resume-link');
	await expect(asker.locator('.notice[role="status"]')).toContainText('come back with this link');
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[a-z0-9]+\?r=[a-z2-7]+$/);
	await plain.close();
	const other = await browser.newContext();
	const device = await other.newPage();
	await device.goto(href!);
	await expect(device.locator('input[name="enps"][value="4"]')).toBeChecked();
	await other.close();

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

test('axe finds nothing on a survey holding every question type, at 1280 and 390 px, left to right and right to left', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await signUp(page, newAccount('respond-a11y'));
	const definition = everyType() as { questions: Question[]; languages?: string[] };
	// Arabic: every text gets an Arabic version, so the page is fully right to left.
	const arabic = (text: unknown) => ({ en: String(text), ar: `ar ${String(text)}` });
	definition.languages = ['en', 'ar'];
	for (const q of definition.questions) {
		const r = q as Record<string, unknown>;
		for (const key of ['text', 'lowLabel', 'highLabel', 'label'])
			if (typeof r[key] === 'string') r[key] = arabic(r[key]);
		for (const key of ['choices', 'rows'])
			for (const c of (r[key] as { label: unknown }[] | undefined) ?? []) c.label = arabic(c.label);
	}
	delete (definition as { thankYou?: string }).thankYou;
	const survey = await publishSurvey(page, definition);
	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 390, height: 844 }
	]) {
		for (const lang of ['en', 'ar']) {
			const context = await browser.newContext({ viewport });
			const respondent = await context.newPage();
			await respondent.goto(`${survey.path}?lang=${lang}&store=1`);
			await expect(respondent.locator('html')).toHaveAttribute('lang', lang);
			await expect(respondent.locator('html')).toHaveAttribute(
				'dir',
				lang === 'ar' ? 'rtl' : 'ltr'
			);
			await expect(
				respondent.getByRole('button', { name: lang === 'ar' ? 'التالي' : 'Next' })
			).toBeVisible();
			// The question components' own words too: the dropdown's prompt.
			await expect(respondent.locator('select[name="dropdown"] option').first()).toHaveText(
				lang === 'ar' ? 'اختر…' : 'Choose…'
			);
			await expect(
				respondent.getByText(`${lang === 'ar' ? 'ar ' : ''}How likely are you to recommend us`)
			).toBeVisible();
			const result = await new AxeBuilder({ page: respondent })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(
				result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
				`${lang} at ${viewport.width}px`
			).toEqual([]);
			expect(
				await respondent.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
				`${lang} at ${viewport.width}px scrolls sideways`
			).toBe(true);
			await context.close();
		}
	}
});

test('a page served before a re-publish submits against the version it showed', async ({
	page,
	browser
}) => {
	await signUp(page, newAccount('republish'));
	const first = {
		title: 'Versions',
		audience: 'customer',
		mode: 'anonymous',
		questions: [{ id: 'old', type: 'yes_no', text: 'Old question?', required: true }]
	};
	const survey = await publishSurvey(page, first);
	const context = await browser.newContext();
	const respondent = await context.newPage();
	await respondent.goto(survey.path);
	await expect(respondent.getByText('Old question?')).toBeVisible();

	const second = {
		...first,
		questions: [{ id: 'new', type: 'text', text: 'New question?', required: true }]
	};
	const path = `/api/v1/surveys/${survey.id}`;
	expect((await page.request.put(path, { headers: survey.auth, data: second })).status()).toBe(200);
	expect((await page.request.post(`${path}/publish`, { headers: survey.auth })).status()).toBe(200);

	await respondent.locator('input[name="old"][value="yes"]').check();
	await respondent.getByRole('button', { name: 'Submit' }).click();
	await expect(respondent.getByText('Thank you! Your answers have been recorded.')).toBeVisible();
	expect(await completedResponses(page.request, survey.id, survey.auth)).toBe(1);
	const fresh = await browser.newPage();
	await fresh.goto(survey.path);
	await expect(fresh.getByText('New question?')).toBeVisible();
	await fresh.close();
	await context.close();
});

test('a flood of posts from one address gets a friendly 429 page that keeps the answers; other addresses are unaffected', async ({
	page,
	playwright
}) => {
	await signUp(page, newAccount('flood'));
	const survey = await publishSurvey(page, {
		title: 'Flood',
		audience: 'customer',
		mode: 'anonymous',
		questions: [{ id: 'why', type: 'text', text: 'Why?' }]
	});
	const flooder = await playwright.request.newContext({
		baseURL: serverOrigin,
		extraHTTPHeaders: { 'x-forwarded-for': fakeIp() }
	});
	const post = (why = 'still typing') =>
		postForm(flooder, survey.path, {
			_sid: 'floodfloodfloodfloodfloodflood22',
			_v: '1',
			_page: '0',
			why,
			_nav: 'back'
		});
	// RESPONSE_RATE_LIMIT is 120 a minute: far above one person's pace, autosaves included. The
	// bucket refills as the test runs, so count the posts accepted before the first refusal.
	let accepted = 0;
	let refused = await post();
	while (refused.status() === 303 && accepted < 300) {
		accepted++;
		refused = await post();
	}
	expect(accepted).toBeGreaterThanOrEqual(120);
	expect(refused.status()).toBe(429);
	// Refused again: the page gives back what this post carried, not what was saved. (A post may
	// still find a token that refilled meanwhile, two a second: then the next one is refused.)
	let typed = '';
	for (let i = 0; i < 20; i++) {
		typed = `typed just at the limit (${i})`;
		refused = await post(typed);
		if (refused.status() !== 303) break;
	}
	expect(refused.status()).toBe(429);
	const html = await refused.text();
	expect(html).toContain('Too many answers were sent from your connection just now');
	expect(html).toContain(typed);
	await flooder.dispose();

	const other = await page
		.context()
		.browser()!
		.newContext({
			extraHTTPHeaders: { 'x-forwarded-for': fakeIp() }
		});
	const respondent = await other.newPage();
	await respondent.goto(survey.path);
	await respondent.getByLabel('Why?').fill('Fine');
	await respondent.getByRole('button', { name: 'Submit' }).click();
	await expect(respondent.getByText('Thank you! Your answers have been recorded.')).toBeVisible();
	await other.close();
});

test('the thank-you redirects only to a site the organisation allows: no open redirect', async ({
	page
}) => {
	await signUp(page, newAccount('redirect'));
	const survey = await publishSurvey(page, {
		title: 'Redirect',
		audience: 'customer',
		mode: 'anonymous',
		thankYouUrl: 'https://www.example.com/thanks?from=survey',
		questions: [{ id: 'ok', type: 'yes_no', text: 'OK?' }]
	});
	const submit = (sid: string) =>
		postForm(page.request, survey.path, {
			_sid: sid,
			_v: '1',
			_page: '0',
			ok: 'yes',
			_nav: 'next'
		});
	const before = await submit('redirectredirectredirectredirec2');
	expect(before.headers().location).toBe(`${survey.path}?r=redirectredirectredirectredirec2`);

	await page.goto('/settings/organization');
	await page.locator('#redirectOrigins-input').fill('https://www.example.com');
	await page.getByRole('button', { name: 'Save redirect sites' }).click();
	await expect(page.getByText('Saved: surveys may redirect to 1 site.')).toBeVisible();
	const after = await submit('redirectredirectredirectredirec3');
	expect(after.status()).toBe(303);
	expect(after.headers().location).toBe('https://www.example.com/thanks?from=survey');
	expect(await completedResponses(page.request, survey.id, survey.auth)).toBe(2);

	const http = await page.request.post('/api/v1/surveys', {
		headers: survey.auth,
		data: {
			title: 'Bad',
			audience: 'customer',
			mode: 'anonymous',
			thankYouUrl: 'javascript:alert(1)',
			questions: []
		}
	});
	expect(http.status()).toBe(400);
	expect((await http.json()).error.issues[0].path).toBe('thankYouUrl');
});

test('with JavaScript, answers are checked as they are given and saved before the page is left', async ({
	page,
	browser
}) => {
	await signUp(page, newAccount('autosave'));
	const survey = await publishSurvey(page, {
		title: 'Autosave',
		audience: 'customer',
		mode: 'anonymous',
		questions: [
			{
				id: 'count',
				type: 'number',
				text: 'How many visits?',
				min: 1,
				max: 10,
				integer: true,
				required: true
			},
			{ id: 'why', type: 'text', text: 'Tell us more', long: true }
		]
	});
	const context = await browser.newContext();
	const first = await context.newPage();
	await first.goto(survey.path);
	await expect(first.locator('.respondent')).toHaveAttribute('data-ready', 'true');
	await first.getByLabel('How many visits?').fill('40');
	await first.getByLabel('Tell us more').fill('The queue was long');
	await expect(first.locator('#q-count')).toContainText('Enter a value from 1 to 10.');
	await expect(first.getByLabel('How many visits?')).toHaveAttribute('aria-invalid', 'true');
	await expect(first.getByTestId('autosave')).toHaveText('Your answers so far are saved.');
	// Next with a problem left: said at once, in the list and beside the question, focus on it,
	// and the page is not left (a mark set on this page is still there).
	await first.evaluate(() => Object.assign(window, { stayed: true }));
	await first.getByRole('button', { name: 'Submit' }).click();
	await expect(first.locator('#hk-problems')).toContainText('There is a problem with 1 answer');
	await expect(first.locator('#hk-problems a')).toHaveText('How many visits?');
	await expect(first.getByLabel('How many visits?')).toBeFocused();
	expect(await first.evaluate(() => 'stayed' in window)).toBe(true);
	await first.getByLabel('How many visits?').fill('4');
	await expect(first.locator('#q-count')).not.toContainText('Enter a value');
	await expect(first.getByLabel('How many visits?')).not.toHaveAttribute('aria-invalid', 'true');
	await expect(first.getByTestId('autosave')).toHaveText('Your answers so far are saved.');
	await first.close();

	const again = await context.newPage();
	await again.goto(survey.path);
	await expect(again.getByLabel('Tell us more')).toHaveValue('The queue was long');
	await context.close();
});

test('one question at a time: a digit or a letter answers, Enter goes on', async ({
	page,
	browser
}) => {
	await signUp(page, newAccount('one-at-a-time'));
	const survey = await publishSurvey(page, {
		title: 'Quick',
		audience: 'customer',
		mode: 'anonymous',
		display: 'one-at-a-time',
		questions: [
			{ id: 'nps', type: 'nps', text: 'How likely are you to recommend us?', required: true },
			{
				id: 'visit',
				type: 'single_choice',
				text: 'Why did you come?',
				required: true,
				choices: [
					{ id: 'buy', label: 'To buy' },
					{ id: 'return', label: 'To return something' },
					{ id: 'look', label: 'To look around' }
				]
			}
		]
	});
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const respondent = await context.newPage();
	await respondent.goto(survey.path);
	await expect(respondent.locator('.respondent')).toHaveAttribute('data-ready', 'true');
	await expect(respondent.getByText(/Keyboard: type a number or letter/)).toBeVisible();
	// Enter with nothing chosen: the problem is said, nothing is sent.
	await respondent.keyboard.press('Enter');
	await expect(respondent.locator('#q-nps')).toContainText('Answer this question.');
	await respondent.keyboard.press('1');
	await respondent.keyboard.press('0');
	await expect(respondent.locator('input[name="nps"][value="10"]')).toBeChecked();
	await expect(respondent.locator('#q-nps')).not.toContainText('Answer this question.');
	// Letters choose choices, not scale points: a stray key does not change the score.
	await respondent.keyboard.press('a');
	await expect(respondent.locator('input[name="nps"][value="10"]')).toBeChecked();
	await respondent.keyboard.press('Enter');
	await expect(respondent.getByText('Why did you come?')).toBeVisible();
	await expect(respondent.locator('.respondent')).toHaveAttribute('data-ready', 'true');
	await respondent.keyboard.press('b');
	await expect(respondent.getByLabel('To return something')).toBeChecked();
	await respondent.keyboard.press('Enter');
	await expect(respondent.getByText('Thank you! Your answers have been recorded.')).toBeVisible();
	expect(await completedResponses(page.request, survey.id, survey.auth)).toBe(1);
	await context.close();
});

test('NPS+: with JavaScript the reasons follow the score; without it, another group’s reason is refused in words', async ({
	page,
	browser
}) => {
	await signUp(page, newAccount('nps-plus'));
	const survey = await publishSurvey(page, {
		title: 'Reasons',
		audience: 'customer',
		mode: 'anonymous',
		questions: [
			{
				id: 'nps',
				type: 'nps',
				text: 'How likely are you to recommend us?',
				required: true,
				reasons: {
					choices: [
						{ id: 'price', label: 'Prices' },
						{ id: 'wait', label: 'Waiting' },
						{ id: 'staff', label: 'Friendly staff' }
					],
					byGroup: { detractor: ['price', 'wait'], passive: ['price'], promoter: ['staff'] },
					comment: true
				}
			}
		]
	});
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const respondent = await context.newPage();
	await respondent.goto(survey.path);
	await expect(respondent.locator('.respondent')).toHaveAttribute('data-ready', 'true');
	const reason = (label: string) => respondent.getByLabel(label, { exact: true });
	const score = (n: number) => respondent.locator(`input[name="nps"][value="${n}"]`);
	await expect(respondent.locator('#q-nps .reasons')).toBeHidden();
	await score(3).check();
	await expect(reason('Prices')).toBeVisible();
	await expect(reason('Waiting')).toBeVisible();
	await expect(reason('Friendly staff')).toBeHidden();
	await reason('Waiting').check();
	await score(10).check();
	await expect(reason('Waiting')).toBeHidden();
	await expect(reason('Waiting')).not.toBeChecked();
	await reason('Friendly staff').check();
	await respondent.getByRole('button', { name: 'Submit' }).click();
	await expect(respondent.getByText('Thank you! Your answers have been recorded.')).toBeVisible();
	await context.close();

	const plain = await browser.newContext({ javaScriptEnabled: false });
	const form = await plain.newPage();
	await form.goto(survey.path);
	await form.locator('input[name="nps"][value="10"]').check();
	await form.getByLabel('Prices', { exact: true }).check();
	await form.getByRole('button', { name: 'Submit' }).click();
	await expect(form.locator('#q-nps')).toContainText('Choose a reason that fits your score.');
	await plain.close();
	expect(await completedResponses(page.request, survey.id, survey.auth)).toBe(1);
});

test('a respondent post from another site is refused, however it would be answered', async ({
	page
}) => {
	await signUp(page, newAccount('csrf'));
	const survey = await publishSurvey(page, {
		title: 'One question',
		audience: 'customer',
		mode: 'anonymous',
		questions: [{ id: 'nps', type: 'nps', text: 'Score?', required: true }]
	});
	const html = await (await page.request.get(survey.path)).text();
	const version = html.match(/name="_v" value="(\d+)"/)![1];
	const form = {
		_sid: 'abcdefghijklmnopqrstuvwx',
		_v: version,
		_page: '0',
		_lang: 'en',
		_nav: 'next',
		website: '',
		nps: '9'
	};
	const forged = await page.request.post(survey.path, {
		form,
		headers: { origin: 'https://evil.example', accept: 'text/html' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);
	expect(await completedResponses(page.request, survey.id, survey.auth)).toBe(0);
	// The same post from the page itself completes the response in one go.
	const own = await page.request.post(survey.path, {
		form,
		// What a browser's form post sends.
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(own.status()).toBe(303);
	expect(own.headers()['location']).toBe(`${survey.path}?r=${form._sid}`);
	expect(await completedResponses(page.request, survey.id, survey.auth)).toBe(1);
	// From a link with its own query (a touchpoint's, a language), the same.
	const linked = await page.request.post(`${survey.path}?store=12&lang=en`, {
		form: { ...form, _sid: 'bcdefghijklmnopqrstuvwxy' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(linked.status()).toBe(303);
	expect(await completedResponses(page.request, survey.id, survey.auth)).toBe(2);
});
