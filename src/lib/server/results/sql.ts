import { sql, type SQL } from 'drizzle-orm';
import type { SpecEntry } from '../../survey/metrics';

// The SQL of the results engine. One explosion of a response into cells (question, part, value),
// written once and used both to fold responses into result_cell and to read the responses not yet
// folded; its TypeScript twin is `cellsOf` in $lib/survey/metrics, the oracle it is tested against.

/** `spec` as a relation (id, kind), from a parameter. */
export const specRelation = (spec: SpecEntry[]) =>
	sql`(select * from jsonb_to_recordset(${JSON.stringify(spec)}::jsonb) as s(id text, kind text))`;

/** The cells of the response `r` (question_id, part, value); question '' counts the response. */
export function cellsLateral(spec: SpecEntry[]): SQL {
	return sql`lateral (
		select ''::text as question_id, ''::text as part, 0::numeric as value
		union all
		select s.id, x.part, x.value
		from ${specRelation(spec)} s
		cross join lateral (select r.answers -> s.id as v) a
		cross join lateral (
			select ''::text as part, a.v::numeric as value
				where s.kind in ('num', 'nps') and jsonb_typeof(a.v) = 'number'
			union all
			select '', (a.v ->> 'score')::numeric
				where s.kind = 'nps' and jsonb_typeof(a.v -> 'score') = 'number'
			union all
			select 'reason:' || (a.v ->> 'reason'), (a.v ->> 'score')::numeric
				where s.kind = 'nps' and jsonb_typeof(a.v -> 'score') = 'number'
					and jsonb_typeof(a.v -> 'reason') = 'string'
			union all
			select m.key, m.value::numeric
				from jsonb_each(case when s.kind = 'matrix' and jsonb_typeof(a.v) = 'object' then a.v else '{}' end) m
				where jsonb_typeof(m.value) = 'number'
			union all
			select case when jsonb_typeof(a.v) = 'string' then a.v #>> '{}' else '__other' end, 0
				where s.kind = 'choice' and jsonb_typeof(a.v) in ('string', 'object')
			union all
			select case when a.v = 'true'::jsonb then 'yes' else 'no' end, 0
				where s.kind = 'yesno' and jsonb_typeof(a.v) = 'boolean'
			union all
			select '', 0 where s.kind = 'multi' and jsonb_typeof(a.v) = 'array'
			union all
			select e.el #>> '{}', case when s.kind = 'rank' then e.i else 0 end
				from jsonb_array_elements(case when s.kind in ('multi', 'rank') and jsonb_typeof(a.v) = 'array' then a.v else '[]' end)
					with ordinality as e(el, i)
				where jsonb_typeof(e.el) = 'string'
		) x
	) c`;
}

/** The value of a segment field for the response `r` ('' when it has none); see `segmentValue`. */
export function segmentExpression(field: string): SQL {
	const key = field.slice(2);
	if (field.startsWith('h:'))
		return sql`coalesce(case when jsonb_typeof(r.hidden -> ${key}::text) = 'string' then r.hidden ->> ${key}::text end, '')`;
	if (field.startsWith('p:'))
		return sql`coalesce(case when jsonb_typeof(r.attributes -> ${key}::text) = 'string' then r.attributes ->> ${key}::text end, '')`;
	return sql`(case jsonb_typeof(r.answers -> ${key}::text)
		when 'string' then r.answers ->> ${key}::text
		when 'boolean' then case when r.answers -> ${key}::text = 'true'::jsonb then 'yes' else 'no' end
		when 'object' then '__other' else '' end)`;
}

/** Every segment of the response `r` (dim, dim_value): everyone ('') and each segment field. */
export function dimsLateral(fields: string[]): SQL {
	const rows = [sql`select ''::text as dim, ''::text as dim_value`];
	for (const field of fields) rows.push(sql`select ${field}::text, ${segmentExpression(field)}`);
	return sql`lateral (${sql.join(rows, sql` union all `)}) d`;
}

/** The UTC day of a completion. */
export const dayOf = (column: SQL) => sql`(${column} at time zone 'UTC')::date`;

/**
 * From rows (seg, question_id, part, value, n), per group and question part: the counts and sums
 * the statistics need, and the scores by docs/metrics.md, computed here. The group `null` is everyone
 * (a grouping set), so a segment can be compared with the rest.
 */
export function aggregateSql(cells: SQL, withTotal: boolean): SQL {
	const sets = withTotal
		? sql`grouping sets ((seg, question_id, part, value), (question_id, part, value))`
		: sql`seg, question_id, part, value`;
	return sql`with cells as (${cells}),
	grouped as (
		select ${withTotal ? sql`case when grouping(seg) = 1 then null else seg end` : sql`seg`} as seg,
			question_id, part, value, sum(n)::bigint as n
		from cells group by ${sets}
	),
	parts as (
		select seg, question_id, part, sum(n)::bigint as n,
			sum(value * n) as total, sum(value * value * n) as squares,
			coalesce(sum(n) filter (where value >= 9), 0)::bigint as hi9,
			coalesce(sum(n) filter (where value <= 6), 0)::bigint as lo6,
			coalesce(sum(n) filter (where value >= 4), 0)::bigint as ge4,
			coalesce(sum(n) filter (where value >= 5), 0)::bigint as ge5,
			jsonb_object_agg(value::text, n) as vals
		from grouped group by seg, question_id, part
	)
	select seg, question_id as "questionId", part, n, total::float8 as total, squares::float8 as squares,
		hi9, lo6, ge4, ge5, vals,
		round(total / n, 2)::float8 as mean,
		round(100.0 * (hi9 - lo6) / n, 1)::float8 as nps,
		round(100.0 * hi9 / n, 1)::float8 as promoters,
		round(100.0 * (n - hi9 - lo6) / n, 1)::float8 as passives,
		round(100.0 * lo6 / n, 1)::float8 as detractors,
		round(100.0 * ge4 / n, 1)::float8 as top2,
		round(100.0 * ge5 / n, 1)::float8 as easy
	from parts`;
}
