import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { hasRole, roleLabels, type Role } from '../roles';
import { config } from './config';
import { db, schema } from './db';
import { sendMail } from './email';
import { DomainError } from './errors';
import * as orgs from './orgs';
import { generateToken, hashToken } from './tokens';

const LIFETIME = 7 * 24 * 60 * 60 * 1000;

export async function invite(
	orgId: string,
	actor: orgs.Actor & { name: string },
	email: string,
	role: Role
) {
	if (!hasRole(actor.role, 'admin'))
		throw new DomainError('Only owners and admins invite.', 'forbidden');
	if (role === 'owner' && actor.role !== 'owner') {
		throw new DomainError('Only an owner can invite another owner.', 'forbidden');
	}
	if (await orgs.isMember(orgId, email)) {
		throw new DomainError(`${email} is already a member of this organisation.`, 'conflict');
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
