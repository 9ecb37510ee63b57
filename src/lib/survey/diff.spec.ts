import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema, type SurveyDefinition } from './definition';
import { diffDefinitions, summarizeDiff } from './diff';
import { setTextIn } from './translations';

const input = {
	title: 'Store visit',
	audience: 'customer',
	mode: 'identified',
	languages: ['en', 'ja'],
	hiddenFields: ['store'],
	questions: [
		{
			id: 'nps',
			type: 'nps',
			text: { en: 'How likely are you to recommend us?', ja: '当店を薦める可能性は?' },
			required: true,
			reasons: {
				choices: [
					{ id: 'price', label: { en: 'Price', ja: '価格' } },
					{ id: 'staff', label: { en: 'Staff', ja: 'スタッフ' } }
				],
				byGroup: { detractor: ['price', 'staff'], passive: ['price'], promoter: ['staff'] }
			}
		},
		{
			id: 'channel',
			type: 'single_choice',
			text: { en: 'How did you shop?', ja: 'ご購入方法は?' },
			choices: [
				{ id: 'web', label: { en: 'Website', ja: 'ウェブ' } },
				{ id: 'store', label: { en: 'In store', ja: '店舗' } },
				{ id: 'phone', label: { en: 'Phone', ja: '電話' } }
			]
		},
		{ id: 'rating', type: 'rating', text: { en: 'Rate the visit', ja: '来店の評価' } },
		{
			id: 'why',
			type: 'text',
			text: { en: 'Why?', ja: 'なぜですか?' },
			showIf: { field: 'nps', op: 'lte', value: 6 }
		}
	]
};
type Input = typeof input;
type QuestionInput = Input['questions'][number] | Record<string, unknown>;

const base = surveyDefinitionSchema.parse(input);

function variant(patch: Partial<Omit<Input, 'questions'>> & Record<string, unknown> = {}) {
	return (questions: QuestionInput[] = input.questions) =>
		surveyDefinitionSchema.parse({ ...input, ...patch, questions });
}
const withQuestions = variant();
const patchQuestion = (id: string, patch: Record<string, unknown>) =>
	withQuestions(input.questions.map((q) => (q.id === id ? { ...q, ...patch } : q)));

describe('diffDefinitions', () => {
	it('finds nothing between a definition and a copy of it', () => {
		const diff = diffDefinitions(base, structuredClone(base));
		expect(diff).toEqual({ settings: [], questions: [] });
		expect(summarizeDiff(diff)).toEqual([]);
	});

	it('lists an added question with its type and text', () => {
		const after = withQuestions([
			...input.questions,
			{
				id: 'visit_again',
				type: 'yes_no',
				text: { en: 'Will you visit again?', ja: 'また来ますか?' }
			}
		]);
		const diff = diffDefinitions(base, after);
		expect(diff.questions).toEqual([
			{
				kind: 'added',
				id: 'visit_again',
				index: 4,
				type: 'yes_no',
				text: 'Will you visit again?'
			}
		]);
		expect(summarizeDiff(diff)).toEqual(['Added question "visit_again" (yes_no)']);
	});

	it('lists a removed question where it used to be, and a question added at the top moves none', () => {
		const after = withQuestions([
			{ id: 'welcome', type: 'statement', text: 'Thank you for shopping with us' },
			...input.questions.filter((q) => q.id !== 'rating').slice(0, 2),
			{ ...input.questions[3], required: true }
		]);
		const diff = diffDefinitions(base, after);
		expect(diff.questions).toEqual([
			{
				kind: 'added',
				id: 'welcome',
				index: 0,
				type: 'statement',
				text: 'Thank you for shopping with us'
			},
			{ kind: 'removed', id: 'rating', index: 2, type: 'rating', text: 'Rate the visit' },
			{
				kind: 'changed',
				id: 'why',
				fields: [{ field: 'required', change: 'changed', before: 'no', after: 'yes' }]
			}
		]);
		expect(summarizeDiff(diff)).toEqual([
			'Added question "welcome" (statement)',
			'Removed question "rating" (rating)',
			'Changed question "why": required'
		]);
	});

	it('names each changed field of a question, per language', () => {
		const after = patchQuestion('nps', {
			text: { en: 'How likely are you to recommend us?', ja: '友人に薦めますか?' },
			required: false
		});
		const diff = diffDefinitions(base, after);
		expect(diff.questions).toEqual([
			{
				kind: 'changed',
				id: 'nps',
				fields: [
					{
						field: 'text.ja',
						change: 'changed',
						before: '当店を薦める可能性は?',
						after: '友人に薦めますか?'
					},
					{ field: 'required', change: 'changed', before: 'yes', after: 'no' }
				]
			}
		]);
		expect(summarizeDiff(diff)).toEqual(['Changed question "nps": text (ja), required']);
	});

	it('reports choices added, removed, relabelled and reordered', () => {
		const after = patchQuestion('channel', {
			choices: [
				{ id: 'store', label: { en: 'In store', ja: 'お店' } },
				{ id: 'web', label: { en: 'Website', ja: 'ウェブ' } },
				{ id: 'email', label: { en: 'By e-mail', ja: 'メール' } }
			]
		});
		const diff = diffDefinitions(base, after);
		expect(diff.questions).toEqual([
			{
				kind: 'changed',
				id: 'channel',
				fields: [
					{
						field: 'choices',
						change: 'changed',
						before: 'Website, In store',
						after: 'In store, Website'
					},
					{ field: 'choices.phone', change: 'removed', before: 'Phone' },
					{ field: 'choices.store.label.ja', change: 'changed', before: '店舗', after: 'お店' },
					{ field: 'choices.email', change: 'added', after: 'By e-mail' }
				]
			}
		]);
		expect(summarizeDiff(diff)).toEqual([
			'Changed question "channel": choices reordered, choice "phone" removed, choice "store" relabelled (ja), choice "email" added'
		]);
	});

	it('reads options, show-if rules and NPS reasons', () => {
		const after = withQuestions([
			{
				...input.questions[0],
				reasons: {
					choices: [...input.questions[0].reasons!.choices, { id: 'wait', label: 'Waiting time' }],
					byGroup: {
						detractor: ['price', 'staff', 'wait'],
						passive: ['price'],
						promoter: ['staff']
					},
					comment: true
				}
			},
			input.questions[1],
			{ ...input.questions[2], scale: 7, lowLabel: { en: 'Poor', ja: '悪い' } },
			{
				...input.questions[3],
				showIf: {
					all: [
						{ field: 'nps', op: 'lte', value: 6 },
						{ field: 'hidden.store', op: 'answered' }
					]
				}
			}
		]);
		const diff = diffDefinitions(base, after);
		expect(diff.questions).toEqual([
			{
				kind: 'changed',
				id: 'nps',
				fields: [
					{ field: 'reasons.choices.wait', change: 'added', after: 'Waiting time' },
					{
						field: 'reasons.byGroup.detractor',
						change: 'changed',
						before: 'price, staff',
						after: 'price, staff, wait'
					},
					{ field: 'reasons.comment', change: 'added', after: 'yes' }
				]
			},
			{
				kind: 'changed',
				id: 'rating',
				fields: [
					{ field: 'lowLabel.en', change: 'added', after: 'Poor' },
					{ field: 'lowLabel.ja', change: 'added', after: '悪い' },
					{ field: 'scale', change: 'changed', before: '5', after: '7' }
				]
			},
			{
				kind: 'changed',
				id: 'why',
				fields: [
					{
						field: 'showIf',
						change: 'changed',
						before: 'nps ≤ 6',
						after: 'nps ≤ 6 and hidden.store is answered'
					}
				]
			}
		]);
		expect(summarizeDiff(diff)).toEqual([
			'Changed question "nps": reason "wait" added, reasons for detractors, reasons comment',
			'Changed question "rating": lowLabel (en, ja), scale',
			'Changed question "why": showIf'
		]);
	});

	it('reports only the question that moved, from and to its position', () => {
		const [nps, channel, rating, why] = input.questions;
		const diff = diffDefinitions(base, withQuestions([channel, rating, nps, why]));
		expect(diff.questions).toEqual([{ kind: 'moved', id: 'nps', from: 0, to: 2 }]);
		expect(summarizeDiff(diff)).toEqual(['Moved question "nps" from position 1 to 3']);
	});

	it('reports survey settings, and never the logo itself', () => {
		const logo = `data:image/png;base64,${'A'.repeat(400)}`;
		const before = variant({ branding: { color: '#2a6df4', logo } })();
		const after = variant({
			title: 'Store visit 2025',
			languages: ['en', 'ja', 'fr'],
			intro: { en: 'Two minutes, no more.' },
			closeAt: '2025-12-31T23:59:00+01:00',
			anonymityThreshold: 7,
			branding: { color: '#2a6df4', logo: `data:image/png;base64,${'B'.repeat(400)}` }
		})();
		const diff = diffDefinitions(before, after);
		expect(diff).toEqual({
			settings: [
				{ field: 'title', change: 'changed', before: 'Store visit', after: 'Store visit 2025' },
				{ field: 'languages', change: 'changed', before: 'en, ja', after: 'en, ja, fr' },
				{ field: 'intro.en', change: 'added', after: 'Two minutes, no more.' },
				{ field: 'closeAt', change: 'added', after: '2025-12-31T23:59:00+01:00' },
				{ field: 'anonymityThreshold', change: 'changed', before: '5', after: '7' },
				{ field: 'branding.logo', change: 'changed' }
			],
			questions: []
		});
		const lines = summarizeDiff(diff);
		expect(lines).toEqual([
			'Changed the title from "Store visit" to "Store visit 2025"',
			'Changed the languages from en, ja to en, ja, fr',
			'Set the introduction (en) to "Two minutes, no more."',
			'Set the closing time to 2025-12-31T23:59:00+01:00',
			'Changed the anonymity threshold from 5 to 7',
			'Changed the logo'
		]);
		expect(JSON.stringify([diff, lines])).not.toContain('data:image');
		expect(summarizeDiff(diffDefinitions(base, before))).toEqual([
			'Set the brand colour to #2a6df4',
			'Added the logo'
		]);
	});
});

// Texts free of `{{` (piping) and of leading/trailing blanks, which the schema trims.
const words = fc
	.string({ minLength: 1, maxLength: 20 })
	.map((s) => s.trim())
	.filter((s) => s !== '' && !s.includes('{'));
const textArb = fc.oneof(words, fc.record({ en: words, ja: words }));
const choicesArb = fc.uniqueArray(
	fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), label: textArb }),
	{ selector: (c) => c.id, minLength: 1, maxLength: 4 }
);
const questionArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
	fc.record({ type: fc.constant('text'), long: fc.boolean() }),
	fc.record({ type: fc.constantFrom('single_choice', 'dropdown'), choices: choicesArb }),
	fc.record({ type: fc.constant('matrix'), rows: choicesArb }),
	fc.record({
		type: fc.constant('rating'),
		scale: fc.integer({ min: 3, max: 10 }),
		lowLabel: textArb
	}),
	fc.record({ type: fc.constant('yes_no'), yesLabel: textArb }),
	fc.record({ type: fc.constantFrom('nps', 'csat', 'statement') })
);
const definitionArb: fc.Arbitrary<SurveyDefinition> = fc
	.record({
		title: words,
		languages: fc.constantFrom([], ['en', 'ja']),
		questions: fc.array(fc.tuple(questionArb, textArb, fc.boolean(), fc.boolean()), {
			minLength: 1,
			maxLength: 8
		})
	})
	.map(({ title, languages, questions }) =>
		surveyDefinitionSchema.parse({
			title,
			audience: 'employee',
			mode: 'confidential',
			languages,
			questions: questions.map(([q, text, required, conditional], i) => ({
				...q,
				id: `q${i}`,
				text,
				required,
				...(conditional && i > 0 ? { showIf: { field: 'q0', op: 'answered' } } : {})
			}))
		})
	);

describe('diffDefinitions, for any definition', () => {
	it('finds nothing between a definition and itself', () => {
		fc.assert(
			fc.property(definitionArb, (definition) => {
				expect(diffDefinitions(definition, definition)).toEqual({ settings: [], questions: [] });
				expect(diffDefinitions(definition, structuredClone(definition)).questions).toEqual([]);
			})
		);
	});

	it("reports an edit of one question's text as exactly that change", () => {
		fc.assert(
			fc.property(
				definitionArb,
				fc.nat(),
				fc.constantFrom('en', 'ja'),
				words,
				(definition, n, language, value) => {
					const index = n % definition.questions.length;
					const question = definition.questions[index];
					const old = question.text;
					const before =
						typeof old === 'string' ? (language === 'en' ? old : undefined) : old[language];
					fc.pre(before !== value);
					const edited = structuredClone(definition);
					edited.questions[index].text = setTextIn(old, language, value, 'en');

					const diff = diffDefinitions(definition, edited);
					expect(diff).toEqual({
						settings: [],
						questions: [
							{
								kind: 'changed',
								id: question.id,
								fields: [
									before === undefined
										? { field: `text.${language}`, change: 'added', after: value }
										: { field: `text.${language}`, change: 'changed', before, after: value }
								]
							}
						]
					});
					expect(summarizeDiff(diff)).toEqual([
						`Changed question "${question.id}": text (${language})`
					]);
				}
			)
		);
	});
});
