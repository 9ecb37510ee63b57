import { and, eq } from 'drizzle-orm';
import type { SurveyDefinition } from '../../survey/definition';
import type { SurveyPromise } from '../confidentiality';
import { db, schema } from '../db';
import { DomainError } from '../platform';
import { publishedDefinition } from '../responses';

// The survey read model: one way to load a survey of an organisation (its row, with the promise
// stored at publishing) and, where needed, its published version. Another organisation's survey
// is not found, the same as a missing one.

export type SurveyRecord = typeof schema.survey.$inferSelect;

type Reader = Pick<typeof db, 'select'>;

/** The survey's row; `lock` holds it (FOR UPDATE) until the caller's transaction ends. */
export async function readSurvey(
	orgId: string,
	id: string,
	options: { tx?: Reader; lock?: boolean } = {}
): Promise<SurveyRecord> {
	const query = (options.tx ?? db)
		.select()
		.from(schema.survey)
		.where(and(eq(schema.survey.orgId, orgId), eq(schema.survey.id, id)));
	const [row] = options.lock ? await query.for('update') : await query;
	if (!row) throw new DomainError('No such survey.', 'not_found');
	return row;
}

export type PublishedSurvey = SurveyRecord & {
	publishedVersion: number;
	promise: SurveyPromise;
	/** The published version's definition (what respondents answer now). */
	definition: SurveyDefinition;
};

/** The survey with its published version, or null when it was never published. */
export async function readPublished(orgId: string, id: string): Promise<PublishedSurvey | null> {
	return publishedOf(await readSurvey(orgId, id));
}

/** A survey row read already, with its published version (null when never published). */
export async function publishedOf(row: SurveyRecord): Promise<PublishedSurvey | null> {
	if (!row.publishedVersion || !row.promise) return null;
	const definition = await publishedDefinition(row.id, row.publishedVersion);
	return { ...row, publishedVersion: row.publishedVersion, promise: row.promise, definition };
}
