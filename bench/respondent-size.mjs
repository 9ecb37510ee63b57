// The JavaScript a browser downloads to answer a survey at /s/{slug}, two ways:
//  1. from the production build: the page's one script (it is rendered on the server only, so no
//     SvelteKit client loads), raw / gzip / brotli;
//  2. measured: the built server on a fresh embedded database in /tmp (port 4380), a user and an
//     API key made with the CLI, the six-question survey published through the API, and the page
//     loaded in Chromium on a phone-sized screen with JavaScript on and then off: every script
//     response, its bytes on the wire, the same files as gzip, and the layout shift (CLS).
// Run after `npx vite build`: node bench/respondent-size.mjs [--build-only] [--verbose]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { createAccount, publish, startServer } from './six-questions.mjs';

const route = '/(respondent)/s/[slug]';
const port = Number(process.env.BENCH_PORT ?? 4380);
const verbose = process.argv.includes('--verbose');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

// 1. The build. The page is rendered on the server only (csr = false): a browser loads no
// SvelteKit client, only the page's own script, which scripts/respondent-script.js bundles into
// _app/immutable/respondent/ (the browser run below checks that this is all it loads).
const out = '.svelte-kit/output/client/_app/immutable/respondent';
const files = readdirSync(out).filter((f) => f.endsWith('.js'));
if (files.length !== 1) throw new Error(`Expected one script in ${out}, found ${files.length}`);
const code = readFileSync(join(out, files[0]));
const css = readdirSync('.svelte-kit/output/client/_app/immutable/assets')
	.filter((f) => f.endsWith('.css'))
	.map((f) => readFileSync(join('.svelte-kit/output/client/_app/immutable/assets', f)));
console.log(`${route}, from the build: ${files[0]}`);
console.log(
	`  raw ${kb(code.length)} / gzip ${kb(gzipSync(code, { level: 9 }).length)} / brotli ${kb(brotliCompressSync(code).length)}`
);
const allCss = Buffer.concat(css);
console.log(
	`  (every stylesheet of the app, ${css.length} files: raw ${kb(allCss.length)} / gzip ${kb(gzipSync(allCss, { level: 9 }).length)}; the browser run counts the page's own)`
);
if (process.argv.includes('--build-only')) process.exit(0);

// 2. Measured in a browser.
/** A file's size as the server sends it to a client that accepts gzip only. */
function gzippedAsServed(url) {
	return new Promise((resolve, reject) => {
		const req = request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
			let bytes = 0;
			res.on('data', (chunk) => (bytes += chunk.length));
			res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'none' }));
		});
		req.on('error', reject);
		req.end();
	});
}

const { chromium } = await import('@playwright/test');
const dataDir = mkdtempSync(join(tmpdir(), 'hearken-bench-'));
const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
let server;
let browser;
try {
	const { key } = createAccount(env);
	server = await startServer(port, env);
	const survey = await publish(server.origin, key);
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({
			javaScriptEnabled,
			viewport: { width: 390, height: 844 },
			deviceScaleFactor: 3,
			isMobile: true,
			hasTouch: true
		});
		if (javaScriptEnabled)
			await context.addInitScript(() => {
				window.__cls = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries())
						if (!entry.hadRecentInput) window.__cls += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
		const tab = await context.newPage();
		const scripts = [];
		const styles = [];
		tab.on('requestfinished', async (req) => {
			if (req.resourceType() === 'stylesheet') styles.push(req.sizes());
			if (req.resourceType() !== 'script') return;
			scripts.push({ url: req.url(), sizes: req.sizes(), response: req.response() });
		});
		await tab.goto(`${server.origin}${survey.path}`, { waitUntil: 'networkidle' });
		await tab.waitForTimeout(500);
		const cls = javaScriptEnabled ? await tab.evaluate(() => window.__cls) : null;
		let wire = 0;
		let gz = 0;
		const encodings = new Set();
		for (const s of scripts) {
			const sizes = await s.sizes;
			const response = await s.response;
			wire += sizes.responseBodySize + sizes.responseHeadersSize;
			encodings.add((await response?.headerValue('content-encoding')) ?? 'none');
			const served = await gzippedAsServed(s.url);
			encodings.add(`gzip request: ${served.encoding}`);
			gz += served.bytes;
			if (verbose) console.log(`    ${kb(served.bytes).padStart(10)}  ${new URL(s.url).pathname}`);
		}
		console.log(`\nChromium, 390×844 phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}:`);
		console.log(`  ${scripts.length} scripts`);
		if (scripts.length) {
			console.log(`  transferred ${kb(wire)} (bodies and headers; ${[...encodings].join(', ')})`);
			console.log(`  the same files gzipped as the server sends them: ${kb(gz)}`);
		}
		let styleBytes = 0;
		for (const sizes of styles) {
			const { responseBodySize, responseHeadersSize } = await sizes;
			styleBytes += responseBodySize + responseHeadersSize;
		}
		console.log(`  ${styles.length} stylesheets, transferred ${kb(styleBytes)}`);
		if (cls !== null) console.log(`  cumulative layout shift: ${cls.toFixed(4)}`);
		await context.close();
	}
} finally {
	await browser?.close();
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
