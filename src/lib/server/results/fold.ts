import { and, eq, sql } from 'drizzle-orm';
import { db, rowsOf, schema, type Transaction } from '../db';
import type { EventPayload, Handler } from '../platform';
import { cellsLateral, dayOf, dimsLateral } from './sql';
import { listPublished, type ResultsSurvey } from './survey';

// Folding responses into the rollup (result_cell): batch by batch under a per-survey lock, so a
// read adds only the responses not yet folded and a result is always exact.
const FOLD_BATCH = 50_000;

/**
 * The responses not yet folded are found through their partial index, whatever the statistics
 * say: PGlite never re-analyses a table, and its statistics from before a fold would have the
 * planner scan every response of the table to find none. A plain index scan (not a bitmap scan)
 * also marks the entries a fold left dead, so the next read skips them even before a vacuum.
 */
export async function indexesOnly(tx: Reader) {
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
export async function rollupCurrent(survey: ResultsSurvey, tx: Reader = db) {
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
