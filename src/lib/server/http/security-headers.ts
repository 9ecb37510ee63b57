// The security headers every answer carries, in one place: the hooks put them on SvelteKit's
// answers, the diagnostics channel on the files adapter-node serves before any hook runs, and the
// respondent lane (./respondent-lane.ts) on its own redirects.
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';

// Pages replace the CSP with SvelteKit's hashed one; everything else (JSON, files, redirects) gets
// a policy that allows nothing.
export const baselineHeaders: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()',
	'content-security-policy': "default-src 'none'; frame-ancestors 'none'"
};

/**
 * adapter-node serves static/ and the built /_app assets itself, before `handle` runs, so those
 * answers get the baseline as soon as Node receives the request; anything set later overrides it.
 * Only files (a path with an extension) get the baseline CSP here: a page revalidated with a 304
 * must keep the CSP it was cached with, which a `default-src 'none'` on the 304 would replace.
 */
export function guardEveryNodeAnswer() {
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

/**
 * The baseline on a SvelteKit answer, with the page's own CSP kept (SvelteKit turns a page into a
 * 304 after the hooks, keeping these headers) and framing allowed to `framers` when there are any.
 */
export function secure(headers: Headers, framers: readonly string[]) {
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
}
