// What the server writes about a failure. Logs are read by operators and kept by log services,
// so they hold codes and ids, never personal data: a database error's message, detail and the
// query's parameters (drizzle's DrizzleQueryError prints them) carry respondents' answers,
// e-mails and names, so of a database error only its SQLSTATE code and the names of the table,
// column and constraint are kept.

type Fields = Record<string, unknown>;

const sqlState = /^[0-9A-Z]{5}$/;
const email = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:]+/g;

/** The errors of `error`'s cause chain, outermost first (a few levels: causes can loop). */
function chain(error: unknown): unknown[] {
	const all: unknown[] = [];
	for (let e = error; e && all.length < 5 && !all.includes(e); e = (e as Fields).cause) all.push(e);
	return all;
}

const className = (error: unknown) =>
	(error as object | null)?.constructor?.name && (error as object).constructor !== Object
		? (error as object).constructor.name
		: typeof error;

/** A database error's safe part: its code and the names of what it concerns, or null. */
function databaseSummary(error: unknown): string | null {
	const causes = chain(error);
	const coded = causes.find((e) => sqlState.test(String((e as Fields)?.code ?? ''))) as Fields;
	const query = causes.find((e) => e && typeof e === 'object' && 'params' in e && 'query' in e);
	if (!coded && !query) return null;
	const names = coded
		? [
				['table', coded.table ?? coded.table_name],
				['column', coded.column ?? coded.column_name],
				['constraint', coded.constraint ?? coded.constraint_name],
				['routine', coded.routine]
			]
				.filter(([, value]) => typeof value === 'string' && value)
				.map(([name, value]) => `${name} ${value}`)
		: [];
	// No SQLSTATE: the driver's or the socket's own code says why (ECONNREFUSED, CONNECTION_CLOSED).
	const driver = causes.find((e) => /^[A-Z][A-Z_]{2,30}$/.test(String((e as Fields)?.code ?? '')));
	const code = coded
		? `SQLSTATE ${coded.code}`
		: `no SQLSTATE${driver ? `, ${(driver as Fields).code}` : ''}`;
	return `database error, ${[code, ...names].join(', ')}`;
}

/** What failed, fit for a log or a job's last error: no values, no e-mail addresses. */
export function safeMessage(error: unknown): string {
	const database = databaseSummary(error);
	if (database) return database;
	return (error instanceof Error ? error.message : String(error)).replace(email, '<e-mail>');
}

/** Where in the code it failed: the stack's frames, without its message (which may hold data). */
function frames(error: unknown): string {
	const stack = error instanceof Error ? (error.stack ?? '') : '';
	return stack
		.split('\n')
		.filter((line) => /^\s+at /.test(line))
		.join('\n');
}

/** Logs a failure under `label` (e.g. `[error <id>]`, with the route): its summary and frames. */
export function logError(label: string, error: unknown) {
	const where = frames(error);
	const name = error instanceof Error ? error.name : className(error);
	console.error(`${label} ${name}: ${safeMessage(error)}${where ? `\n${where}` : ''}`);
}
