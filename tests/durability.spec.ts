// The embedded database must keep every write it acknowledged when the process is killed
// (kill -9) in the middle of writes, and SIGTERM must stop the server within 5 seconds.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { unique } from './helpers';

const port = Number(process.env.E2E_PORT ?? 4173) + 7;
const origin = `http://127.0.0.1:${port}`;
const dataDir = `tests/.tmp/durability-${Date.now().toString(36)}`;

/** The running server's output: it prints the sign-up confirmation links (no SMTP). */
let serverOutput = '';

function startServer(): Promise<ChildProcess> {
	mkdirSync('tests/.tmp', { recursive: true });
	const child = spawn(process.execPath, ['scripts/server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATA_DIR: dataDir,
			AUTH_RATE_LIMIT: '100000',
			SHUTDOWN_TIMEOUT: '3'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	serverOutput = '';
	child.stdout!.on('data', (d) => ((output += d), (serverOutput += d)));
	child.stderr!.on('data', (d) => (output += d));
	return new Promise((resolve, reject) => {
		const deadline = Date.now() + 60_000;
		const poll = async () => {
			if (child.exitCode !== null) return reject(new Error(`server exited: ${output}`));
			try {
				const res = await fetch(`${origin}/signin`);
				if (res.ok) return resolve(child);
			} catch {
				// not listening yet
			}
			if (Date.now() > deadline) return reject(new Error(`server did not start: ${output}`));
			setTimeout(poll, 200);
		};
		poll();
	});
}

function exited(child: ChildProcess) {
	return new Promise<number | null>((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
		else child.once('exit', (code) => resolve(code));
	});
}

function post(path: string, fields: Record<string, string>) {
	return fetch(`${origin}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields)
	});
}

/** Signs up and follows the confirmation link; a 303 from the link = the account was committed. */
async function signUpAndConfirm(fields: Record<string, string>) {
	const res = await post('/signup', fields);
	if (res.status !== 200) return res.status;
	const sent = `[outbox] to ${fields.email}: `;
	const line = () => serverOutput.split('\n').find((l) => l.startsWith(sent));
	for (let i = 0; i < 50 && !line(); i++) await new Promise((r) => setTimeout(r, 100));
	if (!line()) return 0;
	return (await post(new URL(line()!.split(' — ')[1]).pathname, {})).status;
}

test.describe.configure({ mode: 'serial' });

test('kill -9 during sign-ups loses no acknowledged account', async () => {
	test.setTimeout(180_000);
	const server = await startServer();
	const acknowledged: string[] = [];
	let stop = false;
	const writer = async () => {
		while (!stop) {
			const email = `${unique('durable')}@example.test`;
			try {
				const status = await signUpAndConfirm({
					name: 'Durable',
					email,
					password: 'durable password',
					orgName: 'Durable org'
				});
				// 303 to the app = the account and its organisation were committed.
				if (status === 303) acknowledged.push(email);
			} catch {
				// the connection died with the process: not acknowledged
			}
		}
	};
	const writers = [writer(), writer(), writer(), writer()];
	await new Promise((r) => setTimeout(r, 4000));
	server.kill('SIGKILL');
	await exited(server);
	stop = true;
	await Promise.all(writers);
	expect(acknowledged.length).toBeGreaterThan(10);

	const restarted = await startServer();
	try {
		for (const email of acknowledged) {
			const res = await post('/signin', { email, password: 'durable password' });
			expect(res.status, `${email} was acknowledged but cannot sign in`).toBe(303);
			expect(res.headers.get('location')).toBe('/');
		}
	} finally {
		restarted.kill('SIGTERM');
		await exited(restarted);
	}
	console.log(`durability: ${acknowledged.length} acknowledged sign-ups all present after kill -9`);
});

test('SIGTERM stops the server within 5 s and leaves the database reusable', async () => {
	test.setTimeout(120_000);
	const server = await startServer();
	const email = `${unique('term')}@example.test`;
	expect(
		await signUpAndConfirm({ name: 'T', email, password: 'term password', orgName: 'T' })
	).toBe(303);
	const started = Date.now();
	server.kill('SIGTERM');
	await exited(server);
	const took = Date.now() - started;
	console.log(`shutdown after SIGTERM: ${took} ms`);
	expect(took).toBeLessThan(5000);

	const again = await startServer();
	try {
		expect((await post('/signin', { email, password: 'term password' })).status).toBe(303);
	} finally {
		again.kill('SIGTERM');
		await exited(again);
	}
});
