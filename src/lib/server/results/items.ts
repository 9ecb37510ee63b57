import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Question, SurveyDefinition } from '../../survey/definition';
import { db, schema } from '../db';

// A pulse program publishes each round as a version with only that round's items. Its results are
// read against every item any round asked, so an earlier round's items keep their figures (each
// with its own n: only the rounds that asked an item have answers to it).

/**
 * The definition results read a pulse survey with: the newest published one, with every question
 * any published version asked (oldest first in `published`; the newest wording wins), in the
 * bank's order, and every hidden field.
 */
export function everyItemAsked(published: SurveyDefinition[], bank: Question[]): SurveyDefinition {
	const asked = new Map<string, Question>();
	for (const definition of published) for (const q of definition.questions) asked.set(q.id, q);
	const order = new Set([
		...bank.map((q) => q.id),
		...published.flatMap((d) => d.questions.map((q) => q.id))
	]);
	return {
		...published.at(-1)!,
		questions: [...order].filter((id) => asked.has(id)).map((id) => asked.get(id)!),
		hiddenFields: [...new Set(published.flatMap((d) => d.hiddenFields))]
	};
}

/** Of these surveys, those a pulse program runs: survey id → the definition to read results with. */
export async function pulseDefinitions(
	orgId: string,
	surveyIds: string[]
): Promise<Map<string, SurveyDefinition>> {
	const out = new Map<string, SurveyDefinition>();
	if (!surveyIds.length) return out;
	const p = schema.pulseProgram;
	const programs = await db
		.select({ surveyId: p.surveyId, bank: p.bank })
		.from(p)
		.where(and(eq(p.orgId, orgId), inArray(p.surveyId, surveyIds)))
		.orderBy(asc(p.createdAt));
	if (!programs.length) return out;
	const banks = new Map<string, Question[]>();
	for (const { surveyId, bank } of programs)
		banks.set(surveyId, [...(banks.get(surveyId) ?? []), ...bank]);
	const v = schema.surveyVersion;
	const versions = await db
		.select({ surveyId: v.surveyId, definition: v.definition })
		.from(v)
		.where(
			and(eq(v.orgId, orgId), inArray(v.surveyId, [...banks.keys()]), isNotNull(v.publishedAt))
		)
		.orderBy(asc(v.version));
	const published = new Map<string, SurveyDefinition[]>();
	for (const { surveyId, definition } of versions)
		published.set(surveyId, [...(published.get(surveyId) ?? []), definition]);
	for (const [surveyId, list] of published)
		out.set(surveyId, everyItemAsked(list, banks.get(surveyId)!));
	return out;
}
