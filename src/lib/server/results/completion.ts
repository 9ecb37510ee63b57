import { sql, type SQL } from 'drizzle-orm';
import { countHidden, suppress } from '../confidentiality';
import { rowsOf } from '../db';
import { segmentExpression } from './sql';
import { type Scope } from './cells';
import { type Transaction } from './fold';
import { type ResultsSurvey } from './survey';

// How many started, how many finished, and where the others stopped: for each question, the
// partial responses whose furthest answer it is ("left after"), and those that answered nothing.

export type Completion = {
	/** null in an employee survey when the responses left unfinished are under its threshold */
	started: number | null;
	completed: number;
	/** completed / started, in percent with one decimal */
	rate: number | null;
	/** In question order; `afterQuestion` null: left before answering anything. */
	dropOff: (
		| { afterQuestion: string | null; left: number }
		| { afterQuestion: string | null; suppressed: true }
	)[];
};

export async function completion(
	survey: ResultsSurvey,
	scope: Scope,
	completed: number,
	tx?: Transaction
): Promise<Completion> {
	const ids = survey.definition.questions.filter((q) => q.type !== 'statement').map((q) => q.id);
	const where: SQL[] = [
		sql`r.survey_id = ${survey.id}`,
		sql`r.org_id = ${survey.orgId}`,
		sql`r.completed_at is null`
	];
	// A partial response has no completion time: it counts in the range it was started in.
	if (scope.from)
		where.push(sql`r.created_at >= ${scope.from}::date::timestamp at time zone 'UTC'`);
	if (scope.to)
		where.push(sql`r.created_at < (${scope.to}::date + 1)::timestamp at time zone 'UTC'`);
	for (const [field, value] of scope.filters)
		where.push(sql`${segmentExpression(field)} = ${value}`);
	const rows = await rowsOf<{ last: number | null; n: number }>(
		sql`
		select (
			select max(q.i) from jsonb_object_keys(r.answers) k
			join jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) with ordinality as q(id, i) on q.id = k
		)::int as last, count(*)::int as n
		from response r
		where ${sql.join(where, sql` and `)}
		group by 1`,
		tx
	);
	const left = new Map(rows.map((r) => [r.last === null ? '' : ids[r.last - 1], r.n]));
	const partial = rows.reduce((s, r) => s + r.n, 0);
	const started = completed + partial;
	const employee = survey.threshold !== null;
	// A customer survey lists the steps someone left at. An employee survey lists every step, and
	// a step nobody left at looks like a hidden one: else the list itself would say where one
	// person stopped.
	const steps = ['', ...ids].filter((id) => employee || left.has(id));
	const step = (id: string) => (id === '' ? null : id);
	if (employee && partial > 0 && countHidden(survey, partial))
		return {
			started: null,
			completed,
			rate: null,
			dropOff: steps.map((id) => ({ afterQuestion: step(id), suppressed: true as const }))
		};
	// An employee survey's small counts are hidden like any group's (and the next smallest beside
	// them), over the partition of everyone who started: those who finished and those who left.
	let hidden = new Set<string>();
	if (employee) {
		const r = suppress(survey, [
			{ value: '__completed', size: completed },
			...steps.map((id) => ({ value: id, size: left.get(id) ?? 0 }))
		]);
		hidden = new Set(steps.filter((_, i) => r.hidden.has(i + 1)));
		// The finished are shown anyway (as the responses): then every step is hidden.
		if (r.hidden.has(0)) hidden = new Set(steps);
	}
	return {
		started,
		completed,
		rate: started ? Math.round((1000 * completed) / started) / 10 : 0,
		dropOff: steps.map((id) =>
			hidden.has(id) || !left.get(id)
				? { afterQuestion: step(id), suppressed: true as const }
				: { afterQuestion: step(id), left: left.get(id)! }
		)
	};
}
