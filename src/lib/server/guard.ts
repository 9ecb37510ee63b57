import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { hasRole, roleLabels, type Role } from '../roles';
import { config } from './config';
import { TokenBucket } from './rate-limit';

/** Only paths on this site: `//evil.example`, `/\tevil`, `https://…` fall back to `fallback`. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
	if (!target || !target.startsWith('/')) return fallback;
	// Resolve it the way a browser would (which drops tabs and newlines, and reads \ as /).
	const base = 'http://hearken.invalid';
	const url = new URL(target, base);
	const path = url.pathname + url.search + url.hash;
	// `/.//evil` normalises to `//evil`, which a browser would read as another host.
	return url.origin === base && !path.startsWith('//') ? path : fallback;
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
export const authThrottle = new TokenBucket(() => config.authRateLimit);
