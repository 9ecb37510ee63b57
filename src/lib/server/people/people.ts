import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { formatCount } from '../../format';
import { issuesOf, type Issue } from '../../issues';
import { db, rowsOf, schema, type Database } from '../db';
import { DomainError } from '../platform';
import * as hierarchy from './hierarchy';
import { isCalendarDate } from '../../calendar-date';

// The directory: an organisation's customers and employees, their typed attributes and the org
// hierarchy (an employee's manager). Imports and the API upsert through `upsertPeople`, matching
// people on their external id, else their e-mail.

export type PersonKind = (typeof schema.personKinds)[number];
export type AttributeType = (typeof schema.attributeTypes)[number];
export type AttributeValue = string | number;

/** At most this many people per upsert call (the API's limit; imports go in batches of it). */
export const UPSERT_LIMIT = 5000;
const MAX_ATTRIBUTES = 100;

export const attributeKeyPattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const languagePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const scalar = z.union([z.string().max(500), z.number(), z.null()]);

/** One person as an import row or the API gives it. Manager: their external id or e-mail. */
export const personInputSchema = z.object({
	email: z.string().trim().max(320).nullish(),
	name: z.string().trim().max(200).nullish(),
	externalId: z.string().trim().max(200).nullish(),
	language: z.string().trim().max(35).nullish(),
	kind: z.enum(schema.personKinds).nullish(),
	manager: z.string().trim().max(320).nullish(),
	attributes: z.record(z.string(), scalar).optional()
});
export type PersonInput = z.infer<typeof personInputSchema>;

export const upsertBodySchema = z.object({
	people: z
		.array(z.unknown())
		.min(1, 'Send at least one person')
		.max(UPSERT_LIMIT, `At most ${formatCount(UPSERT_LIMIT)} people per call`),
	/** The kind of people who do not say theirs and are new (default customer). */
	kind: z.enum(schema.personKinds).optional()
});

const emailSchema = z.email();

export type UpsertResult = {
	created: number;
	updated: number;
	/**
	 * Each refused person: its index in the call and what is wrong; a manager link that would
	 * close a loop also gives the loop (external ids or e-mails, from the person up to them again).
	 */
	errors: { index: number; path: string; message: string; loop?: string[] }[];
};

type Clean = {
	index: number;
	email: string | null;
	name: string | null;
	externalId: string | null;
	language: string | null;
	kind: PersonKind | null;
	manager: string | null;
	/** null removes the attribute. */
	attributes: Record<string, AttributeValue | null>;
};

/** A date as YYYY-MM-DD, or null when it is not a real calendar date. */
export function isoDate(value: string): string | null {
	return isCalendarDate(value) ? value : null;
}

function inferType(value: AttributeValue): AttributeType {
	if (typeof value === 'number') return 'number';
	return isoDate(value) ? 'date' : 'text';
}

/** A value in its attribute's type, or an error message. */
export function coerceAttribute(
	type: AttributeType,
	value: AttributeValue
): { value: AttributeValue } | { error: string } {
	if (type === 'number') {
		const n = typeof value === 'number' ? value : Number(String(value).trim());
		return Number.isFinite(n) && String(value).trim() !== ''
			? { value: n }
			: { error: 'Not a number' };
	}
	if (type === 'date') {
		const d = typeof value === 'string' ? isoDate(value.trim()) : null;
		return d ? { value: d } : { error: 'Not a date (use YYYY-MM-DD)' };
	}
	return { value: String(value) };
}

/** The organisation's attributes and their types. */
export async function attributeTypes(orgId: string): Promise<Map<string, AttributeType>> {
	const rows = await db
		.select({ key: schema.personAttribute.key, type: schema.personAttribute.type })
		.from(schema.personAttribute)
		.where(eq(schema.personAttribute.orgId, orgId))
		.orderBy(asc(schema.personAttribute.key));
	return new Map(rows.map((r) => [r.key, r.type]));
}

/** Declares attributes (an import's mapping does, with the types chosen); existing ones stay. */
export async function declareAttributes(orgId: string, declared: Map<string, AttributeType>) {
	const known = await attributeTypes(orgId);
	const fresh = [...declared].filter(([key]) => !known.has(key));
	if (!fresh.length) return known;
	if (known.size + fresh.length > MAX_ATTRIBUTES)
		throw new DomainError(`An organisation keeps at most ${MAX_ATTRIBUTES} attributes.`);
	for (const [key] of fresh)
		if (!attributeKeyPattern.test(key))
			throw new DomainError(`"${key}" cannot name an attribute: use letters, digits and "_".`);
	await db
		.insert(schema.personAttribute)
		.values(fresh.map(([key, type]) => ({ orgId, key, type })))
		.onConflictDoNothing();
	return attributeTypes(orgId);
}

function clean(
	raw: unknown,
	index: number,
	types: Map<string, AttributeType>,
	errors: UpsertResult['errors']
): Clean | null {
	const parsed = personInputSchema.safeParse(raw);
	if (!parsed.success) {
		for (const issue of issuesOf(parsed.error))
			errors.push({ index, path: issue.path, message: issue.message });
		return null;
	}
	const p = parsed.data;
	const problems: Issue[] = [];
	const email = p.email ? p.email.toLowerCase() : null;
	if (email && !emailSchema.safeParse(email).success)
		problems.push({ path: 'email', message: 'Not an e-mail address' });
	const externalId = p.externalId || null;
	if (!email && !externalId)
		problems.push({ path: '', message: 'Give an e-mail address or an external id' });
	const language = p.language || null;
	if (language && !languagePattern.test(language))
		problems.push({ path: 'language', message: 'Not a language code (e.g. en, pt-BR)' });
	const attributes: Clean['attributes'] = {};
	for (const [key, value] of Object.entries(p.attributes ?? {})) {
		if (!attributeKeyPattern.test(key)) {
			problems.push({ path: `attributes.${key}`, message: 'Use letters, digits and "_"' });
			continue;
		}
		if (value === null || value === '') {
			attributes[key] = null;
			continue;
		}
		let type = types.get(key);
		if (!type) {
			type = inferType(value);
			types.set(key, type);
		}
		const coerced = coerceAttribute(type, value);
		if ('error' in coerced)
			problems.push({
				path: `attributes.${key}`,
				message: `${coerced.error} (${key} is a ${type})`
			});
		else attributes[key] = coerced.value;
	}
	if (problems.length) {
		for (const issue of problems) errors.push({ index, ...issue });
		return null;
	}
	return {
		index,
		email,
		name: p.name || null,
		externalId,
		language,
		kind: p.kind ?? null,
		manager: p.manager ? p.manager : null,
		attributes
	};
}

type Existing = { id: string; email: string | null; external_id: string | null };

/**
 * Creates or updates people, matched on external id, else e-mail; attributes given are merged
 * into the ones kept (null or '' removes one). Valid people are stored even when others are
 * refused; each refusal comes back with its index. Managers are matched after everyone is in, so
 * a manager may come later in the same call. Attributes not seen before are declared, their type
 * guessed from the first value (a number, a YYYY-MM-DD date, else text).
 */
export async function upsertPeople(
	orgId: string,
	input: unknown[],
	options: { kind?: PersonKind } = {}
): Promise<UpsertResult> {
	if (input.length > UPSERT_LIMIT)
		throw new DomainError(`At most ${formatCount(UPSERT_LIMIT)} people per call.`);
	const errors: UpsertResult['errors'] = [];
	const known = await attributeTypes(orgId);
	const types = new Map(known);
	const rows: Clean[] = [];
	const seen = new Set<string>();
	input.forEach((raw, index) => {
		const row = clean(raw, index, types, errors);
		if (!row) return;
		const keys = [row.externalId && `x:${row.externalId}`, row.email && `e:${row.email}`].filter(
			(k): k is string => !!k
		);
		if (keys.some((k) => seen.has(k))) {
			errors.push({ index, path: '', message: 'The same person appears twice in this batch' });
			return;
		}
		for (const k of keys) seen.add(k);
		rows.push(row);
	});
	const fresh = new Map([...types].filter(([key]) => !known.has(key)));
	if (fresh.size) await declareAttributes(orgId, fresh);

	const existing = await rowsOf<Existing>(sql`
		select id, email, external_id from person
		where org_id = ${orgId} and (
			external_id in (select jsonb_array_elements_text(${JSON.stringify(rows.map((r) => r.externalId).filter(Boolean))}::jsonb))
			or email in (select jsonb_array_elements_text(${JSON.stringify(rows.map((r) => r.email).filter(Boolean))}::jsonb))
		)`);
	const byExternal = new Map(existing.filter((e) => e.external_id).map((e) => [e.external_id!, e]));
	const byEmail = new Map(existing.filter((e) => e.email).map((e) => [e.email!, e]));
	const inserts: Clean[] = [];
	const updates: (Clean & { id: string })[] = [];
	for (const row of rows) {
		const x = row.externalId ? byExternal.get(row.externalId) : undefined;
		const e = row.email ? byEmail.get(row.email) : undefined;
		if (x && e && x.id !== e.id) {
			errors.push({
				index: row.index,
				path: 'email',
				message: 'This e-mail address belongs to another person'
			});
		} else if (!x && e && row.externalId && e.external_id && e.external_id !== row.externalId) {
			errors.push({
				index: row.index,
				path: 'email',
				message: `This e-mail address belongs to the person with external id ${e.external_id}`
			});
		} else if (x ?? e) updates.push({ ...row, id: (x ?? e)!.id });
		else inserts.push(row);
	}
	const attrs = (row: Clean) =>
		Object.fromEntries(
			Object.entries(row.attributes).filter((e): e is [string, AttributeValue] => e[1] !== null)
		);
	const removed = (row: Clean) =>
		Object.entries(row.attributes)
			.filter(([, v]) => v === null)
			.map(([k]) => k);

	await db.transaction(async (tx) => {
		if (inserts.length) {
			await tx.insert(schema.person).values(
				inserts.map((row) => ({
					orgId,
					kind: row.kind ?? options.kind ?? 'customer',
					email: row.email,
					name: row.name,
					externalId: row.externalId,
					language: row.language,
					attributes: attrs(row)
				}))
			);
		}
		if (updates.length) {
			const payload = updates.map((row) => ({
				id: row.id,
				email: row.email,
				name: row.name,
				external_id: row.externalId,
				language: row.language,
				kind: row.kind,
				attributes: attrs(row),
				removed: removed(row)
			}));
			// Fields not given keep their value; attributes merge.
			await tx.execute(sql`
				update person p set
					email = coalesce(u.email, p.email),
					name = coalesce(u.name, p.name),
					external_id = coalesce(u.external_id, p.external_id),
					language = coalesce(u.language, p.language),
					kind = coalesce(u.kind, p.kind),
					attributes = (p.attributes - array(select jsonb_array_elements_text(u.removed))) || u.attributes,
					updated_at = now()
				from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as u(
					id uuid, email text, name text, external_id text, language text, kind text,
					attributes jsonb, removed jsonb)
				where p.id = u.id and p.org_id = ${orgId}`);
		}
		const managed = [...inserts, ...updates].filter((r) => r.manager);
		if (managed.length) await linkManagers(orgId, managed, errors, tx);
	});
	errors.sort((a, b) => a.index - b.index);
	return { created: inserts.length, updated: updates.length, errors };
}

/**
 * Links each person to their manager (an external id or e-mail), once everyone of the call is
 * in. A manager nobody has, the person themselves or a link that closes a loop is refused.
 */
async function linkManagers(
	orgId: string,
	managed: Clean[],
	errors: UpsertResult['errors'],
	tx: Pick<Database, 'execute'>
) {
	const links = managed.map((r) => ({
		key: r.externalId ? `x:${r.externalId}` : `e:${r.email}`,
		manager: r.manager!.toLowerCase(),
		managerRaw: r.manager,
		index: r.index
	}));
	const resolved = await rowsOf<{ index: number; person_id: string; manager_id: string | null }>(
		sql`
		with l as (
			select * from jsonb_to_recordset(${JSON.stringify(links)}::jsonb)
				as l(key text, manager text, "managerRaw" text, index int)
		)
		select l.index, p.id as person_id,
			(select id from person q where q.org_id = ${orgId}
				and (q.external_id = l."managerRaw" or q.email = l.manager)
				order by (q.external_id = l."managerRaw") desc limit 1) as manager_id
		from l join person p on p.org_id = ${orgId} and (
			(l.key like 'x:%' and p.external_id = substr(l.key, 3)) or
			(l.key like 'e:%' and p.email = substr(l.key, 3)))
		order by l.index`,
		tx
	);
	const candidates: hierarchy.ManagerLink[] = [];
	for (const r of resolved) {
		if (!r.manager_id)
			errors.push({
				index: r.index,
				path: 'manager',
				message: 'No person with this external id or e-mail (the manager)'
			});
		else if (r.manager_id === r.person_id)
			errors.push({
				index: r.index,
				path: 'manager',
				message: 'A person cannot be their own manager'
			});
		else candidates.push({ index: r.index, personId: r.person_id, managerId: r.manager_id });
	}
	const { accepted, loops } = await hierarchy.checkManagerLinks(orgId, candidates, tx);
	for (const { link, loop } of loops) {
		const keys = loop.map((m) => m.key);
		errors.push({
			index: link.index,
			path: 'manager',
			message: hierarchy.loopMessage(keys),
			loop: keys
		});
	}
	if (accepted.length)
		await tx.execute(sql`
			update person p set manager_id = l."managerId"
			from jsonb_to_recordset(${JSON.stringify(accepted)}::jsonb) as l("personId" uuid, "managerId" uuid)
			where p.id = l."personId" and p.org_id = ${orgId}`);
}
