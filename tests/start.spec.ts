// `npm start` as a newcomer runs it: no ORIGIN set. adapter-node then took every request for
// https, so the browser's http://localhost origin failed SvelteKit's CSRF check and signing up
// answered 403 "Cross-site POST form submissions are forbidden". start.js now defaults ORIGIN.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { unique } from './helpers';

test('a newcomer can sign up on the server npm start runs, with no ORIGIN set', async () => {
	test.setTimeout(120_000);
	const port = Number(process.env.E2E_PORT ?? 4173) + 11;
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		DATA_DIR: `tests/.tmp/start-${Date.now().toString(36)}`
	};
	delete env.ORIGIN;
	const server = spawn(process.execPath, ['scripts/start.js'], {
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	try {
		const origin = `http://localhost:${port}`;
		// Every wait is bounded, so a failure says which step it was, with the server's output.
		const step = <T>(what: string, work: Promise<T>, ms: number) =>
			Promise.race([
				work,
				new Promise<never>((_, reject) =>
					setTimeout(() => reject(new Error(`${what} took over ${ms} ms:\n${output}`)), ms)
				)
			]);
		await expect
			.poll(
				async () =>
					(await fetch(`${origin}/signin`, { signal: AbortSignal.timeout(5000) }).catch(() => null))
						?.status,
				{ timeout: 60_000 }
			)
			.toBe(200);
		expect(output).toContain(`Hearken is running at ${origin}`);
		const email = `${unique('newcomer')}@example.test`;
		const post = (path: string, form: Record<string, string>) =>
			fetch(`${origin}${path}`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams(form)
			});
		const res = await step(
			'signing up',
			post('/signup', {
				name: 'Newcomer',
				email,
				password: 'newcomer password',
				orgName: 'Fresh Co'
			}),
			30_000
		);
		expect(res.status).toBe(200);
		expect(await res.text()).toContain('Check your e-mail');
		// Without SMTP the confirmation link is printed in the server's output.
		const linkFor = () => output.match(new RegExp(`\\[outbox\\] to ${email}: .* — (\\S+)`))?.[1];
		await expect.poll(linkFor, { timeout: 10_000 }).toBeTruthy();
		const link = new URL(linkFor()!);
		expect(link.origin).toBe(origin);
		const confirmed = await step('confirming', post(link.pathname, {}), 30_000);
		expect(confirmed.status).toBe(303);
		expect(confirmed.headers.get('location')).toBe('/');
		server.kill('SIGTERM');
		await step('stopping after SIGTERM', new Promise((r) => server.once('exit', r)), 15_000);
		expect(output).toContain('Hearken stopped.');
	} finally {
		if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
	}
});
