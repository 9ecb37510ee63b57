// `npx tsx bench/people-import.ts [--rows 50000] [--memory]`: how long importing a CSV of 50,000
// employees takes, from the upload (createImport) through the mapping (startImport) to the end of
// its job (every batch upserted, managers linked), as the People → Import page runs it. PGlite in
// a fresh temp folder (or in memory with --memory); PostgreSQL when DATABASE_URL is set. Target:
// under 30 s on PGlite. See bench/README.md.
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
// Relative imports, as in scripts/cli.ts: tsx does not know SvelteKit's $lib alias.
import { benchDatabase } from './database';
import { databaseKind, migrateDatabase, rowsOf } from '../src/lib/server/db';
import { runDueJobs } from '../src/lib/server/platform';
import * as people from '../src/lib/server/people';
import { imports } from '../src/lib/server/people';
import { makeAccount } from '../src/lib/server/testing';

const { values: options } = parseArgs({
	options: {
		rows: { type: 'string', default: '50000' },
		memory: { type: 'boolean', default: false }
	}
});
const total = Number(options.rows);

const database = benchDatabase(options.memory);
process.env.HEARKEN_TEST = '1';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const departments = ['Sales', 'Support', 'Engineering', 'Finance', 'Operations', 'People'];
const locations = ['Lisbon', 'Berlin', 'Paris', 'Madrid', 'Dublin', 'Warsaw', 'Austin'];
const languages = ['en', 'de', 'fr', 'es', 'pt-BR'];

/**
 * Employees E1…En; a few percent report to someone later in the file (so their manager is linked
 * in the second pass), the rest to someone earlier; a few rows are refused (a bad level or date).
 */
function makeCsv(n: number): Uint8Array {
	const lines = [
		'email,name,employee id,language,manager id,department,location,tenure start,level'
	];
	for (let i = 1; i <= n; i++) {
		const manager =
			i === 1 ? '' : i % 50 === 0 && i + 7 <= n ? `E${i + 7}` : `E${Math.ceil(i / 8)}`;
		const day = String((i % 28) + 1).padStart(2, '0');
		const month = String((i % 12) + 1).padStart(2, '0');
		const bad = i % 5000 === 17;
		lines.push(
			[
				`person.${i}@example.com`,
				`"Person ${i}, Jr."`,
				`E${i}`,
				languages[i % languages.length],
				manager,
				departments[i % departments.length],
				locations[i % locations.length],
				bad ? `2020-02-30` : `${2005 + (i % 19)}-${month}-${day}`,
				bad ? 'senior' : String((i % 7) + 1)
			].join(',')
		);
	}
	return new TextEncoder().encode(lines.join('\n') + '\n');
}

await migrateDatabase();
console.log(
	`# ${databaseKind()} · ${cpus().length} × ${cpus()[0].model} · Node ${process.version} · ${total.toLocaleString('en')} rows`
);
const account = await makeAccount('bench');
const file = makeCsv(total);
console.log(`file: ${(file.byteLength / 1024 / 1024).toFixed(1)} MB`);

const t0 = performance.now();
const preview = await imports.createImport(account.orgId, account.userId, 'people.csv', file);
const t1 = performance.now();
const mapping = Object.fromEntries(preview.suggested.map((field, i) => [i, field]));
await imports.startImport(account.orgId, preview.id, mapping, 'employee');
const t2 = performance.now();
await runDueJobs();
const t3 = performance.now();
const status = await imports.importStatus(account.orgId, preview.id);

console.log(`mapping suggested: ${preview.suggested.join(', ')}`);
console.log(`upload (parse, store, preview): ${seconds(t1 - t0)}`);
console.log(`start (check the mapping, declare attributes, queue): ${seconds(t2 - t1)}`);
console.log(
	`job (upsert in batches of ${people.UPSERT_LIMIT}, link managers): ${seconds(t3 - t2)}`
);
console.log(`**total: ${seconds(t3 - t0)}**`);
console.log(
	`state ${status.state}: ${status.created} created, ${status.updated} updated, ${status.failed} refused (${status.errors
		.slice(0, 2)
		.map((e) => `line ${e.line}: ${e.message}`)
		.join('; ')})`
);
const [{ managed }] = await rowsOf<{ managed: number }>(
	sql`select count(manager_id)::int as managed from person where org_id = ${account.orgId}`
);
console.log(`people with their manager linked: ${managed.toLocaleString('en')}`);

// A part of the hierarchy, as a distribution's audience reads it: everyone under E1 (the root).
const [root] = await rowsOf<{ id: string }>(
	sql`select id from person where org_id = ${account.orgId} and external_id = 'E1'`
);
const t4 = performance.now();
const under = await people.countPeople(account.orgId, { under: root.id });
console.log(
	`**everyone under the root of the hierarchy: ${seconds(performance.now() - t4)}** (${under.toLocaleString('en')} people)`
);

// The same file again: every person is found by their employee id and updated.
const t5 = performance.now();
const second = await imports.createImport(account.orgId, account.userId, 'people.csv', file);
await imports.startImport(account.orgId, second.id, mapping, 'employee');
await runDueJobs();
const again = await imports.importStatus(account.orgId, second.id);
console.log(
	`**the same file again: ${seconds(performance.now() - t5)}** (${again.created} created, ${again.updated} updated, ${again.failed} refused)`
);

const ok =
	status.state === 'done' && status.processed === total && again.updated === status.created;
await database.close();
if (!ok) {
	console.error('The import did not finish as expected.');
	process.exit(1);
}
