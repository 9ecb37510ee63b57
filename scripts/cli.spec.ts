import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = 'node_modules/tsx/dist/cli.mjs';

function cli(args: string[], env: Record<string, string>) {
	const result = spawnSync(process.execPath, [tsx, 'scripts/cli.ts', ...args], {
		env: { ...process.env, ...env },
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

const onPglite = !process.env.DATABASE_URL;

describe('npm run cli', () => {
	const env = { DATA_DIR: join(mkdtempSync(join(tmpdir(), 'hearken-cli-')), 'data') };
	const email = `cli-${Date.now().toString(36)}@example.test`;

	it('creates a user with an organisation, then an API key for it, printing one JSON line each', () => {
		const created = cli(
			[
				'user:create',
				'--email',
				email,
				'--password',
				'cli password',
				'--name',
				'Cli User',
				'--org',
				'Cli Org'
			],
			env
		);
		expect(created.code, created.stderr).toBe(0);
		expect(created.stdout.split('\n')).toHaveLength(1);
		const account = JSON.parse(created.stdout);
		expect(account).toEqual({
			userId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			orgId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			orgSlug: expect.stringMatching(/^cli-org(-\d+)?$/)
		});

		const key = cli(['apikey:create', '--org', account.orgSlug, '--name', 'ci'], env);
		expect(key.code, key.stderr).toBe(0);
		expect(JSON.parse(key.stdout)).toEqual({ key: expect.stringMatching(/^hk_[a-z2-7]{39}$/) });
	}, 120_000);

	it('explains bad input on one line and exits non-zero', () => {
		const duplicate = cli(
			[
				'user:create',
				'--email',
				email,
				'--password',
				'cli password',
				'--name',
				'Again',
				'--org',
				'Again'
			],
			env
		);
		expect(duplicate.code).toBe(1);
		expect(duplicate.stderr).toMatch(/already exists/);
		const short = cli(
			[
				'user:create',
				'--email',
				'x@example.test',
				'--password',
				'short',
				'--name',
				'N',
				'--org',
				'O'
			],
			env
		);
		expect(short.code).toBe(1);
		expect(short.stderr).toMatch(/--password: Use at least 8 characters/);
		const unknownOrg = cli(['apikey:create', '--org', 'no-such-org-slug', '--name', 'x'], env);
		expect(unknownOrg.code).toBe(1);
		expect(unknownOrg.stderr).toMatch(/No organisation with the slug/);
		const unknown = cli(['frobnicate'], env);
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
	}, 120_000);

	it.runIf(onPglite)(
		'refuses to touch an embedded database held by a running server',
		async () => {
			const holderEnv = { DATA_DIR: join(mkdtempSync(join(tmpdir(), 'hearken-held-')), 'data') };
			const holder = spawn(
				process.execPath,
				[
					tsx,
					'-e',
					"import('./src/lib/server/db/index.ts').then(async (m) => { await m.migrateDatabase(); console.log('held'); setInterval(() => {}, 1000); })"
				],
				// tsx runs the code in a child process: a process group of their own lets both be killed.
				{ env: { ...process.env, ...holderEnv }, detached: true }
			);
			try {
				await new Promise<void>((resolve, reject) => {
					holder.stdout.on('data', (d) => String(d).includes('held') && resolve());
					holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
				});
				const result = cli(['db:migrate'], holderEnv);
				expect(result.code).toBe(1);
				expect(result.stderr.split('\n')).toHaveLength(1);
				expect(result.stderr).toMatch(/in use by another Hearken process/);
			} finally {
				process.kill(-holder.pid!, 'SIGKILL');
			}
		},
		120_000
	);
});
