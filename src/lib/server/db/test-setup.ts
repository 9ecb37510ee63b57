// Runs before every Vitest file: a migrated database of its own (in-memory PGlite, loaded from the
// template test-template.ts migrated once), or the shared PostgreSQL of DATABASE_URL, where tests
// keep apart by using unique e-mails and names.
import { readFileSync } from 'node:fs';
import { afterAll, inject } from 'vitest';
import { closeDatabase, migrateDatabase, startFromDump } from './index';

const template = inject('pgliteTemplate');
// The template was migrated by this very run, so PGlite opens it only when a test first queries:
// a file that never touches the database (most of src/lib) pays nothing for it.
if (template) startFromDump(new Blob([readFileSync(template)]));
else await migrateDatabase();
afterAll(() => closeDatabase());
