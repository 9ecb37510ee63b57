// The JavaScript a browser downloads to open the survey designer, from the production build:
// the app's entry, the root and (app) layouts and the designer page, with every chunk they import.
// Run after `npx vite build`: node bench/designer-size.mjs
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const out = '.svelte-kit/output/client';
const manifest = JSON.parse(readFileSync(`${out}/.vite/manifest.json`, 'utf8'));
const app = readFileSync('.svelte-kit/generated/client-optimized/app.js', 'utf8');

function nodesOf(route) {
	const line = app.split('\n').find((l) => l.includes(`"${route}":`));
	if (!line) throw new Error(`No route ${route} in the build`);
	const [, page, layouts] = line.match(/\[~?(\d+),\[([\d,]*)\]/);
	return [0, ...layouts.split(',').filter(Boolean).map(Number), Number(page)];
}

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
const shell = closure(entries);
const nodeKey = (n) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;

function measure(keys) {
	let raw = 0;
	let gzip = 0;
	let brotli = 0;
	for (const key of keys) {
		const code = readFileSync(`${out}/${manifest[key].file}`);
		raw += code.length;
		gzip += gzipSync(code, { level: 9 }).length;
		brotli += brotliCompressSync(code).length;
	}
	return { chunks: keys.length, raw, gzip, brotli };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const route of ['/(app)/surveys/[id=uuid]', '/(app)/surveys', '/(app)/settings/members']) {
	const all = closure([...entries, ...nodesOf(route).map(nodeKey)]);
	const own = closure([nodeKey(nodesOf(route).at(-1))]);
	const pageOnly = [...own].filter(
		(k) => !shell.has(k) && !closure(nodesOf(route).slice(0, -1).map(nodeKey)).has(k)
	);
	rows.push({ route, cold: measure([...all]), page: measure(pageOnly) });
}
console.log(
	'route                      | cold load: raw / gzip / brotli      | the page alone: raw / gzip'
);
for (const { route, cold, page } of rows)
	console.log(
		`${route.padEnd(26)} | ${kb(cold.raw)} / ${kb(cold.gzip)} / ${kb(cold.brotli)} (${cold.chunks} chunks) | ${kb(page.raw)} / ${kb(page.gzip)}`
	);
