// Personal invitations end to end, through a real SMTP server (the `smtp-server` package) and app
// instances of our own, each on a fresh database: the personal link from the received message
// answers the survey once; killing the app between scheduling and sending loses no e-mail and
// sends none twice; two instances on one PostgreSQL send each e-mail once.
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import postgres from 'postgres';
import { plainText, startSmtp, type Received } from '../src/lib/server/testing';

test.describe.configure({ mode: 'serial' });

const basePort = Number(process.env.E2E_PORT ?? 4173) + 20;
const pgUrl = process.env.DATABASE_URL;

type Target = { env: Record<string, string>; drop(): Promise<void> };

/** A fresh database: a new PostgreSQL database beside DATABASE_URL's, or a new PGlite folder. */
async function freshDatabase(label: string): Promise<Target> {
	const name = `hk_${label}_${Date.now().toString(36)}`;
	if (!pgUrl) {
		mkdirSync('tests/.tmp', { recursive: true });
		return { env: { DATA_DIR: `tests/.tmp/${name}` }, drop: async () => {} };
	}
	const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(pgUrl);
	url.pathname = `/${name}`;
	return {
		env: { DATABASE_URL: url.toString() },
		drop: async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

function baseEnv(target: Target, port: number, smtpPort: number) {
	const env: Record<string, string> = {};
	for (const [k, v] of Object.entries(process.env))
		if (v !== undefined && k !== 'DATABASE_URL' && k !== 'DATA_DIR') env[k] = v;
	return {
		...env,
		...target.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: `http://127.0.0.1:${port}`,
		SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
		SHUTDOWN_TIMEOUT: '2'
	};
}

/** The CLI, run to completion against the target: its JSON answer. */
function cli(env: Record<string, string>, args: string[]) {
	const run = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', ...args],
		{ env, encoding: 'utf8' }
	);
	if (run.status !== 0) throw new Error(`cli ${args[0]} failed: ${run.stderr}`);
	return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

async function startApp(env: Record<string, string>): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['scripts/server.js'], {
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
		try {
			if ((await fetch(`${env.ORIGIN}/signin`)).ok) return child;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
	return new Promise<void>((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		child.once('exit', () => resolve());
		child.kill(signal);
	});
}

/** An organisation with an API key, a published survey and `count` people, made on `env`. */
async function world(
	env: Record<string, string>,
	audience: 'employee' | 'customer',
	count: number
) {
	const email = `owner-${Date.now().toString(36)}@example.test`;
	const account = cli(env, [
		'user:create',
		'--email',
		email,
		'--password',
		'distribution password',
		'--name',
		'Owner',
		'--org',
		'Invites'
	]);
	const { key } = cli(env, ['apikey:create', '--org', account.orgSlug, '--name', 'test']);
	return { key, account, count, audience };
}

async function api(origin: string, key: string, method: string, path: string, body?: unknown) {
	const res = await fetch(`${origin}/api/v1${path}`, {
		method,
		headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function publishWithPeople(origin: string, key: string, audience: string, count: number) {
	const created = await api(origin, key, 'POST', '/surveys', {
		title: 'Team pulse',
		audience,
		mode: audience === 'employee' ? 'confidential' : 'identified',
		// Four of the team are asked: at or above it, who answered may be counted.
		anonymityThreshold: 3,
		questions: [{ id: 'enps', type: 'enps', text: 'Would you recommend working here?' }]
	});
	expect(created.status).toBe(201);
	const id = created.body.id as string;
	expect((await api(origin, key, 'POST', `/surveys/${id}/publish`)).status).toBe(200);
	const put = await api(origin, key, 'PUT', '/people', {
		kind: audience,
		people: Array.from({ length: count }, (_, i) => ({
			email: `person${i}@example.test`,
			name: `Person ${i}`,
			attributes: { team: i % 2 ? 'Sales' : 'Ops' }
		}))
	});
	expect(put.body).toMatchObject({ created: count, errors: [] });
	return id;
}

const waitFor = async (check: () => boolean, ms: number) => {
	const deadline = Date.now() + ms;
	while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
};

const recipientsOf = (received: Received[]) => received.flatMap((m) => m.to).sort();

test('a personal link from the received e-mail answers once, and the response rate moves', async ({
	page
}) => {
	test.setTimeout(180_000);
	const smtp = await startSmtp();
	const target = await freshDatabase('link');
	const port = basePort;
	const env = baseEnv(target, port, smtp.port);
	const origin = env.ORIGIN;
	let app: ChildProcess | undefined;
	try {
		const { key } = await world(env, 'employee', 8);
		app = await startApp(env);
		const id = await publishWithPeople(origin, key, 'employee', 8);
		const sent = await api(origin, key, 'POST', `/surveys/${id}/distributions`, {
			channel: 'email',
			audience: { attributes: { team: 'Sales' } },
			reminders: [3, 5]
		});
		expect(sent.status).toBe(201);
		expect(sent.body.recipients).toBe(4);
		await waitFor(() => smtp.received.length >= 4, 20_000);
		expect(recipientsOf(smtp.received)).toEqual([1, 3, 5, 7].map((i) => `person${i}@example.test`));

		const status = () => api(origin, key, 'GET', `/surveys/${id}/distributions/${sent.body.id}`);
		expect((await status()).body).toMatchObject({ recipients: 4, sent: 4, completed: 0 });

		const message = smtp.received.find((m) => m.to.includes('person1@example.test'))!;
		const link = /https?:\/\/\S+\/s\/[a-z0-9]+\?t=[a-z2-7]+/.exec(plainText(message.raw))![0];
		expect(new URL(link).origin).toBe(origin);
		await page.goto(link);
		await expect(page.getByRole('heading', { name: 'Team pulse' })).toBeVisible();
		await page.locator('input[name="enps"][value="9"]').check();
		await page.getByRole('button', { name: 'Submit' }).click();
		await expect(page.getByRole('status')).toContainText('Thank you');

		expect((await status()).body).toMatchObject({
			recipients: 4,
			started: 1,
			completed: 1,
			responseRate: 25
		});

		// The same link again: refused, politely.
		await page.goto(link);
		await expect(page.getByRole('heading', { name: 'You have already answered' })).toBeVisible();
		await expect(page.locator('form[data-survey]')).toHaveCount(0);
	} finally {
		if (app) await stop(app);
		await smtp.close();
		await target.drop();
	}
});

test('killing the app between scheduling and sending loses no e-mail and sends none twice', async () => {
	test.setTimeout(180_000);
	const smtp = await startSmtp();
	const target = await freshDatabase('kill');
	const env = baseEnv(target, basePort + 1, smtp.port);
	const origin = env.ORIGIN;
	let app: ChildProcess | undefined;
	try {
		const { key } = await world(env, 'customer', 6);
		app = await startApp(env);
		const id = await publishWithPeople(origin, key, 'customer', 6);
		const sendAt = new Date(Date.now() + 4000);
		const sent = await api(origin, key, 'POST', `/surveys/${id}/distributions`, {
			channel: 'email',
			audience: { attributes: {} },
			sendAt: sendAt.toISOString()
		});
		expect(sent.body.recipients).toBe(6);
		// Killed outright, before the sending time.
		await stop(app, 'SIGKILL');
		await new Promise((r) => setTimeout(r, Math.max(0, sendAt.getTime() - Date.now()) + 1000));
		expect(smtp.received).toHaveLength(0);

		app = await startApp(env);
		await waitFor(() => smtp.received.length >= 6, 20_000);
		// Time for any second copy to arrive.
		await new Promise((r) => setTimeout(r, 3000));
		expect(recipientsOf(smtp.received)).toEqual(
			Array.from({ length: 6 }, (_, i) => `person${i}@example.test`).sort()
		);
		const status = await api(origin, key, 'GET', `/surveys/${id}/distributions/${sent.body.id}`);
		expect(status.body).toMatchObject({ recipients: 6, sent: 6, pending: 0, failed: 0 });
	} finally {
		if (app) await stop(app);
		await smtp.close();
		await target.drop();
	}
});

test('two app instances on one PostgreSQL send each scheduled e-mail once', async () => {
	test.skip(!pgUrl, 'two instances share a database on PostgreSQL only (PGlite is one process)');
	test.setTimeout(180_000);
	const smtp = await startSmtp();
	const target = await freshDatabase('two');
	const first = baseEnv(target, basePort + 2, smtp.port);
	const second = baseEnv(target, basePort + 3, smtp.port);
	const apps: ChildProcess[] = [];
	try {
		const { key } = await world(first, 'customer', 40);
		apps.push(await startApp(first), await startApp(second));
		const id = await publishWithPeople(first.ORIGIN, key, 'customer', 40);
		// Four distributions due at once, asked of either instance: both workers take jobs.
		const sendAt = new Date(Date.now() + 2000).toISOString();
		const ids: string[] = [];
		for (let part = 0; part < 4; part++) {
			const origin = part % 2 ? second.ORIGIN : first.ORIGIN;
			const emails = Array.from({ length: 10 }, (_, i) => `person${part * 10 + i}@example.test`);
			const sent = await api(origin, key, 'POST', `/surveys/${id}/distributions`, {
				channel: 'email',
				audience: { emails },
				sendAt
			});
			expect(sent.body.recipients).toBe(10);
			ids.push(sent.body.id);
		}
		await waitFor(() => smtp.received.length >= 40, 30_000);
		await new Promise((r) => setTimeout(r, 3000));
		expect(recipientsOf(smtp.received)).toEqual(
			Array.from({ length: 40 }, (_, i) => `person${i}@example.test`).sort()
		);
		for (const distributionId of ids) {
			const status = await api(
				second.ORIGIN,
				key,
				'GET',
				`/surveys/${id}/distributions/${distributionId}`
			);
			expect(status.body).toMatchObject({ recipients: 10, sent: 10 });
		}
	} finally {
		for (const app of apps) await stop(app);
		await smtp.close();
		await target.drop();
	}
});
