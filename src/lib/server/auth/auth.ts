import { dev } from '$app/environment';
import type { RequestEvent } from '@sveltejs/kit';
import { config, generateToken, hashToken } from '../platform';
import { and, eq, lt } from 'drizzle-orm';
import type { Role } from '../../roles';
import { db, schema } from '../db';
import { orgs } from '../identity';

const DAY = 24 * 60 * 60 * 1000;
const SESSION_LENGTH = 30 * DAY;
// A session used in its last 15 days is renewed for another 30: a sliding expiry.
const RENEW_WITHIN = 15 * DAY;

export const sessionCookieName = 'hearken_session';

export function generateSessionToken(): string {
	return generateToken(20);
}

export async function createSession(token: string, userId: string, orgId: string | null) {
	const session = {
		id: hashToken(token),
		userId,
		orgId,
		expiresAt: new Date(Date.now() + SESSION_LENGTH)
	};
	await db.insert(schema.session).values(session);
	return session;
}

export type SessionUser = { id: string; email: string; name: string };
export type ActiveOrg = { id: string; slug: string; name: string; role: Role };

export async function validateSessionToken(token: string) {
	const sessionId = hashToken(token);
	const [row] = await db
		.select({
			session: schema.session,
			user: { id: schema.user.id, email: schema.user.email, name: schema.user.name }
		})
		.from(schema.session)
		.innerJoin(schema.user, eq(schema.session.userId, schema.user.id))
		.where(eq(schema.session.id, sessionId));
	if (!row) return { session: null, user: null, org: null };

	const { session, user } = row;
	if (Date.now() >= session.expiresAt.getTime()) {
		await db.delete(schema.session).where(eq(schema.session.id, sessionId));
		return { session: null, user: null, org: null };
	}
	if (Date.now() >= session.expiresAt.getTime() - RENEW_WITHIN) {
		session.expiresAt = new Date(Date.now() + SESSION_LENGTH);
		await db
			.update(schema.session)
			.set({ expiresAt: session.expiresAt })
			.where(eq(schema.session.id, sessionId));
	}
	const org = await resolveActiveOrg(session.id, user.id, session.orgId);
	return { session, user: user as SessionUser, org };
}

/** The session's organisation if the user still belongs to it, else their first one. */
async function resolveActiveOrg(
	sessionId: string,
	userId: string,
	orgId: string | null
): Promise<ActiveOrg | null> {
	const memberships = await orgs.listForUser(userId);
	const active = memberships.find((m) => m.id === orgId) ?? memberships[0] ?? null;
	if ((active?.id ?? null) !== orgId) {
		await db
			.update(schema.session)
			.set({ orgId: active?.id ?? null })
			.where(eq(schema.session.id, sessionId));
	}
	return active;
}

export type SessionValidationResult = Awaited<ReturnType<typeof validateSessionToken>>;

export async function invalidateSession(sessionId: string) {
	await db.delete(schema.session).where(eq(schema.session.id, sessionId));
}

/** Removes expired sessions; run at start-up so the table does not grow without end. */
export async function deleteExpiredSessions() {
	await db.delete(schema.session).where(lt(schema.session.expiresAt, new Date()));
}

export async function invalidateAllSessions(userId: string) {
	await db.delete(schema.session).where(eq(schema.session.userId, userId));
}

/** Switches the session to another organisation the user belongs to; false if they do not. */
export async function switchOrganization(sessionId: string, userId: string, orgId: string) {
	const [member] = await db
		.select({ orgId: schema.membership.orgId })
		.from(schema.membership)
		.where(and(eq(schema.membership.userId, userId), eq(schema.membership.orgId, orgId)));
	if (!member) return false;
	await db.update(schema.session).set({ orgId }).where(eq(schema.session.id, sessionId));
	return true;
}

/**
 * Secure cookies in production: always over https, and over plain http only on this machine
 * (localhost, where browsers accept them) or when COOKIE_SECURE=false says the deployment is
 * deliberately plain http.
 */
let warnedPlainHttp = false;

function isSecure(event: RequestEvent) {
	if (event.url.protocol === 'https:') return true;
	if (config.cookieSecure !== undefined) return config.cookieSecure;
	if (dev || ['localhost', '127.0.0.1', '[::1]'].includes(event.url.hostname)) return false;
	if (!warnedPlainHttp) {
		warnedPlainHttp = true;
		// Browsers drop a Secure cookie sent over plain http: sign-in would silently not stick.
		console.warn(
			`[auth] ${event.url.origin} is plain http: session cookies are Secure and browsers will not keep them. Serve https (and set ORIGIN), or set COOKIE_SECURE=false.`
		);
	}
	return true;
}

export function setSessionTokenCookie(event: RequestEvent, token: string, expiresAt: Date) {
	event.cookies.set(sessionCookieName, token, {
		expires: expiresAt,
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(event)
	});
}

export function deleteSessionTokenCookie(event: RequestEvent) {
	event.cookies.delete(sessionCookieName, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(event)
	});
}

/** Signs the user in on this request: a new token every time, never a reused one. */
export async function startSession(event: RequestEvent, userId: string, orgId: string | null) {
	const token = generateSessionToken();
	const session = await createSession(token, userId, orgId);
	setSessionTokenCookie(event, token, session.expiresAt);
	return session;
}
