// `npx tsx bench/results-rollup.ts [--responses 1000000] [--runs 5] [--memory]`: how fast the
// results page's queries are on a survey of a million responses, from the rollup (result_cell plus
// the responses not yet folded in) and from every response (the straightforward query), side by
// side, and that both give the same figures. PGlite in a fresh temp folder (or in memory with
// --memory); PostgreSQL when DATABASE_URL is set. See bench/README.md.
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
// Relative imports, as in scripts/cli.ts: tsx does not know SvelteKit's $lib alias.
import { benchDatabase } from './database';
import { databaseKind, db, migrateDatabase, rowsOf } from '../src/lib/server/db';
import * as results from '../src/lib/server/results';
import * as surveys from '../src/lib/server/surveys';
import { makeAccount } from '../src/lib/server/testing';

const { values: options } = parseArgs({
	options: {
		responses: { type: 'string', default: '1000000' },
		runs: { type: 'string', default: '5' },
		memory: { type: 'boolean', default: false }
	}
});
const total = Number(options.responses);
const runs = Number(options.runs);

const database = benchDatabase(options.memory);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
	const start = performance.now();
	const value = await work();
	return [value, performance.now() - start];
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await migrateDatabase();
console.log(
	`# ${databaseKind()} · ${cpus().length} × ${cpus()[0].model} · Node ${process.version} · ${total.toLocaleString('en')} responses`
);
const account = await makeAccount('bench');
const created = await surveys.create(
	account.orgId,
	{
		title: 'Store visit',
		audience: 'customer',
		mode: 'identified',
		hiddenFields: ['store', 'region', 'channel'],
		questions: [
			{ id: 'nps', type: 'nps', text: 'How likely are you to recommend us?', required: true },
			{ id: 'csat', type: 'csat', text: 'How satisfied were you?', required: true },
			{ id: 'ces', type: 'ces', text: 'It was easy to get what I needed', required: true }
		]
	},
	null
);
await surveys.publish(account.orgId, created.id);
const survey = await results.load(account.orgId, created.id);

// A year of responses from 20 stores in 5 regions and 3 channels; stores differ in their scores.
const [, loadMs] = await timed(async () => {
	const chunk = 100_000;
	for (let start = 1; start <= total; start += chunk) {
		const end = Math.min(total, start + chunk - 1);
		await db.execute(sql`
			insert into response (org_id, survey_id, version, submission_id, language, answers, hidden, completed_at)
			select ${survey.orgId}::uuid, ${survey.id}::uuid, 1, 'bench' || g, 'en',
				jsonb_build_object(
					'nps', least(10, greatest(0, floor(random() * 11 + (s % 5) - 2)))::int,
					'csat', 1 + floor(random() * 5)::int,
					'ces', 1 + floor(random() * 7)::int),
				jsonb_build_object('store', 'store-' || s, 'region', 'region-' || (s % 5),
					'channel', (array['web', 'app', 'store'])[1 + g % 3]),
				timestamptz '2025-11-24 00:00:00+00' + (random() * 365) * interval '1 day'
			from (select g, ((g::bigint * 7919) % 20)::int as s from generate_series(${start}::int, ${end}::int) g) x`);
		process.stdout.write(`\r  loaded ${end.toLocaleString('en')}`);
	}
	await db.execute(sql`analyze response`);
});
console.log(`\nload: ${seconds(loadMs)}`);

const [batches, foldMs] = await timed(() => results.foldAll(survey));
// What autovacuum does on PostgreSQL within a minute of a fold this size (a million rows updated,
// every rollup row rewritten 21 times). Until it has, on PostgreSQL, reads wade through the dead
// row versions: the first query after the fold is printed apart.
const [, firstMs] = await timed(() =>
	results.aggregates(survey, { filters: [] }, { by: 'field', field: 'h:store' })
);
const [, vacuumMs] = await timed(() => db.execute(sql`vacuum analyze response, result_cell`));
const [{ cells }] = await rowsOf<{ cells: number }>(
	sql`select count(*)::int as cells from result_cell where survey_id = ${survey.id}`
);
console.log(
	`fold into the rollup: ${seconds(foldMs)} (${batches} batches, ${cells.toLocaleString('en')} cells)`
);
console.log(
	`by store right after the fold: ${firstMs.toFixed(0)} ms; then VACUUM ANALYZE: ${seconds(vacuumMs)}`
);

type Case = { name: string; scope: results.Scope; grouping: results.Grouping };
const cases: Case[] = [
	{
		name: 'by store, all time',
		scope: { filters: [] },
		grouping: { by: 'field', field: 'h:store' }
	},
	{
		name: 'by month, all time',
		scope: { filters: [] },
		grouping: { by: 'period', interval: 'month' }
	},
	{
		name: 'by region, 10 Feb – 20 Sep',
		scope: { filters: [], from: '2026-02-10', to: '2026-09-20' },
		grouping: { by: 'field', field: 'h:region' }
	},
	{
		name: 'store-3 by week',
		scope: { filters: [['h:store', 'store-3']] },
		grouping: { by: 'period', interval: 'week' }
	}
];

console.log('\n| query | every response (median) | rollup (median) | same figures |');
console.log('| --- | --- | --- | --- |');
let page = 0;
for (const c of cases) {
	const time = async (source: 'auto' | 'raw') => {
		const [value] = await timed(() => results.aggregates(survey, c.scope, c.grouping, source));
		const times: number[] = [];
		for (let i = 0; i < runs; i++)
			times.push((await timed(() => results.aggregates(survey, c.scope, c.grouping, source)))[1]);
		return { value, ms: median(times) };
	};
	const raw = await time('raw');
	const rollup = await time('auto');
	if (c.name.startsWith('by store') || c.name.startsWith('by month')) page += rollup.ms;
	console.log(
		`| ${c.name} | ${raw.ms.toFixed(0)} ms | ${rollup.ms.toFixed(1)} ms | ${isDeepStrictEqual(raw.value, rollup.value) ? 'yes' : 'NO'} |`
	);
	if (!isDeepStrictEqual(raw.value, rollup.value)) process.exitCode = 1;
}
console.log(`\nthe results page's queries (by store + by month): ${page.toFixed(1)} ms`);

// The API end to end (the aggregates, the metrics and statistics).
const api: number[] = [];
for (let i = 0; i <= runs; i++) {
	const [, ms] = await timed(() => results.results(survey, { filters: [], by: 'h:store' }));
	if (i) api.push(ms);
}
const trend: number[] = [];
for (let i = 0; i <= runs; i++) {
	const [, ms] = await timed(() =>
		results.trend(survey, { filters: [], question: 'nps', interval: 'month' })
	);
	if (i) trend.push(ms);
}
console.log(
	`API: results?by=store ${median(api).toFixed(1)} ms, results/trend?interval=month ${median(trend).toFixed(1)} ms`
);

// A survey with responses cannot be deleted in the app; the bench's own data goes directly.
await db.execute(sql`delete from survey where id = ${survey.id}`);
await database.close();
