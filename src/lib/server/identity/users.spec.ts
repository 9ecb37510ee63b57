import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as auth from '../auth';
import { db, schema } from '../db';
import { DomainError } from '../platform';
import { makeAccount, uniqueEmail } from '../testing';
import * as users from './users';

describe('createAccount', () => {
	it('creates the user, their organisation and makes them its owner', async () => {
		const account = await makeAccount('founder');
		expect(account.orgSlug).toMatch(/^founder-org(-\d+)?$/);
		const [member] = await db
			.select()
			.from(schema.membership)
			.where(eq(schema.membership.userId, account.userId));
		expect(member).toMatchObject({ orgId: account.orgId, role: 'owner' });
		const [user] = await db.select().from(schema.user).where(eq(schema.user.id, account.userId));
		expect(user.passwordHash).not.toContain(account.password);
	});

	it('refuses a second account for the same e-mail, whatever its case', async () => {
		const account = await makeAccount('dup');
		await expect(
			users.createAccount({
				email: account.email.toUpperCase(),
				password: 'another password',
				name: 'Copy',
				orgName: 'Copy org'
			})
		).rejects.toThrow(DomainError);
	});

	it('gives organisations with the same name distinct slugs', async () => {
		const a = await makeAccount('same');
		const b = await makeAccount('same');
		expect(a.orgSlug).not.toBe(b.orgSlug);
	});
});

describe('signing up by e-mail', () => {
	const mailTo = (email: string) =>
		db.select().from(schema.emailMessage).where(eq(schema.emailMessage.to, email));
	const signUp = (email: string, now?: number) =>
		users.requestSignUp(
			{ email, password: 'a fine passphrase', name: 'Newcomer', orgName: 'Newcomer org' },
			now
		);
	async function confirmationToken(email: string) {
		const [message] = await mailTo(email);
		expect(message.orgId).toBeNull(); // account mail: no organisation may read it
		return message.text.match(/\/signup\/confirm\/([a-z0-9]+)/)![1];
	}

	it('answers alike for a new and a registered e-mail, creating nothing before the link', async () => {
		const account = await makeAccount('registered');
		const fresh = uniqueEmail('fresh');
		expect(await signUp(account.email.toUpperCase())).toEqual(await signUp(fresh));
		expect(await users.getUserFromEmail(fresh)).toBeNull();

		const [tried] = await mailTo(account.email);
		expect(tried.subject).toBe('Someone tried to sign up with your e-mail');
		expect(tried.text).toMatch(/\/signin\b/);
		expect(tried.text).toMatch(/\/reset\b/);
		expect(tried.text).not.toMatch(/\/signup\/confirm\//);
		const [confirm] = await mailTo(fresh);
		expect(confirm.subject).toBe('Confirm your Hearken account');
	});

	it('checks the password rules before sending anything', async () => {
		const email = uniqueEmail('weak');
		await expect(
			users.requestSignUp({ email, password: 'password', name: 'W', orgName: 'W org' })
		).rejects.toThrow(DomainError);
		expect(await mailTo(email)).toHaveLength(0);
	});

	it('creates the account from the link once, storing only hashes', async () => {
		const email = uniqueEmail('confirm');
		await signUp(email);
		const token = await confirmationToken(email);
		const [pending] = await db
			.select()
			.from(schema.pendingSignup)
			.where(eq(schema.pendingSignup.email, email));
		expect(pending.tokenHash).not.toContain(token);
		expect(pending.passwordHash).not.toContain('a fine passphrase');
		expect(await users.checkSignUpToken(token)).toBe(email);

		const account = await users.confirmSignUp(token);
		const [member] = await db
			.select()
			.from(schema.membership)
			.where(eq(schema.membership.userId, account.userId));
		expect(member).toMatchObject({ orgId: account.orgId, role: 'owner' });
		expect(await users.authenticate(email, 'a fine passphrase')).toEqual({
			ok: true,
			userId: account.userId
		});

		expect(await users.checkSignUpToken(token)).toBeNull();
		await expect(users.confirmSignUp(token)).rejects.toThrow(/expired or was already used/);
	});

	it('refuses a link after 24 hours', async () => {
		const email = uniqueEmail('slow');
		const sentAt = Date.parse('2026-03-01T09:00:00Z');
		await signUp(email, sentAt);
		const token = await confirmationToken(email);
		const day = 24 * 60 * 60 * 1000;
		expect(await users.checkSignUpToken(token, sentAt + day - 1000)).toBe(email);
		await expect(users.confirmSignUp(token, sentAt + day + 1000)).rejects.toThrow(
			/expired or was already used/
		);
		expect(await users.getUserFromEmail(email)).toBeNull();
	});
});

describe('authenticate', () => {
	it('accepts the right password, with the e-mail in any case', async () => {
		const account = await makeAccount('signin');
		expect(await users.authenticate(account.email.toUpperCase(), account.password)).toEqual({
			ok: true,
			userId: account.userId
		});
	});

	it('answers a wrong password and an unknown e-mail alike', async () => {
		const account = await makeAccount('alike');
		const wrong = await users.authenticate(account.email, 'not the password');
		const unknown = await users.authenticate(uniqueEmail('nobody'), 'not the password');
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual(wrong);
	});

	it('takes about the same time for an unknown e-mail as for a wrong password', async () => {
		const account = await makeAccount('timing');
		const median = async (email: string) => {
			const times: number[] = [];
			for (let i = 0; i < 7; i++) {
				const start = performance.now();
				await users.authenticate(email, 'not the password');
				times.push(performance.now() - start);
			}
			return times.sort((a, b) => a - b)[3];
		};
		await median(uniqueEmail('warm-up'));
		const wrong = await median(account.email);
		const unknown = await median(uniqueEmail('nobody'));
		expect(unknown / wrong).toBeGreaterThan(0.5);
		expect(unknown / wrong).toBeLessThan(2);
	});

	// The account was locked for an hour after 100 failures in an hour by anyone: a stranger could
	// lock its owner out, and "locked" told them the account existed. Guesses are now throttled
	// per e-mail and client address, alike for an unknown e-mail, and the owner elsewhere is not.
	it(`throttles ${users.SIGN_IN_GUESSES} wrong guesses an hour per e-mail and address, known or not`, async () => {
		const account = await makeAccount('guessed');
		const nobody = uniqueEmail('nobody');
		const attacker = { address: '203.0.113.7', now: Date.parse('2026-01-01T10:00:00Z') };
		const answers = async (email: string) => {
			const seen = [];
			for (let i = 0; i <= users.SIGN_IN_GUESSES; i++)
				seen.push(await users.authenticate(email, `guess ${i}`, attacker));
			return seen;
		};
		const known = await answers(account.email);
		expect(known.slice(0, -1).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
		expect(known.at(-1)).toMatchObject({ ok: false, reason: 'throttled' });
		// An unknown e-mail gets the very same answers: nothing tells the two apart.
		expect(await answers(nobody)).toEqual(known);
		// Throttled, the right password from that address waits too…
		expect(await users.authenticate(account.email, account.password, attacker)).toMatchObject({
			reason: 'throttled'
		});
		// …but its owner, on their own network, signs in: nobody locked them out.
		const owner = { address: '198.51.100.1', now: attacker.now };
		expect(await users.authenticate(account.email, account.password, owner)).toMatchObject({
			ok: true
		});
		// A guess comes back as the bucket refills (an hour for all of them).
		const later = { ...attacker, now: attacker.now + (60 * 60 * 1000) / users.SIGN_IN_GUESSES };
		expect(await users.authenticate(account.email, account.password, later)).toMatchObject({
			ok: true
		});
	});

	it('does not count a right password as a guess', async () => {
		const account = await makeAccount('regular');
		const from = { address: '192.0.2.9', now: Date.parse('2026-01-01T10:00:00Z') };
		for (let i = 0; i <= users.SIGN_IN_GUESSES; i++)
			expect((await users.authenticate(account.email, account.password, from)).ok).toBe(true);
	});
});

describe('password reset', () => {
	async function resetLinkFor(email: string) {
		await users.requestPasswordReset(email);
		const [message] = await db
			.select()
			.from(schema.emailMessage)
			.where(eq(schema.emailMessage.to, email));
		expect(message.orgId).toBeNull(); // account mail: no organisation may read it
		return message.text.match(/\/reset\/([a-z0-9]+)/)![1];
	}

	it('sets a new password once, signs out every session and stores only the token hash', async () => {
		const account = await makeAccount('reset');
		await auth.createSession(auth.generateSessionToken(), account.userId, account.orgId);
		const token = await resetLinkFor(account.email);
		const [row] = await db
			.select()
			.from(schema.passwordReset)
			.where(eq(schema.passwordReset.userId, account.userId));
		expect(row.tokenHash).not.toBe(token);
		expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60 * 1000);
		expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);

		expect(await users.checkResetToken(token)).toBe(true);
		await users.resetPassword(token, 'a brand new password');
		expect((await users.authenticate(account.email, 'a brand new password')).ok).toBe(true);
		expect((await users.authenticate(account.email, account.password)).ok).toBe(false);
		const sessions = await db
			.select()
			.from(schema.session)
			.where(eq(schema.session.userId, account.userId));
		expect(sessions).toHaveLength(0);

		expect(await users.checkResetToken(token)).toBe(false);
		await expect(users.resetPassword(token, 'yet another password')).rejects.toThrow(
			/expired or was already used/
		);
	});

	it('refuses a link older than an hour', async () => {
		const account = await makeAccount('late');
		const token = await resetLinkFor(account.email);
		await db
			.update(schema.passwordReset)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(schema.passwordReset.userId, account.userId));
		await expect(users.resetPassword(token, 'too late password')).rejects.toThrow(DomainError);
	});

	it('sends nothing for an unknown e-mail', async () => {
		const email = uniqueEmail('ghost');
		await users.requestPasswordReset(email);
		const messages = await db
			.select()
			.from(schema.emailMessage)
			.where(eq(schema.emailMessage.to, email));
		expect(messages).toHaveLength(0);
	});
});

describe('changing a password', () => {
	it('counts a wrong current password as a guess, and throttles after too many', async () => {
		const account = await makeAccount('changer');
		const from = { address: '203.0.113.8', now: Date.parse('2026-01-01T10:00:00Z') };
		for (let i = 0; i < users.SIGN_IN_GUESSES; i++) {
			await expect(
				users.changePassword(account.userId, 'wrong', 'a new password', from)
			).rejects.toThrow(/current password is not right/);
		}
		await expect(
			users.changePassword(account.userId, account.password, 'a new password', from)
		).rejects.toThrow(/Too many wrong passwords/);
		// The same account's guesses at sign-in from that address are the same bucket.
		expect(await users.authenticate(account.email, account.password, from)).toMatchObject({
			reason: 'throttled'
		});
	});

	it('spends every reset link still out there, as a reset does', async () => {
		const account = await makeAccount('spender');
		await users.requestPasswordReset(account.email);
		await users.requestPasswordReset(account.email);
		const tokens = (
			await db.select().from(schema.emailMessage).where(eq(schema.emailMessage.to, account.email))
		).map((m) => m.text.match(/\/reset\/([a-z0-9]+)/)![1]);
		expect(tokens).toHaveLength(2);
		await users.changePassword(account.userId, account.password, 'changed by hand');
		for (const token of tokens) expect(await users.checkResetToken(token)).toBe(false);

		await users.requestPasswordReset(account.email);
		await users.requestPasswordReset(account.email);
		const [first, second] = (
			await db.select().from(schema.emailMessage).where(eq(schema.emailMessage.to, account.email))
		)
			.map((m) => m.text.match(/\/reset\/([a-z0-9]+)/)![1])
			.filter((t) => !tokens.includes(t));
		await users.resetPassword(first, 'reset with the first link');
		expect(await users.checkResetToken(second)).toBe(false);
	});
});
