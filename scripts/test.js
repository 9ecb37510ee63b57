// `npm test`: unit tests (Vitest), then a production build and the end-to-end tests (Playwright).
// Both run on the embedded database unless DATABASE_URL points at PostgreSQL.
import { spawnSync } from 'node:child_process';
import { buildNeeded, saveStamp, sourceStamp } from './build-stamp.js';

const steps = [
	// Paraglide's output is not committed: compiled from messages/ before the unit tests read it.
	[
		'i18n',
		[
			'node_modules/@inlang/paraglide-js/bin/run.js',
			'compile',
			'--project',
			'./project.inlang',
			'--outdir',
			'./src/lib/paraglide',
			'--strategy',
			'baseLocale',
			'--no-emit-git-ignore'
		]
	],
	['vitest', ['node_modules/vitest/vitest.mjs', 'run']],
	['build', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']],
	// The specs that start servers of their own and time them run first, alone; then the app's
	// specs, two files at a time (E2E_WORKERS) against one server.
	['playwright', ['node_modules/@playwright/test/cli.js', 'test', '--project', 'own servers']],
	['playwright', ['node_modules/@playwright/test/cli.js', 'test', '--project', 'app']]
];

let failed = [];
for (const [name, args] of steps) {
	console.log(`\n▶ ${name}`);
	// A build made from these very sources (CI's second pass, a re-run) is served as it is.
	if (name === 'build' && !process.env.HEARKEN_REBUILD && buildNeeded('.') === null) {
		console.log('The build is current for these sources; not building again.');
		continue;
	}
	const stamp = name === 'build' ? sourceStamp() : null;
	const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
	if (result.status !== 0) {
		if (!failed.includes(name)) failed.push(name);
		if (name === 'build' || name === 'i18n') break;
	} else if (stamp) saveStamp('.', stamp); // so `npm start` serves this build without making another
}
if (failed.length) {
	console.error(`\nFailed: ${failed.join(', ')}`);
	process.exit(1);
}
