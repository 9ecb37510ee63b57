import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { hasRole, roleLabels, type Role } from '../roles';
import { config } from './config';
import { TokenBucket } from './rate-limit';

/** Only paths on this site: `//evil.example` and `https://…` fall back to the home page. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
	return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
		? target
		: fallback;
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
