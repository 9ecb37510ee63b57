// Every setting Hearken reads from the environment, as one zod schema (the README's table mirrors
// it). Read from process.env rather than $env so the CLI and the server share one module; read on
// each use, so a test (or the CLI) that sets a variable sees it.
import { z } from 'zod';

const text = (fallback?: string) =>
	z
		.string()
		.optional()
		.transform((v) => (v === undefined || v === '' ? fallback : v));
const whole = (fallback: number) =>
	z
		.string()
		.optional()
		.transform((v, ctx) => {
			if (v === undefined || v === '') return fallback;
			const n = Number(v);
			if (Number.isInteger(n) && n >= 0) return n;
			ctx.addIssue({ code: 'custom', message: `must be a whole number, got "${v}"` });
			return z.NEVER;
		});

const settings = z.object({
	DATABASE_URL: text(),
	DATABASE_POOL_SIZE: whole(10),
	DATA_DIR: text('./data'),
	SMTP_URL: text(),
	MAIL_FROM: text('Hearken <no-reply@hearken.local>'),
	ORIGIN: text(),
	PORT: text('3000'),
	AUTH_RATE_LIMIT: whole(20),
	COOKIE_SECURE: text(),
	API_RATE_LIMIT: whole(600),
	RESPONSE_RATE_LIMIT: whole(120),
	BODY_SIZE_LIMIT: text('512K'),
	HEARKEN_MIGRATIONS: text('drizzle'),
	HEARKEN_NO_WORKER: text()
});

function read<K extends keyof z.infer<typeof settings>>(key: K): z.infer<typeof settings>[K] {
	const parsed = settings.shape[key].safeParse(process.env[key]);
	if (!parsed.success) throw new Error(`${key} ${parsed.error.issues[0].message}`);
	return parsed.data as z.infer<typeof settings>[K];
}

/** Every setting at once, or the first that is wrong: checked when the server starts. */
export function checkConfig(env: Record<string, string | undefined> = process.env) {
	const parsed = settings.safeParse(env);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	throw new Error(`${String(issue.path[0])} ${issue.message}`);
}

export const config = {
	get databaseUrl() {
		return read('DATABASE_URL');
	},
	get databasePoolSize() {
		return read('DATABASE_POOL_SIZE');
	},
	get dataDir() {
		return read('DATA_DIR')!;
	},
	get smtpUrl() {
		return read('SMTP_URL');
	},
	get mailFrom() {
		return read('MAIL_FROM')!;
	},
	/** Public base URL used in e-mailed links. adapter-node reads ORIGIN too. */
	get origin() {
		return (read('ORIGIN') ?? `http://localhost:${read('PORT')}`).replace(/\/$/, '');
	},
	/** Requests a client IP may make to sign-in style forms: bucket size and refill per minute. */
	get authRateLimit() {
		return read('AUTH_RATE_LIMIT');
	},
	/** Force the Secure cookie flag on (true) or off (false); unset = decided per request. */
	get cookieSecure() {
		const raw = read('COOKIE_SECURE');
		return raw === undefined ? undefined : raw !== 'false';
	},
	get apiRateLimit() {
		return read('API_RATE_LIMIT');
	},
	/** Respondent page posts per minute from one address to one survey (a page is one post). */
	get responseRateLimit() {
		return read('RESPONSE_RATE_LIMIT');
	},
	/** adapter-node's body size limit, as written ("512K", "2M", or bytes). */
	get bodySizeLimit() {
		return read('BODY_SIZE_LIMIT')!;
	},
	/** The folder of SQL migrations (drizzle-kit's), for a build run from elsewhere. */
	get migrationsFolder() {
		return read('HEARKEN_MIGRATIONS')!;
	},
	/** Whether this instance runs background jobs (sends, reminders, imports): unless set at all. */
	get runsJobs() {
		return read('HEARKEN_NO_WORKER') === undefined;
	}
};
