// `npm start`: build when there is no build yet or the sources changed since it was made (after a
// `git pull`), then serve. Migrations run at server start-up (hooks.server.ts `init`), so a fresh
// data folder is ready before the first request.
import { spawnSync } from 'node:child_process';
import { buildNeeded, saveStamp, sourceStamp } from './build-stamp.js';

const why = buildNeeded();
if (why) {
	console.log(`${why}: building Hearken (about a minute)…`);
	// The stamp of the sources as they were when the build began, so an edit made during it counts.
	const stamp = sourceStamp();
	const result = spawnSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
		{ stdio: 'inherit' }
	);
	if (result.status !== 0) process.exit(result.status ?? 1);
	saveStamp('.', stamp);
}

process.env.PORT ??= '3000';
process.env.HOST ??= '0.0.0.0';
// adapter-node assumes https when ORIGIN is unset, and would then refuse every form post from
// http://localhost as cross-site. The README's default, made real here.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// Within the 5 s a process manager gives after SIGTERM: in-flight requests first, then the database.
process.env.SHUTDOWN_TIMEOUT ??= '3';
// A survey definition with a logo, or an imported JSON file (up to 1 MB), is above adapter-node's 512K.
process.env.BODY_SIZE_LIMIT ??= '2M';
if (!process.env.DATABASE_URL) process.env.DATA_DIR ??= './data';

process.once('sveltekit:shutdown', () => console.log('Hearken stopped.'));

await import('./server.js');
const database = process.env.DATABASE_URL
	? 'PostgreSQL (DATABASE_URL)'
	: `embedded PGlite in ${process.env.DATA_DIR}`;
console.log(`Hearken is running at ${process.env.ORIGIN} on ${database}`);
