import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { newQuestion, questionTypes } from '../src/lib/survey/catalogue';
import type { Question } from '../src/lib/survey/definition';
import { newAccount, newClient, ownAddressPerTest, signIn, signUp } from './helpers';

test.use(ownAddressPerTest);

async function createFrom(page: Page, template: RegExp) {
	await page.goto('/surveys/new');
	await page.getByRole('button', { name: template }).click();
	await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]{36}$/);
	return new URL(page.url()).pathname;
}

const questionTitles = (page: Page) =>
	page.getByRole('list', { name: 'Questions' }).locator('.qtext').allTextContents();

const saved = (page: Page) =>
	expect(page.getByTestId('save-state')).toHaveText('All changes saved');

test('every template validates and renders in the phone preview', async ({ page }) => {
	test.setTimeout(90_000);
	await signUp(page, newAccount('templates'));
	await page.goto('/surveys/new');
	const names = await page.locator('.templates button strong').allTextContents();
	expect(names).toHaveLength(9);
	for (const name of names.slice(1)) {
		await createFrom(page, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
		await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
		const preview = page.getByRole('region', { name: 'Preview on a phone' });
		await expect(preview.locator('fieldset, .q').first(), name).toBeVisible();
		const first = (await questionTitles(page))[0];
		await expect(preview.getByText(first.slice(0, 30)).first(), name).toBeVisible();
	}
	await page.goto('/surveys');
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(1 + names.length - 1);
});

test('questions are added, reordered by drag and by buttons, duplicated, deleted with undo, and autosaved', async ({
	page
}) => {
	// Tall enough that no card scrolls mid-drag, as on a desktop screen.
	await page.setViewportSize({ width: 1280, height: 2000 });
	await signUp(page, newAccount('designer'));
	const path = await createFrom(page, /^Blank survey/);
	await page.getByRole('button', { name: /^CSAT/ }).click();
	await page.getByRole('button', { name: /^Yes \/ no/ }).click();
	await page.getByRole('button', { name: /^Single choice/ }).click();
	expect(await questionTitles(page)).toEqual([
		'How satisfied are you with your experience?',
		'Did we solve your problem?',
		'Which one fits best?'
	]);

	await page.getByRole('button', { name: 'Move question 3 up' }).click();
	await expect(page.getByRole('button', { name: 'Move question 2 up' })).toBeFocused();
	// The upper half of a card drops before it, the lower half of the last card after it.
	await page.getByTestId('drag-2').dragTo(page.locator('#q-card-0'), {
		targetPosition: { x: 40, y: 5 }
	});
	expect(await questionTitles(page)).toEqual([
		'Did we solve your problem?',
		'How satisfied are you with your experience?',
		'Which one fits best?'
	]);
	const last = page.locator('#q-card-2');
	const box = (await last.boundingBox())!;
	await page.getByTestId('drag-0').dragTo(last, { targetPosition: { x: 40, y: box.height - 5 } });
	expect(await questionTitles(page)).toEqual([
		'How satisfied are you with your experience?',
		'Which one fits best?',
		'Did we solve your problem?'
	]);
	await page.getByTestId('drag-2').dragTo(page.locator('#q-card-0'), {
		targetPosition: { x: 40, y: 5 }
	});

	await page.getByRole('button', { name: 'Duplicate question 2' }).click();
	await expect(page.locator('#q-card-2 .badge').first()).toHaveText('CSAT');
	await page.getByRole('button', { name: 'Delete question 1' }).click();
	expect(await questionTitles(page)).toHaveLength(3);
	await page.getByRole('button', { name: 'Undo' }).click();
	expect((await questionTitles(page))[0]).toBe('Did we solve your problem?');
	await page.getByRole('button', { name: 'Delete question 3' }).click();

	// An invalid edit is flagged beside the question and not saved.
	await page.getByRole('button', { name: /^3 Single choice/ }).click();
	await page.getByLabel('Question id').fill('Bad Id');
	await expect(page.getByText('Use 1 to 64 lower-case letters, digits, "_" or "-"')).toBeVisible();
	await expect(page.getByTestId('save-state')).toHaveText('Not saved: fix what is marked');
	await page.getByLabel('Question id').fill('channel');
	await page.getByLabel('choice 2 label').fill('By phone');
	await saved(page);

	await page.reload();
	expect(await questionTitles(page)).toEqual([
		'Did we solve your problem?',
		'How satisfied are you with your experience?',
		'Which one fits best?'
	]);
	const definition = await (await page.request.get(`${path}/export`)).json();
	expect(definition.questions.map((q: { id: string }) => q.id)).toEqual([
		'yes_no',
		'csat',
		'channel'
	]);
	expect(definition.questions[2].choices[1]).toEqual({ id: 'c2', label: 'By phone' });
});

test('a second editor saving over a stale copy is refused with a clear message, nothing lost', async ({
	page,
	browser
}) => {
	const account = newAccount('conflict');
	await signUp(page, account);
	const path = await createFrom(page, /^Touchpoint CSAT/);
	const { page: second, context } = await newClient(browser);
	await signIn(second, account.email, account.password);
	await expect(second.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();
	await second.goto(path);

	await page.getByRole('tab', { name: 'Settings' }).click();
	await page.getByLabel('Survey title').fill('First editor');
	await saved(page);

	// Publishing from the stale copy would publish a draft its editor never saw: refused.
	await second.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(second.getByRole('alert')).toContainText('Someone else saved this survey');
	await page.reload();
	await expect(page.locator('.meta .badge').first()).toHaveText('Draft');

	await second.getByRole('tab', { name: 'Settings' }).click();
	await second.getByLabel('Survey title').fill('Second editor');
	await expect(second.getByTestId('save-state')).toHaveText(
		'Not saved: someone else saved this survey'
	);
	await expect(second.getByRole('alert')).toContainText('Someone else saved this survey');
	const download = second.waitForEvent('download');
	await second.getByRole('button', { name: 'Download my version' }).click();
	const mine = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	expect(mine.title).toBe('Second editor');
	expect((await (await page.request.get(`${path}/export`)).json()).title).toBe('First editor');
	await context.close();
});

test('a survey exported from one organisation and imported into another publishes identical, question for question', async ({
	page,
	browser
}) => {
	await signUp(page, newAccount('exporter'));
	const path = await createFrom(page, /^360 review/);
	await page.getByRole('button', { name: /^NPS 0–10/ }).click();
	await page.getByRole('checkbox', { name: /Ask for the main reason/ }).check();
	await saved(page);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Export JSON' }).click();
	const file = await (await download).path();
	const original = JSON.parse(readFileSync(file, 'utf8'));

	const { page: other, context } = await newClient(browser);
	await signUp(other, newAccount('importer'));
	await other.goto('/surveys/new');
	// Without a file the field says so (the server checks it too: `required` is not trusted).
	await other.getByRole('button', { name: 'Import' }).click();
	await expect(other.getByRole('alert')).toHaveText('Choose a JSON file exported from Hearken.');
	await expect(other.getByLabel('Survey JSON file')).toHaveAttribute('aria-invalid', 'true');
	await expect(other.getByLabel('Survey JSON file')).toHaveAccessibleDescription(
		'Choose a JSON file exported from Hearken.'
	);
	await other.getByLabel('Survey JSON file').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				...original,
				questions: [
					{ ...original.questions[0], choices: [] },
					{ id: 'x', type: 'nope' }
				]
			})
		)
	});
	await other.getByRole('button', { name: 'Import' }).click();
	const errors = other.getByRole('alert');
	await expect(errors).toContainText('broken.json is not a valid survey definition.');
	await expect(errors).toContainText('questions.1.type');
	await other.getByLabel('Survey JSON file').setInputFiles(file);
	await other.getByRole('button', { name: 'Import' }).click();
	await expect(other.getByRole('heading', { level: 1, name: original.title })).toBeVisible();
	await other.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(other.getByText(/^Published version 1/)).toBeVisible();
	const imported = await (
		await other.request.get(`${new URL(other.url()).pathname}/export`)
	).json();
	expect(imported).toEqual(original);
	expect(path).not.toBe(new URL(other.url()).pathname);
	await context.close();
});

test('without JavaScript an import is refused beside the file field, and a survey is created from a template', async ({
	browser
}) => {
	const { page, context } = await newClient(browser, { javaScriptEnabled: false });
	await signUp(page, newAccount('no-js-new'));
	await page.goto('/surveys/new');
	const file = page.getByLabel('Survey JSON file');
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(page.getByRole('alert')).toHaveText('Choose a JSON file exported from Hearken.');
	await expect(file).toHaveAttribute('aria-invalid', 'true');
	await expect(file).toHaveAccessibleDescription('Choose a JSON file exported from Hearken.');
	await file.setInputFiles({
		name: 'not.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{ nope')
	});
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(page.getByRole('alert')).toContainText('not.json is not valid JSON');
	await page.goto('/surveys/new');
	await page.getByRole('button', { name: /^Touchpoint CSAT/ }).click();
	await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]{36}$/);
	await context.close();
});

test('the survey list searches and filters; versions compare question by question', async ({
	page
}) => {
	await signUp(page, newAccount('lister'));
	const pulse = await createFrom(page, /^eNPS pulse/);
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByText(/^Published version 1/)).toBeVisible();
	await page.getByRole('button', { name: 'Delete question 2' }).click();
	await page.getByRole('button', { name: /^Yes \/ no/ }).click();
	await saved(page);
	await page.getByRole('link', { name: 'Compare versions' }).click();
	await expect(page.getByRole('heading', { name: 'Version 1 → version 2' })).toBeVisible();
	await expect(page.getByText(/^Removed question/)).toBeVisible();
	await expect(page.getByText(/^Added question "yes_no"/)).toBeVisible();

	await createFrom(page, /^Touchpoint CSAT/);
	await page.goto('/surveys');
	await expect(page.getByRole('row')).toHaveCount(3);
	await page.getByLabel('Status').selectOption('published');
	await page.getByRole('button', { name: 'Filter' }).click();
	await expect(page.getByRole('row')).toHaveCount(2);
	await expect(page.locator(`a[href="${pulse}"]`)).toBeVisible();
	await expect(page.getByText('Unpublished changes')).toBeVisible();
	await page.getByLabel('Status').selectOption('');
	await page.getByLabel('Audience').selectOption('customer');
	await page.getByRole('button', { name: 'Filter' }).click();
	await expect(page.getByRole('row')).toHaveCount(2);
	await expect(page.locator(`a[href="${pulse}"]`)).toHaveCount(0);
	await page.getByLabel('Search titles').fill('no such title');
	await page.getByRole('button', { name: 'Filter' }).click();
	await expect(page.getByText('No survey matches these filters.')).toBeVisible();
});

test('a survey with every question type renders each in the preview, in each of its languages', async ({
	page
}) => {
	await signUp(page, newAccount('every-type'));
	const questions: Question[] = [];
	for (const { type } of questionTypes)
		questions.push(
			newQuestion(
				type,
				questions.map((q) => q.id)
			)
		);
	questions[0].text = { en: 'Would you recommend us?', ja: '当社を薦めますか？' };
	questions[1].showIf = { field: 'nps', op: 'lte', value: 6 };
	const definition = {
		title: 'Every type',
		audience: 'customer',
		mode: 'anonymous',
		languages: ['en', 'ja'],
		questions
	};
	await page.goto('/surveys/new');
	await page.getByLabel('Survey JSON file').setInputFiles({
		name: 'every-type.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(definition))
	});
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Every type' })).toBeVisible();
	const preview = page.getByRole('region', { name: 'Preview on a phone' });
	// Logic runs in the preview: the eNPS question waits for a detractor's score.
	await expect(preview.locator('.q')).toHaveCount(questionTypes.length - 1);
	await preview.locator('input[name="nps"][value="3"]').check();
	await expect(preview.locator('.q')).toHaveCount(questionTypes.length);
	for (const question of questions.slice(1))
		await expect(preview.getByText(question.text as string).first(), question.type).toBeVisible();
	await expect(preview.getByText('Would you recommend us?')).toBeVisible();
	await page.getByLabel('Preview language').selectOption('ja');
	await expect(preview.getByText('当社を薦めますか？')).toBeVisible();
	await expect(page.getByRole('tab', { name: /Translations/ })).toContainText('missing');
});

test('changing the default language keeps existing texts in the language they were written in', async ({
	page
}) => {
	await signUp(page, newAccount('default-language'));
	const path = await createFrom(page, /^Blank survey/);
	await page.getByRole('button', { name: /^Yes \/ no/ }).click();
	await page.getByRole('tab', { name: 'Settings' }).click();
	await page.getByLabel(/^Default language/).selectOption('ja');
	await expect(page.getByRole('tab', { name: /Translations/ })).toContainText('1 missing');
	await saved(page);
	const definition = await (await page.request.get(`${path}/export`)).json();
	expect(definition).toMatchObject({
		defaultLanguage: 'ja',
		languages: ['en', 'ja'],
		questions: [{ text: { en: 'Did we solve your problem?' } }]
	});
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Missing the ja translation');
});

test('an edit undone before autosave sends it leaves nothing unsaved', async ({ page }) => {
	await signUp(page, newAccount('undone'));
	await createFrom(page, /^Blank survey/);
	await page.getByRole('tab', { name: 'Settings' }).click();
	const japanese = page.getByRole('checkbox', { name: 'Japanese (ja)' });
	await japanese.check();
	await japanese.uncheck();
	await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
});
