import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { message, type SuperValidated } from 'sveltekit-superforms';
import { isUuid } from '../../ids';
import { hasRole, roleLabels, type Role } from '../../roles';
import { clientAddress, config, DomainError, TokenBucket } from '../platform';

/** Only paths on this site: `//evil.example`, `/\tevil`, `https://…` fall back to `fallback`. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
	if (!target || !target.startsWith('/')) return fallback;
	// Resolve it the way a browser would (which drops tabs and newlines, and reads \ as /).
	const base = 'http://hearken.invalid';
	let url: URL;
	try {
		url = new URL(target, base);
	} catch {
		return fallback; // e.g. `//`: a host-relative URL with no host
	}
	const path = url.pathname + url.search + url.hash;
	// `/.//evil` normalises to `//evil`, which a browser would read as another host.
	return url.origin === base && !path.startsWith('//') ? path : fallback;
}

/** The posted form, or 400 when the body is not a form at all (instead of a 500). */
export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		error(400, 'The form could not be read. Reload the page and try again.');
	}
}

export function requireUser(event: RequestEvent) {
	const { user, session } = event.locals;
	if (!user || !session) {
		redirect(
			303,
			`/signin?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`
		);
	}
	return { user, session };
}

/** The signed-in user working in an organisation in which they hold at least `role`. */
export function requireOrg(event: RequestEvent, role: Role = 'viewer') {
	const { user, session } = requireUser(event);
	const org = event.locals.org;
	if (!org) redirect(303, '/orgs');
	if (!hasRole(org.role, role)) {
		error(403, `This needs the ${roleLabels[role]} role or higher in ${org.name}.`);
	}
	return { user, session, org };
}

/** Sign-in style forms: a token bucket per client IP (AUTH_RATE_LIMIT a minute). */
const authThrottle = new TokenBucket(() => config.authRateLimit);

/**
 * Takes a token for this client's IP; when none is left, the form's answer (429 with a message
 * shown on the page, not an error page), else null.
 */
export function throttleAuth<T extends Record<string, unknown>>(
	event: RequestEvent,
	form: SuperValidated<T, App.Superforms.Message>
) {
	const wait = authThrottle.take(clientAddress(event));
	if (wait === 0) return null;
	return message(
		form,
		{
			type: 'error',
			text: `Too many attempts from your network. Wait ${wait} seconds and try again.`
		},
		{ status: 429 }
	);
}

/** Looks up a record by an id from the URL: a malformed id, or another organisation's, is a 404. */
export async function findById<T>(id: string, lookup: (id: string) => Promise<T>): Promise<T> {
	if (!isUuid(id)) error(404, 'Not found');
	try {
		return await lookup(id);
	} catch (e) {
		if (e instanceof DomainError && e.code === 'not_found') error(404, 'Not found');
		throw e;
	}
}
