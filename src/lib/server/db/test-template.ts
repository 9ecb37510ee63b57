// Vitest's global setup: migrates one in-memory PGlite and saves it as a tarball, which every test
// file then loads instead of running the migrations again (they cost ~5 s a file on PGlite).
// On PostgreSQL (DATABASE_URL) the files share one migrated database, so there is nothing to do.
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { config } from '../platform/config';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
	}
}

export default async function setup(project: TestProject) {
	if (process.env.DATABASE_URL) {
		project.provide('pgliteTemplate', '');
		return;
	}
	const client = new PGlite('memory://');
	await migrate(drizzle(client, { casing: 'snake_case' }), {
		migrationsFolder: resolve(config.migrationsFolder)
	});
	const dump = await client.dumpDataDir('none');
	await client.close();
	const folder = resolve('tests/.tmp');
	mkdirSync(folder, { recursive: true });
	const file = resolve(folder, `pglite-template-${process.pid}.tar`);
	writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	project.provide('pgliteTemplate', file);
	return () => rmSync(file, { force: true });
}
