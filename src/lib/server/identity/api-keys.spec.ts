import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as apiKeys from './api-keys';
import { db, schema } from '../db';
import { makeAccount } from '../testing';

describe('API keys', () => {
	it('are shown once, stored hashed, authenticate for their organisation and record their last use', async () => {
		const account = await makeAccount('keys');
		const { id, key } = await apiKeys.create(account.orgId, 'CRM sync', account.userId);
		expect(key).toMatch(/^hk_[a-z2-7]{39}$/);
		const [row] = await db.select().from(schema.apiKey).where(eq(schema.apiKey.id, id));
		expect(row.keyHash).not.toContain(key);
		expect(row.prefix).toBe(key.slice(0, 10));
		expect(row.lastUsedAt).toBeNull();

		const principal = await apiKeys.authenticate(key);
		expect(principal).toEqual({
			key: { id, name: 'CRM sync' },
			org: { id: account.orgId, slug: account.orgSlug, name: 'keys org' }
		});
		const listed = await apiKeys.list(account.orgId);
		expect(listed[0].lastUsedAt).toBeInstanceOf(Date);
		expect(JSON.stringify(listed)).not.toContain(key);
	});

	it('stop working when revoked, and only their own organisation can revoke them', async () => {
		const a = await makeAccount('a');
		const b = await makeAccount('b');
		const { id, key } = await apiKeys.create(a.orgId, 'temp', null);
		expect(await apiKeys.revoke(b.orgId, id)).toBe(false);
		expect(await apiKeys.authenticate(key)).not.toBeNull();
		expect(await apiKeys.revoke(a.orgId, id)).toBe(true);
		expect(await apiKeys.authenticate(key)).toBeNull();
		expect(await apiKeys.authenticate('hk_unknown')).toBeNull();
		expect(await apiKeys.authenticate('not-a-key')).toBeNull();
	});
});
