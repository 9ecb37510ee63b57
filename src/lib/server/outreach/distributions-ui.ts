import { sql } from 'drizzle-orm';
import { db, rowsOf, schema } from '../db';
import * as people from '../people';
import { publishedOf, readSurvey } from '../surveys';

// What the "Send by e-mail" pages need beside distributions.ts: the survey's audience and
// promise, the attributes to choose people by, and how many people a choice reaches.

/** Above this many people of a kind, suggested values are looked up only for chosen attributes. */
const SUGGEST_ALL_UP_TO = 20_000;
const SUGGESTIONS = 50;

export type SendingSurvey = {
	id: string;
	title: string;
	status: 'draft' | 'published' | 'closed';
	/** Who is invited: people of this kind in the directory. */
	kind: people.PersonKind;
	/** The minimum group size the survey promised (confidentiality/index.ts), else null. */
	threshold: number | null;
};

/** The survey as sending sees it: the audience of its published version, and its promise. */
export async function surveyForSending(orgId: string, surveyId: string): Promise<SendingSurvey> {
	const row = await readSurvey(orgId, surveyId);
	const published = await publishedOf(row);
	const audience = published?.definition.audience ?? row.audience;
	return {
		id: row.id,
		title: row.title,
		status: row.status,
		kind: audience === 'employee' ? 'employee' : 'customer',
		// What hides small groups on the status pages: the stored (strictest) promise's.
		threshold: row.promise?.threshold ?? null
	};
}

export type AudienceAttribute = { key: string; type: people.AttributeType; values: string[] };

/**
 * The organisation's attributes, each with its most common values among people of `kind` (text
 * attributes only: dates and numbers are typed). In a large directory only the attributes in
 * `chosen` get suggestions, so that the page does not read every person on each load.
 */
export async function audienceAttributes(
	orgId: string,
	kind: people.PersonKind,
	chosen: string[] = []
): Promise<AudienceAttribute[]> {
	const types = await people.attributeTypes(orgId);
	const text = [...types].filter(([, type]) => type === 'text').map(([key]) => key);
	const small = (await people.countPeople(orgId, { kind })) <= SUGGEST_ALL_UP_TO;
	const keys = small ? text : text.filter((k) => chosen.includes(k));
	const values = new Map<string, string[]>();
	if (keys.length) {
		const rows = await rowsOf<{ key: string; value: string }>(sql`
			select key, value from (
				select e.key, e.value,
					row_number() over (partition by e.key order by count(*) desc, e.value) as rank
				from person p, jsonb_each_text(p.attributes) e
				where p.org_id = ${orgId} and p.kind = ${kind}
					and e.key in (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))
				group by e.key, e.value
			) ranked where rank <= ${SUGGESTIONS} order by key, value`);
		for (const r of rows) values.set(r.key, [...(values.get(r.key) ?? []), r.value]);
	}
	return [...types].map(([key, type]) => ({ key, type, values: values.get(key) ?? [] }));
}

/**
 * How many people of `kind` match every attribute value, and how many of them an e-mail can reach
 * (an address, and for a customer no unsubscribe).
 */
export async function audiencePreview(
	orgId: string,
	kind: people.PersonKind,
	attributes: Record<string, string>,
	/** Only people under this manager (a person id). */
	under?: string
): Promise<{ matching: number; reachable: number }> {
	const [row] = await db
		.select({
			matching: sql<number>`count(*)::int`,
			reachable: sql<number>`(count(*) filter (where ${schema.person.email} is not null and (${schema.person.kind} = 'employee' or ${schema.person.unsubscribedAt} is null)))::int`
		})
		.from(schema.person)
		.where(await people.peopleCondition(orgId, { kind, attributes, under }));
	return row;
}
