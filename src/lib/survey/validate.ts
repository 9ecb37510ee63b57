import type { Question, SurveyDefinition } from './definition';
import { npsGroups } from './nps';
import { isAnswered, visibleQuestions, type Answers, type HiddenValues } from './logic';
import { isCalendarDate } from '../calendar-date';

export type AnswerIssueCode =
	| 'unknown_question'
	| 'not_answerable'
	| 'hidden_by_logic'
	| 'required'
	| 'wrong_type'
	| 'out_of_range'
	| 'invalid_choice';

/**
 * What a respondent is told, in their language: a message of the respondent UI (`v…` in
 * messages/*.json, or the choice hints) and its parameters. Issues a form cannot produce (a
 * tampered post, an API call) have none, and a respondent is asked to check the answer.
 */
export type AnswerIssueKey =
	| 'required'
	| 'reasonForScore'
	| 'everyRow'
	| 'otherText'
	| 'tooLong'
	| 'rankAll'
	| 'rankTwice'
	| 'chooseAtLeast'
	| 'chooseAtMost'
	| 'range'
	| 'min'
	| 'max'
	| 'step'
	| 'number'
	| 'whole'
	| 'date';
export type AnswerIssueSay = { key: AnswerIssueKey; params?: Record<string, string | number> };

export type AnswerIssue = {
	path: string;
	code: AnswerIssueCode;
	/** In English, for the API and the designer. */
	message: string;
	say?: AnswerIssueSay;
};

/** The respondent's message for a value outside [min, max], where either end may be open. */
function rangeSay(
	min: string | number | undefined,
	max: string | number | undefined
): AnswerIssueSay {
	if (min !== undefined && max !== undefined) return { key: 'range', params: { min, max } };
	return min !== undefined
		? { key: 'min', params: { min } }
		: { key: 'max', params: { max: max! } };
}

/** The NPS group of a 0–10 score, as docs/metrics.md defines it. */
export function npsGroup(score: number): (typeof npsGroups)[number] {
	return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function scaleIssue(path: string, value: unknown, low: number, high: number): AnswerIssue | null {
	if (!isInt(value))
		return { path, code: 'wrong_type', message: `Expected a whole number from ${low} to ${high}` };
	if (value < low || value > high)
		return { path, code: 'out_of_range', message: `Expected ${low} to ${high}` };
	return null;
}

/** Issues with one answered value of one question (a value that is present). */
function checkValue(question: Question, value: unknown, path: string): AnswerIssue[] {
	const issues: AnswerIssue[] = [];
	const add = (issue: AnswerIssue | null) => issue && issues.push(issue);
	const choiceIds =
		'choices' in question ? new Set(question.choices.map((c) => c.id)) : new Set<string>();
	switch (question.type) {
		case 'nps':
		case 'enps': {
			if (!question.reasons) {
				add(scaleIssue(path, value, 0, 10));
				break;
			}
			if (!isObject(value)) {
				add({ path, code: 'wrong_type', message: 'Expected { score, reason?, comment? }' });
				break;
			}
			const extra = Object.keys(value).filter((k) => !['score', 'reason', 'comment'].includes(k));
			if (extra.length)
				add({
					path: `${path}.${extra[0]}`,
					code: 'wrong_type',
					message: 'Not part of an NPS+ answer'
				});
			const scoreIssue = scaleIssue(`${path}.score`, value.score, 0, 10);
			add(scoreIssue);
			if (value.reason !== undefined) {
				const allowed =
					!scoreIssue && question.reasons.byGroup
						? question.reasons.byGroup[npsGroup(value.score as number)]
						: question.reasons.choices.map((c) => c.id);
				if (typeof value.reason !== 'string' || !allowed.includes(value.reason)) {
					add({
						path: `${path}.reason`,
						code: 'invalid_choice',
						message: 'Not one of the reasons offered for this score',
						say: { key: 'reasonForScore' }
					});
				}
			}
			if (value.comment !== undefined) {
				if (!question.reasons.comment)
					add({
						path: `${path}.comment`,
						code: 'wrong_type',
						message: 'This question takes no comment'
					});
				else if (typeof value.comment !== 'string')
					add({ path: `${path}.comment`, code: 'wrong_type', message: 'Expected text' });
				else if (value.comment.length > 2000)
					add({
						path: `${path}.comment`,
						code: 'out_of_range',
						message: 'At most 2000 characters'
					});
			}
			break;
		}
		case 'csat':
		case 'likert':
			add(scaleIssue(path, value, 1, 5));
			break;
		case 'ces':
			add(scaleIssue(path, value, 1, 7));
			break;
		case 'rating':
			add(scaleIssue(path, value, 1, question.scale));
			break;
		case 'matrix': {
			if (!isObject(value)) {
				add({ path, code: 'wrong_type', message: 'Expected an answer per row' });
				break;
			}
			const rows = new Set(question.rows.map((r) => r.id));
			for (const [row, cell] of Object.entries(value)) {
				if (!rows.has(row))
					add({
						path: `${path}.${row}`,
						code: 'invalid_choice',
						message: 'Not a row of this question'
					});
				else add(scaleIssue(`${path}.${row}`, cell, 1, question.scale));
			}
			if (question.required) {
				for (const row of question.rows) {
					if (!(row.id in value))
						add({
							path: `${path}.${row.id}`,
							code: 'required',
							message: 'Answer every row',
							say: { key: 'everyRow' }
						});
				}
			}
			break;
		}
		case 'single_choice':
		case 'dropdown':
			if (isObject(value) && question.allowOther) {
				const other = value.other;
				if (Object.keys(value).length !== 1 || typeof other !== 'string' || other.trim() === '') {
					add({
						path: `${path}.other`,
						code: 'wrong_type',
						message: 'Write the other answer',
						say: { key: 'otherText' }
					});
				} else if (other.length > 500) {
					add({
						path: `${path}.other`,
						code: 'out_of_range',
						message: 'At most 500 characters',
						say: { key: 'tooLong', params: { max: 500 } }
					});
				}
			} else if (typeof value !== 'string') {
				add({ path, code: 'wrong_type', message: 'Expected one choice' });
			} else if (!choiceIds.has(value)) {
				add({ path, code: 'invalid_choice', message: 'Not one of the choices' });
			}
			break;
		case 'multiple_choice':
		case 'ranking': {
			if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
				add({ path, code: 'wrong_type', message: 'Expected a list of choices' });
				break;
			}
			const unknown = value.findIndex((v) => !choiceIds.has(v));
			if (unknown >= 0)
				add({
					path: `${path}.${unknown}`,
					code: 'invalid_choice',
					message: 'Not one of the choices'
				});
			if (new Set(value).size !== value.length)
				add({
					path,
					code: 'invalid_choice',
					message: 'A choice is listed twice',
					say: question.type === 'ranking' ? { key: 'rankTwice' } : undefined
				});
			if (question.type === 'ranking') {
				if (value.length !== choiceIds.size)
					add({
						path,
						code: 'out_of_range',
						message: 'Rank every choice',
						say: { key: 'rankAll' }
					});
			} else {
				const min = Math.max(question.min ?? 0, question.required ? 1 : 0);
				if (value.length < min)
					add({
						path,
						code: 'out_of_range',
						message: `Choose at least ${min}`,
						say: { key: 'chooseAtLeast', params: { n: min } }
					});
				if (question.max !== undefined && value.length > question.max)
					add({
						path,
						code: 'out_of_range',
						message: `Choose at most ${question.max}`,
						say: { key: 'chooseAtMost', params: { n: question.max } }
					});
			}
			break;
		}
		case 'slider': {
			if (typeof value !== 'number' || !Number.isFinite(value)) {
				add({ path, code: 'wrong_type', message: 'Expected a number', say: { key: 'number' } });
			} else if (value < question.min || value > question.max) {
				add({
					path,
					code: 'out_of_range',
					message: `Expected ${question.min} to ${question.max}`,
					say: rangeSay(question.min, question.max)
				});
			} else {
				const steps = (value - question.min) / question.step;
				if (Math.abs(steps - Math.round(steps)) > 1e-9)
					add({
						path,
						code: 'out_of_range',
						message: `Expected a step of ${question.step}`,
						say: { key: 'step', params: { step: question.step } }
					});
			}
			break;
		}
		case 'text':
			if (typeof value !== 'string') add({ path, code: 'wrong_type', message: 'Expected text' });
			else if (value.length > question.maxLength)
				add({
					path,
					code: 'out_of_range',
					message: `At most ${question.maxLength} characters`,
					say: { key: 'tooLong', params: { max: question.maxLength } }
				});
			break;
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value))
				add({ path, code: 'wrong_type', message: 'Expected a number', say: { key: 'number' } });
			else if (question.integer && !Number.isInteger(value))
				add({
					path,
					code: 'wrong_type',
					message: 'Expected a whole number',
					say: { key: 'whole' }
				});
			else if (
				(question.min !== undefined && value < question.min) ||
				(question.max !== undefined && value > question.max)
			) {
				add({
					path,
					code: 'out_of_range',
					message: `Expected ${question.min ?? '…'} to ${question.max ?? '…'}`,
					say: rangeSay(question.min, question.max)
				});
			}
			break;
		case 'date':
			if (typeof value !== 'string' || !isCalendarDate(value))
				add({
					path,
					code: 'wrong_type',
					message: 'Expected a date as YYYY-MM-DD',
					say: { key: 'date' }
				});
			else if ((question.min && value < question.min) || (question.max && value > question.max)) {
				add({
					path,
					code: 'out_of_range',
					message: `Expected ${question.min ?? '…'} to ${question.max ?? '…'}`,
					say: rangeSay(question.min, question.max)
				});
			}
			break;
		case 'yes_no':
			if (typeof value !== 'boolean')
				add({ path, code: 'wrong_type', message: 'Expected yes or no' });
			break;
		case 'consent':
			if (value !== true) add({ path, code: 'wrong_type', message: 'Consent is given with true' });
			break;
	}
	return issues;
}

/**
 * Every problem with a set of answers to one version of a survey, each with the path of the answer
 * it concerns. The respondent pages and the API both use it, so they accept exactly the same.
 */
export function validateAnswers(
	definition: SurveyDefinition,
	answers: Answers,
	hidden: HiddenValues = {}
): AnswerIssue[] {
	const issues: AnswerIssue[] = [];
	const byId = new Map(definition.questions.map((q) => [q.id, q]));
	const visible = new Set(visibleQuestions(definition, answers, hidden).map((q) => q.id));
	for (const [id, value] of Object.entries(answers)) {
		const question = byId.get(id);
		if (!question) {
			issues.push({
				path: id,
				code: 'unknown_question',
				message: 'No such question in this survey'
			});
		} else if (question.type === 'statement' && isAnswered(value)) {
			issues.push({ path: id, code: 'not_answerable', message: 'A statement takes no answer' });
		} else if (isAnswered(value) && !visible.has(id)) {
			issues.push({
				path: id,
				code: 'hidden_by_logic',
				message: 'This question was not shown, so it takes no answer'
			});
		}
	}
	for (const question of definition.questions) {
		if (!visible.has(question.id) || question.type === 'statement') continue;
		const value = answers[question.id];
		// Empty values (null, '', [], {}) and a consent box left unticked count as no answer.
		if (!isAnswered(value) || (question.type === 'consent' && value === false)) {
			if (question.required) {
				issues.push({
					path: question.id,
					code: 'required',
					message: 'This question needs an answer',
					say: { key: 'required' }
				});
			}
			continue;
		}
		issues.push(...checkValue(question, value, question.id));
	}
	return issues;
}
