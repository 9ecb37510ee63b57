import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { config, sendMail, DomainError, TokenBucket, generateToken, hashToken } from '../platform';
import { db, schema } from '../db';
import * as orgs from './orgs';
import {
	assertPasswordAllowed,
	hashPassword,
	verifyAgainstNothing,
	verifyPassword
} from './password';

/** What a person reads when their guesses are throttled. */
export const tooManyGuesses = (wait: number) =>
	`Too many wrong passwords for this e-mail from your network. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? 's' : ''}, or reset your password.`;

const HOUR = 60 * 60 * 1000;
const RESET_LIFETIME = HOUR;
const SIGN_UP_LIFETIME = 24 * HOUR;

export async function getUserFromEmail(email: string) {
	const [row] = await db
		.select()
		.from(schema.user)
		.where(sql`lower(${schema.user.email}) = lower(${email})`);
	return row ?? null;
}

/** Creates a user and their first organisation, of which they are the owner. */
export async function createAccount(input: {
	email: string;
	password: string;
	name: string;
	orgName: string;
}) {
	assertPasswordAllowed(input.password, input);
	const passwordHash = await hashPassword(input.password);
	try {
		return await db.transaction(async (tx) => {
			const [user] = await tx
				.insert(schema.user)
				.values({ email: input.email.trim(), name: input.name.trim(), passwordHash })
				.returning({ id: schema.user.id });
			const org = await orgs.create(tx, input.orgName.trim(), user.id);
			return { userId: user.id, orgId: org.id, orgSlug: org.slug };
		});
	} catch (error) {
		if (isUniqueViolation(error, 'user_email_lower_idx')) {
			throw new DomainError(
				'An account with this e-mail already exists. Sign in instead.',
				'conflict'
			);
		}
		throw error;
	}
}

export type SignUp = {
	email: string;
	password: string;
	name: string;
	orgName: string;
	/** Where to go once signed in (already checked to be one of ours). */
	redirectTo?: string;
};

/**
 * Starts a sign-up without saying whether the e-mail has an account: a new address gets a link that
 * creates the account, a registered one a note that someone tried. Both hash the password, so the
 * time taken does not tell them apart either.
 */
export async function requestSignUp(input: SignUp, now = Date.now()) {
	assertPasswordAllowed(input.password, input);
	const passwordHash = await hashPassword(input.password);
	const email = input.email.trim();
	const existing = await getUserFromEmail(email);
	if (existing) {
		await sendMail({
			orgId: null,
			to: existing.email,
			subject: 'Someone tried to sign up with your e-mail',
			paragraphs: [
				`Hello ${existing.name},`,
				'Someone tried to create a Hearken account with this e-mail, which already has one. If it was you, sign in instead; if you forgot your password, reset it here: ' +
					`${config.origin}/reset. If it was not you, ignore this message: nothing has changed.`
			],
			action: { label: 'Sign in', url: `${config.origin}/signin` }
		});
		return;
	}
	const token = generateToken(24);
	await db.insert(schema.pendingSignup).values({
		email,
		name: input.name.trim(),
		orgName: input.orgName.trim(),
		passwordHash,
		redirectTo: input.redirectTo ?? null,
		tokenHash: hashToken(token),
		expiresAt: new Date(now + SIGN_UP_LIFETIME)
	});
	await sendMail({
		orgId: null,
		to: email,
		subject: 'Confirm your Hearken account',
		paragraphs: [
			`Hello ${input.name.trim()},`,
			'Confirm this e-mail to create your Hearken account. The link works once, within the next 24 hours. If you did not sign up, ignore this message: no account is created.'
		],
		action: { label: 'Create my account', url: `${config.origin}/signup/confirm/${token}` }
	});
}

const unspentSignUp = (token: string, now: number) =>
	and(
		eq(schema.pendingSignup.tokenHash, hashToken(token)),
		isNull(schema.pendingSignup.usedAt),
		gt(schema.pendingSignup.expiresAt, new Date(now))
	);

/** Whether a confirmation link can still be used (for the page the link opens). */
export async function checkSignUpToken(token: string, now = Date.now()) {
	const [row] = await db
		.select({ email: schema.pendingSignup.email })
		.from(schema.pendingSignup)
		.where(unspentSignUp(token, now));
	return row?.email ?? null;
}

/** Creates the account a confirmation link stands for; the link works once, within its day. */
export async function confirmSignUp(token: string, now = Date.now()) {
	try {
		return await db.transaction(async (tx) => {
			const [pending] = await tx
				.update(schema.pendingSignup)
				.set({ usedAt: new Date(now) })
				.where(unspentSignUp(token, now))
				.returning();
			if (!pending) {
				throw new DomainError(
					'This link has expired or was already used. Sign up again, or sign in.',
					'not_found'
				);
			}
			const [user] = await tx
				.insert(schema.user)
				.values({ email: pending.email, name: pending.name, passwordHash: pending.passwordHash })
				.returning({ id: schema.user.id });
			const org = await orgs.create(tx, pending.orgName, user.id);
			return { userId: user.id, orgId: org.id, redirectTo: pending.redirectTo };
		});
	} catch (error) {
		// Two sign-ups for one address both reached its mailbox; the first link used made the account.
		if (isUniqueViolation(error, 'user_email_lower_idx')) {
			throw new DomainError('This e-mail already has an account. Sign in instead.', 'conflict');
		}
		throw error;
	}
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
	// Drizzle wraps driver errors; the PostgreSQL error is the cause (PGlite and postgres alike).
	for (
		let e = error as
			{ code?: string; constraint?: string; constraint_name?: string; cause?: unknown } | undefined;
		e;
		e = e.cause as typeof e
	) {
		if (e.code === '23505') {
			const name = e.constraint ?? e.constraint_name;
			return !constraint || !name || name === constraint;
		}
	}
	return false;
}

export type SignInResult =
	| { ok: true; userId: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; wait: number };

/**
 * Guesses at one e-mail's password from one client address: SIGN_IN_GUESSES an hour, refilled
 * evenly. Keyed by the e-mail as typed, so an unknown one is throttled exactly as a known one, and
 * the owner on another network is never locked out by a stranger (the per-address bucket of
 * guard.ts limits one address across every e-mail).
 */
export const SIGN_IN_GUESSES = 30;
const guesses = new TokenBucket(() => SIGN_IN_GUESSES, HOUR);
const guessKey = (email: string, address: string) => `${email.trim().toLowerCase()}\n${address}`;

/** Where a password check comes from: the client's address, and the time (for tests). */
export type Attempt = { address: string; now?: number };

/**
 * Checks an e-mail and password. An unknown e-mail and a wrong password get the same answer after
 * the same work (one argon2 verification), so neither the answer nor its timing tells them apart;
 * too many guesses at one e-mail from one address are throttled, whether or not it has an account.
 */
export async function authenticate(
	email: string,
	password: string,
	from: Attempt = { address: 'local' }
): Promise<SignInResult> {
	const key = guessKey(email, from.address);
	const wait = guesses.take(key, from.now);
	if (wait > 0) return { ok: false, reason: 'throttled', wait };
	const user = await getUserFromEmail(email);
	if (!user) {
		await verifyAgainstNothing(password);
		return { ok: false, reason: 'invalid' };
	}
	if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: 'invalid' };
	guesses.refund(key); // only wrong guesses count
	return { ok: true, userId: user.id };
}

/** Failed sign-ins older than the hour they count for are only noise; run at start-up. */
export async function deleteOldSignInFailures() {
	await db
		.delete(schema.signInFailure)
		.where(lt(schema.signInFailure.at, new Date(Date.now() - HOUR)));
	await db
		.delete(schema.passwordReset)
		.where(lt(schema.passwordReset.expiresAt, new Date(Date.now() - 24 * HOUR)));
	await db
		.delete(schema.pendingSignup)
		.where(lt(schema.pendingSignup.expiresAt, new Date(Date.now() - 24 * HOUR)));
}

/** Any reset link still out there stops working once the password has changed. */
function spendResetLinks(tx: Pick<typeof db, 'update'>, userId: string) {
	return tx
		.update(schema.passwordReset)
		.set({ usedAt: new Date() })
		.where(and(eq(schema.passwordReset.userId, userId), isNull(schema.passwordReset.usedAt)));
}

/**
 * Changes a password after checking the current one. A wrong current password counts as a guess
 * at the account's password from that address, so someone holding a stolen session cannot guess
 * it without limit.
 */
export async function changePassword(
	userId: string,
	current: string,
	next: string,
	from: Attempt = { address: 'local' }
) {
	const [user] = await db.select().from(schema.user).where(eq(schema.user.id, userId));
	if (!user) throw new DomainError('Your account no longer exists.', 'not_found');
	const key = guessKey(user.email, from.address);
	const wait = guesses.take(key, from.now);
	if (wait > 0) throw new DomainError(tooManyGuesses(wait), 'conflict');
	if (!(await verifyPassword(user.passwordHash, current)))
		throw new DomainError('Your current password is not right.');
	guesses.refund(key);
	assertPasswordAllowed(next, user, 'next');
	const passwordHash = await hashPassword(next);
	await db.transaction(async (tx) => {
		await tx.update(schema.user).set({ passwordHash }).where(eq(schema.user.id, userId));
		await spendResetLinks(tx, userId);
	});
}

export async function updateProfile(userId: string, name: string) {
	await db.update(schema.user).set({ name: name.trim() }).where(eq(schema.user.id, userId));
}

/** E-mails a single-use reset link valid for an hour; says nothing about whether the e-mail exists. */
export async function requestPasswordReset(email: string) {
	const user = await getUserFromEmail(email);
	if (!user) return;
	const token = generateToken(24);
	await db.insert(schema.passwordReset).values({
		userId: user.id,
		tokenHash: hashToken(token),
		expiresAt: new Date(Date.now() + RESET_LIFETIME)
	});
	await sendMail({
		orgId: null,
		to: user.email,
		subject: 'Reset your Hearken password',
		paragraphs: [
			`Hello ${user.name},`,
			'Someone asked to reset the password of your Hearken account. The link works once, within the next hour. If it was not you, ignore this message: your password stays as it is.'
		],
		action: { label: 'Choose a new password', url: `${config.origin}/reset/${token}` }
	});
}

export async function checkResetToken(token: string) {
	const [row] = await db
		.select({ id: schema.passwordReset.id })
		.from(schema.passwordReset)
		.where(
			and(
				eq(schema.passwordReset.tokenHash, hashToken(token)),
				isNull(schema.passwordReset.usedAt),
				gt(schema.passwordReset.expiresAt, new Date())
			)
		);
	return Boolean(row);
}

/** Sets a new password from a reset link; the link is spent and every session signed out. */
export async function resetPassword(token: string, password: string) {
	const [owner] = await db
		.select({ email: schema.user.email, name: schema.user.name })
		.from(schema.passwordReset)
		.innerJoin(schema.user, eq(schema.user.id, schema.passwordReset.userId))
		.where(eq(schema.passwordReset.tokenHash, hashToken(token)));
	// An unknown or spent link is refused below, as before.
	if (owner) assertPasswordAllowed(password, owner);
	const passwordHash = await hashPassword(password);
	return db.transaction(async (tx) => {
		const [reset] = await tx
			.update(schema.passwordReset)
			.set({ usedAt: new Date() })
			.where(
				and(
					eq(schema.passwordReset.tokenHash, hashToken(token)),
					isNull(schema.passwordReset.usedAt),
					gt(schema.passwordReset.expiresAt, new Date())
				)
			)
			.returning({ userId: schema.passwordReset.userId });
		if (!reset) {
			throw new DomainError('This reset link has expired or was already used. Ask for a new one.');
		}
		await tx.update(schema.user).set({ passwordHash }).where(eq(schema.user.id, reset.userId));
		await spendResetLinks(tx, reset.userId);
		await tx.delete(schema.session).where(eq(schema.session.userId, reset.userId));
		await tx.delete(schema.signInFailure).where(eq(schema.signInFailure.userId, reset.userId));
		return reset.userId;
	});
}
