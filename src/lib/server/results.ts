import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Question, SurveyDefinition } from '../survey/definition';
import {
	buildMetric,
	cellSpec,
	compare,
	fieldKey,
	isScoreType,
	measuredQuestions,
	segmentFields,
	type GroupAggregates,
	type Metric,
	type PartAggregate,
	type SpecEntry
} from '../survey/metrics';
import type { HiddenReason } from '../survey/anonymity';
import { wilson } from '../survey/stats';
import {
	attributeSegments,
	countHidden,
	individualsHidden,
	type SurveyPromise
} from './confidentiality';
import { attributeTypes } from './people';
import { db, rowsOf, schema, type Transaction } from './db';
import { DomainError } from './errors';
import type { EventPayload } from './job-payloads';
import type { Handler } from './jobs';
import { aggregateSql, cellsLateral, dayOf, dimsLateral, segmentExpression } from './results-sql';
import { completion, type Completion } from './results-completion';
import { pulseDefinitions } from './results-items';
import { releaseOf } from './results-release';

// The results engine: scores by segment and over time, computed in the database from the rollup
// (result_cell) plus the responses not yet folded into it, so a result is always exact.

export type ResultsSurvey = {
	id: string;
	orgId: string;
	title: string;
	audience: 'customer' | 'employee';
	definition: SurveyDefinition;
	spec: SpecEntry[];
	fields: string[];
	/** What respondents were promised (confidentiality/index.ts), as stored at publishing. */
	promise: SurveyPromise;
	/** Employee surveys: the smallest group shown; customer surveys: null (promise.threshold). */
	threshold: number | null;
	/** An anonymous or confidential employee survey: no response is ever shown on its own. */
	individualsHidden: boolean;
};

/**
 * An organisation's published surveys (or one of them), each with its published definition and
 * the promise stored when it was published (confidentiality/index.ts): the strictest of any
 * version it was ever published with.
 */
export async function listPublished(orgId: string, surveyId?: string): Promise<ResultsSurvey[]> {
	const v = schema.surveyVersion;
	const rows = await db
		.select({
			id: schema.survey.id,
			orgId: schema.survey.orgId,
			title: schema.survey.title,
			definition: v.definition,
			promise: schema.survey.promise
		})
		.from(schema.survey)
		.innerJoin(
			v,
			and(eq(v.surveyId, schema.survey.id), eq(v.version, schema.survey.publishedVersion))
		)
		.where(
			and(
				eq(schema.survey.orgId, orgId),
				isNotNull(schema.survey.promise),
				surveyId === undefined ? undefined : eq(schema.survey.id, surveyId)
			)
		)
		.orderBy(schema.survey.title);
	// People's text attributes, as they were when they answered from a personal link: segment
	// fields of the surveys sent by e-mail that keep the link (not anonymous ones).
	const attributes = rows.length
		? [...(await attributeTypes(orgId))].filter(([, t]) => t === 'text').map(([k]) => `p:${k}`)
		: [];
	const invited = new Set(
		attributes.length
			? (
					await db
						.selectDistinct({ surveyId: schema.distribution.surveyId })
						.from(schema.distribution)
						.where(eq(schema.distribution.orgId, orgId))
				).map((r) => r.surveyId)
			: []
	);
	// A pulse program's results: every item any of its rounds asked.
	const pulses = await pulseDefinitions(
		orgId,
		rows.map((r) => r.id)
	);
	return rows.map(({ promise, ...row }) => {
		const definition = pulses.get(row.id) ?? row.definition;
		return {
			...row,
			audience: promise!.audience,
			definition,
			spec: cellSpec(definition),
			fields: [
				...segmentFields(definition),
				...(attributeSegments(promise!) && invited.has(row.id) ? attributes : [])
			],
			promise: promise!,
			threshold: promise!.threshold,
			individualsHidden: individualsHidden(promise!)
		};
	});
}

/**
 * A survey list's response counts, with an employee survey's under its threshold as null: like
 * any of its figures, its count is shown once it reaches the threshold.
 */
export async function withShownCounts<T extends { id: string; responses: number }>(
	orgId: string,
	list: T[]
): Promise<(Omit<T, 'responses'> & { responses: number | null })[]> {
	const thresholds = new Map((await listPublished(orgId)).map((s) => [s.id, s.threshold]));
	return list.map((s) => {
		const threshold = thresholds.get(s.id) ?? null;
		return { ...s, responses: countHidden({ threshold }, s.responses) ? null : s.responses };
	});
}

/** The survey's published definition, for its own organisation only. */
export async function load(orgId: string, surveyId: string): Promise<ResultsSurvey> {
	const [survey] = await listPublished(orgId, surveyId);
	if (!survey) throw new DomainError('No such published survey.', 'not_found');
	return survey;
}

// ---------------------------------------------------------------------------------------------
// Folding responses into the rollup

const FOLD_BATCH = 50_000;

/**
 * The responses not yet folded are found through their partial index, whatever the statistics
 * say: PGlite never re-analyses a table, and its statistics from before a fold would have the
 * planner scan every response of the table to find none. A plain index scan (not a bitmap scan)
 * also marks the entries a fold left dead, so the next read skips them even before a vacuum.
 */
async function indexesOnly(tx: Reader) {
	await tx.execute(sql`set local enable_seqscan = off`);
	await tx.execute(sql`set local enable_bitmapscan = off`);
}

type Reader = Pick<typeof db, 'execute'>;
export type { Transaction };

/**
 * Runs reads in one snapshot (REPEATABLE READ), so the figures and the groups an employee survey
 * may show are counted over the same responses, whatever arrives meanwhile.
 */
export function snapshot<T>(read: (tx: Transaction) => Promise<T>): Promise<T> {
	return db.transaction(read, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}
const foldLock = (surveyId: string) => sql`hashtextextended(${'fold:' + surveyId}, 0)`;

/**
 * Folds up to `batch` completed responses into result_cell, and reports whether any are left.
 * Only one fold per survey runs at a time; another caller simply skips (results read the rest
 * raw). When the survey's segments or questions changed, the rollup is built again from scratch.
 */
export async function fold(survey: ResultsSurvey, batch = FOLD_BATCH): Promise<boolean> {
	const spec = { spec: survey.spec, fields: survey.fields };
	return db.transaction(async (tx) => {
		const [{ locked }] = await rowsOf<{ locked: boolean }>(
			sql`select pg_try_advisory_xact_lock(${foldLock(survey.id)}) as locked`,
			tx
		);
		if (!locked) return false;
		await indexesOnly(tx);
		if (!(await rollupCurrent(survey, tx))) {
			await tx
				.delete(schema.resultCell)
				.where(
					and(eq(schema.resultCell.orgId, survey.orgId), eq(schema.resultCell.surveyId, survey.id))
				);
			await tx
				.update(schema.response)
				.set({ rolledUp: false })
				.where(and(eq(schema.response.surveyId, survey.id), eq(schema.response.rolledUp, true)));
			await tx
				.insert(schema.resultRollup)
				.values({ orgId: survey.orgId, surveyId: survey.id, spec })
				.onConflictDoUpdate({ target: schema.resultRollup.surveyId, set: { spec } });
		}
		const rows = await rowsOf<{ folded: number }>(
			sql`
			with picked as (
				update response set rolled_up = true
				where id in (
					select id from response
					where survey_id = ${survey.id} and completed_at is not null and not rolled_up
					order by completed_at limit ${batch}
					for update skip locked
				)
				returning answers, hidden, attributes, completed_at
			),
			exploded as materialized (
				select ${dayOf(sql`r.completed_at`)} as day, d.dim, d.dim_value, c.question_id, c.part, c.value
				from picked r cross join ${dimsLateral(survey.fields)} cross join ${cellsLateral(survey.spec)}
			),
			inserted as (
				insert into result_cell (org_id, survey_id, grain, dim, period, dim_value, question_id, part, value, n)
				select ${survey.orgId}::uuid, ${survey.id}::uuid, 'd', dim, day, dim_value, question_id, part, value, count(*)
					from exploded group by dim, day, dim_value, question_id, part, value
				union all
				select ${survey.orgId}::uuid, ${survey.id}::uuid, 'm', dim, date_trunc('month', day)::date, dim_value, question_id, part, value, count(*)
					from exploded group by dim, date_trunc('month', day)::date, dim_value, question_id, part, value
				on conflict (org_id, survey_id, grain, dim, period, dim_value, question_id, part, value)
				do update set n = result_cell.n + excluded.n
				returning 1
			)
			select (select count(*) from picked)::int as folded, (select count(*) from inserted)::int as cells
		`,
			tx
		);
		return rows[0].folded === batch;
	});
}

/** Was the rollup built for the survey's current questions and segments? (jsonb equality) */
async function rollupCurrent(survey: ResultsSurvey, tx: Reader = db) {
	const spec = { spec: survey.spec, fields: survey.fields };
	const [row] = await rowsOf<{ current: boolean }>(
		sql`select exists (select 1 from result_rollup where survey_id = ${survey.id} and org_id = ${survey.orgId}
			and spec = ${JSON.stringify(spec)}::jsonb) as current`,
		tx
	);
	return row.current;
}

/** Folds everything pending (the bench, the demo seed); returns how many batches it took. */
export async function foldAll(survey: ResultsSurvey, batch = FOLD_BATCH) {
	let batches = 0;
	while (await fold(survey, batch)) batches++;
	return batches + 1;
}

/**
 * The job 'results.fold' (job-kinds.ts), handed the survey's completed responses: results are
 * read, never written, by a request, so replicas can serve them.
 */
export const foldJob: Handler<EventPayload> = async (payload, { job }) => {
	if (!job.orgId) return;
	const [survey] = await listPublished(job.orgId, payload.surveyId);
	if (survey) await foldAll(survey);
};

// ---------------------------------------------------------------------------------------------
// Reading cells

export type Scope = {
	/** Inclusive dates, YYYY-MM-DD (UTC). */
	from?: string;
	to?: string;
	/** field ('h:…' / 'q:…') → value ('' = not given) */
	filters: [string, string][];
};

export type Grouping =
	{ by: 'none' } | { by: 'field'; field: string } | { by: 'period'; interval: 'week' | 'month' };

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
function nextMonth(date: string) {
	const d = new Date(`${monthStart(date)}T00:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() + 1);
	return d.toISOString().slice(0, 10);
}

const addDays = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const lastDayOfMonth = (date: string) => addDays(nextMonth(date), -1);

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

// ---------------------------------------------------------------------------------------------
// The API's answers

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
