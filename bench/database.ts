// The database a bench runs on: PostgreSQL when DATABASE_URL is set, else PGlite in a fresh temp
// folder (or in memory). Never the DATA_DIR of the shell: a bench must not write into ./data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Relative imports, as in scripts/cli.ts: tsx does not know SvelteKit's $lib alias.
import { closeDatabase } from '../src/lib/server/db';

/** Points DATA_DIR at the bench's own database; `close()` closes it and removes its folder. */
export function benchDatabase(memory: boolean) {
	// The database module reads DATA_DIR on first use, not on import, so setting it here is in time.
	const dataDir = process.env.DATABASE_URL
		? undefined
		: memory
			? 'memory://'
			: mkdtempSync(join(tmpdir(), 'hearken-bench-'));
	if (dataDir) process.env.DATA_DIR = dataDir;
	return {
		dataDir,
		async close() {
			await closeDatabase().catch(() => {});
			if (dataDir && dataDir !== 'memory://') rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
