import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema, type SurveyDefinition } from '$lib/survey/definition';
import { validateAnswers } from '$lib/survey/validate';
import {
	directionOf,
	issueTemplates,
	pickLanguage,
	promiseKey,
	respondentMessages
} from './respondent';
import { fill, sayIssue } from './say';

describe('pickLanguage', () => {
	const pick = (requested: string | null, accept: string | null) =>
		pickLanguage(['en', 'ja', 'pt-BR'], 'en', requested, accept);

	it('takes lang= when the survey has it', () => {
		expect(pick('ja', 'pt-BR')).toBe('ja');
		expect(pick('de', 'ja')).toBe('ja');
	});

	it('follows Accept-Language by quality, matching a region to its language', () => {
		expect(pick(null, 'de-DE,ja;q=0.8,en;q=0.9')).toBe('en');
		expect(pick(null, 'ja-JP,en;q=0.5')).toBe('ja');
		expect(pick(null, 'pt-br')).toBe('pt-BR');
		expect(pick(null, 'fr, *;q=0.1')).toBe('en');
		expect(pick(null, null)).toBe('en');
	});
});

describe('respondent messages', () => {
	it('exist in all eleven languages, match by base language, and fall back to English', () => {
		const next = ['en', 'ja', 'zh-CN', 'ro', 'ru', 'th', 'es', 'de', 'fr', 'pt', 'ar'].map(
			(l) => respondentMessages(l).next
		);
		expect(new Set(next).size).toBe(11);
		expect(respondentMessages('ja-JP').next).toBe('次へ');
		expect(respondentMessages('pt-BR').pageOf(2, 3)).toBe('Página 2 de 3');
		expect(respondentMessages('zh').submit).toBe('提交');
		expect(respondentMessages('ko').next).toBe('Next');
		expect(respondentMessages('ar').problems(3)).toBe('توجد مشكلات في 3 إجابات');
		expect(directionOf('ar')).toBe('rtl');
		expect(directionOf('ja')).toBe('ltr');
	});

	it('promise only what the link can know: a public link of an identified survey knows nobody', () => {
		const languages = ['en', 'ja', 'zh-CN', 'ro', 'ru', 'th', 'es', 'de', 'fr', 'pt', 'ar'];
		const say = (lang: string, personal: boolean) =>
			respondentMessages(lang).promise[promiseKey('identified', personal)];
		expect(say('en', true)).toMatch(/are linked to your name or e-mail/);
		expect(say('en', false)).toMatch(/are not linked to your name or e-mail unless you give/);
		expect(new Set(languages.map((l) => say(l, false))).size).toBe(11);
		for (const l of languages) expect(say(l, false), l).not.toBe(say(l, true));
		expect(promiseKey('anonymous', false)).toBe('anonymous');
		expect(promiseKey('confidential', true)).toBe('confidential');
	});
});

describe('answer messages', () => {
	const languages = ['en', 'ja', 'zh-CN', 'ro', 'ru', 'th', 'es', 'de', 'fr', 'pt', 'ar'];

	it('say what is wrong in the respondent’s language, with the numbers filled in', () => {
		const definition: SurveyDefinition = surveyDefinitionSchema.parse({
			title: 'T',
			audience: 'customer',
			mode: 'anonymous',
			questions: [
				{ id: 'n', type: 'number', text: 'How many?', min: 1, max: 10, required: true },
				{ id: 'm', type: 'multiple_choice', text: 'Which?', min: 2, choices: choices(3) }
			]
		});
		const issues = validateAnswers(definition, { n: 40, m: ['c1'] });
		const say = (lang: string) => issues.map((i) => sayIssue(i, issueTemplates(lang)));
		expect(say('en')).toEqual(['Enter a value from 1 to 10.', 'Choose at least 2.']);
		expect(say('de')).toEqual([
			'Geben Sie einen Wert von 1 bis 10 ein.',
			'Wählen Sie mindestens 2.'
		]);
		expect(sayIssue(validateAnswers(definition, {})[0], issueTemplates('ja'))).toBe(
			'この質問に回答してください。'
		);
		// What a form cannot produce gets a plain request to check the answer.
		expect(sayIssue(validateAnswers(definition, { n: 'x' })[0], issueTemplates('fr'))).toBe(
			'Saisissez un nombre.'
		);
		expect(sayIssue({ path: 'n', code: 'wrong_type', message: '' }, issueTemplates('ru'))).toBe(
			'Проверьте этот ответ.'
		);
	});

	it('exist for every kind in all eleven languages, each keeping its placeholders', () => {
		const english = issueTemplates('en');
		const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
		for (const lang of languages) {
			const templates = issueTemplates(lang);
			for (const [key, template] of Object.entries(templates)) {
				expect(template, `${lang} ${key}`).not.toBe('');
				if (lang !== 'en')
					expect(template, `${lang} ${key}`).not.toBe(english[key as keyof typeof english]);
				expect(placeholders(template), `${lang} ${key}`).toEqual(
					placeholders(english[key as keyof typeof english])
				);
			}
			expect(fill(respondentMessages(lang).problemsMany, { count: 4 })).toBe(
				respondentMessages(lang).problems(4)
			);
		}
	});
});

function choices(n: number) {
	return Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}`, label: `Choice ${i + 1}` }));
}
