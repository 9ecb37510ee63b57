import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema, type Question } from './definition';
import { answersFromForm, OTHER_CHOICE } from './form';
import { validateAnswers } from './validate';

const choices = (...ids: string[]) => ids.map((id) => ({ id, label: id.toUpperCase() }));

const definition = surveyDefinitionSchema.parse({
	title: 'Every type',
	audience: 'customer',
	mode: 'anonymous',
	questions: [
		{ id: 'intro', type: 'statement', text: 'Thanks for your time.' },
		{ id: 'nps', type: 'nps', text: 'Recommend?' },
		{
			id: 'npsplus',
			type: 'nps',
			text: 'Recommend?',
			reasons: {
				choices: choices('price', 'staff', 'speed'),
				byGroup: { detractor: ['price'], passive: ['price', 'speed'], promoter: ['staff'] },
				comment: true
			}
		},
		{ id: 'enps', type: 'enps', text: 'Recommend working here?' },
		{ id: 'csat', type: 'csat', text: 'Satisfied?' },
		{ id: 'ces', type: 'ces', text: 'Easy?' },
		{ id: 'rating', type: 'rating', text: 'Stars?', scale: 10 },
		{ id: 'likert', type: 'likert', text: 'Agree?' },
		{ id: 'matrix', type: 'matrix', text: 'Rate', rows: choices('food', 'room'), scale: 7 },
		{ id: 'single', type: 'single_choice', text: 'One?', choices: choices('a', 'b') },
		{
			id: 'single-other',
			type: 'single_choice',
			text: 'One?',
			choices: choices('a', 'b'),
			allowOther: true
		},
		{ id: 'drop', type: 'dropdown', text: 'Pick', choices: choices('x', 'y'), allowOther: true },
		{ id: 'multi', type: 'multiple_choice', text: 'Many?', choices: choices('a', 'b', 'c') },
		{ id: 'rank', type: 'ranking', text: 'Order', choices: choices('a', 'b', 'c') },
		{ id: 'slider', type: 'slider', text: 'How much?', min: 0, max: 10, step: 0.5 },
		{ id: 'text', type: 'text', text: 'Say', long: true },
		{ id: 'number', type: 'number', text: 'How many?', min: -5, max: 5 },
		{ id: 'date', type: 'date', text: 'When?', min: '2024-01-01' },
		{ id: 'yes', type: 'yes_no', text: 'Yes?' },
		{ id: 'consent', type: 'consent', text: 'OK?' }
	]
});
const questions = definition.questions;
const byId = (id: string) => questions.find((q) => q.id === id)!;

/** The fields QuestionField posts for an answer: the contract answersFromForm reads back. */
function fieldsFor(question: Question, value: unknown): [string, string][] {
	const id = question.id;
	switch (question.type) {
		case 'multiple_choice':
			return (value as string[]).map((v) => [id, v]);
		case 'ranking':
			return (value as string[]).map((choice, i) => [`${id}.${choice}`, String(i + 1)]);
		case 'matrix':
			return Object.entries(value as Record<string, number>).map(([row, n]) => [
				`${id}.${row}`,
				String(n)
			]);
		case 'yes_no':
			return [[id, value ? 'yes' : 'no']];
		case 'consent':
			return [[id, 'yes']];
	}
	if (typeof value === 'object' && value !== null && 'other' in value)
		return [
			[id, OTHER_CHOICE],
			[`${id}.other`, String(value.other)]
		];
	if (typeof value === 'object' && value !== null) {
		const { score, reason, comment } = value as Record<string, unknown>;
		return [
			[id, String(score)],
			...(reason === undefined ? [] : [[`${id}.reason`, String(reason)] as [string, string]]),
			...(comment === undefined ? [] : [[`${id}.comment`, String(comment)] as [string, string]])
		];
	}
	return [[id, String(value)]];
}

function post(fields: [string, string][]) {
	const form = new FormData();
	for (const [name, value] of fields) form.append(name, value);
	return form;
}

const valid: Record<string, unknown> = {
	nps: 0,
	npsplus: { score: 8, reason: 'speed', comment: 'Quick, but <b>pricey</b>' },
	enps: 10,
	csat: 5,
	ces: 7,
	rating: 10,
	likert: 1,
	matrix: { food: 7, room: 1 },
	single: 'b',
	'single-other': { other: 'Something else' },
	drop: 'y',
	multi: ['a', 'c'],
	rank: ['c', 'a', 'b'],
	slider: 7.5,
	text: 'Line one\nline two ',
	number: -2.5,
	date: '2024-02-29',
	yes: false,
	consent: true
};

describe('answersFromForm', () => {
	it('reads back every type, in the shapes validateAnswers accepts', () => {
		const fields = questions.flatMap((q) => (q.id in valid ? fieldsFor(q, valid[q.id]) : []));
		const answers = answersFromForm(questions, post(fields));
		expect(answers).toEqual(valid);
		expect(validateAnswers(definition, answers)).toEqual([]);
		// URLSearchParams (a urlencoded body) reads the same.
		expect(answersFromForm(questions, new URLSearchParams(fields))).toEqual(valid);
	});

	it('round-trips each question on its own', () => {
		for (const question of questions) {
			if (!(question.id in valid)) continue;
			const answers = answersFromForm([question], post(fieldsFor(question, valid[question.id])));
			expect(answers, question.type).toEqual({ [question.id]: valid[question.id] });
		}
	});

	it('gives no answer for empty inputs', () => {
		// What a browser posts for a page left untouched: empty texts, selects on their blank option.
		const empty = post([
			['npsplus.comment', ''],
			['drop', ''],
			['drop.other', '  '],
			['single-other.other', ''],
			['rank.a', ''],
			['rank.b', ''],
			['rank.c', ''],
			['text', '   '],
			['number', ''],
			['date', '']
		]);
		expect(answersFromForm(questions, empty)).toEqual({});
	});

	it('reads NPS+ parts that come without a score, for validateAnswers to ask for one', () => {
		const answers = answersFromForm([byId('npsplus')], post([['npsplus.comment', 'Hmm']]));
		expect(answers).toEqual({ npsplus: { comment: 'Hmm' } });
		expect(validateAnswers(definition, answers).map((i) => i.path)).toEqual(['npsplus.score']);
	});

	it('takes writing in the "Other" box as choosing Other, and a chosen choice over the box', () => {
		const other = byId('single-other');
		expect(answersFromForm([other], post([['single-other.other', 'Mine']]))).toEqual({
			'single-other': { other: 'Mine' }
		});
		expect(
			answersFromForm(
				[other],
				post([
					['single-other', 'a'],
					['single-other.other', 'Mine']
				])
			)
		).toEqual({ 'single-other': 'a' });
		// "Other" chosen but left empty: kept, so validateAnswers asks for the text.
		const answers = answersFromForm([other], post([['single-other', OTHER_CHOICE]]));
		expect(answers).toEqual({ 'single-other': { other: '' } });
		expect(validateAnswers(definition, answers)[0]).toMatchObject({ path: 'single-other.other' });
	});

	it('keeps values of the wrong kind as posted, so validation reports them', () => {
		const answers = answersFromForm(
			questions,
			post([
				['nps', 'ten'],
				['single', OTHER_CHOICE],
				['yes', 'maybe'],
				['consent', 'on']
			])
		);
		expect(answers).toEqual({ nps: 'ten', single: OTHER_CHOICE, yes: 'maybe', consent: 'on' });
		expect(validateAnswers(definition, answers).map((i) => [i.path, i.code])).toEqual([
			['nps', 'wrong_type'],
			['single', 'invalid_choice'],
			['yes', 'wrong_type'],
			['consent', 'wrong_type']
		]);
	});

	it('orders a ranking by position, whatever order the fields come in', () => {
		fc.assert(
			fc.property(
				fc.shuffledSubarray(['a', 'b', 'c'], { minLength: 3 }),
				fc.shuffledSubarray([0, 1, 2], { minLength: 3 }),
				(order, postingOrder) => {
					const fields = order.map((c, i) => [`rank.${c}`, String(i + 1)] as [string, string]);
					const answers = answersFromForm([byId('rank')], post(postingOrder.map((i) => fields[i])));
					expect(answers).toEqual({ rank: order });
				}
			)
		);
	});

	it('leaves a ranking with a shared or missing position incomplete, so it is refused', () => {
		const tie = answersFromForm(
			[byId('rank')],
			post([
				['rank.a', '2'],
				['rank.b', '1'],
				['rank.c', '2']
			])
		);
		expect(tie).toEqual({ rank: ['b', 'a'] });
		const partial = answersFromForm([byId('rank')], post([['rank.c', '1']]));
		expect(partial).toEqual({ rank: ['c'] });
		for (const answers of [tie, partial])
			expect(validateAnswers(definition, answers)).toEqual([
				{
					path: 'rank',
					code: 'out_of_range',
					message: 'Rank every choice',
					say: { key: 'rankAll' }
				}
			]);
	});

	it('keeps answered matrix rows only', () => {
		expect(answersFromForm([byId('matrix')], post([['matrix.room', '3']]))).toEqual({
			matrix: { room: 3 }
		});
	});

	it('reads only the questions it is given', () => {
		expect(
			answersFromForm(
				[byId('csat')],
				post([
					['csat', '4'],
					['nps', '9'],
					['unknown', 'x']
				])
			)
		).toEqual({ csat: 4 });
	});
});

// A NUL byte in a respondent's text reached PostgreSQL, which refused it: the answer was lost.
describe('a posted answer with control characters', () => {
	it('is kept, without them', () => {
		const form = new URLSearchParams([
			['text', 'Slow\u0000 checkout\r\nand more'],
			['single-other.other', 'Some\u0000thing'],
			['single-other', OTHER_CHOICE],
			['multi', 'a\u0000']
		]);
		const questions = definition.questions.filter((q) =>
			['text', 'single-other', 'multi'].includes(q.id)
		);
		expect(answersFromForm(questions, form)).toEqual({
			text: 'Slow checkout\nand more',
			'single-other': { other: 'Something' },
			multi: ['a']
		});
	});
});
