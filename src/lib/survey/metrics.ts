import type { Question, QuestionType, SurveyDefinition } from './definition';
import {
	meansDiffer,
	mean,
	npsDiffer,
	npsInterval,
	percent,
	sharesDiffer,
	tInterval,
	wilson
} from './stats';

// The results metrics, by docs/metrics.md's definitions. The database aggregates answers into "cells"
// (question, part, value → count); the same explosion and aggregation are written here in
// TypeScript, for previews and as the oracle the SQL is tested against.

/** How an answer of a question type is counted. */
export type CellKind = 'num' | 'nps' | 'matrix' | 'choice' | 'yesno' | 'multi' | 'rank';
export type SpecEntry = { id: string; kind: CellKind };

const kinds: Partial<Record<QuestionType, CellKind>> = {
	nps: 'nps',
	enps: 'nps',
	csat: 'num',
	ces: 'num',
	likert: 'num',
	rating: 'num',
	slider: 'num',
	matrix: 'matrix',
	single_choice: 'choice',
	dropdown: 'choice',
	yes_no: 'yesno',
	multiple_choice: 'multi',
	ranking: 'rank'
};

/** The question types with one headline score (KPI tiles, trends, the combined view). */
export const scoreTypes: readonly QuestionType[] = [
	'nps',
	'enps',
	'csat',
	'ces',
	'likert',
	'rating',
	'slider'
];
export const isScoreType = (type: string) => (scoreTypes as readonly string[]).includes(type);

/** The questions results are computed for (not text, numbers, dates, consent or statements). */
export function measuredQuestions(definition: SurveyDefinition): Question[] {
	return definition.questions.filter((q) => kinds[q.type]);
}

export function cellSpec(definition: SurveyDefinition): SpecEntry[] {
	return measuredQuestions(definition).map((q) => ({ id: q.id, kind: kinds[q.type]! }));
}

/**
 * The fields results can be cut by: 'h:<hidden field>' and 'q:<question>' for single choice,
 * dropdown and yes/no questions.
 */
export function segmentFields(definition: SurveyDefinition): string[] {
	return [
		...[...new Set(definition.hiddenFields)].map((name) => `h:${name}`),
		...definition.questions
			.filter((q) => q.type === 'single_choice' || q.type === 'dropdown' || q.type === 'yes_no')
			.map((q) => `q:${q.id}`)
	];
}

/** The API's name of a segment field: the hidden field's or the question's own id. */
export function fieldKey(field: string) {
	return field.slice(2);
}

export type Cell = { questionId: string; part: string; value: number };
type Answers = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The cells one response contributes; question '' counts the response itself. */
export function cellsOf(answers: Answers, spec: SpecEntry[]): Cell[] {
	const cells: Cell[] = [{ questionId: '', part: '', value: 0 }];
	for (const { id, kind } of spec) {
		const v = answers[id];
		const add = (part: string, value: number) => cells.push({ questionId: id, part, value });
		switch (kind) {
			case 'num':
				if (typeof v === 'number') add('', v);
				break;
			case 'nps':
				if (typeof v === 'number') add('', v);
				else if (isObject(v) && typeof v.score === 'number') {
					add('', v.score);
					if (typeof v.reason === 'string') add(`reason:${v.reason}`, v.score);
				}
				break;
			case 'matrix':
				if (isObject(v))
					for (const [row, cell] of Object.entries(v)) if (typeof cell === 'number') add(row, cell);
				break;
			case 'choice':
				if (typeof v === 'string') add(v, 0);
				else if (isObject(v)) add('__other', 0);
				break;
			case 'yesno':
				if (typeof v === 'boolean') add(v ? 'yes' : 'no', 0);
				break;
			case 'multi':
				if (Array.isArray(v)) {
					add('', 0);
					for (const choice of v) if (typeof choice === 'string') add(choice, 0);
				}
				break;
			case 'rank':
				if (Array.isArray(v))
					v.forEach((choice, i) => typeof choice === 'string' && add(choice, i + 1));
				break;
		}
	}
	return cells;
}

/** A response's value of a segment field; '' when it has none. */
export function segmentValue(
	response: {
		answers: Answers;
		hidden: Record<string, unknown>;
		attributes?: Record<string, unknown> | null;
	},
	field: string
): string {
	if (field.startsWith('h:') || field.startsWith('p:')) {
		const source = field.startsWith('h:') ? response.hidden : (response.attributes ?? {});
		const value = source[field.slice(2)];
		return typeof value === 'string' ? value : '';
	}
	const v = response.answers[field.slice(2)];
	if (typeof v === 'string') return v;
	if (typeof v === 'boolean') return v ? 'yes' : 'no';
	if (isObject(v)) return '__other';
	return '';
}

/**
 * What the database returns for one question part of one group: sums to test with, and the
 * scores themselves, computed there.
 */
export type PartAggregate = {
	n: number;
	total: number;
	squares: number;
	/** Values ≥ 9 (promoters), ≤ 6 (detractors), ≥ 4 (top-2-box of 1–5), ≥ 5 (CES 5–7). */
	hi9: number;
	lo6: number;
	ge4: number;
	ge5: number;
	mean: number;
	nps: number;
	promoters: number;
	passives: number;
	detractors: number;
	top2: number;
	easy: number;
	/** value → count */
	values: Map<number, number>;
};

/** question id → part → aggregate */
export type GroupAggregates = Map<string, Map<string, PartAggregate>>;

/** The aggregate of a list of values, as the SQL computes it (the oracle). */
export function aggregateValues(values: number[]): PartAggregate {
	const n = values.length;
	let total = 0,
		squares = 0,
		hi9 = 0,
		lo6 = 0,
		ge4 = 0,
		ge5 = 0;
	const counts = new Map<number, number>();
	for (const v of values) {
		total += v;
		squares += v * v;
		if (v >= 9) hi9++;
		if (v <= 6) lo6++;
		if (v >= 4) ge4++;
		if (v >= 5) ge5++;
		counts.set(v, (counts.get(v) ?? 0) + 1);
	}
	return withScores({ n, total, squares, hi9, lo6, ge4, ge5, values: counts });
}

/** Adds the scores to the counts and sums (the same arithmetic as the SQL's). */
export function withScores(
	a: Pick<PartAggregate, 'n' | 'total' | 'squares' | 'hi9' | 'lo6' | 'ge4' | 'ge5' | 'values'>
): PartAggregate {
	return {
		...a,
		mean: mean(a.total, a.n),
		nps: percent(a.hi9 - a.lo6, a.n),
		promoters: percent(a.hi9, a.n),
		passives: percent(a.n - a.hi9 - a.lo6, a.n),
		detractors: percent(a.lo6, a.n),
		top2: percent(a.ge4, a.n),
		easy: percent(a.ge5, a.n)
	};
}

/** The aggregates of a group of responses, computed in memory: the oracle for the SQL. */
export function aggregateResponses(answers: Answers[], spec: SpecEntry[]): GroupAggregates {
	const lists = new Map<string, Map<string, number[]>>();
	for (const a of answers) {
		for (const cell of cellsOf(a, spec)) {
			let parts = lists.get(cell.questionId);
			if (!parts) lists.set(cell.questionId, (parts = new Map()));
			let list = parts.get(cell.part);
			if (!list) parts.set(cell.part, (list = []));
			list.push(cell.value);
		}
	}
	const result: GroupAggregates = new Map();
	for (const [q, parts] of lists) {
		const out = new Map<string, PartAggregate>();
		for (const [part, values] of parts) out.set(part, aggregateValues(values));
		result.set(q, out);
	}
	return result;
}

/** What is left of `whole` without `part`: the rest of the survey a segment is compared with. */
export function subtract(whole: PartAggregate, part: PartAggregate | undefined): PartAggregate {
	if (!part) return whole;
	const values = new Map(whole.values);
	for (const [v, k] of part.values) values.set(v, (values.get(v) ?? 0) - k);
	return withScores({
		n: whole.n - part.n,
		total: whole.total - part.total,
		squares: whole.squares - part.squares,
		hi9: whole.hi9 - part.hi9,
		lo6: whole.lo6 - part.lo6,
		ge4: whole.ge4 - part.ge4,
		ge5: whole.ge5 - part.ge5,
		values
	});
}

export type Interval = [number, number];
export type Metric =
	| {
			type: 'nps' | 'enps';
			n: number;
			score: number;
			promoters: number;
			passives: number;
			detractors: number;
			ci95: Interval;
			distribution: Record<string, number>;
			reasons?: Record<string, { detractor: number; passive: number; promoter: number }>;
	  }
	| {
			type: 'csat';
			n: number;
			score: number;
			mean: number;
			ci95: Interval;
			distribution: Record<string, number>;
	  }
	| {
			type: 'ces';
			n: number;
			mean: number;
			easyShare: number;
			ci95: Interval;
			distribution: Record<string, number>;
	  }
	| {
			type: 'likert' | 'rating' | 'slider';
			n: number;
			mean: number;
			ci95: Interval;
			distribution: Record<string, number>;
			favourable?: number;
			/** Likert: the Wilson interval of the favourable share */
			favourableCi95?: Interval;
	  }
	| {
			type: 'matrix';
			n: number;
			rows: Record<
				string,
				{ n: number; mean: number; distribution: Record<string, number>; favourable?: number }
			>;
			/** Employee surveys: rows too few answered in this group to show */
			suppressedRows?: string[];
	  }
	| { type: 'ranking'; n: number; positions: Record<string, number> }
	| {
			type: 'single_choice' | 'dropdown' | 'multiple_choice' | 'yes_no';
			n: number;
			counts: Record<string, number>;
	  };

export type Comparison = { significant: boolean; smallSample: boolean };
export const SMALL_SAMPLE = 30;

const empty = withScores({
	n: 0,
	total: 0,
	squares: 0,
	hi9: 0,
	lo6: 0,
	ge4: 0,
	ge5: 0,
	values: new Map()
});

/**
 * How many gave each value; with a fixed scale, every point of it, so a score nobody gave shows as
 * an empty bar rather than going missing (the group itself is shown, or there is no metric).
 */
function distribution(a: PartAggregate, scale?: [number, number]): Record<string, number> {
	const counts = new Map([...a.values].filter(([, k]) => k > 0));
	if (scale) for (let v = scale[0]; v <= scale[1]; v++) counts.set(v, counts.get(v) ?? 0);
	return Object.fromEntries([...counts].sort(([x], [y]) => x - y));
}

/** The fixed scale of a question type, where it has one. */
function scaleOf(question: Question): [number, number] | undefined {
	switch (question.type) {
		case 'nps':
		case 'enps':
			return [0, 10];
		case 'csat':
		case 'likert':
			return [1, 5];
		case 'ces':
			return [1, 7];
		case 'rating':
			return [1, question.scale];
		default:
			return undefined;
	}
}

const moments = (a: PartAggregate) => ({ n: a.n, total: a.total, squares: a.squares });

/** The metric of one question from its aggregates; null when nobody answered it. */
export function buildMetric(
	question: Question,
	parts: Map<string, PartAggregate> | undefined
): Metric | null {
	if (!parts) return null;
	const main = parts.get('') ?? empty;
	switch (question.type) {
		case 'nps':
		case 'enps': {
			if (!main.n) return null;
			const metric: Metric = {
				type: question.type,
				n: main.n,
				score: main.nps,
				promoters: main.promoters,
				passives: main.passives,
				detractors: main.detractors,
				ci95: npsInterval(main.hi9, main.lo6, main.n),
				distribution: distribution(main, scaleOf(question))
			};
			if (question.reasons) {
				metric.reasons = {};
				for (const choice of question.reasons.choices) {
					const r = parts.get(`reason:${choice.id}`) ?? empty;
					metric.reasons[choice.id] = {
						detractor: r.lo6,
						passive: r.n - r.hi9 - r.lo6,
						promoter: r.hi9
					};
				}
			}
			return metric;
		}
		case 'csat':
			if (!main.n) return null;
			return {
				type: 'csat',
				n: main.n,
				score: main.top2,
				mean: main.mean,
				ci95: wilson(main.ge4, main.n),
				distribution: distribution(main, scaleOf(question))
			};
		case 'ces':
			if (!main.n) return null;
			return {
				type: 'ces',
				n: main.n,
				mean: main.mean,
				easyShare: main.easy,
				ci95: tInterval(main.n, main.total, main.squares),
				distribution: distribution(main, scaleOf(question))
			};
		case 'likert':
		case 'rating':
		case 'slider': {
			if (!main.n) return null;
			return {
				type: question.type,
				n: main.n,
				mean: main.mean,
				ci95: tInterval(main.n, main.total, main.squares),
				distribution: distribution(main, scaleOf(question)),
				...(question.type === 'likert'
					? { favourable: main.top2, favourableCi95: wilson(main.ge4, main.n) }
					: {})
			};
		}
		case 'matrix': {
			const rows: Extract<Metric, { type: 'matrix' }>['rows'] = {};
			let n = 0;
			for (const row of question.rows) {
				const r = parts.get(row.id);
				if (!r?.n) continue;
				n = Math.max(n, r.n);
				rows[row.id] = {
					n: r.n,
					mean: r.mean,
					distribution: distribution(r),
					...(question.scale === 5 ? { favourable: r.top2 } : {})
				};
			}
			return n ? { type: 'matrix', n, rows } : null;
		}
		case 'ranking': {
			const positions: Record<string, number> = {};
			let n = 0;
			for (const choice of question.choices) {
				const r = parts.get(choice.id);
				if (!r?.n) continue;
				n = Math.max(n, r.n);
				positions[choice.id] = r.mean;
			}
			return n ? { type: 'ranking', n, positions } : null;
		}
		case 'single_choice':
		case 'dropdown':
		case 'yes_no':
		case 'multiple_choice': {
			const ids =
				question.type === 'yes_no'
					? ['yes', 'no']
					: [
							...question.choices.map((c) => c.id),
							...('allowOther' in question && question.allowOther ? ['__other'] : [])
						];
			const counts: Record<string, number> = {};
			let answered = 0;
			for (const id of ids) {
				counts[id] = parts.get(id)?.n ?? 0;
				answered += counts[id];
			}
			const n = question.type === 'multiple_choice' ? main.n : answered;
			return n ? { type: question.type, n, counts } : null;
		}
		default:
			return null;
	}
}

/**
 * Do two groups' figures of a question differ at 95%? The test docs/statistics.md names for its headline:
 * NPS with its own variance, top-2-box shares by a two-proportion z-test, means by Welch's t-test.
 */
export function differ(question: Question, a: PartAggregate, b: PartAggregate): boolean {
	switch (question.type) {
		case 'nps':
		case 'enps':
			return npsDiffer(
				{ n: a.n, promoters: a.hi9, detractors: a.lo6 },
				{ n: b.n, promoters: b.hi9, detractors: b.lo6 }
			);
		case 'csat':
		case 'likert':
			return sharesDiffer(a.ge4, a.n, b.ge4, b.n);
		case 'ces':
		case 'rating':
		case 'slider':
			return meansDiffer(moments(a), moments(b));
		default:
			return false;
	}
}

/** A segment's metric against the rest of the survey: significant at 95%, small under 30. */
export function compare(
	question: Question,
	segment: Map<string, PartAggregate> | undefined,
	all: Map<string, PartAggregate> | undefined
): Comparison {
	const s = segment?.get('') ?? empty;
	const rest = subtract(all?.get('') ?? empty, s);
	const n = segmentN(question, segment);
	return { significant: differ(question, s, rest), smallSample: n < SMALL_SAMPLE };
}

/** How many answered a question in a group: the n its threshold applies to. */
export function segmentN(question: Question, parts: Map<string, PartAggregate> | undefined) {
	if (!parts) return 0;
	return buildMetric(question, parts)?.n ?? 0;
}
