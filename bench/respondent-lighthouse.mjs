// Lighthouse's mobile audit (its default: a mid-range phone, simulated slow 4G and 4× CPU
// slowdown) of the six-question survey's respondent page: performance and accessibility scores and
// the metrics behind them. The built server runs on port 4380 with a fresh embedded database in
// /tmp, as in respondent-size.mjs. Lighthouse and chrome-launcher are installed from npm into a temp
// folder (no install scripts; LIGHTHOUSE_DIR reuses a folder that already has them) and drive
// /usr/bin/chromium (CHROMIUM_PATH) headless.
// Run after `npx vite build`: node bench/respondent-lighthouse.mjs [--runs 3]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createAccount, installInto, publish, startServer } from './six-questions.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const port = Number(process.env.BENCH_PORT ?? 4380);
const versions = { lighthouse: '12.8.2', 'chrome-launcher': '1.2.1' };

let toolDir = process.env.LIGHTHOUSE_DIR;
const ownToolDir = !toolDir;
if (!toolDir) {
	toolDir = mkdtempSync(join(tmpdir(), 'hearken-lighthouse-'));
	installInto(
		toolDir,
		Object.entries(versions).map(([name, v]) => `${name}@${v}`)
	);
}
const load = (name, file) => import(pathToFileURL(join(toolDir, 'node_modules', name, file)).href);
const { default: lighthouse } = await load('lighthouse', 'core/index.js');
const chromeLauncher = await load('chrome-launcher', 'dist/index.js');

const dataDir = mkdtempSync(join(tmpdir(), 'hearken-bench-'));
const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
let server;
let chrome;
try {
	const { key } = createAccount(env);
	server = await startServer(port, env);
	const survey = await publish(server.origin, key);
	const url = `${server.origin}${survey.path}`;
	chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
	});
	console.log(`Lighthouse ${versions.lighthouse}, mobile (default settings), ${url}`);
	console.log('run | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS   | script KiB');
	for (let run = 1; run <= Number(values.runs); run++) {
		const { lhr } = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility']
		});
		const a = lhr.audits;
		const scripts = a['resource-summary'].details.items.find((i) => i.resourceType === 'script');
		const failed = Object.values(a)
			.filter(
				(x) => x.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === x.id)
			)
			.map((x) => x.id);
		console.log(
			[
				String(run).padEnd(3),
				String(Math.round(lhr.categories.performance.score * 100)).padEnd(11),
				`${Math.round(lhr.categories.accessibility.score * 100)}${failed.length ? ` (${failed.join(', ')})` : ''}`.padEnd(
					13
				),
				String(Math.round(a['first-contentful-paint'].numericValue)).padEnd(6),
				String(Math.round(a['largest-contentful-paint'].numericValue)).padEnd(6),
				String(Math.round(a['total-blocking-time'].numericValue)).padEnd(6),
				a['cumulative-layout-shift'].numericValue.toFixed(3).padEnd(5),
				`${(scripts.transferSize / 1024).toFixed(1)} (${scripts.requestCount} files)`
			].join(' | ')
		);
	}
} finally {
	await chrome?.kill();
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
	if (ownToolDir) rmSync(toolDir, { recursive: true, force: true });
}
