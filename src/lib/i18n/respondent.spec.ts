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
	it('fall back to English, and Arabic reads right to left', () => {
		expect(respondentMessages('ja-JP').next).toBe('次へ');
		expect(respondentMessages('th').next).toBe('Next');
		expect(directionOf('ar')).toBe('rtl');
		expect(directionOf('ja')).toBe('ltr');
	});
});
