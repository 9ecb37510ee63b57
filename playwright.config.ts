import { defineConfig } from '@playwright/test';

// One server from the production build, on a fresh embedded database per run (or DATABASE_URL).
const port = Number(process.env.E2E_PORT ?? 4173);
// Workers evaluate this file again: they keep the runner's id, so they read the same server log.
const runId = (process.env.E2E_RUN_ID ??= Date.now().toString(36));
export const serverLog = `tests/.tmp/server-${runId}.log`;
process.env.E2E_SERVER_LOG = serverLog;

// Specs that start servers of their own and time them, or stop the database: one at a time.
const ownServers = /\/(durability|start|distributions|pg-outage)\.spec\.ts$/;

export default defineConfig({
	testDir: 'tests',
	// Two files at a time against the one server (each test signs up its own organisation and sends
	// its own client address); E2E_WORKERS=1 for one. `npm test` runs the "own servers" project on
	// its own first, so nothing else competes with the specs that time a server of their own.
	fullyParallel: false,
	workers: Number(process.env.E2E_WORKERS ?? 2),
	projects: [
		{ name: 'app', testIgnore: ownServers },
		{ name: 'own servers', testMatch: ownServers, workers: 1 }
	],
	retries: 0,
	// Safety nets, not measures: with two workers on two cores a step can take twice as long.
	timeout: 120_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		},
		trace: 'off'
	},
	webServer: {
		command: `mkdir -p tests/.tmp && node scripts/server.js > ${serverLog} 2>&1`,
		url: `http://127.0.0.1:${port}/signin`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			DATA_DIR: `tests/.tmp/data-${runId}`,
			// Each test sends its own X-Forwarded-For, so per-IP throttling is testable in isolation.
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			SHUTDOWN_TIMEOUT: '2',
			BODY_SIZE_LIMIT: '2M'
		}
	}
});
