import { sql } from 'drizzle-orm';
import type { Question } from '../../survey/definition';
import {
	buildMetric,
	compare,
	fieldKey,
	isScoreType,
	measuredQuestions,
	type GroupAggregates,
	type Metric,
	type PartAggregate
} from '../../survey/metrics';
import type { HiddenReason } from '../../survey/anonymity';
import { wilson } from '../../survey/stats';
import { rowsOf } from '../db';
import { DomainError } from '../platform';
import { dimsLateral } from './sql';
import { completion, type Completion } from './completion';
import { releaseOf } from './release';
import {
	addDays,
	aggregates,
	lastDayOfMonth,
	monthStart,
	nextMonth,
	type Grouping,
	type Scope
} from './cells';
import { indexesOnly, rollupCurrent, snapshot } from './fold';
import type { ResultsSurvey } from './survey';

// The results engine: scores by segment and over time, computed in the database from the rollup
// (result_cell) plus the responses not yet folded into it, so a result is always exact.

// This file shapes the API's answers; survey.ts loads a survey, fold.ts keeps the rollup, cells.ts
// reads aggregates.

export type SegmentMetric = (
	Metric | { type: Question['type']; suppressed: true; reason?: HiddenReason }
) & {
	significant?: boolean;
	smallSample?: boolean;
};
export type Segment =
	| { value: string | null; suppressed: true; reason: HiddenReason }
	| {
			value: string | null;
			responses: number;
			suppressed: false;
			questions: Record<string, SegmentMetric>;
	  };

export type Results = {
	surveyId: string;
	responses: number | null;
	threshold: number | null;
	/** The whole answer is hidden: the responses in scope are fewer than the threshold (or it is
	 * a group hidden to protect a smaller one: `reason`). */
	suppressed?: true;
	reason?: HiddenReason;
	from?: string;
	to?: string;
	questions: Record<string, SegmentMetric>;
	segments?: Segment[];
	/** Started, completed and where the rest left: for everyone in scope (an employee survey: only
	 * unfiltered, so that no two answers can be subtracted). */
	completion?: Completion;
};

export type ResultsQuery = Scope & { by?: string };

const countOf = (group: GroupAggregates | undefined) => group?.get('')?.get('')?.n ?? 0;

function metricsOf(
	survey: ResultsSurvey,
	group: GroupAggregates | undefined,
	/** Why a question's (or a matrix row's) figures are hidden in this group; null: shown. */
	hiddenBecause: (question: Question, row?: string) => HiddenReason | null,
	everyone?: GroupAggregates,
	answers?: (question: Question) => Set<string> | 'all' | undefined
) {
	const out: Record<string, SegmentMetric> = {};
	for (const question of measuredQuestions(survey.definition)) {
		const parts = group?.get(question.id);
		const metric = buildMetric(question, parts);
		if (!metric) continue;
		const reason = hiddenBecause(question);
		if (reason) {
			out[question.id] = { type: question.type, suppressed: true, reason };
			continue;
		}
		// The answers to a question that is a segment field are sizes of groups (see SurveyRelease).
		const leftOut = answers?.(question);
		if (leftOut === 'all') {
			out[question.id] = { type: question.type, suppressed: true };
			continue;
		}
		if (leftOut && 'counts' in metric) for (const value of leftOut) delete metric.counts[value];
		if (metric.type === 'matrix') {
			let rowReason: HiddenReason = 'either';
			for (const row of Object.keys(metric.rows)) {
				const hidden = hiddenBecause(question, row);
				if (hidden) {
					rowReason = hidden;
					delete metric.rows[row];
					(metric.suppressedRows ??= []).push(row);
				}
			}
			// n is the most answered row's: of the rows still shown.
			metric.n = Math.max(0, ...Object.values(metric.rows).map((r) => r.n));
			if (!metric.n) {
				out[question.id] = { type: question.type, suppressed: true, reason: rowReason };
				continue;
			}
		}
		out[question.id] = everyone
			? { ...metric, ...compare(question, parts, everyone.get(question.id)) }
			: metric;
	}
	return out;
}

/** Employee results are cut one way at a time: two together can single someone out. */
function checkOneCut(survey: ResultsSurvey, cuts: number) {
	if (survey.threshold !== null && cuts > 1)
		throw new DomainError('These results cannot be cut two ways at once.', 'invalid', [
			{
				path: 'filter',
				message:
					'Employee results are cut one way at a time (one segment, one filter or one date range), so that nobody can be singled out by combining them'
			}
		]);
}

/** An employee survey's date range, widened to whole months (the unit its threshold guards). */
function wholeMonths(scope: Scope): Scope {
	return {
		...scope,
		from: scope.from ? monthStart(scope.from) : undefined,
		to: scope.to
			? new Date(Date.parse(`${nextMonth(scope.to)}T00:00:00Z`) - 86_400_000)
					.toISOString()
					.slice(0, 10)
			: undefined
	};
}

/**
 * The scope a query may read: an employee survey's is cut one way at a time, and its date range
 * widened to whole months.
 */
export function allowedScope<T extends ResultsQuery>(survey: ResultsSurvey, query: T): T {
	const ranged = query.from !== undefined || query.to !== undefined;
	checkOneCut(survey, query.filters.length + (query.by ? 1 : 0) + (ranged ? 1 : 0));
	return survey.threshold !== null && ranged ? { ...query, ...wholeMonths(query) } : query;
}

export async function results(survey: ResultsSurvey, query: ResultsQuery): Promise<Results> {
	const scope = allowedScope(survey, query);
	const grouping: Grouping = query.by ? { by: 'field', field: query.by } : { by: 'none' };
	const employee = survey.threshold !== null;
	const withCompletion = !employee || (!scope.filters.length && !scope.from && !scope.to);
	// The figures, the groups that may be shown and the completion, over the same responses.
	const { byGroup, rel, done } = await snapshot(async (tx) => {
		const byGroup = await aggregates(survey, scope, grouping, 'auto', tx);
		const rel = employee ? await releaseOf(survey, tx) : null;
		const all = countOf(byGroup.get(null));
		const done = withCompletion ? await completion(survey, scope, all, tx) : undefined;
		return { byGroup, rel, done };
	});
	const everyone = byGroup.get(null);
	const base = {
		surveyId: survey.id,
		threshold: survey.threshold,
		...(scope.from ? { from: scope.from } : {}),
		...(scope.to ? { to: scope.to } : {})
	};
	// A field of too many values (an id) would list who took part: it is no cut of employee results.
	const cutBy = [...scope.filters.map(([f]) => f), ...(query.by ? [query.by] : [])];
	const uncut = rel && cutBy.find((f) => !rel.cuts(f));
	if (uncut)
		throw new DomainError('These results cannot be cut by that field.', 'invalid', [
			{
				path: query.by === uncut ? 'by' : `filter[${fieldKey(uncut)}]`,
				message: `"${fieldKey(uncut)}" has too many different values to compare groups of employees by: it would single people out`
			}
		]);
	const hidden = rel?.groupHiddenBecause(scope);
	if (hidden) return { ...base, responses: null, suppressed: true, reason: hidden, questions: {} };
	const answer: Results = {
		...base,
		responses: countOf(everyone),
		questions: metricsOf(
			survey,
			everyone,
			(q, row) => rel?.measureHiddenBecause(row ? `${q.id}.${row}` : q.id, scope) ?? null,
			undefined,
			(q) => rel?.answersLeftOut(q.id, scope)
		)
	};
	if (done) answer.completion = done;
	if (grouping.by === 'field') {
		const values = [...byGroup.keys()].filter((v): v is string => v !== null);
		values.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
		answer.segments = values.map((value): Segment => {
			const apiValue = value === '' ? null : value;
			const filter: Scope = { filters: [[grouping.field, value]] };
			const reason = rel?.groupHiddenBecause(filter);
			if (reason) return { value: apiValue, suppressed: true, reason };
			const group = byGroup.get(value);
			return {
				value: apiValue,
				responses: countOf(group),
				suppressed: false,
				questions: metricsOf(
					survey,
					group,
					(q, row) => rel?.measureHiddenBecause(row ? `${q.id}.${row}` : q.id, filter) ?? null,
					everyone,
					(q) => rel?.answersLeftOut(q.id, filter)
				)
			};
		});
	}
	return answer;
}

/** The figure a trend follows for a question type, and its interval. */
function trendFigure(
	metric: Metric,
	main: PartAggregate | undefined
): { score: number; ci95: [number, number] } | null {
	switch (metric.type) {
		case 'nps':
		case 'enps':
		case 'csat':
			return { score: metric.score, ci95: metric.ci95 };
		case 'likert':
			// Favourability, as the headline reads it: the share of 4s and 5s.
			return main ? { score: main.top2, ci95: wilson(main.ge4, main.n) } : null;
		case 'ces':
		case 'rating':
		case 'slider':
			return { score: metric.mean, ci95: metric.ci95 };
		default:
			return null;
	}
}

export type TrendPoint =
	| { period: string; suppressed: true; reason?: HiddenReason }
	| { period: string; n: number; score: number; ci95: [number, number] };

export async function trend(
	survey: ResultsSurvey,
	query: Scope & { question: string; interval: 'week' | 'month' }
) {
	const question = measuredQuestions(survey.definition).find((q) => q.id === query.question);
	if (!question || !isScoreType(question.type))
		throw new DomainError(
			'Name a score question (NPS, eNPS, CSAT, CES, rating, slider or Likert).',
			'invalid'
		);
	checkOneCut(survey, query.filters.length + 1);
	const employee = survey.threshold !== null;
	// An employee survey's points are whole weeks or months only: a range cutting one would show
	// part of it, and two such ranges a day's answers. Its range picks the whole periods inside.
	const scope: Scope = employee ? { filters: query.filters } : query;
	const grouping: Grouping = { by: 'period', interval: query.interval };
	const { byPeriod, rel } = await snapshot(async (tx) => ({
		byPeriod: await aggregates(survey, scope, grouping, 'auto', tx),
		rel: employee ? await releaseOf(survey, tx) : null
	}));
	const inside = (period: string) => {
		if (!employee) return true;
		const last = query.interval === 'month' ? lastDayOfMonth(period) : addDays(period, 6);
		return (!query.from || period >= query.from) && (!query.to || last <= query.to);
	};
	const periods = [...byPeriod.keys()].filter((p): p is string => p !== null && inside(p)).sort();
	const points = periods.map((period): TrendPoint => {
		const metric = buildMetric(question, byPeriod.get(period)?.get(question.id));
		const filter: Scope = { filters: [[query.interval, period]] };
		const reason = rel?.measureHiddenBecause(question.id, filter);
		if (reason) return { period, suppressed: true, reason };
		const figure = metric && trendFigure(metric, byPeriod.get(period)?.get(question.id)?.get(''));
		if (!metric || !figure) return { period, suppressed: true };
		return { period, n: metric.n, ...figure };
	});
	return {
		surveyId: survey.id,
		question: question.id,
		interval: query.interval,
		threshold: survey.threshold,
		points
	};
}

/** Every value each segment field has taken (for the filter menus): rollup and unfolded alike. */
export async function fieldValues(survey: ResultsSurvey): Promise<Map<string, string[]>> {
	const values = await snapshot(async (tx) => {
		// A rollup built for other segments is not read: every response is.
		const current = await rollupCurrent(survey, tx);
		// The unfolded responses through their partial index (see indexesOnly).
		if (current) await indexesOnly(tx);
		const folded = current
			? sql`select dim, dim_value from result_cell
				where org_id = ${survey.orgId} and survey_id = ${survey.id} and grain = 'm' and dim <> '' union `
			: sql``;
		const rows = await rowsOf<{ dim: string; values: string[] }>(
			sql`
			select dim, array_agg(distinct dim_value order by dim_value) as values from (
				${folded}select d.dim, d.dim_value from response r cross join ${dimsLateral(survey.fields)}
				where r.survey_id = ${survey.id} and r.org_id = ${survey.orgId}
					and r.completed_at is not null ${current ? sql`and not r.rolled_up` : sql``} and d.dim <> ''
			) v group by dim`,
			tx
		);
		return new Map(rows.map((r) => [r.dim, r.values]));
	});
	if (survey.threshold === null) return values;
	// An employee survey's menus offer only the groups it shows.
	const release = await releaseOf(survey);
	return new Map(survey.fields.map((f) => [f, release.shownValues(f).sort()]));
}

/** The API's field name → the engine's ('store' → 'h:store' or 'q:store'); null if unknown. */
export function resolveField(survey: ResultsSurvey, name: string): string | null {
	for (const prefix of ['h:', 'q:', 'p:'])
		if (survey.fields.includes(prefix + name)) return prefix + name;
	return null;
}

export { fieldKey };
