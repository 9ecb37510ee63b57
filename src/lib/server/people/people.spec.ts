import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, schema } from '../db';
import * as people from '.';
import { makeAccount } from '../testing';

async function org() {
	return (await makeAccount('people')).orgId;
}

describe('people directory', () => {
	it('creates, then updates by external id or e-mail, merging attributes and typing them', async () => {
		const orgId = await org();
		const first = await people.upsertPeople(
			orgId,
			[
				{
					externalId: 'E1',
					email: 'Ann@Example.com',
					name: 'Ann',
					kind: 'employee',
					attributes: { department: 'Sales', tenureStart: '2020-03-01', level: 3 }
				},
				{ email: 'bob@example.com', name: 'Bob', attributes: { department: 'Ops' } }
			],
			{ kind: 'employee' }
		);
		expect(first).toEqual({ created: 2, updated: 0, errors: [] });
		expect(await people.attributeTypes(orgId)).toEqual(
			new Map([
				['department', 'text'],
				['level', 'number'],
				['tenureStart', 'date']
			])
		);
		const second = await people.upsertPeople(orgId, [
			{ externalId: 'E1', attributes: { department: 'Support', level: null } },
			{ email: 'BOB@example.com', externalId: 'E2', language: 'pt-BR' }
		]);
		expect(second).toEqual({ created: 0, updated: 2, errors: [] });
		const { people: list } = await people.listPeople(orgId, {});
		const ann = list.find((p) => p.externalId === 'E1')!;
		expect(ann).toMatchObject({
			email: 'ann@example.com',
			name: 'Ann',
			kind: 'employee',
			attributes: { department: 'Support', tenureStart: '2020-03-01' }
		});
		const bob = list.find((p) => p.email === 'bob@example.com')!;
		expect(bob).toMatchObject({ externalId: 'E2', language: 'pt-BR', kind: 'employee' });
		expect(bob.attributes).toEqual({ department: 'Ops' });
	});

	it('refuses bad rows one by one, with their index, and stores the good ones', async () => {
		const orgId = await org();
		await people.upsertPeople(orgId, [{ email: 'x@example.com', attributes: { level: 2 } }]);
		const result = await people.upsertPeople(orgId, [
			{ email: 'not-an-email' },
			{ name: 'Nobody' },
			{ email: 'ok@example.com', attributes: { level: 'three' } },
			{ email: 'fine@example.com', language: 'English!' },
			{ email: 'good@example.com', attributes: { level: '4', since: '2021-02-30' } },
			{ email: 'good@example.com' },
			{ email: 'kept@example.com', attributes: { level: 5 } }
		]);
		expect(result.created).toBe(2);
		expect(result.errors).toEqual([
			{ index: 0, path: 'email', message: 'Not an e-mail address' },
			{ index: 1, path: '', message: 'Give an e-mail address or an external id' },
			{ index: 2, path: 'attributes.level', message: 'Not a number (level is a number)' },
			{ index: 3, path: 'language', message: 'Not a language code (e.g. en, pt-BR)' },
			// A string that is no real date is a text attribute the first time it is seen; the
			// number coerces.
			{ index: 5, path: '', message: 'The same person appears twice in this batch' }
		]);
		expect(await people.countPeople(orgId)).toBe(3);
		const good = (await people.listPeople(orgId, { search: 'good@' })).people[0];
		expect(good.attributes).toEqual({ level: 4, since: '2021-02-30' });
	});

	it('refuses an e-mail that belongs to someone else', async () => {
		const orgId = await org();
		await people.upsertPeople(orgId, [
			{ externalId: 'A', email: 'a@example.com' },
			{ externalId: 'B', email: 'b@example.com' }
		]);
		const result = await people.upsertPeople(orgId, [
			{ externalId: 'A', email: 'b@example.com' },
			{ externalId: 'C', email: 'a@example.com' }
		]);
		expect(result.updated).toBe(0);
		expect(result.errors.map((e) => [e.index, e.path])).toEqual([
			[0, 'email'],
			[1, 'email']
		]);
		expect(result.errors[1].message).toContain('external id A');
	});

	it('links managers, even ones later in the call, and lists a part of the hierarchy', async () => {
		const orgId = await org();
		const result = await people.upsertPeople(
			orgId,
			[
				{ externalId: 'ceo', email: 'ceo@example.com' },
				{ externalId: 'vp', manager: 'ceo' },
				{ externalId: 'lead', manager: 'VP@example.com' },
				{ externalId: 'dev', manager: 'lead' },
				{ externalId: 'self', manager: 'self' },
				{ externalId: 'orphan', manager: 'ghost' }
			],
			{ kind: 'employee' }
		);
		// "VP@example.com" matches nobody: vp has no e-mail.
		expect(result.errors).toEqual([
			{
				index: 2,
				path: 'manager',
				message: 'No person with this external id or e-mail (the manager)'
			},
			{ index: 4, path: 'manager', message: 'A person cannot be their own manager' },
			{
				index: 5,
				path: 'manager',
				message: 'No person with this external id or e-mail (the manager)'
			}
		]);
		await people.upsertPeople(orgId, [{ externalId: 'vp', email: 'vp@example.com' }]);
		await people.upsertPeople(orgId, [{ externalId: 'lead', manager: 'VP@example.com' }]);
		const all = (await people.listPeople(orgId, {})).people;
		const ceo = all.find((p) => p.externalId === 'ceo')!;
		const under = (await people.listPeople(orgId, { under: ceo.id })).people;
		expect(under.map((p) => p.externalId).sort()).toEqual(['dev', 'lead', 'vp']);
	});

	it('refuses a manager link that closes a loop, in one call or a later one, naming the loop', async () => {
		const orgId = await org();
		const first = await people.upsertPeople(
			orgId,
			[
				{ externalId: 'x1', manager: 'x2' },
				{ externalId: 'x2', manager: 'x1' },
				{ externalId: 'a', manager: 'b' },
				{ externalId: 'b', email: 'b@example.com', manager: 'c' },
				{ externalId: 'c' }
			],
			{ kind: 'employee' }
		);
		// The first link of the call stands; the one that would close the loop is refused.
		expect(first.errors).toEqual([
			{
				index: 1,
				path: 'manager',
				message: 'A manager loop: x2 → x1 → x2. Nobody can be under themselves',
				loop: ['x2', 'x1', 'x2']
			}
		]);
		// A later call closing a longer loop through stored links is refused too.
		const later = await people.upsertPeople(orgId, [
			{ externalId: 'd' },
			{ externalId: 'c', manager: 'a' }
		]);
		expect(later.errors).toEqual([
			{
				index: 1,
				path: 'manager',
				message: 'A manager loop: c → a → b → c. Nobody can be under themselves',
				loop: ['c', 'a', 'b', 'c']
			}
		]);
		const byId = new Map((await people.listPeople(orgId, {})).people.map((p) => [p.externalId, p]));
		expect(byId.get('x1')!.managerId).toBe(byId.get('x2')!.id);
		expect(byId.get('x2')!.managerId).toBeNull();
		expect(byId.get('c')!.managerId).toBeNull();
		// Moving someone within the tree is fine.
		expect((await people.upsertPeople(orgId, [{ externalId: 'a', manager: 'c' }])).errors).toEqual(
			[]
		);
		const under = async (key: string) =>
			(await people.listPeople(orgId, { under: byId.get(key)!.id })).people
				.map((p) => p.externalId)
				.sort();
		expect(await under('c')).toEqual(['a', 'b']);
	});

	it('never lists a manager under themselves, even in a loop stored before loops were refused', async () => {
		const orgId = await org();
		await people.upsertPeople(orgId, [
			{ externalId: 'x1' },
			{ externalId: 'x2', manager: 'x1' },
			{ externalId: 'x3', manager: 'x2' }
		]);
		const byId = new Map((await people.listPeople(orgId, {})).people.map((p) => [p.externalId, p]));
		await db
			.update(schema.person)
			.set({ managerId: byId.get('x3')!.id })
			.where(eq(schema.person.id, byId.get('x1')!.id));
		const under = await people.listPeople(orgId, { under: byId.get('x1')!.id });
		expect(under.people.map((p) => p.externalId).sort()).toEqual(['x2', 'x3']);
		expect(await people.countPeople(orgId, { under: byId.get('x2')!.id })).toBe(2);
		// Linking into the stored loop from outside is fine; re-linking inside it names the loop.
		const result = await people.upsertPeople(orgId, [
			{ externalId: 'y', manager: 'x1' },
			{ externalId: 'x2', manager: 'x1' }
		]);
		expect(result.errors.map((e) => [e.index, e.loop])).toEqual([[1, ['x2', 'x1', 'x3', 'x2']]]);
	});

	it('filters by attribute and kind, pages by cursor, and keeps organisations apart', async () => {
		const orgId = await org();
		const other = await org();
		await people.upsertPeople(other, [{ email: 'p0@example.com', attributes: { team: 'A' } }]);
		await people.upsertPeople(
			orgId,
			Array.from({ length: 25 }, (_, i) => ({
				email: `p${i}@example.com`,
				kind: i % 5 === 0 ? 'customer' : 'employee',
				attributes: { team: i % 2 ? 'A' : 'B' }
			}))
		);
		const seen: string[] = [];
		let cursor: string | null = null;
		do {
			const page: Awaited<ReturnType<typeof people.listPeople>> = await people.listPeople(
				orgId,
				{ attributes: { team: 'A' }, kind: 'employee' },
				{ cursor, limit: 4 }
			);
			seen.push(...page.people.map((p) => p.email!));
			cursor = page.nextCursor;
		} while (cursor);
		// Odd numbers not divisible by 5: 1 3 7 9 11 13 17 19 21 23.
		expect(seen.length).toBe(10);
		expect(new Set(seen).size).toBe(10);
		expect(await people.countPeople(other)).toBe(1);
		const theirs = (await people.listPeople(other, {})).people[0];
		await expect(people.erasePerson(orgId, theirs.id)).rejects.toThrow('No such person');
		await expect(people.getPerson(orgId, theirs.id)).rejects.toThrow('No such person');
	});
});
