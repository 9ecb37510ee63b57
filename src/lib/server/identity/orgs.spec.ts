import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import { DomainError } from '../platform';
import * as orgs from './orgs';
import { makeAccount } from '../testing';

async function join(orgId: string, role: 'owner' | 'admin' | 'editor' | 'analyst' | 'viewer') {
	const account = await makeAccount(role);
	await db.insert(schema.membership).values({ orgId, userId: account.userId, role });
	return { userId: account.userId, role };
}

async function roleOf(orgId: string, userId: string) {
	const [row] = await db
		.select({ role: schema.membership.role })
		.from(schema.membership)
		.where(and(eq(schema.membership.orgId, orgId), eq(schema.membership.userId, userId)));
	return row?.role;
}

describe('slugify', () => {
	it('makes URL-safe slugs from any name', () => {
		expect(orgs.slugify('Café Zürich & Co.')).toBe('cafe-zurich-co');
		expect(orgs.slugify('株式会社')).toBe('org');
	});
});

describe('roles and the last owner', () => {
	it('never lets the last owner be demoted, removed or leave', async () => {
		const founder = await makeAccount('last');
		const owner = { userId: founder.userId, role: 'owner' as const };
		await expect(orgs.changeRole(founder.orgId, owner, founder.userId, 'admin')).rejects.toThrow(
			/last owner/
		);
		await expect(orgs.removeMember(founder.orgId, owner, founder.userId)).rejects.toThrow(
			/last owner/
		);
		expect(await roleOf(founder.orgId, founder.userId)).toBe('owner');

		// With a second owner, the first may step down.
		const second = await join(founder.orgId, 'owner');
		await orgs.changeRole(founder.orgId, owner, founder.userId, 'admin');
		expect(await roleOf(founder.orgId, founder.userId)).toBe('admin');
		await expect(orgs.changeRole(founder.orgId, second, second.userId, 'viewer')).rejects.toThrow(
			/last owner/
		);
	});

	it('lets admins manage non-owners but not owners or the owner role', async () => {
		const founder = await makeAccount('org');
		const admin = await join(founder.orgId, 'admin');
		const viewer = await join(founder.orgId, 'viewer');
		await orgs.changeRole(founder.orgId, admin, viewer.userId, 'editor');
		expect(await roleOf(founder.orgId, viewer.userId)).toBe('editor');
		await expect(orgs.changeRole(founder.orgId, admin, viewer.userId, 'owner')).rejects.toThrow(
			DomainError
		);
		await expect(orgs.changeRole(founder.orgId, admin, founder.userId, 'viewer')).rejects.toThrow(
			/Only an owner/
		);
		await expect(orgs.removeMember(founder.orgId, admin, founder.userId)).rejects.toThrow(
			/Only an owner/
		);
		await orgs.removeMember(founder.orgId, admin, viewer.userId);
		expect(await roleOf(founder.orgId, viewer.userId)).toBeUndefined();
	});

	it('refuses role changes by analysts and viewers, but lets anyone leave', async () => {
		const founder = await makeAccount('org');
		const analyst = await join(founder.orgId, 'analyst');
		const viewer = await join(founder.orgId, 'viewer');
		await expect(orgs.changeRole(founder.orgId, analyst, viewer.userId, 'admin')).rejects.toThrow(
			/Only owners and admins/
		);
		await orgs.removeMember(founder.orgId, viewer, viewer.userId);
		expect(await roleOf(founder.orgId, viewer.userId)).toBeUndefined();
	});

	it('answers not found for a member of another organisation', async () => {
		const a = await makeAccount('a');
		const b = await makeAccount('b');
		const owner = { userId: a.userId, role: 'owner' as const };
		await expect(orgs.changeRole(a.orgId, owner, b.userId, 'viewer')).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(orgs.removeMember(a.orgId, owner, b.userId)).rejects.toMatchObject({
			code: 'not_found'
		});
		expect(await roleOf(b.orgId, b.userId)).toBe('owner');
	});

	it('lists only an organisation’s own members', async () => {
		const a = await makeAccount('a');
		await makeAccount('b');
		const members = await orgs.listMembers(a.orgId);
		expect(members.map((m) => m.userId)).toEqual([a.userId]);
	});
});

describe('creating organisations at the same time', () => {
	it('gives each its own slug instead of failing on the unique constraint', async () => {
		const founder = await makeAccount('racer');
		const name = `Race ${Date.now()}`;
		const created = await Promise.all(
			Array.from({ length: 6 }, () => orgs.createForUser(name, founder.userId))
		);
		const slugs = created.map((o) => o.slug);
		expect(new Set(slugs).size).toBe(6);
		expect(slugs).toContain(orgs.slugify(name));
	});
});
