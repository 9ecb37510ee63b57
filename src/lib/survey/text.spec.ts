import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema } from './definition';
import { localize, pipe } from './text';

const definition = surveyDefinitionSchema.parse({
	title: 'Visit',
	audience: 'customer',
	mode: 'identified',
	hiddenFields: ['store'],
	questions: [
		{ id: 'nps', type: 'nps', text: 'Score?' },
		{
			id: 'channel',
			type: 'single_choice',
			text: 'How?',
			choices: [{ id: 'web', label: { en: 'Website', ja: 'ウェブ' } }]
		},
		{ id: 'why', type: 'text', text: 'Why {{nps}} for store {{hidden.store}} via {{channel}}?' }
	]
});

describe('localize', () => {
	it('falls back to the default language, then any', () => {
		expect(localize({ en: 'Hi', ja: 'やあ' }, 'ja')).toBe('やあ');
		expect(localize({ en: 'Hi' }, 'ja')).toBe('Hi');
		expect(localize({ fr: 'Salut' }, 'ja')).toBe('Salut');
		expect(localize('Plain', 'ja')).toBe('Plain');
	});
});

describe('pipe', () => {
	it('brings in answers, choice labels in the language and hidden fields', () => {
		const text = definition.questions[2].text as string;
		expect(pipe(text, definition, { nps: 9, channel: 'web' }, { store: '12' }, 'ja')).toBe(
			'Why 9 for store 12 via ウェブ?'
		);
	});

	it('pipes nothing for what is unanswered, and keeps markup as text', () => {
		const text = definition.questions[2].text as string;
		expect(pipe(text, definition, {}, { store: '<b>1</b>' }, 'en')).toBe(
			'Why  for store <b>1</b> via ?'
		);
	});

	it('refuses a definition that pipes a later question or an unknown hidden field', () => {
		const result = surveyDefinitionSchema.safeParse({
			title: 'X',
			audience: 'customer',
			mode: 'anonymous',
			questions: [
				{ id: 'a', type: 'text', text: 'You said {{b}} in {{hidden.city}}' },
				{ id: 'b', type: 'text', text: 'B' }
			]
		});
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['questions.0.text', '{{b}} is not an earlier question'],
			['questions.0.text', '{{hidden.city}} is not a hidden field of this survey']
		]);
	});
});

describe('piping outside questions', () => {
	const base = {
		title: 'X',
		audience: 'customer' as const,
		mode: 'anonymous' as const,
		hiddenFields: ['store'],
		questions: [{ id: 'nps', type: 'nps' as const, text: 'Score?' }]
	};
	const issues = (extra: object) =>
		surveyDefinitionSchema
			.safeParse({ ...base, ...extra })
			.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

	it('lets the thank-you pipe answers, and the introduction only hidden fields', () => {
		expect(issues({ intro: 'Store {{hidden.store}}', thankYou: 'You gave {{nps}}' })).toEqual([]);
		expect(issues({ intro: 'You gave {{nps}}', thankYou: '{{later}}' })).toEqual([
			[
				'intro',
				'{{nps}} cannot be piped here: only hidden fields are known before the first question'
			],
			['thankYou', '{{later}} is not a question or hidden field of this survey']
		]);
	});

	it('pipes nothing from object prototypes', () => {
		const definition = surveyDefinitionSchema.parse(base);
		expect(pipe('[{{constructor}}|{{hidden.__proto__}}]', definition, {}, {}, 'en')).toBe('[|]');
	});
});
