import { sql, type SQL } from 'drizzle-orm';
import { type GroupAggregates, type PartAggregate } from '../../survey/metrics';
import { rowsOf, type Transaction } from '../db';
import { aggregateSql, cellsLateral, dayOf, segmentExpression } from './sql';
import { indexesOnly, rollupCurrent, snapshot } from './fold';
import type { ResultsSurvey } from './survey';

// Reading cells: the aggregates of a scope and grouping, from the rollup when it can answer,
// else from the raw answers, plus whatever has not been folded yet.

export type Scope = {
	/** Inclusive dates, YYYY-MM-DD (UTC). */
	from?: string;
	to?: string;
	/** field ('h:…' / 'q:…') → value ('' = not given) */
	filters: [string, string][];
};

export type Grouping =
	{ by: 'none' } | { by: 'field'; field: string } | { by: 'period'; interval: 'week' | 'month' };

export const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
export function nextMonth(date: string) {
	const d = new Date(`${monthStart(date)}T00:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() + 1);
	return d.toISOString().slice(0, 10);
}

export const addDays = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const lastDayOfMonth = (date: string) => addDays(nextMonth(date), -1);

/** The segment fields a query involves: the rollup keeps one at a time. */
function fieldsOf(scope: Scope, grouping: Grouping) {
	const fields = new Set(scope.filters.map(([f]) => f));
	if (grouping.by === 'field') fields.add(grouping.field);
	return [...fields];
}

/** Can the rollup answer this (at most one segment field, every filter on it one value)? */
export function rollupAnswers(scope: Scope, grouping: Grouping) {
	return fieldsOf(scope, grouping).length <= 1 && scope.filters.length <= 1;
}

function rawCells(survey: ResultsSurvey, scope: Scope, grouping: Grouping, onlyUnfolded: boolean) {
	const where: SQL[] = [
		sql`r.survey_id = ${survey.id}`,
		sql`r.org_id = ${survey.orgId}`,
		sql`r.completed_at is not null`
	];
	if (onlyUnfolded) where.push(sql`not r.rolled_up`);
	if (scope.from)
		where.push(sql`r.completed_at >= ${scope.from}::date::timestamp at time zone 'UTC'`);
	if (scope.to)
		where.push(sql`r.completed_at < ${addDays(scope.to, 1)}::date::timestamp at time zone 'UTC'`);
	for (const [field, value] of scope.filters)
		where.push(sql`${segmentExpression(field)} = ${value}`);
	const day = dayOf(sql`r.completed_at`);
	const seg =
		grouping.by === 'field'
			? segmentExpression(grouping.field)
			: grouping.by === 'period'
				? sql`to_char(date_trunc(${grouping.interval}, ${day}), 'YYYY-MM-DD')`
				: sql`''`;
	return sql`select ${seg} as seg, c.question_id, c.part, c.value, 1::bigint as n
		from response r cross join ${cellsLateral(survey.spec)}
		where ${sql.join(where, sql` and `)}`;
}

function rollupCells(survey: ResultsSurvey, scope: Scope, grouping: Grouping) {
	const [field] = fieldsOf(scope, grouping);
	const filter = scope.filters[0];
	const base = (grain: 'd' | 'm') => {
		const where: SQL[] = [
			sql`org_id = ${survey.orgId}`,
			sql`survey_id = ${survey.id}`,
			sql`grain = ${grain}`,
			sql`dim = ${field ?? ''}`
		];
		if (filter) where.push(sql`dim_value = ${filter[1]}`);
		return where;
	};
	const seg =
		grouping.by === 'field'
			? sql`dim_value`
			: grouping.by === 'period'
				? sql`to_char(date_trunc(${grouping.interval}, period), 'YYYY-MM-DD')`
				: sql`''`;
	const select = (where: SQL[]) =>
		sql`select ${seg} as seg, question_id, part, value, n from result_cell where ${sql.join(where, sql` and `)}`;
	const parts: SQL[] = [];
	const toExclusive = scope.to ? addDays(scope.to, 1) : undefined;
	if (grouping.by === 'period' && grouping.interval === 'week') {
		const where = base('d');
		if (scope.from) where.push(sql`period >= ${scope.from}::date`);
		if (toExclusive) where.push(sql`period < ${toExclusive}::date`);
		parts.push(select(where));
	} else {
		// Whole months from the monthly rollup, the days at either end from the daily one.
		const monthFrom =
			scope.from && scope.from !== monthStart(scope.from) ? nextMonth(scope.from) : scope.from;
		const monthTo = toExclusive ? monthStart(toExclusive) : undefined;
		if (monthFrom && monthTo && monthFrom >= monthTo) {
			const where = base('d');
			where.push(sql`period >= ${scope.from}::date`, sql`period < ${toExclusive}::date`);
			parts.push(select(where));
		} else {
			const months = base('m');
			if (monthFrom) months.push(sql`period >= ${monthFrom}::date`);
			if (monthTo) months.push(sql`period < ${monthTo}::date`);
			parts.push(select(months));
			if (scope.from && monthFrom !== scope.from)
				parts.push(
					select([
						...base('d'),
						sql`period >= ${scope.from}::date`,
						sql`period < ${monthFrom}::date`
					])
				);
			if (toExclusive && monthTo !== toExclusive)
				parts.push(
					select([
						...base('d'),
						sql`period >= ${monthTo}::date`,
						sql`period < ${toExclusive}::date`
					])
				);
		}
	}
	parts.push(rawCells(survey, scope, grouping, true));
	return sql.join(parts, sql` union all `);
}

type Row = {
	seg: string | null;
	questionId: string;
	part: string;
	n: number | string;
	vals: Record<string, number | string>;
} & Record<'total' | 'squares' | 'hi9' | 'lo6' | 'ge4' | 'ge5' | 'mean' | 'nps', number | string> &
	Record<'promoters' | 'passives' | 'detractors' | 'top2' | 'easy', number | string>;

/** group ('' = everyone when `withTotal`) → question → part → aggregate */
export type Aggregates = Map<string | null, GroupAggregates>;

/**
 * The aggregates of a survey's completed responses in `scope`, by `grouping`, with everyone's as
 * the group `null`. `source` 'raw' reads every response (the straightforward query the rollup is
 * checked against); 'auto' reads the rollup whenever it can.
 */
export async function aggregates(
	survey: ResultsSurvey,
	scope: Scope,
	grouping: Grouping,
	source: 'auto' | 'raw' = 'auto',
	tx?: Transaction
): Promise<Aggregates> {
	if (!tx) return snapshot((t) => aggregates(survey, scope, grouping, source, t));
	// A rollup built for other questions or segments (a fold after a re-publish has not run yet)
	// is not read: every response is.
	const rollup =
		source === 'auto' && rollupAnswers(scope, grouping) && (await rollupCurrent(survey, tx));
	const statement = aggregateSql(
		rollup ? rollupCells(survey, scope, grouping) : rawCells(survey, scope, grouping, false),
		grouping.by !== 'none'
	);
	// Reading every response is a scan, as the planner likes; the rollup's reads go by index.
	if (rollup) await indexesOnly(tx);
	const rows = await rowsOf<Row>(statement, tx);
	const result: Aggregates = new Map();
	const num = (v: number | string) => Number(v);
	for (const row of rows) {
		const seg = grouping.by === 'none' ? null : row.seg;
		let group = result.get(seg);
		if (!group) result.set(seg, (group = new Map()));
		let parts = group.get(row.questionId);
		if (!parts) group.set(row.questionId, (parts = new Map()));
		const values = new Map(Object.entries(row.vals).map(([v, k]) => [Number(v), num(k)]));
		const aggregate: PartAggregate = {
			n: num(row.n),
			total: num(row.total),
			squares: num(row.squares),
			hi9: num(row.hi9),
			lo6: num(row.lo6),
			ge4: num(row.ge4),
			ge5: num(row.ge5),
			mean: num(row.mean),
			nps: num(row.nps),
			promoters: num(row.promoters),
			passives: num(row.passives),
			detractors: num(row.detractors),
			top2: num(row.top2),
			easy: num(row.easy),
			values
		};
		parts.set(row.part, aggregate);
	}
	return result;
}
