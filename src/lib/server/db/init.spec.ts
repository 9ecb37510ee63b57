import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each case opens a real data folder in a child process, as the server or the CLI would.
const open = `import('./src/lib/server/db/index.ts').then(async (m) => {
	await m.migrateDatabase();
	const r = await m.db.execute('select count(*)::int as n from organization');
	console.log('ready', JSON.stringify(r.rows ?? r));
	await m.closeDatabase();
}).catch((e) => { console.error(e.message); process.exit(1); });`;

function openIn(dataDir: string) {
	const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
	delete env.DATABASE_URL;
	return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '-e', open], {
		env,
		encoding: 'utf8',
		timeout: 90_000
	});
}

describe('the embedded data folder', () => {
	it('survives a first start killed half-way through creating the database', async () => {
		const dataDir = join(mkdtempSync(join(tmpdir(), 'hearken-init-')), 'data');
		const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
		delete env.DATABASE_URL;
		// tsx runs the code in a child process: a process group of their own lets both be killed.
		const first = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '-e', open], {
			env,
			detached: true
		});
		// Wait until the cluster is being built, then kill the process without warning.
		const deadline = Date.now() + 30_000;
		while (!existsSync(join(dataDir, '.hearken-staging', 'base')) && Date.now() < deadline) {
			await new Promise((r) => setTimeout(r, 20));
		}
		const exited = new Promise((r) => first.on('exit', r));
		process.kill(-first.pid!, 'SIGKILL');
		await exited;
		expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(false);

		const second = openIn(dataDir);
		expect(second.stderr).toBe('');
		expect(second.stdout).toMatch(/^ready /);
		expect(existsSync(join(dataDir, '.hearken-init'))).toBe(false);
		expect(existsSync(join(dataDir, '.hearken-staging'))).toBe(false);
	}, 120_000);

	it('refuses a folder that holds something other than a Hearken database', () => {
		const dataDir = join(mkdtempSync(join(tmpdir(), 'hearken-init-')), 'data');
		mkdirSync(dataDir);
		writeFileSync(join(dataDir, 'notes.txt'), 'my own files');
		const result = openIn(dataDir);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/exists but holds no database/);
		expect(readdirSync(dataDir)).toContain('notes.txt');
	}, 120_000);
});
