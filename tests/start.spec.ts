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
		const res = await step(
			'signing up',
			fetch(`${origin}/signup`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({
					name: 'Newcomer',
					email: `${unique('newcomer')}@example.test`,
					password: 'newcomer password',
					orgName: 'Fresh Co'
				})
			}),
			30_000
		);
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/');
		server.kill('SIGTERM');
		await step('stopping after SIGTERM', new Promise((r) => server.once('exit', r)), 15_000);
		expect(output).toContain('Hearken stopped.');
	} finally {
		if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
	}
});
