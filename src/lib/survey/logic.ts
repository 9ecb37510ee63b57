import type { Condition, Logic, Question, SurveyDefinition } from './definition';

export type Answers = Record<string, unknown>;
export type HiddenValues = Record<string, string | undefined>;

export function isAnswered(value: unknown): boolean {
	if (value === undefined || value === null) return false;
	if (typeof value === 'string') return value.trim() !== '';
	if (Array.isArray(value)) return value.length > 0;
	if (typeof value === 'object') return Object.keys(value).length > 0;
	return true;
}

/** The value logic compares: an NPS+ answer compares by its score. */
function comparable(value: unknown): unknown {
	if (value && typeof value === 'object' && !Array.isArray(value) && 'score' in value) {
		return (value as { score: unknown }).score;
	}
	return value;
}

function asNumber(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
		return Number(value);
	return undefined;
}

function same(a: unknown, b: unknown): boolean {
	const x = asNumber(a);
	const y = asNumber(b);
	if (x !== undefined && y !== undefined) return x === y;
	return String(a) === String(b);
}

function test(condition: Condition, raw: unknown): boolean {
	const value = comparable(raw);
	switch (condition.op) {
		case 'answered':
			return isAnswered(value);
		case 'not_answered':
			return !isAnswered(value);
	}
	if (!isAnswered(value)) return false;
	const target = condition.value;
	const values = Array.isArray(value) ? value : [value];
	switch (condition.op) {
		case 'equals':
			return values.some((v) => same(v, target));
		case 'not_equals':
			return !values.some((v) => same(v, target));
		case 'in':
			return Array.isArray(target) && values.some((v) => target.some((t) => same(v, t)));
	}
	const x = asNumber(value);
	const y = asNumber(target);
	if (x === undefined || y === undefined) return false;
	switch (condition.op) {
		case 'lt':
			return x < y;
		case 'lte':
			return x <= y;
		case 'gt':
			return x > y;
		case 'gte':
			return x >= y;
	}
}

export function evaluate(logic: Logic, lookup: (field: string) => unknown): boolean {
	if ('all' in logic) return logic.all.every((l) => evaluate(l, lookup));
	if ('any' in logic) return logic.any.some((l) => evaluate(l, lookup));
	return test(logic, lookup(logic.field));
}

/**
 * The questions a respondent sees, in order, given their answers and hidden fields. A statement
 * with `pageBreak` starts a page, and its `showIf` shows or hides the whole page. An answer to a
 * question that logic hides counts as not given for the logic of later questions.
 */
export function visibleQuestions(
	definition: SurveyDefinition,
	answers: Answers,
	hidden: HiddenValues
): Question[] {
	const shown = new Set<string>();
	const lookup = (field: string) =>
		field.startsWith('hidden.')
			? hidden[field.slice(7)]
			: shown.has(field)
				? answers[field]
				: undefined;
	const visible: Question[] = [];
	let pageShown = true;
	for (const question of definition.questions) {
		const own = !question.showIf || evaluate(question.showIf, lookup);
		if (question.type === 'statement' && question.pageBreak) pageShown = own;
		if (pageShown && own) {
			shown.add(question.id);
			visible.push(question);
		}
	}
	return visible;
}
