import { expect, test, type Page } from '@playwright/test';
import type { Question } from '../src/lib/survey/definition';
import { templates } from '../src/lib/survey/templates';
import {
	createApiKey,
	newAccount,
	newClient,
	ownAddressPerTest,
	signUp,
	publishSurvey
} from './helpers';

// Follow-up questions shown by an answer on the same page (Touchpoint CSAT's "What could have been
// better?" when CSAT ≤ 3, NPS+'s "one thing we should improve" when NPS ≤ 8) were never asked:
// the page was built from the answers stored before it, so they stayed hidden and their data was
// never collected. Every template is answered here as a respondent would, with and without
// JavaScript, choosing the answers that call for every follow-up, and what is stored is read back.

test.use(ownAddressPerTest);

/** The answer that calls for every follow-up of the templates: low scores, "yes", first choices. */
async function answer(page: Page, q: Question) {
	const check = (name: string, value: string) =>
		page.locator(`input[name="${name}"][value="${value}"]`).check();
	switch (q.type) {
		case 'nps':
		case 'enps':
			await check(q.id, '3');
			if (q.reasons) {
				await check(`${q.id}.reason`, q.reasons.choices[0].id);
				if (q.reasons.comment) await page.locator(`[name="${q.id}.comment"]`).fill('Too slow');
			}
			return;
		case 'csat':
		case 'ces':
		case 'likert':
		case 'rating':
			return check(q.id, '2');
		case 'matrix':
			for (const row of q.rows) await check(`${q.id}.${row.id}`, '2');
			return;
		case 'single_choice':
		case 'multiple_choice':
			return check(q.id, q.choices[0].id);
		case 'yes_no':
			return check(q.id, 'yes');
		case 'text':
			return page.locator(`[name="${q.id}"]`).fill(`About ${q.id}`);
		case 'statement':
			return;
		default:
			throw new Error(`No answer for a ${q.type} question in this test`);
	}
}

for (const javaScriptEnabled of [true, false]) {
	test(`every template, answered ${javaScriptEnabled ? 'with' : 'without'} JavaScript, asks its follow-ups and stores their answers`, async ({
		page,
		browser
	}) => {
		test.setTimeout(180_000);
		await signUp(page, newAccount('templates'));
		const key = await createApiKey(page, 'templates');
		const auth = { authorization: `Bearer ${key}` };

		for (const template of templates) {
			// Employee templates are answered as identified surveys here only so that the response
			// table shows the one response (an anonymous or confidential one never shows a single).
			const definition = { ...template.definition, mode: 'identified' as const };
			const questions = template.definition.questions as Question[];
			const { id, path } = await publishSurvey(page.request, auth, definition, template.id);

			const { context, page: respondent } = await newClient(browser, { javaScriptEnabled });
			await respondent.goto(path);
			if (javaScriptEnabled)
				await expect(respondent.locator('.respondent')).toHaveAttribute('data-ready', 'true');

			// For each question: how many posts had been made when it was first shown, and when it
			// was answered. A follow-up appears as its trigger is answered with JavaScript, and after
			// one more post (the page again, with it) without.
			const shownAt = new Map<string, number>();
			const answeredAt = new Map<string, number>();
			let posts = 0;
			while (!(await respondent.locator('.done').count())) {
				expect(posts, `${template.id}: too many posts`).toBeLessThan(10);
				for (;;) {
					const visible = await respondent
						.locator('fieldset.q:not([hidden]) .question')
						.evaluateAll((nodes) => nodes.map((n) => n.id.slice(2)));
					const fresh = visible.filter((q) => !answeredAt.has(q));
					if (!fresh.length) break;
					for (const qid of fresh) {
						if (!shownAt.has(qid)) shownAt.set(qid, posts);
						await answer(
							respondent,
							questions.find((q) => q.id === qid)!
						);
						answeredAt.set(qid, posts);
					}
				}
				await respondent.getByRole('button', { name: /^(Next|Submit)$/ }).click();
				await respondent.waitForLoadState();
				posts++;
			}
			await context.close();

			const followUps = questions.filter((q) => q.showIf && 'field' in q.showIf);
			for (const q of followUps) {
				const trigger = (q.showIf as { field: string }).field;
				expect(shownAt.get(q.id), `${template.id}: ${q.id} shown`).toBe(
					answeredAt.get(trigger)! + (javaScriptEnabled ? 0 : 1)
				);
			}
			const listed = await page.request.get(`/api/v1/surveys/${id}/responses`, { headers: auth });
			const { responses } = await listed.json();
			expect(responses, template.id).toHaveLength(1);
			const stored = responses[0].answers as Record<string, unknown>;
			const asked = questions.filter((q) => q.type !== 'statement').map((q) => q.id);
			expect(Object.keys(stored).sort(), template.id).toEqual(asked.sort());
			for (const q of followUps) expect(stored[q.id], `${template.id}: ${q.id}`).toBeTruthy();
		}
	});
}

test('a public link promises only what it can know, and a "yes, contact me" asks how to reach them', async ({
	page,
	browser
}) => {
	await signUp(page, newAccount('contact'));
	const key = await createApiKey(page, 'contact');
	const auth = { authorization: `Bearer ${key}` };
	const nps = templates.find((t) => t.id === 'nps-plus-relationship')!;
	const { id, path } = await publishSurvey(page.request, auth, nps.definition);

	// With the script: the contact field follows the answer.
	const live = await newClient(browser);
	await live.page.goto(path);
	await expect(live.page.locator('.respondent')).toHaveAttribute('data-ready', 'true');
	const reach = live.page.getByLabel(/How can we reach you/);
	await expect(reach).toBeHidden();
	await live.page.locator('input[name="contact"][value="yes"]').check();
	await expect(reach).toBeVisible();
	await live.page.locator('input[name="contact"][value="no"]').check();
	await expect(reach).toBeHidden();
	await live.context.close();

	// Without it: the page comes again with the field, which a "yes" then requires.
	const plain = await newClient(browser, { javaScriptEnabled: false });
	const respondent = plain.page;
	await respondent.goto(path);
	await expect(respondent.locator('.promise')).toHaveText(
		'Your answers are not linked to your name or e-mail unless you give them in your answers.'
	);
	await respondent.locator('input[name="nps"][value="10"]').check();
	await respondent.locator('input[name="nps.reason"][value="support"]').check();
	await respondent.locator('input[name="contact"][value="yes"]').check();
	await respondent.getByRole('button', { name: 'Submit' }).click();
	const detail = respondent.getByLabel(/How can we reach you/);
	await expect(detail).toBeVisible();
	// Required now (the browser's own check; the server's is in respondent-post.spec.ts).
	await expect(detail).toHaveAttribute('required', '');
	await detail.fill('ana@example.test');
	await respondent.getByRole('button', { name: 'Submit' }).click();
	await expect(respondent.locator('.done')).toBeVisible();
	await plain.context.close();

	const { responses } = await (
		await page.request.get(`/api/v1/surveys/${id}/responses`, { headers: auth })
	).json();
	expect(responses.map((r: { answers: object }) => r.answers)).toEqual([
		{ nps: { score: 10, reason: 'support' }, contact: true, 'contact-detail': 'ana@example.test' }
	]);
});
