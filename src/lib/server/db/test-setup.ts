// Runs before every Vitest file: a migrated database of its own (in-memory PGlite), or the
// shared PostgreSQL of DATABASE_URL, where tests keep apart by using unique e-mails and names.
import { afterAll } from 'vitest';
import { closeDatabase, migrateDatabase } from './index';

await migrateDatabase();
afterAll(() => closeDatabase());
