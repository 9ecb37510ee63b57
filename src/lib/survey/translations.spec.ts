import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema } from './definition';
import { missingTranslations, setTextIn, textIn } from './translations';

const base = {
	title: 'T',
	audience: 'customer' as const,
	mode: 'identified' as const,
	questions: [
		{
			id: 'q1',
			type: 'single_choice' as const,
			text: { en: 'Pick one', ja: '一つ選んでください' },
			choices: [
				{ id: 'a', label: { en: 'A', ja: 'エー' } },
				{ id: 'b', label: 'B' }
			]
		}
	]
};

describe('missingTranslations', () => {
	it('lists nothing for a survey in one language', () => {
		expect(missingTranslations(surveyDefinitionSchema.parse(base))).toEqual([]);
	});

	it('names each text that lacks one of the languages', () => {
		const definition = surveyDefinitionSchema.parse({
			...base,
			languages: ['en', 'ja'],
			thankYou: 'Thanks'
		});
		expect(missingTranslations(definition)).toEqual([
			{ path: 'thankYou', language: 'ja' },
			{ path: 'questions.0.choices.1.label', language: 'ja' }
		]);
	});

	it('treats a blank translation as missing', () => {
		const definition = surveyDefinitionSchema.parse({
			...base,
			languages: ['en', 'ja'],
			questions: [{ id: 'q', type: 'text', text: { en: 'Why?', ja: '  ' } }]
		});
		expect(missingTranslations(definition)).toEqual([{ path: 'questions.0.text', language: 'ja' }]);
	});
});

describe('setTextIn', () => {
	it('turns a string into an object when a second language arrives, and back', () => {
		const both = setTextIn('Hello', 'ja', 'こんにちは', 'en');
		expect(both).toEqual({ en: 'Hello', ja: 'こんにちは' });
		expect(textIn(both, 'ja', 'en')).toBe('こんにちは');
		expect(setTextIn(both, 'ja', '', 'en')).toBe('Hello');
	});

	it('keeps translations when the default text is emptied', () => {
		expect(setTextIn({ en: 'Hello', ja: 'こんにちは' }, 'en', '', 'en')).toEqual({
			en: '',
			ja: 'こんにちは'
		});
		expect(setTextIn('Hello', 'en', '', 'en')).toBe('');
	});
});
