import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { dev } from '$app/environment';
import * as auth from '$lib/server/auth';
import * as users from '$lib/server/users';
import { apiError } from '$lib/server/api/respond';
import { directionOf } from '$lib/i18n/respondent';
import { checkConfig, config } from '$lib/server/config';
import { closeDatabase, migrateDatabase } from '$lib/server/db';
import { refuseControlCharacters } from '$lib/server/input-guard';
import { logError } from '$lib/server/log';
import { clientAddress, TokenBucket } from '$lib/server/rate-limit';
import { answerInLane } from '$lib/server/respondent-post';
import * as jobs from '$lib/server/jobs';
import '$lib/server/job-kinds';

export const init: ServerInit = async () => {
	checkConfig(); // a wrong setting stops the start with its name, not a later request
	await migrateDatabase();
	// For scripts/server.js: the respondent's common post, answered before SvelteKit.
	(globalThis as Record<symbol, unknown>)[Symbol.for('hearken.respondentLane')] = answerInLane;
	// And the log it writes a failure to: codes and ids, never answers.
	(globalThis as Record<symbol, unknown>)[Symbol.for('hearken.logError')] = logError;
	await auth.deleteExpiredSessions();
	await users.deleteOldSignInFailures();
	// Scheduled sends, reminders, imports: durable jobs, claimed by every running instance.
	if (!process.env.HEARKEN_NO_WORKER) jobs.startWorker();
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

// Headers every answer carries. Pages replace the CSP with SvelteKit's hashed one; everything else
// (JSON, files) gets a policy that allows nothing.
const baselineHeaders = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()',
	'content-security-policy': "default-src 'none'; frame-ancestors 'none'"
};

// adapter-node serves static/ and the built /_app assets itself, before `handle` runs, so those
// answers get the baseline as soon as Node receives the request; anything set later overrides it.
// Only files (a path with an extension) get the baseline CSP here: a page revalidated with a 304
// must keep the CSP it was cached with, which a `default-src 'none'` on the 304 would replace.
if (!dev) {
	subscribe('http.server.request.start', (message) => {
		const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
		const path = (request.url ?? '').split('?')[0];
		const isFile = /\.[a-z0-9]+$/i.test(path);
		for (const [name, value] of Object.entries(baselineHeaders)) {
			// A respondent page may be framed by its organisation's sites: the hook decides.
			if (name === 'x-frame-options' && path.startsWith('/s/') && !isFile) continue;
			if (name !== 'content-security-policy' || isFile) response.setHeader(name, value);
		}
	});
}

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
	const headers = response.headers;
	// SvelteKit turns a page into a 304 after this hook, keeping these headers: a page keeps its own
	// CSP, so the revalidated copy the browser shows keeps it too.
	const framers = event.locals.frameAncestors ?? [];
	for (const [name, value] of Object.entries(baselineHeaders)) {
		if (name === 'x-frame-options' && framers.length) continue;
		if (name !== 'content-security-policy' || !headers.has(name)) headers.set(name, value);
	}
	const csp = headers.get('content-security-policy');
	if (framers.length && csp)
		headers.set(
			'content-security-policy',
			csp.replace("frame-ancestors 'none'", `frame-ancestors 'self' ${framers.join(' ')}`)
		);
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
