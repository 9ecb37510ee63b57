// A NUL byte (`%00`) in any text was a 500: PostgreSQL refuses U+0000 in text and jsonb, so a
// respondent's answer with one was lost and an admin's form or API call failed without a word.
import { describe, expect, it } from 'vitest';
import { cleanAnswerText, controlCharacterPath, hasControlCharacter } from './control-characters';

describe('hasControlCharacter', () => {
	it('finds NUL and the other C0 controls, but not tab, line ends or other text', () => {
		for (const c of ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f'])
			expect(hasControlCharacter(`a${c}b`), JSON.stringify(c)).toBe(true);
		expect(hasControlCharacter('a\tb\nc\r\nd é 日本 🙂')).toBe(false);
	});
});

describe('cleanAnswerText', () => {
	it('keeps the words, drops the controls, ends lines with \\n and composes accents', () => {
		expect(cleanAnswerText('Great\u0000 service\u001b!\r\nThanks\rBye\tnow')).toBe(
			'Great service!\nThanks\nBye\tnow'
		);
		expect(cleanAnswerText('Cafe\u0301')).toBe('Café');
	});
});

describe('controlCharacterPath', () => {
	it('names the first value or key holding a control character', () => {
		expect(controlCharacterPath({ title: 'ok', questions: [{ text: 'ok' }] })).toBeNull();
		expect(controlCharacterPath({ people: [{ name: 'A' }, { name: 'B\u0000' }] })).toBe(
			'people[1].name'
		);
		expect(controlCharacterPath({ data: { 'bad\u0000key': 1 } })).toBe('data.bad\\u0000key');
		expect(controlCharacterPath('\u0000')).toBe('');
		expect(controlCharacterPath(42)).toBeNull();
	});
});
