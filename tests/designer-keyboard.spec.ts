import { expect, test, type Page } from '@playwright/test';
import {
	acceptAsNewAccount,
	invite,
	newAccount,
	newClient,
	ownAddressPerTest,
	postForm,
	signUp,
	tabTo
} from './helpers';

test.use(ownAddressPerTest);

async function replaceText(page: Page, text: string) {
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type(text);
}

test('an editor builds an NPS+ survey with a logic rule and a Japanese translation by keyboard alone, and publishes it; an analyst cannot change it', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const editor = newAccount('keyboard');
	await signUp(page, editor);
	await page.goto('/surveys/new');

	await tabTo(page, page.getByRole('button', { name: /^Blank survey/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Untitled survey' })).toBeVisible();
	const surveyPath = new URL(page.url()).pathname;

	// Settings: a title, and Japanese as a second language.
	await tabTo(page, page.getByRole('tab', { name: 'Questions' }));
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'Settings' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await tabTo(page, page.getByLabel('Survey title'));
	await replaceText(page, 'Relationship NPS');
	await tabTo(page, page.getByRole('checkbox', { name: 'Japanese (ja)' }));
	await page.keyboard.press('Space');
	await expect(page.getByRole('checkbox', { name: 'Japanese (ja)' })).toBeChecked();

	// Questions: NPS with reasons (NPS+), then a follow-up shown only to detractors.
	await tabTo(page, page.getByRole('tab', { name: 'Settings' }));
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await tabTo(page, page.getByRole('button', { name: /^NPS 0–10/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Question text')).toBeFocused();
	await tabTo(page, page.getByRole('checkbox', { name: /Ask for the main reason/ }));
	await page.keyboard.press('Space');
	await expect(page.getByRole('group', { name: 'Reasons', exact: true })).toBeVisible();

	await tabTo(page, page.getByRole('button', { name: /^Text A short or long answer/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Question text')).toBeFocused();
	await replaceText(page, 'What would make you score us higher?');
	await tabTo(page, page.getByRole('button', { name: 'Add a condition' }));
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByLabel('Condition 1: test'));
	// From "is answered" up to "is at most".
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
	await expect(page.getByLabel('Condition 1: test')).toHaveValue('lte');
	await tabTo(page, page.getByLabel('Condition 1: value'));
	await page.keyboard.type('6');

	// Translations: every text side by side; publishing waits for all of them.
	await tabTo(page, page.getByRole('tab', { name: /^Questions/ }));
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText(/8 of 8 texts have no Japanese translation/)).toBeVisible();
	const japanese = [
		'友人や同僚に当社を薦める可能性はどのくらいありますか？',
		'まったく可能性がない',
		'非常に可能性が高い',
		'製品',
		'価格と価値',
		'カスタマーサポート',
		'その他',
		'どうすれば評価が上がりますか？'
	];
	await tabTo(page, page.getByRole('textbox', { name: /^Japanese for Question 1 \(nps\) · text/ }));
	for (const text of japanese) {
		await page.keyboard.type(text);
		await page.keyboard.press('Tab');
	}
	await expect(page.getByText('Every text is translated into Japanese.')).toBeVisible();
	await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

	await tabTo(page, page.getByRole('button', { name: 'Publish', exact: true }));
	await page.keyboard.press('Enter');
	await expect(page.getByText(/^Published version 1\. Share http/)).toBeVisible();

	const exported = await (await page.request.get(`${surveyPath}/export`)).json();
	expect(exported).toMatchObject({
		title: 'Relationship NPS',
		languages: ['en', 'ja'],
		questions: [
			{
				id: 'nps',
				type: 'nps',
				text: { en: expect.any(String), ja: japanese[0] },
				reasons: {
					choices: expect.arrayContaining([
						{ id: 'price', label: { en: 'Price and value', ja: '価格と価値' } }
					])
				}
			},
			{
				id: 'text',
				type: 'text',
				text: { en: 'What would make you score us higher?', ja: japanese[7] },
				showIf: { field: 'nps', op: 'lte', value: 6 }
			}
		]
	});

	// An analyst sees the designer read-only, and the server refuses their save.
	const analyst = newAccount('analyst');
	const invitePath = await invite(page, editor.orgName, analyst.email, 'analyst');
	const { page: other, context } = await newClient(browser);
	await acceptAsNewAccount(other, invitePath, analyst);
	await other.goto(surveyPath);
	await expect(other.getByText(/^Read-only/)).toBeVisible();
	await expect(other.getByRole('button', { name: /^Publish/ })).toHaveCount(0);
	await expect(other.getByRole('button', { name: /^Delete question/ })).toHaveCount(0);
	await other.getByRole('tab', { name: 'Settings' }).click();
	await expect(other.getByLabel('Survey title')).toBeDisabled();
	const save = await postForm(other.request, `${surveyPath}?/save`, {
		definition: JSON.stringify({ ...exported, title: 'Changed by an analyst' }),
		revision: '100'
	});
	expect(save.status()).toBe(403);
	expect((await postForm(other.request, `${surveyPath}?/publish`, {})).status()).toBe(403);
	const after = await (await page.request.get(`${surveyPath}/export`)).json();
	expect(after.title).toBe('Relationship NPS');
	await context.close();
});
