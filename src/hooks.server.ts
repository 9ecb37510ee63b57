import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import * as auth from '$lib/server/auth';
import { apiError } from '$lib/server/api/respond';
import { config } from '$lib/server/config';
import { closeDatabase, migrateDatabase } from '$lib/server/db';
import { TokenBucket } from '$lib/server/rate-limit';

export const init: ServerInit = async () => {
	await migrateDatabase();
	// adapter-node emits this once in-flight requests are done after SIGTERM/SIGINT.
	process.once('sveltekit:shutdown' as 'exit', () => {
		void closeDatabase();
	});
};

// API callers without a valid key are limited per IP, before any database work.
const apiBuckets = new TokenBucket(() => config.apiRateLimit);

const rateLimit: Handle = async ({ event, resolve }) => {
	if (event.url.pathname.startsWith('/api/')) {
		const wait = apiBuckets.take(event.getClientAddress());
		if (wait > 0) {
			return apiError(429, `Too many requests; retry in ${wait} s.`, {
				headers: { 'retry-after': String(wait) }
			});
		}
	}
	return resolve(event);
};

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

const securityHeaders: Handle = async ({ event, resolve }) => {
	const theme = event.cookies.get('theme');
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%hearken.theme%', theme && themes.has(theme) ? theme : 'system')
	});
	const headers = response.headers;
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	headers.set('x-frame-options', 'DENY');
	headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	// Pages get SvelteKit's hashed CSP; everything else (JSON, files) a policy that allows nothing.
	if (!headers.has('content-security-policy')) {
		headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
	}
	return response;
};

export const handle = sequence(rateLimit, authenticate, securityHeaders);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status === 404) return { message: 'Not found' };
	const id = crypto.randomUUID();
	console.error(`[error ${id}]`, error);
	return { message: 'Something went wrong on our side.', id };
};
