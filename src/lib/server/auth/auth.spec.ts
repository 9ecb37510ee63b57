import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as auth from './auth';
import { db, schema } from '../db';
import { orgs } from '../identity';
import { makeAccount } from '../testing';
import { hashToken } from '../platform';

const DAY = 24 * 60 * 60 * 1000;

describe('sessions', () => {
	it('keeps only the SHA-256 of the token and finds the user and organisation from the token', async () => {
		const account = await makeAccount('session');
		const token = auth.generateSessionToken();
		expect(token).toMatch(/^[a-z2-7]{32}$/); // 160 random bits, base32
		const session = await auth.createSession(token, account.userId, account.orgId);
		expect(session.id).toBe(hashToken(token));
		expect(session.id).not.toContain(token);

		const result = await auth.validateSessionToken(token);
		expect(result.user).toMatchObject({ id: account.userId, email: account.email });
		expect(result.org).toMatchObject({ id: account.orgId, role: 'owner' });
		expect((await auth.validateSessionToken(auth.generateSessionToken())).session).toBeNull();
	});

	it('expires after 30 days and slides forward when used in the last 15', async () => {
		const account = await makeAccount('sliding');
		const token = auth.generateSessionToken();
		const session = await auth.createSession(token, account.userId, account.orgId);
		expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan(29.9 * DAY);

		await db
			.update(schema.session)
			.set({ expiresAt: new Date(Date.now() + 10 * DAY) })
			.where(eq(schema.session.id, session.id));
		const renewed = await auth.validateSessionToken(token);
		expect(renewed.session!.expiresAt.getTime() - Date.now()).toBeGreaterThan(29.9 * DAY);

		await db
			.update(schema.session)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(schema.session.id, session.id));
		expect((await auth.validateSessionToken(token)).session).toBeNull();
		expect(
			await db.select().from(schema.session).where(eq(schema.session.id, session.id))
		).toHaveLength(0);
	});

	it('signs out one session or all of them', async () => {
		const account = await makeAccount('signout');
		const [a, b, c] = [
			auth.generateSessionToken(),
			auth.generateSessionToken(),
			auth.generateSessionToken()
		];
		const sa = await auth.createSession(a, account.userId, null);
		await auth.createSession(b, account.userId, null);
		await auth.createSession(c, account.userId, null);
		await auth.invalidateSession(sa.id);
		expect((await auth.validateSessionToken(a)).session).toBeNull();
		expect((await auth.validateSessionToken(b)).session).not.toBeNull();
		await auth.invalidateAllSessions(account.userId);
		expect((await auth.validateSessionToken(b)).session).toBeNull();
		expect((await auth.validateSessionToken(c)).session).toBeNull();
	});

	it('switches only to organisations the user belongs to, and falls back when removed', async () => {
		const account = await makeAccount('switcher');
		const other = await makeAccount('stranger');
		const second = await orgs.createForUser('Second org', account.userId);
		const token = auth.generateSessionToken();
		const session = await auth.createSession(token, account.userId, account.orgId);

		expect(await auth.switchOrganization(session.id, account.userId, other.orgId)).toBe(false);
		expect((await auth.validateSessionToken(token)).org!.id).toBe(account.orgId);
		expect(await auth.switchOrganization(session.id, account.userId, second.id)).toBe(true);
		expect((await auth.validateSessionToken(token)).org!.id).toBe(second.id);

		// Leaving the active organisation moves the session back to one the user still belongs to.
		await orgs.changeRole(
			second.id,
			{ userId: account.userId, role: 'owner' },
			account.userId,
			'owner'
		);
		await db
			.insert(schema.membership)
			.values({ orgId: second.id, userId: other.userId, role: 'owner' });
		await orgs.removeMember(second.id, { userId: account.userId, role: 'owner' }, account.userId);
		expect((await auth.validateSessionToken(token)).org!.id).toBe(account.orgId);
	});
});

describe('housekeeping at start-up', () => {
	it('removes expired sessions and keeps live ones', async () => {
		const account = await makeAccount('prune');
		const live = await auth.createSession(auth.generateSessionToken(), account.userId, null);
		const old = await auth.createSession(auth.generateSessionToken(), account.userId, null);
		await db
			.update(schema.session)
			.set({ expiresAt: new Date(Date.now() - DAY) })
			.where(eq(schema.session.id, old.id));
		await auth.deleteExpiredSessions();
		const left = await db
			.select()
			.from(schema.session)
			.where(eq(schema.session.userId, account.userId));
		expect(left.map((s) => s.id)).toEqual([live.id]);
	});
});
