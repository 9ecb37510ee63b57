import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { questionSchema, surveyDefinitionSchema, type Question } from '$lib/survey/definition';
import { answersFromForm } from '$lib/survey/form';
import { validateAnswers } from '$lib/survey/validate';
import QuestionField from './QuestionField.svelte';

// Server rendering is what a respondent without JavaScript gets: these tests read that markup as
// a browser would, down to the fields a form post sends.

const xss = '<script>alert(1)</script>';
const escaped = '&lt;script>alert(1)&lt;/script>';
const t = (id: string) => ({ en: `Question ${id} at {{hidden.store}}?`, ja: `質問 ${id}` });
const choices = (...ids: string[]) =>
	ids.map((id) => ({ id, label: { en: `Choice ${id}`, ja: `選択肢 ${id}` } }));

const definition = surveyDefinitionSchema.parse({
	title: 'Every type',
	audience: 'customer',
	mode: 'anonymous',
	defaultLanguage: 'en',
	languages: ['en', 'ja'],
	hiddenFields: ['store'],
	questions: [
		{ id: 'intro', type: 'statement', text: t('intro') },
		{
			id: 'nps',
			type: 'nps',
			text: t('nps'),
			required: true,
			lowLabel: { en: 'Not at all likely', ja: 'まったくない' },
			highLabel: { en: 'Extremely likely', ja: '非常にある' }
		},
		{
			id: 'npsplus',
			type: 'nps',
			text: t('npsplus'),
			reasons: {
				choices: choices('price', 'staff', 'speed'),
				byGroup: { detractor: ['price'], passive: ['price', 'speed'], promoter: ['staff'] },
				comment: true
			}
		},
		{ id: 'enps', type: 'enps', text: t('enps') },
		{ id: 'csat', type: 'csat', text: t('csat') },
		{ id: 'ces', type: 'ces', text: t('ces') },
		{ id: 'rating', type: 'rating', text: t('rating'), scale: 5, style: 'stars' },
		{ id: 'likert', type: 'likert', text: t('likert') },
		{ id: 'matrix', type: 'matrix', text: t('matrix'), rows: choices('food', 'room'), scale: 5 },
		{ id: 'single', type: 'single_choice', text: t('single'), choices: choices('a', 'b') },
		{
			id: 'single-other',
			type: 'single_choice',
			text: t('single-other'),
			choices: [{ id: 'a', label: xss }, ...choices('b')],
			allowOther: true,
			randomize: true
		},
		{ id: 'drop', type: 'dropdown', text: t('drop'), choices: choices('x', 'y'), allowOther: true },
		{
			id: 'multi',
			type: 'multiple_choice',
			text: t('multi'),
			choices: choices('a', 'b', 'c'),
			required: true,
			max: 2
		},
		{ id: 'rank', type: 'ranking', text: t('rank'), choices: choices('a', 'b', 'c') },
		{ id: 'slider', type: 'slider', text: t('slider'), min: 0, max: 10, step: 0.5 },
		{ id: 'text', type: 'text', text: t('text'), long: true, maxLength: 300 },
		{ id: 'line', type: 'text', text: t('line'), required: true },
		{ id: 'number', type: 'number', text: t('number'), min: -5, max: 5 },
		{ id: 'date', type: 'date', text: t('date'), min: '2024-01-01' },
		{ id: 'yes', type: 'yes_no', text: t('yes') },
		{ id: 'consent', type: 'consent', text: t('consent'), required: true }
	]
});
const questions = definition.questions;
const byId = (id: string) => questions.find((q) => q.id === id)!;

function html(question: Question, props: Record<string, unknown> = {}) {
	return render(QuestionField, {
		props: { question, definition, lang: 'en', hidden: { store: xss }, ...props }
	}).body;
}

const decode = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

function attributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of tag.matchAll(/\s([\w:.-]+)(?:="([^"]*)")?/g)) out[m[1]] = decode(m[2] ?? '');
	return out;
}

// A start tag, where a quoted attribute value may hold ">" (Svelte escapes only < & and ").
const tag = (name: string) => `<${name}\\b(?:[^>"]|"[^"]*")*>`;

/** The fields a browser posts from this markup, in document order (enough for our own markup). */
function formFrom(body: string) {
	const form = new URLSearchParams();
	const controls = new RegExp(
		`${tag('input')}|${tag('select')}[\\s\\S]*?</select>|${tag('textarea')}[\\s\\S]*?</textarea>`,
		'g'
	);
	for (const [control] of body.matchAll(controls)) {
		const start = control.match(new RegExp(`^${tag('\\w+')}`))![0];
		const a = attributes(start);
		if (!a.name || 'disabled' in a) continue;
		if (control.startsWith('<select')) {
			const options = [...control.matchAll(new RegExp(tag('option'), 'g'))].map((m) =>
				attributes(m[0])
			);
			form.append(a.name, (options.find((o) => 'selected' in o) ?? options[0]).value ?? '');
		} else if (control.startsWith('<textarea')) {
			form.append(a.name, decode(control.slice(start.length, -'</textarea>'.length)));
		} else if (a.type === 'radio' || a.type === 'checkbox') {
			if ('checked' in a) form.append(a.name, a.value ?? 'on');
		} else if (a.type === 'range' && a.value === undefined) {
			form.append(a.name, String((Number(a.min ?? 0) + Number(a.max ?? 100)) / 2));
		} else {
			form.append(a.name, a.value ?? '');
		}
	}
	return form;
}

const names = (body: string) => [
	...new Set([...body.matchAll(/\sname="([^"]*)"/g)].map((m) => m[1]))
];
const ids = (body: string) => [...body.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);

const expectedNames: Record<string, string[]> = {
	intro: [],
	nps: ['nps'],
	npsplus: ['npsplus', 'npsplus.reason', 'npsplus.comment'],
	enps: ['enps'],
	csat: ['csat'],
	ces: ['ces'],
	rating: ['rating'],
	likert: ['likert'],
	matrix: ['matrix.food', 'matrix.room'],
	single: ['single'],
	'single-other': ['single-other', 'single-other.other'],
	drop: ['drop', 'drop.other'],
	multi: ['multi'],
	rank: ['rank.a', 'rank.b', 'rank.c'],
	slider: ['slider'],
	text: ['text'],
	line: ['line'],
	number: ['number'],
	date: ['date'],
	yes: ['yes'],
	consent: ['consent']
};

/** A valid answer for each question, which must survive render → post → answersFromForm. */
const valid: Record<string, unknown> = {
	nps: 0,
	npsplus: { score: 8, reason: 'speed', comment: 'Quick, but <b>pricey</b> & "slow"' },
	enps: 10,
	csat: 5,
	ces: 7,
	rating: 4,
	likert: 1,
	matrix: { food: 5, room: 1 },
	single: 'b',
	'single-other': { other: 'Something <i>else</i>' },
	drop: 'y',
	multi: ['a', 'c'],
	rank: ['c', 'a', 'b'],
	slider: 7.5,
	text: 'Line one\nline <two>',
	line: 'One line',
	number: -2.5,
	date: '2024-02-29',
	yes: false,
	consent: true
};

const choiceGroups = questions.filter(
	(q) => !['statement', 'dropdown', 'slider', 'text', 'number', 'date'].includes(q.type)
);

describe('QuestionField', () => {
	it('covers every question type', () => {
		const types = questionSchema.options.map((o) => o.shape.type.value);
		expect([...new Set(questions.map((q) => q.type))].sort()).toEqual(types.sort());
	});

	it.each(choiceGroups.map((q) => [q.id, q] as const))(
		'%s: a fieldset whose legend holds the question text',
		(_, question) => {
			const body = html(question);
			expect(body).toMatch(
				new RegExp(`<fieldset[^>]*>\\s*<legend[^>]*>\\s*<span[^>]*>Question ${question.id} at `)
			);
		}
	);

	it.each(
		['drop', 'slider', 'text', 'line', 'number', 'date'].map((id) => [id, byId(id)] as const)
	)('%s: a label for its one control', (_, question) => {
		const body = html(question);
		expect(body).toContain(`for="q-${question.id}.control"`);
		expect(body).toContain(`id="q-${question.id}.control"`);
		expect(body).not.toContain('<fieldset');
	});

	it('renders a statement as text, with no field', () => {
		const body = html(byId('intro'));
		expect(body).toContain('Question intro at');
		expect(body).not.toMatch(/<(input|select|textarea|fieldset)/);
	});

	it.each(questions.map((q) => [q.id, q] as const))(
		'%s: posts the contract field names, with ids unique and prefixed q-{id}',
		(_, question) => {
			const body = html(question);
			expect(names(body).sort()).toEqual([...expectedNames[question.id]].sort());
			const all = ids(body);
			expect(new Set(all).size).toBe(all.length);
			for (const id of all) expect(id.startsWith(`q-${question.id}`)).toBe(true);
		}
	);

	it.each(Object.keys(valid).map((id) => [id, byId(id)] as const))(
		'%s: a rendered answer posts back as the same answer',
		(_, question) => {
			const body = html(question, { value: valid[question.id] });
			const answers = answersFromForm([question], formFrom(body));
			expect(answers).toEqual({ [question.id]: valid[question.id] });
		}
	);

	it('an untouched page is no answer, but for a slider without JavaScript', () => {
		const form = new URLSearchParams();
		for (const q of questions) for (const [n, v] of formFrom(html(q))) form.append(n, v);
		// A range input always posts (its middle when untouched); with JavaScript it posts once moved.
		expect(answersFromForm(questions, form)).toEqual({ slider: 5 });
	});

	it('escapes labels and piped hidden values', () => {
		const body = html(byId('single-other'));
		expect(body).not.toContain('<script>');
		expect(body).toContain(`Choice b`);
		expect(body.split(escaped).length - 1).toBe(2); // the label and the piped store
		const piped = html(byId('text'), { value: xss });
		expect(piped).not.toContain('<script>');
		expect(piped).toContain(`Question text at ${escaped}?`);
	});

	it('pipes earlier answers into texts', () => {
		const question = { ...byId('line'), text: 'You gave {{nps}}, {{single}}.' } as Question;
		const body = html(question, { answers: { nps: 9, single: 'b' } });
		expect(body).toContain('You gave 9, Choice b.');
	});

	it.each(questions.filter((q) => q.type !== 'statement').map((q) => [q.id, q] as const))(
		'%s: errors beside the question, tied by aria-describedby',
		(_, question) => {
			const body = html(question, { errors: ['This question needs an answer', 'And more'] });
			const errorId = `q-${question.id}.error`;
			expect(body).toMatch(
				new RegExp(
					`id="${errorId.replace('.', '\\.')}"[^>]*>[\\s\\S]*needs an answer[\\s\\S]*And more`
				)
			);
			const described = [...body.matchAll(/aria-describedby="([^"]*)"/g)].map((m) =>
				m[1].split(' ')
			);
			expect(described.some((list) => list.includes(errorId))).toBe(true);
			// Without errors the place for them is there (the respondent page's script fills it),
			// hidden and empty.
			expect(html(question)).toMatch(
				new RegExp(`id="${errorId.replace('.', '\\.')}"[^>]*hidden[^>]*>(\\s|<!--[^>]*-->)*</div>`)
			);
		}
	);

	it('uses the Japanese texts, and Japanese words of its own, when lang is ja', () => {
		const yes = render(QuestionField, {
			props: { question: byId('yes'), definition, lang: 'ja' }
		}).body;
		expect(yes).toContain('質問 yes');
		expect(yes).toContain('はい');
		expect(yes).toContain('いいえ');
		expect(yes).not.toContain('Question yes');
		const nps = render(QuestionField, {
			props: { question: byId('nps'), definition, lang: 'ja' }
		}).body;
		expect(nps).toContain('まったくない');
		expect(nps).toContain('(必須)');
		const single = render(QuestionField, {
			props: { question: byId('single-other'), definition, lang: 'ja' }
		}).body;
		expect(single).toContain('選択肢 b');
		expect(single).toContain('その他');
	});

	it('falls back to the default language for a language the survey lacks', () => {
		const body = render(QuestionField, {
			props: { question: byId('single'), definition, lang: 'fr' }
		}).body;
		expect(body).toContain('Choice a');
	});

	it('NPS: eleven radios, the ends announced by aria-describedby', () => {
		const body = html(byId('nps'));
		const radios = [...body.matchAll(/<input type="radio"[^>]*>/g)].map((m) => attributes(m[0]));
		expect(radios.map((r) => r.value)).toEqual(Array.from({ length: 11 }, (_, i) => String(i)));
		expect(radios.every((r) => 'required' in r && r.name === 'nps')).toBe(true);
		expect(radios[0]['aria-describedby']).toBe('q-nps.low');
		expect(radios[10]['aria-describedby']).toBe('q-nps.high');
		expect(body).toMatch(/<fieldset[^>]*aria-describedby="q-nps\.low q-nps\.high q-nps\.error"/);
		expect(body).toMatch(/id="q-nps\.low"[^>]*>[\s\S]*?Not at all likely/);
		expect(body).toContain('aria-hidden="true">*</span>');
	});

	it('NPS+: every reason without JavaScript, and a comment box', () => {
		const body = html(byId('npsplus'), { value: { score: 10 } });
		for (const reason of ['price', 'staff', 'speed'])
			expect(body).toContain(`name="npsplus.reason" value="${reason}"`);
		expect(body).toMatch(/<textarea[^>]*name="npsplus\.comment"/);
	});

	it('matrix: one fieldset per row, named by the row', () => {
		const body = html(byId('matrix'));
		expect(body).toMatch(/<fieldset class="matrix-row[^"]*">\s*<legend[^>]*>Choice food<\/legend>/);
		expect(body.match(/name="matrix\.room"/g)).toHaveLength(5);
	});

	it('rating: stars named for screen readers', () => {
		expect(html(byId('rating'))).toContain('<span class="visually-hidden">3 of 5</span>');
	});

	it('required: radios and single controls carry required, checkbox groups do not', () => {
		expect(html(byId('line'))).toMatch(/<input[^>]*required/);
		expect(html(byId('consent'))).toMatch(/<input type="checkbox"[^>]*required/);
		const multi = html(byId('multi'));
		expect(multi).not.toMatch(/<input[^>]*required/);
		expect(multi).toContain('(required)');
		expect(multi).toContain('Choose up to 2.');
		expect(html(byId('csat'))).not.toContain('required');
	});

	it('renders choices in the order given, randomize or not', () => {
		const body = html(byId('single-other'));
		expect(body.indexOf('value="a"')).toBeLessThan(body.indexOf('value="b"'));
		expect(body.indexOf('value="b"')).toBeLessThan(body.indexOf('value="__other"'));
	});

	it('ranking: a position select per choice, showing the answer', () => {
		const body = html(byId('rank'), { value: ['c', 'a', 'b'] });
		expect(formFrom(body).toString()).toBe('rank.a=2&rank.b=3&rank.c=1');
	});

	it('text: the maximum length', () => {
		expect(html(byId('text'))).toMatch(/<textarea[^>]*maxlength="300"/);
		expect(html(byId('date'))).toMatch(/<input[^>]*type="date"[^>]*min="2024-01-01"/);
	});

	it('disabled: the whole group is disabled, so nothing posts', () => {
		const body = html(byId('csat'), { disabled: true, value: 3 });
		expect(body).toMatch(/<fieldset[^>]*disabled/);
		expect(html(byId('line'), { disabled: true })).toMatch(/<input[^>]*disabled/);
	});

	it('a page of rendered answers passes validateAnswers', () => {
		const form = new URLSearchParams();
		for (const q of questions)
			for (const [n, v] of formFrom(html(q, { value: valid[q.id] }))) form.append(n, v);
		const answers = answersFromForm(questions, form);
		expect(answers).toEqual(valid);
		expect(validateAnswers(definition, answers)).toEqual([]);
	});
});
