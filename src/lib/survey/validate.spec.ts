import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema, type Question, type SurveyDefinition } from './definition';
import { npsGroup, validateAnswers } from './validate';

const choices = (n: number, prefix = 'c') =>
	Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, label: `Choice ${i}` }));

/** One question of any type, with random options (ids are set by the definition). */
const questionArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
	fc.record({ type: fc.constantFrom('nps', 'enps') }),
	fc.record({
		type: fc.constantFrom('nps', 'enps'),
		reasons: fc.constant({
			choices: choices(4, 'r'),
			byGroup: { detractor: ['r0', 'r1'], passive: ['r2'], promoter: ['r3', 'r0'] },
			comment: true
		})
	}),
	fc.record({ type: fc.constantFrom('csat', 'ces', 'likert', 'yes_no', 'consent') }),
	fc.record({ type: fc.constant('rating'), scale: fc.integer({ min: 3, max: 10 }) }),
	fc.record({
		type: fc.constant('matrix'),
		rows: fc.integer({ min: 1, max: 4 }).map((n) => choices(n, 'row')),
		scale: fc.integer({ min: 3, max: 7 })
	}),
	fc.record({
		type: fc.constantFrom('single_choice', 'dropdown'),
		choices: fc.integer({ min: 1, max: 5 }).map((n) => choices(n)),
		allowOther: fc.boolean()
	}),
	fc.integer({ min: 1, max: 6 }).chain((n) =>
		fc.record({
			type: fc.constant('multiple_choice'),
			choices: fc.constant(choices(n)),
			min: fc.integer({ min: 0, max: n }),
			max: fc.integer({ min: n, max: n })
		})
	),
	fc.record({
		type: fc.constant('ranking'),
		choices: fc.integer({ min: 2, max: 5 }).map((n) => choices(n))
	}),
	fc.record({
		type: fc.constant('slider'),
		min: fc.constant(0),
		max: fc.integer({ min: 1, max: 20 }).map((n) => n * 5),
		step: fc.constant(5)
	}),
	fc.record({ type: fc.constant('text'), maxLength: fc.integer({ min: 5, max: 50 }) }),
	fc.record({
		type: fc.constant('number'),
		min: fc.constant(-10),
		max: fc.constant(10),
		integer: fc.boolean()
	}),
	fc.record({
		type: fc.constant('date'),
		min: fc.constant('2020-01-01'),
		max: fc.constant('2030-12-31')
	}),
	fc.record({ type: fc.constant('statement') })
);

const definitionArb: fc.Arbitrary<SurveyDefinition> = fc
	.array(fc.tuple(questionArb, fc.boolean()), { minLength: 1, maxLength: 8 })
	.map((list) =>
		surveyDefinitionSchema.parse({
			title: 'Generated',
			audience: 'customer',
			mode: 'identified',
			questions: list.map(([q, required], i) => ({
				...q,
				id: `q${i}`,
				text: `Question ${i}`,
				required
			}))
		})
	);

/** A valid answer to a question. */
function answerArb(q: Question): fc.Arbitrary<unknown> {
	switch (q.type) {
		case 'nps':
		case 'enps': {
			if (!q.reasons) return fc.integer({ min: 0, max: 10 });
			const byGroup = q.reasons.byGroup!;
			return fc.integer({ min: 0, max: 10 }).chain((score) =>
				fc.record(
					{
						score: fc.constant(score),
						reason: fc.constantFrom(...byGroup[npsGroup(score)]),
						comment: fc.string({ maxLength: 20 })
					},
					{ requiredKeys: ['score'] }
				)
			);
		}
		case 'csat':
		case 'likert':
			return fc.integer({ min: 1, max: 5 });
		case 'ces':
			return fc.integer({ min: 1, max: 7 });
		case 'rating':
			return fc.integer({ min: 1, max: q.scale });
		case 'matrix':
			return fc.record(
				Object.fromEntries(q.rows.map((r) => [r.id, fc.integer({ min: 1, max: q.scale })]))
			);
		case 'single_choice':
		case 'dropdown':
			return q.allowOther
				? fc.oneof(
						fc.constantFrom(...q.choices.map((c) => c.id)),
						fc.record({ other: fc.constant('something else') })
					)
				: fc.constantFrom(...q.choices.map((c) => c.id));
		case 'multiple_choice':
			return fc
				.shuffledSubarray(
					q.choices.map((c) => c.id),
					{ minLength: Math.max(q.min ?? 0, 1), maxLength: q.max }
				)
				.filter((a) => a.length > 0);
		case 'ranking':
			return fc.shuffledSubarray(
				q.choices.map((c) => c.id),
				{ minLength: q.choices.length, maxLength: q.choices.length }
			);
		case 'slider':
			return fc.integer({ min: 0, max: (q.max - q.min) / q.step }).map((k) => q.min + k * q.step);
		case 'text':
			return fc.string({ minLength: 1, maxLength: q.maxLength }).filter((s) => s.trim() !== '');
		case 'number':
			return q.integer
				? fc.integer({ min: -10, max: 10 })
				: fc.double({ min: -10, max: 10, noNaN: true });
		case 'date':
			return fc
				.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
				.map((d) => d.toISOString().slice(0, 10));
		case 'yes_no':
			return fc.boolean();
		case 'consent':
			return fc.constant(true);
		case 'statement':
			return fc.constant(undefined);
	}
}

/** A definition with valid answers: every required question answered, others maybe. */
const answeredArb = definitionArb.chain((definition) =>
	fc
		.tuple(...definition.questions.map((q) => fc.tuple(answerArb(q), fc.boolean())))
		.map((pairs) => {
			const answers: Record<string, unknown> = {};
			definition.questions.forEach((q, i) => {
				const [value, include] = pairs[i];
				if (q.type !== 'statement' && (q.required || include)) answers[q.id] = value;
			});
			return { definition, answers };
		})
);

/** A value of the right kind of wrong for a question: out of range or of the wrong type. */
function wrongValue(q: Question): unknown {
	switch (q.type) {
		case 'nps':
		case 'enps':
			return q.reasons ? { score: 11 } : 11;
		case 'csat':
		case 'likert':
			return 6;
		case 'ces':
			return 8;
		case 'rating':
			return q.scale + 1;
		case 'matrix':
			return { [q.rows[0].id]: q.scale + 1 };
		case 'single_choice':
		case 'dropdown':
			return 'not-a-choice';
		case 'multiple_choice':
			return ['not-a-choice'];
		case 'ranking':
			return q.choices.slice(1).map((c) => c.id);
		case 'slider':
			return q.max + q.step;
		case 'text':
			return 'x'.repeat(q.maxLength + 1);
		case 'number':
			return 11;
		case 'date':
			return '2024-02-30';
		case 'yes_no':
			return 'yes';
		case 'consent':
			return 'true';
		case 'statement':
			return 'an answer';
	}
}

describe('validateAnswers (property)', () => {
	it('accepts valid answers to any definition', () => {
		fc.assert(
			fc.property(answeredArb, ({ definition, answers }) => {
				expect(validateAnswers(definition, answers, {})).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});

	it('catches every mutation of valid answers', () => {
		fc.assert(
			fc.property(
				answeredArb,
				fc.nat(),
				fc.constantFrom('wrong', 'drop-required', 'unknown'),
				({ definition, answers }, pick, kind) => {
					const mutated = { ...answers };
					const questions = definition.questions;
					if (kind === 'unknown') {
						mutated['no-such-question'] = 1;
					} else if (kind === 'drop-required') {
						const required = questions.filter((q) => q.required && q.type !== 'statement');
						if (required.length === 0) return; // nothing to drop
						delete mutated[required[pick % required.length].id];
					} else {
						const q = questions[pick % questions.length];
						mutated[q.id] = wrongValue(q);
					}
					const issues = validateAnswers(definition, mutated, {});
					expect(issues.length).toBeGreaterThan(0);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('validateAnswers (examples)', () => {
	const definition = surveyDefinitionSchema.parse({
		title: 'Store visit',
		audience: 'customer',
		mode: 'identified',
		hiddenFields: ['store'],
		questions: [
			{
				id: 'nps',
				type: 'nps',
				text: 'How likely…?',
				required: true,
				reasons: {
					choices: choices(3, 'r'),
					byGroup: { detractor: ['r0'], passive: ['r1'], promoter: ['r2'] }
				}
			},
			{
				id: 'why',
				type: 'text',
				text: 'What went wrong?',
				required: true,
				showIf: { field: 'nps', op: 'lte', value: 6 }
			},
			{
				id: 'p2',
				type: 'statement',
				text: 'Store questions',
				pageBreak: true,
				showIf: { field: 'hidden.store', op: 'answered' }
			},
			{ id: 'staff', type: 'csat', text: 'Staff?', required: true }
		]
	});

	it('names each problem by path and kind', () => {
		expect(validateAnswers(definition, { nps: { score: 9, reason: 'r0' }, extra: 1 }, {})).toEqual([
			{ path: 'extra', code: 'unknown_question', message: expect.any(String) },
			{
				path: 'nps.reason',
				code: 'invalid_choice',
				message: expect.any(String),
				say: { key: 'reasonForScore' }
			}
		]);
	});

	it('applies logic: a follow-up shown to detractors is required of them only, and hidden otherwise', () => {
		expect(validateAnswers(definition, { nps: { score: 3 } }, {})).toEqual([
			{ path: 'why', code: 'required', message: expect.any(String), say: { key: 'required' } }
		]);
		expect(validateAnswers(definition, { nps: { score: 3 }, why: 'slow' }, {})).toEqual([]);
		expect(validateAnswers(definition, { nps: { score: 10 }, why: 'nothing' }, {})).toEqual([
			{ path: 'why', code: 'hidden_by_logic', message: expect.any(String) }
		]);
	});

	it('shows a page only when its condition holds, with its required questions', () => {
		expect(validateAnswers(definition, { nps: { score: 10 } }, {})).toEqual([]);
		expect(validateAnswers(definition, { nps: { score: 10 } }, { store: '12' })).toEqual([
			{ path: 'staff', code: 'required', message: expect.any(String), say: { key: 'required' } }
		]);
		expect(validateAnswers(definition, { nps: { score: 10 }, staff: 4 }, {})).toEqual([
			{ path: 'staff', code: 'hidden_by_logic', message: expect.any(String) }
		]);
	});
});

describe('surveyDefinitionSchema', () => {
	const base = { title: 'T', audience: 'employee', mode: 'anonymous' } as const;

	it('rejects duplicate ids, logic that looks ahead or at unknown hidden fields, and bad reason lists', () => {
		const result = surveyDefinitionSchema.safeParse({
			...base,
			questions: [
				{ id: 'a', type: 'yes_no', text: 'A', showIf: { field: 'b', op: 'answered' } },
				{ id: 'a', type: 'csat', text: 'B' },
				{
					id: 'c',
					type: 'text',
					text: 'C',
					showIf: { field: 'hidden.team', op: 'equals', value: 'x' }
				},
				{
					id: 'd',
					type: 'enps',
					text: 'D',
					reasons: {
						choices: choices(2, 'r'),
						byGroup: { detractor: ['r9'], passive: [], promoter: [] }
					}
				}
			]
		});
		expect(result.success).toBe(false);
		const paths = result.error!.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(
			expect.arrayContaining([
				'questions.0.showIf',
				'questions.1.id',
				'questions.2.showIf',
				'questions.3.reasons.byGroup.detractor'
			])
		);
	});

	it('names the path of an invalid option, e.g. questions.0.choices', () => {
		const result = surveyDefinitionSchema.safeParse({
			...base,
			questions: [{ id: 'x', type: 'single_choice', text: 'X', choices: [] }]
		});
		expect(result.success).toBe(false);
		expect(result.error!.issues[0].path.join('.')).toBe('questions.0.choices');
	});

	it('accepts texts in several languages and fills defaults', () => {
		const parsed = surveyDefinitionSchema.parse({
			...base,
			languages: ['en', 'ja'],
			questions: [{ id: 'r', type: 'rating', text: { en: 'Rate us', ja: '評価してください' } }]
		});
		expect(parsed.schemaVersion).toBe(1);
		expect(parsed.questions[0]).toMatchObject({ required: false, scale: 5, style: 'stars' });
	});
});
