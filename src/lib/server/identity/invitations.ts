import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { hasRole, roleLabels, type Role } from '../../roles';
import { config, sendMail, DomainError, TokenBucket, generateToken, hashToken } from '../platform';
import { db, schema } from '../db';
import * as orgs from './orgs';

const LIFETIME = 7 * 24 * 60 * 60 * 1000;
// Invitations are e-mail sent from our server to any address: capped per organisation.
export const INVITES_PER_HOUR = 100;
const inviteBucket = new TokenBucket(() => INVITES_PER_HOUR, 60 * 60 * 1000);

/** Whether someone holding `inviter` may hand out `role` (the same rule as changing roles). */
function mayGrant(inviter: Role | null | undefined, role: Role) {
	return hasRole(inviter, 'admin') && (role !== 'owner' || inviter === 'owner');
}

export async function invite(
	orgId: string,
	actor: orgs.Actor & { name: string },
	email: string,
	role: Role
) {
	if (!hasRole(actor.role, 'admin'))
		throw new DomainError('Only owners and admins invite.', 'forbidden');
	if (!mayGrant(actor.role, role)) {
		throw new DomainError('Only an owner can invite another owner.', 'forbidden');
	}
	if (await orgs.isMember(orgId, email)) {
		throw new DomainError(`${email} is already a member of this organisation.`, 'conflict');
	}
	// Per organisation and per sender, so that opening more organisations sends no more mail.
	const wait = Math.max(inviteBucket.take(orgId), inviteBucket.take(`user:${actor.userId}`));
	if (wait > 0) {
		throw new DomainError(
			`You or this organisation sent ${INVITES_PER_HOUR} invitations in the last hour; try again in ${Math.ceil(wait / 60)} minutes.`,
			'conflict'
		);
	}
	const [org] = await db
		.select()
		.from(schema.organization)
		.where(eq(schema.organization.id, orgId));
	const token = generateToken(24);
	await db.transaction(async (tx) => {
		// A new invitation replaces any pending one for the same address.
		await tx
			.update(schema.invitation)
			.set({ revokedAt: new Date() })
			.where(
				and(
					eq(schema.invitation.orgId, orgId),
					sql`lower(${schema.invitation.email}) = lower(${email})`,
					isNull(schema.invitation.acceptedAt),
					isNull(schema.invitation.revokedAt)
				)
			);
		await tx.insert(schema.invitation).values({
			orgId,
			email,
			role,
			tokenHash: hashToken(token),
			invitedBy: actor.userId,
			expiresAt: new Date(Date.now() + LIFETIME)
		});
	});
	await sendMail({
		orgId,
		// The link makes its holder a member with this role: only those who could grant it see it.
		visibleTo: role === 'owner' ? 'owner' : 'admin',
		to: email,
		subject: `${actor.name} invited you to ${org.name} on Hearken`,
		paragraphs: [
			`${actor.name} invited you to join ${org.name} on Hearken as ${roleLabels[role].toLowerCase()}.`,
			'The invitation is valid for 7 days.'
		],
		action: { label: 'Accept the invitation', url: `${config.origin}/invite/${token}` }
	});
}

export function listPending(orgId: string) {
	return db
		.select({
			id: schema.invitation.id,
			email: schema.invitation.email,
			role: schema.invitation.role,
			expiresAt: schema.invitation.expiresAt,
			createdAt: schema.invitation.createdAt
		})
		.from(schema.invitation)
		.where(
			and(
				eq(schema.invitation.orgId, orgId),
				isNull(schema.invitation.acceptedAt),
				isNull(schema.invitation.revokedAt),
				gt(schema.invitation.expiresAt, new Date())
			)
		)
		.orderBy(desc(schema.invitation.createdAt));
}

/** Revokes a pending invitation; false when the organisation has no such invitation. */
export async function revoke(orgId: string, id: string) {
	const rows = await db
		.update(schema.invitation)
		.set({ revokedAt: new Date() })
		.where(
			and(
				eq(schema.invitation.orgId, orgId),
				eq(schema.invitation.id, id),
				isNull(schema.invitation.acceptedAt),
				isNull(schema.invitation.revokedAt)
			)
		)
		.returning({ id: schema.invitation.id });
	return rows.length > 0;
}

export type InvitationView = {
	email: string;
	role: Role;
	orgName: string;
	status: 'pending' | 'expired' | 'revoked' | 'accepted';
};

export async function findByToken(token: string): Promise<InvitationView | null> {
	const [row] = await db
		.select({ invitation: schema.invitation, orgName: schema.organization.name })
		.from(schema.invitation)
		.innerJoin(schema.organization, eq(schema.invitation.orgId, schema.organization.id))
		.where(eq(schema.invitation.tokenHash, hashToken(token)));
	if (!row) return null;
	const { invitation } = row;
	const status = invitation.acceptedAt
		? 'accepted'
		: invitation.revokedAt
			? 'revoked'
			: invitation.expiresAt.getTime() <= Date.now()
				? 'expired'
				: 'pending';
	return { email: invitation.email, role: invitation.role, orgName: row.orgName, status };
}

/** Joins the signed-in user to the inviting organisation; the e-mail must be the invited one. */
export async function accept(token: string, user: { id: string; email: string }) {
	return db.transaction(async (tx) => {
		const [invitation] = await tx
			.select()
			.from(schema.invitation)
			.where(eq(schema.invitation.tokenHash, hashToken(token)))
			.for('update');
		if (!invitation || invitation.revokedAt || invitation.acceptedAt) {
			throw new DomainError('This invitation is no longer valid. Ask for a new one.', 'not_found');
		}
		if (invitation.expiresAt.getTime() <= Date.now()) {
			throw new DomainError('This invitation has expired. Ask for a new one.', 'conflict');
		}
		// The inviter must still be entitled to grant the role: a demoted or removed admin's
		// pending invitations die with their rights.
		const [inviter] = invitation.invitedBy
			? await tx
					.select({ role: schema.membership.role })
					.from(schema.membership)
					.where(
						and(
							eq(schema.membership.orgId, invitation.orgId),
							eq(schema.membership.userId, invitation.invitedBy)
						)
					)
			: [];
		if (!mayGrant(inviter?.role, invitation.role)) {
			throw new DomainError(
				'The person who invited you can no longer grant this access. Ask for a new invitation.',
				'forbidden'
			);
		}
		if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
			throw new DomainError(
				`This invitation is for ${invitation.email}. Sign in with that address to accept it.`,
				'forbidden'
			);
		}
		await tx
			.insert(schema.membership)
			.values({ orgId: invitation.orgId, userId: user.id, role: invitation.role })
			.onConflictDoNothing();
		await tx
			.update(schema.invitation)
			.set({ acceptedAt: new Date() })
			.where(eq(schema.invitation.id, invitation.id));
		return invitation.orgId;
	});
}
