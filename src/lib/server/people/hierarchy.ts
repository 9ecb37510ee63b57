import { sql } from 'drizzle-orm';
import { db, rowsOf, type Database } from '../db';

// The hierarchy must stay a tree: a manager link that would put a person under themselves (X1 ↔
// X2, or a longer loop) is refused, so "everyone under X1" never includes X1 and never loops.

export type ManagerLink = { index: number; personId: string; managerId: string };

/** Who a person in a refused loop is, for the message: their external id, e-mail or name. */
export type LoopMember = { id: string; key: string };

/**
 * Splits manager links (in the order given, as if applied one by one) into those that keep the
 * hierarchy a tree and those that would close a loop, each of those with the loop it closes:
 * the person, their new manager, and so on up to the person again. A link of this call counts
 * once it is accepted; the rest of the hierarchy is the one stored.
 */
export async function checkManagerLinks(
	orgId: string,
	links: ManagerLink[],
	tx: Pick<Database, 'execute'> = db
): Promise<{ accepted: ManagerLink[]; loops: { link: ManagerLink; loop: LoopMember[] }[] }> {
	const stored = await storedManagers(
		orgId,
		links.flatMap((l) => [l.personId, l.managerId]),
		tx
	);
	const now = new Map<string, string>();
	const managerOf = (id: string) => now.get(id) ?? stored.get(id)?.managerId ?? null;
	const accepted: ManagerLink[] = [];
	const refused: { link: ManagerLink; ids: string[] }[] = [];
	for (const link of links) {
		// Up from the new manager: reaching the person closes a loop. `seen` stops at a loop
		// stored before loops were refused.
		const path = [link.personId];
		const seen = new Set(path);
		let node: string | null = link.managerId;
		while (node && node !== link.personId && !seen.has(node)) {
			seen.add(node);
			path.push(node);
			node = managerOf(node);
		}
		if (node === link.personId) refused.push({ link, ids: path });
		else {
			now.set(link.personId, link.managerId);
			accepted.push(link);
		}
	}
	return {
		accepted,
		loops: refused.map(({ link, ids }) => ({
			link,
			loop: [...ids, link.personId].map((id) => ({ id, key: stored.get(id)?.key ?? id }))
		}))
	};
}

/** The stored manager of each person given and of everyone above them, with who each is. */
async function storedManagers(orgId: string, ids: string[], tx: Pick<Database, 'execute'>) {
	const rows = await rowsOf<{ id: string; manager_id: string | null; key: string }>(
		sql`
		with recursive up(id) as (
			select value::uuid from jsonb_array_elements_text(${JSON.stringify([...new Set(ids)])}::jsonb)
			union
			select p.manager_id from person p join up on p.id = up.id
			where p.org_id = ${orgId} and p.manager_id is not null
		)
		select p.id, p.manager_id, coalesce(p.external_id, p.email, p.name, p.id::text) as key
		from person p join up on p.id = up.id where p.org_id = ${orgId}`,
		tx
	);
	return new Map(rows.map((r) => [r.id, { managerId: r.manager_id, key: r.key }]));
}

/** What a refused loop says: who is in it, in order, each with their line of a file if known. */
export function loopMessage(
	keys: string[],
	lineOf: (key: string) => number | undefined = () => undefined
) {
	const named = keys.map((key, i) => {
		const line = i < keys.length - 1 ? lineOf(key) : undefined;
		return line === undefined ? key : `${key} (line ${line})`;
	});
	return `A manager loop: ${named.join(' → ')}. Nobody can be under themselves`;
}
