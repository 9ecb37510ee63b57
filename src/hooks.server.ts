import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { dev } from '$app/environment';
import * as auth from '$lib/server/auth';
import { users } from '$lib/server/identity';
import { apiError } from '$lib/server/api';
import { directionOf } from '$lib/i18n/respondent';
import { checkConfig, config, logError, clientAddress, TokenBucket } from '$lib/server/platform';
import { closeDatabase, migrateDatabase } from '$lib/server/db';
import { refuseControlCharacters } from '$lib/server/http';
import * as http from '$lib/server/http';
import * as jobs from '$lib/server/platform';

export const init: ServerInit = async () => {
	checkConfig(); // a wrong setting stops the start with its name, not a later request
	await migrateDatabase();
	// For scripts/server.js: the respondent's common post, answered before SvelteKit. adapter-node
	// bundles the app into one chunk, so an import from outside would load a second copy of it
	// (its own database pool and caches): the running app hands its one function over instead.
	(globalThis as Record<symbol, unknown>)[Symbol.for('hearken.respondentLane')] =
		http.respondentLane;
	await auth.deleteExpiredSessions();
	await users.deleteOldSignInFailures();
	// Scheduled sends, reminders, imports: durable jobs, claimed by every running instance.
	if (config.runsJobs) jobs.startWorker();
	// adapter-node emits this once in-flight requests are done after SIGTERM/SIGINT.
	process.once('sveltekit:shutdown' as 'exit', () => {
		void jobs.stopWorker().finally(closeDatabase);
	});
};

// API callers without a valid key are limited per IP, before any database work.
const apiBuckets = new TokenBucket(() => config.apiRateLimit);

const rateLimit: Handle = async ({ event, resolve }) => {
	if (event.url.pathname.startsWith('/api/')) {
		const wait = apiBuckets.take(clientAddress(event));
		if (wait > 0) {
			return apiError(429, `Too many requests; retry in ${wait} s.`, {
				headers: { 'retry-after': String(wait) }
			});
		}
	}
	return resolve(event);
};

// A NUL byte or another control character: refused here, naming the field, never a 500 later.
const refuseControls: Handle = async ({ event, resolve }) =>
	(await refuseControlCharacters(event)) ?? resolve(event);

const authenticate: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(auth.sessionCookieName);
	if (!token || event.url.pathname.startsWith('/api/')) {
		event.locals.user = null;
		event.locals.session = null;
		event.locals.org = null;
		return resolve(event);
	}
	const { session, user, org } = await auth.validateSessionToken(token);
	if (session) auth.setSessionTokenCookie(event, token, session.expiresAt);
	else auth.deleteSessionTokenCookie(event);
	event.locals.user = user;
	event.locals.session = session;
	event.locals.org = org;
	return resolve(event);
};

const themes = new Set(['light', 'dark']);

if (!dev) http.guardEveryNodeAnswer();

const securityHeaders: Handle = async ({ event, resolve }) => {
	const theme = event.cookies.get('theme');
	const response = await resolve(event, {
		// The page's language: a respondent page sets its survey's (Arabic reads right to left).
		transformPageChunk: ({ html }) =>
			html
				.replace('%hearken.theme%', theme && themes.has(theme) ? theme : 'system')
				.replace('%hearken.lang%', event.locals.pageLang ?? 'en')
				.replace('%hearken.dir%', directionOf(event.locals.pageLang ?? 'en'))
	});
	// A respondent page may be framed by its organisation's sites (its load says which).
	http.secure(response.headers, event.locals.frameAncestors ?? []);
	return response;
};

export const handle = sequence(rateLimit, authenticate, securityHeaders, refuseControls);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Not found' };
	const id = crypto.randomUUID();
	// The route's id, not its path: a path can hold a token or a respondent's link.
	logError(`[error ${id}] ${event.request.method} ${event.route.id ?? '(no route)'}`, error);
	return { message: 'Something went wrong on our side.', id };
};
