// Every setting Hearken reads from the environment, in one place (the README's table mirrors it).
// Read with process.env rather than $env so the CLI and the server share one module.

function integer(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) {
		throw new Error(`${name} must be a whole number, got "${raw}"`);
	}
	return value;
}

export const config = {
	get databaseUrl() {
		return process.env.DATABASE_URL || undefined;
	},
	get databasePoolSize() {
		return integer('DATABASE_POOL_SIZE', 10);
	},
	get dataDir() {
		return process.env.DATA_DIR || './data';
	},
	get smtpUrl() {
		return process.env.SMTP_URL || undefined;
	},
	get mailFrom() {
		return process.env.MAIL_FROM || 'Hearken <no-reply@hearken.local>';
	},
	/** Public base URL used in e-mailed links. adapter-node reads ORIGIN too. */
	get origin() {
		return (process.env.ORIGIN || `http://localhost:${process.env.PORT || 3000}`).replace(
			/\/$/,
			''
		);
	},
	/** Requests a client IP may make to sign-in style forms: bucket size and refill per minute. */
	get authRateLimit() {
		return integer('AUTH_RATE_LIMIT', 20);
	},
	/** Force the Secure cookie flag on (true) or off (false); unset = decided per request. */
	get cookieSecure() {
		const raw = process.env.COOKIE_SECURE;
		return raw === undefined || raw === '' ? undefined : raw !== 'false';
	},
	get apiRateLimit() {
		return integer('API_RATE_LIMIT', 600);
	},
	/** Respondent page posts per minute from one address to one survey (a page is one post). */
	get responseRateLimit() {
		return integer('RESPONSE_RATE_LIMIT', 120);
	}
};
