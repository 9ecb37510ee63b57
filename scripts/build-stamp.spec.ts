import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNeeded, saveStamp } from './build-stamp.js';

// `npm start` once built only when build/ was missing, so after a `git pull` it served the old
// pages while applying the new migrations. It now rebuilds whenever the build's inputs changed.
describe('npm start rebuilds when the sources changed', () => {
	let root: string;
	const write = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'hearken-stamp-'));
		write('src/routes/+page.svelte', '<h1>Hello</h1>');
		write('messages/en.json', '{"hello":"Hello"}');
		write('package-lock.json', '{}');
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	const built = () => {
		write('build/handler.js', 'export {}');
		saveStamp(root);
	};

	it('builds when there is no build', () => {
		expect(buildNeeded(root)).toBe('No build yet');
	});

	it('serves a build made from the sources it has', () => {
		built();
		expect(buildNeeded(root)).toBeNull();
	});

	it('rebuilds after a page, a message or the lockfile changed, or a file was added', () => {
		for (const change of [
			() => write('src/routes/+page.svelte', '<h1>Hello again</h1>'),
			() => write('messages/en.json', '{"hello":"Hi"}'),
			() => write('package-lock.json', '{"lockfileVersion":3}'),
			() => write('src/lib/new.ts', 'export const x = 1;')
		]) {
			built();
			change();
			expect(buildNeeded(root)).toBe('The sources changed since the last build');
		}
	});

	it('rebuilds when the build has no stamp (made before stamps, or by hand)', () => {
		write('build/handler.js', 'export {}');
		expect(buildNeeded(root)).toBe('The sources changed since the last build');
	});

	it('does not rebuild for a unit test or for what the build itself writes', () => {
		built();
		write('src/lib/thing.spec.ts', 'it("x", () => {})');
		write('src/lib/paraglide/README.md', '/home/someone/hearken');
		write('src/lib/paraglide/messages/en.js', 'export const x = () => "x"');
		expect(buildNeeded(root)).toBeNull();
	});
});
