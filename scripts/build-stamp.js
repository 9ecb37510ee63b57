// What a production build is made from, as one hash: `npm start` rebuilds when it differs from the
// hash saved beside the build, so a `git pull` never serves yesterday's pages with today's database.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// The build's inputs. drizzle/ is not one: migrations are read from disk when the server starts.
const INPUTS = [
	'src',
	'static',
	'messages',
	'project.inlang/settings.json',
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'scripts/respondent-script.js'
];
const STAMP = 'build/.source-stamp';

/** Unit and component tests are not built, so editing one does not call for a new build. */
const isTest = (name) => /\.spec\.ts$/.test(name);
// Compiled from messages/ (an input already) by the build itself, and by npm install and npm test.
const GENERATED = 'src/lib/paraglide/';

function* files(root, path) {
	const full = join(root, path);
	if (!existsSync(full)) return;
	if (!statSync(full).isDirectory()) {
		yield path;
		return;
	}
	for (const e of readdirSync(full, { withFileTypes: true, recursive: true }))
		if (e.isFile() && !isTest(e.name)) {
			const file = relative(root, join(e.parentPath, e.name)).split('\\').join('/');
			if (!file.startsWith(GENERATED)) yield file;
		}
}

/** The hash of every build input's path and content under `root`. */
export function sourceStamp(root = '.') {
	const hash = createHash('sha256');
	const paths = INPUTS.flatMap((input) => [...files(root, input)]).sort();
	for (const path of paths) {
		hash.update(path + '\0');
		hash.update(readFileSync(join(root, path)));
		hash.update('\0');
	}
	return hash.digest('hex');
}

/** Why `root` needs a new build, or null when its build was made from the sources it has now. */
export function buildNeeded(root = '.') {
	if (!existsSync(join(root, 'build/handler.js'))) return 'No build yet';
	const saved = existsSync(join(root, STAMP)) ? readFileSync(join(root, STAMP), 'utf8').trim() : '';
	return saved === sourceStamp(root) ? null : 'The sources changed since the last build';
}

/** Saves the stamp of the sources a build was just made from. */
export function saveStamp(root = '.', stamp = sourceStamp(root)) {
	writeFileSync(join(root, STAMP), stamp + '\n');
}
