import {
	closeSync,
	existsSync,
	linkSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	writeSync
} from 'node:fs';
import { join } from 'node:path';

export class DatabaseBusyError extends Error {}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	// A killed process nobody has reaped yet (a zombie) still answers signals, but holds nothing.
	try {
		return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return true; // no /proc: trust the signal check
	}
}

/**
 * PGlite is single-process: two processes opening one data folder corrupt it. A pid file keeps a
 * second process out; a pid that no longer runs (after kill -9) is a stale lock and is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
	const path = join(dataDir, 'hearken.lock');
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return () => {
				if (existsSync(path) && readFileSync(path, 'utf8') === String(process.pid)) rmSync(path);
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number(readFileSync(path, 'utf8'));
			if (pid && pid !== process.pid && isAlive(pid)) {
				throw new DatabaseBusyError(
					`The embedded database in ${dataDir} is in use by another Hearken process (pid ${pid}); stop it first, or set DATABASE_URL to use PostgreSQL.`
				);
			}
			// Moving the stale lock aside is atomic: of two processes that both saw it stale, one
			// moves it and the other finds it gone and tries again from the top.
			const aside = `${path}.stale-${process.pid}`;
			try {
				renameSync(path, aside);
			} catch (moveError) {
				if ((moveError as NodeJS.ErrnoException).code === 'ENOENT') continue;
				throw moveError;
			}
			// Another process may have taken the stale lock over between our read and our move: then
			// what we moved is its fresh lock, which goes back, and the folder is busy.
			if (Number(readFileSync(aside, 'utf8')) !== pid) {
				try {
					linkSync(aside, path);
				} finally {
					rmSync(aside, { force: true });
				}
				throw new DatabaseBusyError(
					`The embedded database in ${dataDir} was just taken by another Hearken process.`
				);
			}
			rmSync(aside, { force: true });
		}
	}
	throw new DatabaseBusyError(`Could not lock the embedded database in ${dataDir}.`);
}
