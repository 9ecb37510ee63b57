// Runs before every Vitest file: a migrated database of its own (in-memory PGlite, loaded from the
// template test-template.ts migrated once), or the shared PostgreSQL of DATABASE_URL, where tests
// keep apart by using unique e-mails and names.
import { readFileSync } from 'node:fs';
import { afterAll, inject } from 'vitest';
import { closeDatabase, migrateDatabase, startFromDump } from './index';

const template = inject('pgliteTemplate');
if (template) startFromDump(new Blob([readFileSync(template)]));
// Applies nothing when the template is current: the migrator finds every migration recorded.
await migrateDatabase();
afterAll(() => closeDatabase());
