import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { containsPattern, db, rowsOf, schema } from '../db';
import { DomainError } from '../platform';
import type { AttributeValue, PersonKind } from './people';

// One person and lists of people: the directory's filters, a page of it, a count, a lookup by
// external id or e-mail, and erasing someone.

export type PersonRow = {
	id: string;
	kind: PersonKind;
	email: string | null;
	name: string | null;
	externalId: string | null;
	language: string | null;
	attributes: Record<string, AttributeValue>;
	managerId: string | null;
	unsubscribedAt: Date | null;
	createdAt: Date;
	updatedAt: Date;
};

const personColumns = {
	id: schema.person.id,
	kind: schema.person.kind,
	email: schema.person.email,
	name: schema.person.name,
	externalId: schema.person.externalId,
	language: schema.person.language,
	attributes: schema.person.attributes,
	managerId: schema.person.managerId,
	unsubscribedAt: schema.person.unsubscribedAt,
	createdAt: schema.person.createdAt,
	updatedAt: schema.person.updatedAt
};

export type PeopleFilter = {
	kind?: PersonKind;
	/** Part of an e-mail, name or external id. */
	search?: string;
	/** Attribute values that must all match. */
	attributes?: Record<string, string>;
	/** Everyone under this person in the hierarchy (not the person). */
	under?: string;
};

/** Everyone under `managerId` in the hierarchy, at any depth, never themselves. */
export async function reportsOf(orgId: string, managerId: string): Promise<string[]> {
	const rows = await rowsOf<{ id: string }>(sql`
		with recursive below(id) as (
			select id from person where org_id = ${orgId} and manager_id = ${managerId}
			union
			-- A manager is always of the person's organisation (upsertPeople links within one), so
			-- each step follows the manager index alone.
			select p.id from person p join below b on p.manager_id = b.id
		)
		-- Never the manager: a loop stored before loops were refused would bring them back.
		select id from below where id <> ${managerId}`);
	return rows.map((r) => r.id);
}

/**
 * The SQL condition for people matching a filter, scoped to the organisation. A part of the
 * hierarchy is looked up first (`reportsOf`): as a subquery, PostgreSQL would scan the whole
 * subtree again for every person.
 */
export async function peopleCondition(orgId: string, filter: PeopleFilter): Promise<SQL> {
	const { under, ...rest } = filter;
	return peopleWhere(orgId, rest, under ? await reportsOf(orgId, under) : undefined);
}

/** The SQL condition for people matching a filter without `under`, among `ids` when given. */
export function peopleWhere(
	orgId: string,
	filter: Omit<PeopleFilter, 'under'>,
	ids?: string[]
): SQL {
	const conditions: SQL[] = [eq(schema.person.orgId, orgId)];
	if (filter.kind) conditions.push(eq(schema.person.kind, filter.kind));
	if (filter.search) {
		const like = containsPattern(filter.search);
		conditions.push(
			sql`(${schema.person.email} ilike ${like} or ${schema.person.name} ilike ${like} or ${schema.person.externalId} ilike ${like})`
		);
	}
	for (const [key, value] of Object.entries(filter.attributes ?? {}))
		conditions.push(sql`${schema.person.attributes} ->> ${key} = ${value}`);
	if (ids)
		conditions.push(
			sql`${schema.person.id} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`
		);
	return and(...conditions)!;
}

/** People in id order, a page at a time: `cursor` is the last id of the page before. */
export async function listPeople(
	orgId: string,
	filter: PeopleFilter,
	page: { cursor?: string | null; limit?: number } = {}
): Promise<{ people: PersonRow[]; nextCursor: string | null }> {
	const limit = Math.min(Math.max(page.limit ?? 100, 1), 1000);
	const condition = await peopleCondition(orgId, filter);
	const where = page.cursor ? and(condition, gt(schema.person.id, page.cursor)) : condition;
	const rows = await db
		.select(personColumns)
		.from(schema.person)
		.where(where)
		.orderBy(asc(schema.person.id))
		.limit(limit + 1);
	const more = rows.length > limit;
	const people = rows.slice(0, limit);
	return { people, nextCursor: more ? people[people.length - 1].id : null };
}

export async function countPeople(orgId: string, filter: PeopleFilter = {}) {
	const [{ n }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(schema.person)
		.where(await peopleCondition(orgId, filter));
	return n;
}

/** The person an external id or e-mail names (the external id first), or null. */
export async function findByKey(orgId: string, key: string): Promise<string | null> {
	const [row] = await db
		.select({ id: schema.person.id })
		.from(schema.person)
		.where(
			and(
				eq(schema.person.orgId, orgId),
				sql`(${schema.person.externalId} = ${key} or ${schema.person.email} = ${key.toLowerCase()})`
			)
		)
		.orderBy(sql`${schema.person.externalId} = ${key} desc`)
		.limit(1);
	return row?.id ?? null;
}

export async function getPerson(orgId: string, id: string): Promise<PersonRow> {
	const [row] = await db
		.select(personColumns)
		.from(schema.person)
		.where(and(eq(schema.person.orgId, orgId), eq(schema.person.id, id)));
	if (!row) throw new DomainError('No such person.', 'not_found');
	return row;
}

/**
 * Erases a person: their row goes; their responses stay in results but lose the link (and keep
 * only the attribute snapshot), their invitations and events lose it too (the events' data goes),
 * and their reports lose a manager.
 */
export async function erasePerson(orgId: string, id: string) {
	await db.transaction(async (tx) => {
		// Their events' data (an order, a ticket) goes too; the events stay, counted.
		await tx
			.update(schema.event)
			.set({ data: {} })
			.where(and(eq(schema.event.orgId, orgId), eq(schema.event.personId, id)));
		const deleted = await tx
			.delete(schema.person)
			.where(and(eq(schema.person.orgId, orgId), eq(schema.person.id, id)))
			.returning({ id: schema.person.id });
		if (!deleted.length) throw new DomainError('No such person.', 'not_found');
	});
}
