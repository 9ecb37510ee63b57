// The JavaScript a browser downloads to answer a survey at /s/{slug}, two ways:
//  1. from the production build's Vite manifest: the client entry, the root and (respondent)
//     layouts and the page, with every chunk they import (a cold load), raw / gzip / brotli;
//  2. measured: the built server on a fresh embedded database in /tmp (port 4380), a user and an
//     API key made with the CLI, the six-question survey published through the API, and the page
//     loaded in Chromium on a phone-sized screen with JavaScript on and then off: every script
//     response, its bytes on the wire, the same files as gzip, and the layout shift (CLS).
// Run after `npx vite build`: node bench/respondent-size.mjs [--manifest-only] [--verbose]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { createAccount, publish, startServer } from './six-questions.mjs';

const route = '/(respondent)/s/[slug]';
const port = Number(process.env.BENCH_PORT ?? 4380);
const verbose = process.argv.includes('--verbose');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

// 1. The manifest.
const out = '.svelte-kit/output/client';
const manifest = JSON.parse(readFileSync(`${out}/.vite/manifest.json`, 'utf8'));
// The route's nodes, from the built client entry itself (the generated sources beside it change
// with every `svelte-kit sync`, the build only when rebuilt): "route":[-27,[5]] is page ~(-27) = 26
// (negative: it has a server load) under layout 5. Node 1, the root error page, is loaded at start
// too (SvelteKit hydrates with it at hand), as the browser shows.
const entryKey = '.svelte-kit/generated/client-optimized/app.js';
const app = readFileSync(`${out}/${manifest[entryKey].file}`, 'utf8');
const found = app.match(
	new RegExp(`"${route.replace(/[()[\]/]/g, '\\$&')}":\\[(-?\\d+),\\[([\\d,]*)\\]`)
);
if (!found) throw new Error(`No route ${route} in the build`);
const node = (n) => (n < 0 ? ~n : n);
const nodes = [
	0,
	1,
	...found[2].split(',').filter(Boolean).map(Number).map(node),
	node(Number(found[1]))
];
const nodeKey = (n) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;
function closure(keys, seen = new Set()) {
	for (const key of keys) {
		if (seen.has(key)) continue;
		seen.add(key);
		closure(manifest[key]?.imports ?? [], seen);
	}
	return seen;
}
const entries = Object.keys(manifest).filter(
	(k) => manifest[k].isEntry && !manifest[k].isDynamicEntry
);
const keys = [...closure([...entries, ...nodes.map(nodeKey)])];
const files = keys.map((k) => manifest[k].file);
const styles = [...new Set(keys.flatMap((k) => manifest[k].css ?? []))];
const css = Buffer.concat(styles.map((file) => readFileSync(`${out}/${file}`)));
let raw = 0;
let gzip = 0;
let brotli = 0;
for (const file of files) {
	const code = readFileSync(`${out}/${file}`);
	raw += code.length;
	gzip += gzipSync(code, { level: 9 }).length;
	brotli += brotliCompressSync(code).length;
}
console.log(`${route}, from the build manifest (cold load, ${files.length} files):`);
console.log(`  raw ${kb(raw)} / gzip ${kb(gzip)} / brotli ${kb(brotli)}`);
console.log(
	`  and ${styles.length} stylesheets: raw ${kb(css.length)} / gzip ${kb(gzipSync(css, { level: 9 }).length)} / brotli ${kb(brotliCompressSync(css).length)}`
);
if (process.argv.includes('--manifest-only')) process.exit(0);

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
		tab.on('requestfinished', async (req) => {
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
		if (cls !== null) console.log(`  cumulative layout shift: ${cls.toFixed(4)}`);
		await context.close();
	}
} finally {
	await browser?.close();
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
