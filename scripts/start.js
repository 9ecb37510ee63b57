// `npm start`: build once if there is no build yet, then serve. Migrations run at server start-up
// (hooks.server.ts `init`), so a fresh data folder is ready before the first request.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('build/handler.js')) {
	console.log('No build yet: building Hearken (about a minute, once)…');
	const result = spawnSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
		{
			stdio: 'inherit'
		}
	);
	if (result.status !== 0) process.exit(result.status ?? 1);
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
