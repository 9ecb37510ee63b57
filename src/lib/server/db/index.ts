import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import { config } from '../platform/config';
import { acquireDataDirLock } from './lock';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** What `db.transaction` hands its callback: pass it on so a helper's writes join the caller's. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export { schema };

type Handle = {
	db: Database;
	kind: 'pglite' | 'postgres';
	migrate(): Promise<void>;
	close(): Promise<void>;
};

const migrationsFolder = resolve(config.migrationsFolder);
// Any constant shared by every instance: serialises migrations when several start at once.
const MIGRATION_LOCK = 4_242_001;

// How long opening a connection may take before the query it was for fails: a database that is
// down answers at once (refused, or "starting up"); this bounds one that does not answer at all.
const CONNECT_TIMEOUT_S = 2;
// postgres.js waits 3^n/100 s (up to 20 s) before a connection reconnects after n failed attempts,
// n counted over the whole pool and never reset until a connection succeeds: after a restart, every
// connection sat out its wait (nothing completed for 9.5 s, single requests hung up to 49 s). A
// short fixed pause: back within a tenth of a second of the database, and while it is away each
// query fails within that pause (and the connect timeout) rather than queueing behind the back-off.
const RECONNECT_PAUSE_S = 0.1;

function openPostgres(url: string): Handle {
	const client = postgres(url, {
		max: config.databasePoolSize,
		connect_timeout: CONNECT_TIMEOUT_S,
		backoff: () => RECONNECT_PAUSE_S,
		onnotice: () => {}
	});
	const db = drizzlePostgres(client, { schema, casing: 'snake_case' }) as unknown as Database;
	return {
		db,
		kind: 'postgres',
		async migrate() {
			// One connection of its own, so the advisory lock and the migrations share a session.
			const single = postgres(url, { max: 1, onnotice: () => {} });
			try {
				await single`select pg_advisory_lock(${MIGRATION_LOCK})`;
				await migratePostgres(drizzlePostgres(single, { casing: 'snake_case' }), {
					migrationsFolder
				});
				await single`select pg_advisory_unlock(${MIGRATION_LOCK})`;
			} finally {
				await single.end({ timeout: 4 });
			}
		},
		close: () => client.end({ timeout: 4 })
	};
}

const INIT_MARKER = '.hearken-init';
const STAGING = '.hearken-staging';

/**
 * Creates the cluster on first start. A first start killed half-way must not leave a folder PGlite
 * cannot open, so the cluster is made in a staging folder inside DATA_DIR (the same file system,
 * even when DATA_DIR is a mounted volume) and moved up with PG_VERSION last, the sign of a complete
 * cluster; a marker file says the leftovers of an interrupted start may go. Runs under the data
 * folder's lock, so two processes never initialise one folder.
 */
async function initialiseDataDir(dataDir: string) {
	if (existsSync(join(dataDir, 'PG_VERSION'))) return;
	const ours = new Set(['hearken.lock', INIT_MARKER, 'lost+found']);
	const leftovers = readdirSync(dataDir).filter((name) => !ours.has(name));
	if (leftovers.length > 0 && !existsSync(join(dataDir, INIT_MARKER))) {
		throw new Error(`${dataDir} exists but holds no database; move it away or set DATA_DIR.`);
	}
	writeFileSync(join(dataDir, INIT_MARKER), '');
	for (const name of leftovers) rmSync(join(dataDir, name), { recursive: true, force: true });
	const staging = join(dataDir, STAGING);
	const fresh = new PGlite(staging);
	await fresh.waitReady;
	await fresh.close();
	const names = readdirSync(staging).sort(
		(a, b) => Number(a === 'PG_VERSION') - Number(b === 'PG_VERSION')
	);
	for (const name of names) renameSync(join(staging, name), join(dataDir, name));
	rmSync(staging, { recursive: true, force: true });
	rmSync(join(dataDir, INIT_MARKER));
}

let dumpToLoad: Blob | undefined;

/** Tests only: the next in-memory database opened starts as a copy of this dump (dumpDataDir). */
export function startFromDump(dump: Blob) {
	if (handle) throw new Error('startFromDump must come before the database is opened');
	dumpToLoad = dump;
}

function openPglite(dataDir: string): Handle {
	const inMemory = dataDir.startsWith('memory://');
	const loadDataDir = inMemory ? dumpToLoad : undefined;
	const path = inMemory ? dataDir : resolve(dataDir);
	let release = () => {};
	let client: PGlite | undefined;
	const ready = (async () => {
		if (!inMemory) {
			mkdirSync(path, { recursive: true });
			release = acquireDataDirLock(path);
			try {
				await initialiseDataDir(path);
			} catch (error) {
				release();
				throw error;
			}
		}
		client = new PGlite(path, loadDataDir ? { loadDataDir } : {});
		await client.waitReady;
		return client;
	})();
	// Drizzle needs a client now; a proxy forwards to PGlite once the folder is ready and locked.
	const lazy = new Proxy({} as PGlite, {
		get(_target, prop) {
			if (client) {
				const value = Reflect.get(client, prop);
				return typeof value === 'function' ? value.bind(client) : value;
			}
			return (...args: unknown[]) =>
				ready.then((c) => (Reflect.get(c, prop) as (...a: unknown[]) => unknown).apply(c, args));
		}
	});
	const db = drizzlePglite(lazy, { schema, casing: 'snake_case' }) as unknown as Database;
	return {
		db,
		kind: 'pglite',
		async migrate() {
			await ready;
			await migratePglite(drizzlePglite(client!, { casing: 'snake_case' }), { migrationsFolder });
		},
		async close() {
			try {
				const c = await ready;
				if (!c.closed) await c.close();
			} finally {
				release();
			}
		}
	};
}

let handle: Handle | undefined;

function current(): Handle {
	handle ??= config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
	return handle;
}

/** The application's database; opened on first use, from DATABASE_URL or DATA_DIR. */
export const db: Database = new Proxy({} as Database, {
	get(_target, prop) {
		const target = current().db;
		const value = Reflect.get(target, prop);
		return typeof value === 'function' ? value.bind(target) : value;
	}
});

/**
 * A query built once for the open database and reused after (drizzle's `.prepare`): for the
 * hottest paths, where building the SQL again on every call would cost more than running it.
 */
export function prepared<T>(build: (db: Database) => T): () => T {
	const built = new WeakMap<Handle, T>();
	return () => {
		const open = current();
		let query = built.get(open);
		if (query === undefined) built.set(open, (query = build(open.db)));
		return query;
	};
}

/**
 * Rows of a raw SQL query, on either driver (PGlite answers { rows }, postgres.js an array). For
 * the few queries Drizzle's builder cannot express: the results engine's explosions and rollups.
 */
export async function rowsOf<T>(statement: SQL, tx: Pick<Database, 'execute'> = db): Promise<T[]> {
	const result = (await tx.execute(statement)) as unknown as T[] | { rows: T[] };
	return Array.isArray(result) ? result : result.rows;
}

/** An ILIKE pattern matching `text` anywhere, with its own % _ and \ taken literally. */
export function containsPattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function databaseKind() {
	return current().kind;
}

export async function migrateDatabase() {
	await current().migrate();
}

export async function closeDatabase() {
	const open = handle;
	handle = undefined;
	if (open) await open.close();
}
