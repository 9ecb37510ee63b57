import { describe, expect, it } from 'vitest';
import { directionOf, pickLanguage, respondentMessages } from './respondent';

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
});
