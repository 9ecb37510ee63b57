import { and, asc, eq, sql } from 'drizzle-orm';
import { hasRole, type Role } from '../../roles';
import { db, schema, type Database, type Transaction } from '../db';
import { DomainError } from '../platform';

export type Actor = { userId: string; role: Role };

export function slugify(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	return slug || 'org';
}

/** Creates an organisation with `ownerId` as its owner; the slug gets a suffix when taken. */
export async function create(tx: Transaction | Database, name: string, ownerId: string) {
	const base = slugify(name);
	const taken = await tx
		.select({ slug: schema.organization.slug })
		.from(schema.organization)
		.where(
			sql`${schema.organization.slug} = ${base} or ${schema.organization.slug} like ${base + '-%'}`
		);
	const used = new Set(taken.map((t) => t.slug));
	// Another request may take the same free slug meanwhile: then the insert does nothing and the
	// next suffix is tried (a failed insert would abort the transaction on PostgreSQL).
	let org: typeof schema.organization.$inferSelect | undefined;
	for (let n = 1; !org; n++) {
		const slug = n === 1 ? base : `${base}-${n}`;
		if (used.has(slug)) continue;
		[org] = await tx
			.insert(schema.organization)
			.values({ slug, name })
			.onConflictDoNothing({ target: schema.organization.slug })
			.returning();
	}
	await tx.insert(schema.membership).values({ orgId: org.id, userId: ownerId, role: 'owner' });
	return org;
}

export function createForUser(name: string, ownerId: string) {
	return db.transaction((tx) => create(tx, name, ownerId));
}

export function listForUser(userId: string) {
	return db
		.select({
			id: schema.organization.id,
			slug: schema.organization.slug,
			name: schema.organization.name,
			role: schema.membership.role
		})
		.from(schema.membership)
		.innerJoin(schema.organization, eq(schema.membership.orgId, schema.organization.id))
		.where(eq(schema.membership.userId, userId))
		.orderBy(asc(schema.organization.name));
}

export async function getBySlug(slug: string) {
	const [org] = await db
		.select()
		.from(schema.organization)
		.where(eq(schema.organization.slug, slug));
	return org ?? null;
}

export async function rename(orgId: string, name: string) {
	await db.update(schema.organization).set({ name }).where(eq(schema.organization.id, orgId));
}

export function listMembers(orgId: string) {
	return db
		.select({
			userId: schema.user.id,
			name: schema.user.name,
			email: schema.user.email,
			role: schema.membership.role,
			since: schema.membership.createdAt
		})
		.from(schema.membership)
		.innerJoin(schema.user, eq(schema.membership.userId, schema.user.id))
		.where(eq(schema.membership.orgId, orgId))
		.orderBy(asc(schema.user.name));
}

async function lockMember(tx: Transaction, orgId: string, userId: string) {
	// Owner rows are locked so two concurrent demotions cannot both see "another owner remains".
	const owners = await tx
		.select({ userId: schema.membership.userId })
		.from(schema.membership)
		.where(and(eq(schema.membership.orgId, orgId), eq(schema.membership.role, 'owner')))
		.for('update');
	const [member] = await tx
		.select({ role: schema.membership.role })
		.from(schema.membership)
		.where(and(eq(schema.membership.orgId, orgId), eq(schema.membership.userId, userId)));
	if (!member)
		throw new DomainError('That person is not a member of this organisation.', 'not_found');
	return { member, ownerCount: owners.length };
}

/** Only owners may grant, change or take away the owner role; admins manage everyone else. */
function checkManage(actor: Actor, targetRole: Role, newRole?: Role) {
	if (!hasRole(actor.role, 'admin')) {
		throw new DomainError('Only owners and admins manage members.', 'forbidden');
	}
	if ((targetRole === 'owner' || newRole === 'owner') && actor.role !== 'owner') {
		throw new DomainError(
			'Only an owner can change an owner or make someone an owner.',
			'forbidden'
		);
	}
}

export function changeRole(orgId: string, actor: Actor, userId: string, role: Role) {
	return db.transaction(async (tx) => {
		const { member, ownerCount } = await lockMember(tx, orgId, userId);
		checkManage(actor, member.role, role);
		if (member.role === 'owner' && role !== 'owner' && ownerCount <= 1) {
			throw new DomainError(
				'The last owner cannot be demoted. Make someone else an owner first.',
				'conflict'
			);
		}
		await tx
			.update(schema.membership)
			.set({ role })
			.where(and(eq(schema.membership.orgId, orgId), eq(schema.membership.userId, userId)));
	});
}

/** Removes a member; a member removing themselves is leaving, which any role may do. */
export function removeMember(orgId: string, actor: Actor, userId: string) {
	return db.transaction(async (tx) => {
		const { member, ownerCount } = await lockMember(tx, orgId, userId);
		if (userId !== actor.userId) checkManage(actor, member.role);
		if (member.role === 'owner' && ownerCount <= 1) {
			throw new DomainError(
				userId === actor.userId
					? 'You are the last owner: make someone else an owner before you leave.'
					: 'The last owner cannot be removed.',
				'conflict'
			);
		}
		await tx
			.delete(schema.membership)
			.where(and(eq(schema.membership.orgId, orgId), eq(schema.membership.userId, userId)));
		// Sessions working in this organisation move to another of the user's organisations.
		await tx
			.update(schema.session)
			.set({ orgId: null })
			.where(and(eq(schema.session.userId, userId), eq(schema.session.orgId, orgId)));
	});
}

export async function isMember(orgId: string, email: string) {
	const [row] = await db
		.select({ userId: schema.membership.userId })
		.from(schema.membership)
		.innerJoin(schema.user, eq(schema.membership.userId, schema.user.id))
		.where(
			and(eq(schema.membership.orgId, orgId), sql`lower(${schema.user.email}) = lower(${email})`)
		);
	return Boolean(row);
}
