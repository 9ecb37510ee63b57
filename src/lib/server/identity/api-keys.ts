import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { db, schema } from '../db';
import { generateToken, hashToken } from '../platform';

const KEY_PREFIX = 'hk_';

/** Creates a key and returns it in full: the only time it is ever shown. */
export async function create(orgId: string, name: string, createdBy: string | null) {
	const key = KEY_PREFIX + generateToken(24);
	const [row] = await db
		.insert(schema.apiKey)
		.values({
			orgId,
			name: name.trim(),
			prefix: key.slice(0, 10),
			keyHash: hashToken(key),
			createdBy
		})
		.returning({ id: schema.apiKey.id });
	return { id: row.id, key };
}

export function list(orgId: string) {
	return db
		.select({
			id: schema.apiKey.id,
			name: schema.apiKey.name,
			prefix: schema.apiKey.prefix,
			createdAt: schema.apiKey.createdAt,
			lastUsedAt: schema.apiKey.lastUsedAt,
			revokedAt: schema.apiKey.revokedAt
		})
		.from(schema.apiKey)
		.where(eq(schema.apiKey.orgId, orgId))
		.orderBy(desc(schema.apiKey.createdAt));
}

export async function revoke(orgId: string, id: string) {
	const rows = await db
		.update(schema.apiKey)
		.set({ revokedAt: new Date() })
		.where(
			and(eq(schema.apiKey.orgId, orgId), eq(schema.apiKey.id, id), isNull(schema.apiKey.revokedAt))
		)
		.returning({ id: schema.apiKey.id });
	return rows.length > 0;
}

export type ApiPrincipal = {
	key: { id: string; name: string };
	org: { id: string; slug: string; name: string };
};

/** The organisation and key behind a bearer key, or null for an unknown or revoked key. */
export async function authenticate(key: string): Promise<ApiPrincipal | null> {
	if (!key.startsWith(KEY_PREFIX)) return null;
	const [row] = await db
		.select({
			key: { id: schema.apiKey.id, name: schema.apiKey.name },
			org: {
				id: schema.organization.id,
				slug: schema.organization.slug,
				name: schema.organization.name
			}
		})
		.from(schema.apiKey)
		.innerJoin(schema.organization, eq(schema.apiKey.orgId, schema.organization.id))
		.where(and(eq(schema.apiKey.keyHash, hashToken(key)), isNull(schema.apiKey.revokedAt)));
	if (!row) return null;
	// "Last used" to the minute is enough, and saves a write on every request.
	const now = new Date();
	await db
		.update(schema.apiKey)
		.set({ lastUsedAt: now })
		.where(
			and(
				eq(schema.apiKey.id, row.key.id),
				or(
					isNull(schema.apiKey.lastUsedAt),
					lt(schema.apiKey.lastUsedAt, new Date(now.getTime() - 60_000))
				)
			)
		);
	return row;
}
