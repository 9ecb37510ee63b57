// Telling "the database is away" (a restart, a crash, a network cut) from "the database refused
// this statement": the first is worth another try with the same submission id, the second is not.

// SQLSTATE class 08 (connection exception), 57P01–57P03 (shut down by an administrator, by a crash,
// cannot connect now: starting up or shutting down) and 53300 (too many connections).
const sqlStates = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
// postgres.js's own codes, and Node's for a socket that could not connect or was cut.
const driverCodes = new Set([
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT',
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN'
]);

/** The database did not answer within the time a waiting person was given (see `withinDeadline`). */
export class DatabaseDeadline extends Error {
	code = 'DEADLINE';
	constructor(ms: number) {
		super(`The database did not answer within ${ms} ms.`);
	}
}

/**
 * Whether `error` (or what it wraps: drizzle puts the driver's error in `cause`) says the database
 * could not be reached or went away mid-statement. Such a statement may still have committed.
 */
export function isUnavailable(error: unknown): boolean {
	const seen: unknown[] = [];
	for (let e = error; e && typeof e === 'object' && seen.length < 5; e = (e as Error).cause) {
		if (seen.includes(e)) break;
		seen.push(e);
		if (e instanceof DatabaseDeadline) return true;
		const code = String((e as { code?: unknown }).code ?? '');
		if (sqlStates.test(code) || driverCodes.has(code)) return true;
	}
	return false;
}

/**
 * `work`, or a DatabaseDeadline after `ms`: for a person waiting on a page, who is better told at
 * once to try again than left waiting on a database that does not answer. The work itself goes on
 * (and may still commit): whoever is told must be told "not confirmed", never "lost".
 */
export function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new DatabaseDeadline(ms)), ms);
	});
	// A rejection after the deadline won must not go unhandled.
	work.catch(() => {});
	return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
