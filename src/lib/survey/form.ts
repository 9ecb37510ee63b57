import { cleanAnswerText } from '../control-characters';
import type { Question } from './definition';
import type { Answers } from './logic';

// The respondent pages post plain forms, so they work without JavaScript. QuestionField names its
// fields as below; answersFromForm reads them back into the answers validateAnswers checks.
//
//   {id}                  the answer of a single-value question (a scale's number, a choice's id,
//                         text, a date; yes_no "yes" / "no"; consent "yes")
//   {id} (repeated)       each ticked choice of a multiple_choice
//   {id}.{rowId}          a matrix row's 1…scale
//   {id}.reason           NPS+: the reason's id, beside the score in {id}
//   {id}.comment          NPS+: the comment
//   {id}.other            the text of a choice's "Other", chosen by posting {id} = "__other"
//   {id}.{choiceId}       ranking: the choice's position, 1 first

/** The value a choice's "Other" option posts. */
export const OTHER_CHOICE = '__other';

type Form = FormData | URLSearchParams;

/** A posted text, cleaned; a file (which no field posts) is no text. */
function posted(value: FormDataEntryValue | null): string | null {
	return typeof value === 'string' ? cleanAnswerText(value) : null;
}

/** A posted text, or undefined when absent or blank (an empty input is no answer). */
function field(form: Form, name: string): string | undefined {
	const value = posted(form.get(name));
	return value !== null && value.trim() !== '' ? value : undefined;
}

/** A number where the text is one; otherwise the text, for validateAnswers to report. */
function numeric(text: string): number | string {
	const n = Number(text);
	return Number.isFinite(n) ? n : text;
}

function optionalNumeric(text: string | undefined) {
	return text === undefined ? undefined : numeric(text);
}

function choiceAnswer(
	question: Extract<Question, { type: 'single_choice' | 'dropdown' }>,
	form: Form
): unknown {
	const choice = field(form, question.id);
	if (!question.allowOther) return choice;
	const written = posted(form.get(`${question.id}.other`)) ?? '';
	// Without JavaScript the text box is always there: writing in it is choosing "Other".
	if (choice === OTHER_CHOICE || (choice === undefined && written.trim() !== ''))
		return { other: written };
	return choice;
}

function rankingAnswer(question: Extract<Question, { type: 'ranking' }>, form: Form) {
	const count = question.choices.length;
	const placed = question.choices
		.map((choice, index) => ({
			id: choice.id,
			index,
			position: optionalNumeric(field(form, `${question.id}.${choice.id}`))
		}))
		.filter(
			(p): p is { id: string; index: number; position: number } =>
				Number.isInteger(p.position) &&
				(p.position as number) >= 1 &&
				(p.position as number) <= count
		)
		.sort((a, b) => a.position - b.position || a.index - b.index);
	if (!placed.length) return undefined;
	// Two choices at one position rank neither above the other: only the first is kept, so the
	// answer lacks a choice and validateAnswers asks for every choice to be ranked.
	const taken = new Set<number>();
	return placed
		.filter((p) => !taken.has(p.position) && Boolean(taken.add(p.position)))
		.map((p) => p.id);
}

function answerFromForm(question: Question, form: Form): unknown {
	const id = question.id;
	switch (question.type) {
		case 'statement':
			return undefined;
		case 'nps':
		case 'enps': {
			const score = optionalNumeric(field(form, id));
			if (!question.reasons) return score;
			const answer: Record<string, unknown> = {};
			const reason = field(form, `${id}.reason`);
			const comment = field(form, `${id}.comment`);
			if (score !== undefined) answer.score = score;
			if (reason !== undefined) answer.reason = reason;
			if (comment !== undefined) answer.comment = comment;
			return Object.keys(answer).length ? answer : undefined;
		}
		case 'csat':
		case 'ces':
		case 'likert':
		case 'rating':
		case 'slider':
		case 'number':
			return optionalNumeric(field(form, id));
		case 'matrix': {
			const answer: Record<string, unknown> = {};
			for (const row of question.rows) {
				const cell = optionalNumeric(field(form, `${id}.${row.id}`));
				if (cell !== undefined) answer[row.id] = cell;
			}
			return Object.keys(answer).length ? answer : undefined;
		}
		case 'single_choice':
		case 'dropdown':
			return choiceAnswer(question, form);
		case 'multiple_choice': {
			const ticked = form
				.getAll(id)
				.map(posted)
				.filter((v): v is string => v !== null && v.trim() !== '');
			return ticked.length ? ticked : undefined;
		}
		case 'ranking':
			return rankingAnswer(question, form);
		case 'text':
		case 'date':
			return field(form, id);
		case 'yes_no': {
			const answer = field(form, id);
			return answer === 'yes' ? true : answer === 'no' ? false : answer;
		}
		case 'consent': {
			const answer = field(form, id);
			return answer === 'yes' ? true : answer;
		}
	}
}

/**
 * The answers a posted page holds for its questions, in validateAnswers' shapes. An empty input is
 * no answer; a value of the wrong kind (a score that is not a number, an unknown choice) is kept
 * as posted, so validateAnswers reports it instead of it passing as unanswered.
 */
export function answersFromForm(questions: Question[], form: Form): Answers {
	const answers: Answers = {};
	for (const question of questions) {
		const answer = answerFromForm(question, form);
		if (answer !== undefined) answers[question.id] = answer;
	}
	return answers;
}
