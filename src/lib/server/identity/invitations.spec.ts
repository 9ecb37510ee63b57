import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import * as invitations from './invitations';
import * as orgs from './orgs';
import { makeAccount, uniqueEmail } from '../testing';

async function linkFor(email: string) {
	const [message] = await db
		.select()
		.from(schema.emailMessage)
		.where(eq(schema.emailMessage.to, email));
	return message;
}

async function ownerOfNewOrg() {
	const account = await makeAccount('inviter');
	return { account, actor: { userId: account.userId, role: 'owner' as const, name: account.name } };
}

describe('invitations', () => {
	it('e-mails a link to the organisation’s outbox, valid 7 days, and the invitee joins with the role', async () => {
		const { account, actor } = await ownerOfNewOrg();
		const invitee = await makeAccount('invitee');
		await invitations.invite(account.orgId, actor, invitee.email, 'analyst');

		const message = await linkFor(invitee.email);
		expect(message.orgId).toBe(account.orgId);
		expect(message.subject).toContain('invited you to');
		const token = message.text.match(/\/invite\/([a-z0-9]+)/)![1];

		const view = await invitations.findByToken(token);
		expect(view).toMatchObject({ email: invitee.email, role: 'analyst', status: 'pending' });
		const pending = await invitations.listPending(account.orgId);
		expect(pending).toHaveLength(1);
		const days = (pending[0].expiresAt.getTime() - Date.now()) / 86_400_000;
		expect(days).toBeGreaterThan(6.99);
		expect(days).toBeLessThanOrEqual(7);

		expect(await invitations.accept(token, { id: invitee.userId, email: invitee.email })).toBe(
			account.orgId
		);
		const members = await db
			.select()
			.from(schema.membership)
			.where(eq(schema.membership.orgId, account.orgId));
		expect(members.find((m) => m.userId === invitee.userId)?.role).toBe('analyst');
		expect((await invitations.findByToken(token))?.status).toBe('accepted');
		await expect(
			invitations.accept(token, { id: invitee.userId, email: invitee.email })
		).rejects.toThrow(/no longer valid/);
	});

	it('refuses someone signed in with another e-mail', async () => {
		const { account, actor } = await ownerOfNewOrg();
		const email = uniqueEmail('intended');
		await invitations.invite(account.orgId, actor, email, 'viewer');
		const token = (await linkFor(email)).text.match(/\/invite\/([a-z0-9]+)/)![1];
		const intruder = await makeAccount('intruder');
		await expect(
			invitations.accept(token, { id: intruder.userId, email: intruder.email })
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('refuses an expired invitation and a revoked one', async () => {
		const { account, actor } = await ownerOfNewOrg();
		const late = await makeAccount('late');
		await invitations.invite(account.orgId, actor, late.email, 'viewer');
		const lateToken = (await linkFor(late.email)).text.match(/\/invite\/([a-z0-9]+)/)![1];
		await db
			.update(schema.invitation)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(schema.invitation.email, late.email));
		expect((await invitations.findByToken(lateToken))?.status).toBe('expired');
		await expect(
			invitations.accept(lateToken, { id: late.userId, email: late.email })
		).rejects.toThrow(/expired/);

		const revoked = await makeAccount('revoked');
		await invitations.invite(account.orgId, actor, revoked.email, 'viewer');
		const token = (await linkFor(revoked.email)).text.match(/\/invite\/([a-z0-9]+)/)![1];
		const [pending] = await invitations.listPending(account.orgId);
		const other = await makeAccount('other');
		expect(await invitations.revoke(other.orgId, pending.id)).toBe(false); // not theirs
		expect(await invitations.revoke(account.orgId, pending.id)).toBe(true);
		expect(await invitations.listPending(account.orgId)).toHaveLength(0);
		await expect(
			invitations.accept(token, { id: revoked.userId, email: revoked.email })
		).rejects.toThrow(/no longer valid/);
	});

	it('lets only owners invite owners, and not analysts invite at all', async () => {
		const { account } = await ownerOfNewOrg();
		await expect(
			invitations.invite(
				account.orgId,
				{ userId: account.userId, role: 'admin', name: 'A' },
				uniqueEmail(),
				'owner'
			)
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			invitations.invite(
				account.orgId,
				{ userId: account.userId, role: 'analyst', name: 'A' },
				uniqueEmail(),
				'viewer'
			)
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			invitations.invite(
				account.orgId,
				{ userId: account.userId, role: 'owner', name: 'A' },
				account.email,
				'viewer'
			)
		).rejects.toThrow(/already a member/);
	});
});

describe('invitations and the inviter’s rights', () => {
	it('die when the inviter is demoted or removed before they are accepted', async () => {
		const { account } = await ownerOfNewOrg();
		const admin = await makeAccount('admin');
		await db
			.insert(schema.membership)
			.values({ orgId: account.orgId, userId: admin.userId, role: 'admin' });
		const invitee = await makeAccount('invitee');
		await invitations.invite(
			account.orgId,
			{ userId: admin.userId, role: 'admin', name: 'Admin' },
			invitee.email,
			'editor'
		);
		const token = (await linkFor(invitee.email)).text.match(/\/invite\/([a-z0-9]+)/)![1];

		await db
			.update(schema.membership)
			.set({ role: 'viewer' })
			.where(eq(schema.membership.userId, admin.userId));
		await expect(
			invitations.accept(token, { id: invitee.userId, email: invitee.email })
		).rejects.toThrow(/can no longer grant/);
		// Restored rights make the same invitation good again: it is the inviter's role that counts.
		await db
			.update(schema.membership)
			.set({ role: 'admin' })
			.where(eq(schema.membership.userId, admin.userId));
		expect(await invitations.accept(token, { id: invitee.userId, email: invitee.email })).toBe(
			account.orgId
		);
	});

	it('to the owner role are shown in the Outbox to owners only', async () => {
		const { account, actor } = await ownerOfNewOrg();
		const email = uniqueEmail('future-owner');
		await invitations.invite(account.orgId, actor, email, 'owner');
		const message = await linkFor(email);
		expect(message.visibleTo).toBe('owner');
		const other = uniqueEmail('future-editor');
		await invitations.invite(account.orgId, actor, other, 'editor');
		expect((await linkFor(other)).visibleTo).toBe('admin');
	});
});

describe('the invitation cap', () => {
	it(`refuses more than ${invitations.INVITES_PER_HOUR} invitations an hour from one organisation`, async () => {
		const { account, actor } = await ownerOfNewOrg();
		for (let i = 0; i < invitations.INVITES_PER_HOUR; i++) {
			await invitations.invite(account.orgId, actor, uniqueEmail(`bulk${i}`), 'viewer');
		}
		await expect(
			invitations.invite(account.orgId, actor, uniqueEmail('one-more'), 'viewer')
		).rejects.toThrow(/sent 100 invitations in the last hour/);
		// Another organisation is not affected…
		const other = await ownerOfNewOrg();
		await invitations.invite(other.account.orgId, other.actor, uniqueEmail('elsewhere'), 'viewer');
		// …but the same sender cannot carry on from a new organisation of their own.
		const second = await orgs.createForUser('Second', account.userId);
		await expect(
			invitations.invite(second.id, actor, uniqueEmail('from-second-org'), 'viewer')
		).rejects.toThrow(/sent 100 invitations/);
	});
});
