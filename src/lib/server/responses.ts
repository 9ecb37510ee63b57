import { and, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { issuesOf } from '../issues';
import type { SurveyDefinition } from '../survey/definition';
import type { Answers, HiddenValues } from '../survey/logic';
import { validateAnswers } from '../survey/validate';
import { db, schema } from './db';
import { DomainError } from './errors';
import { generateToken } from './tokens';

// Responses as respondents give them, page by page. The respondent pages are public: everything
// here is keyed by the survey's unguessable slug and a submission id the page itself made.

/** A submission id: made when a respondent's first page is served, then carried by the form. */
export const submissionIdPattern = /^[a-z2-7]{16,40}$/;

export type OpenSurvey = {
	id: string;
	orgId: string;
	slug: string;
	publishedVersion: number;
	definition: SurveyDefinition;
	/** Why the link takes no more answers, or null while it is open. */
	closed: null | 'closed' | 'date' | 'limit';
	/** The origins its organisation lets frame the page. */
	frameOrigins: string[];
};

/** The published survey behind a public link; a draft or an unknown slug is not found. */
export async function openBySlug(slug: string, now = new Date()): Promise<OpenSurvey> {
	const [row] = await db
		.select({
			id: schema.survey.id,
			orgId: schema.survey.orgId,
			slug: schema.survey.slug,
			status: schema.survey.status,
			publishedVersion: schema.survey.publishedVersion,
			definition: schema.surveyVersion.definition,
			frameOrigins: schema.organization.frameOrigins
		})
		.from(schema.survey)
		.innerJoin(schema.organization, eq(schema.organization.id, schema.survey.orgId))
		.innerJoin(
			schema.surveyVersion,
			and(
				eq(schema.surveyVersion.surveyId, schema.survey.id),
				eq(schema.surveyVersion.version, schema.survey.publishedVersion)
			)
		)
		.where(eq(schema.survey.slug, slug));
	if (!row || !row.publishedVersion) throw new DomainError('No such survey.', 'not_found');
	const definition = row.definition as SurveyDefinition;
	let closed: OpenSurvey['closed'] = null;
	if (row.status === 'closed') closed = 'closed';
	else if (definition.closeAt && new Date(definition.closeAt) <= now) closed = 'date';
	else if (definition.responseLimit && (await completedCount(row.id)) >= definition.responseLimit)
		closed = 'limit';
	return {
		id: row.id,
		orgId: row.orgId,
		slug: row.slug,
		publishedVersion: row.publishedVersion,
		definition,
		closed,
		frameOrigins: row.frameOrigins
	};
}

async function completedCount(surveyId: string) {
	const [{ n }] = await db
		.select({ n: count() })
		.from(schema.response)
		.where(and(eq(schema.response.surveyId, surveyId), isNotNull(schema.response.completedAt)));
	return n;
}

/** A published version's definition: a page served before a re-publish answers its own version. */
export async function publishedDefinition(surveyId: string, version: number) {
	const [row] = await db
		.select({ definition: schema.surveyVersion.definition })
		.from(schema.surveyVersion)
		.where(
			and(
				eq(schema.surveyVersion.surveyId, surveyId),
				eq(schema.surveyVersion.version, version),
				isNotNull(schema.surveyVersion.publishedAt)
			)
		);
	if (!row) throw new DomainError('That version of the survey was never published.', 'invalid');
	return row.definition as SurveyDefinition;
}

export type Progress = {
	version: number;
	language: string;
	answers: Answers;
	hidden: HiddenValues;
	page: number;
	completed: boolean;
};

/** Where a submission stands, or null before its first page was saved. */
export async function findProgress(
	surveyId: string,
	submissionId: string
): Promise<Progress | null> {
	const [row] = await db
		.select()
		.from(schema.response)
		.where(
			and(eq(schema.response.surveyId, surveyId), eq(schema.response.submissionId, submissionId))
		);
	if (!row) return null;
	return {
		version: row.version,
		language: row.language,
		answers: row.answers as Answers,
		hidden: row.hidden as HiddenValues,
		page: row.page,
		completed: row.completedAt !== null
	};
}

/**
 * Saves a submission's answers so far, and completes it when `complete`. The unique index on
 * (survey, submission id) makes every retry, however many arrive at once, land on one row; a
 * completed row is never changed again, so a repeated final post just finds it completed.
 * Version and hidden fields are those of the first save. Returns whether the row is completed.
 */
export async function saveProgress(
	survey: Pick<OpenSurvey, 'id' | 'orgId'>,
	submissionId: string,
	input: {
		version: number;
		language: string;
		answers: Answers;
		hidden: HiddenValues;
		page: number;
		complete: boolean;
	}
): Promise<{ completed: boolean }> {
	const now = new Date();
	const [row] = await db
		.insert(schema.response)
		.values({
			orgId: survey.orgId,
			surveyId: survey.id,
			submissionId,
			version: input.version,
			language: input.language,
			answers: input.answers,
			hidden: input.hidden,
			page: input.page,
			completedAt: input.complete ? now : null
		})
		.onConflictDoUpdate({
			target: [schema.response.surveyId, schema.response.submissionId],
			set: {
				answers: sql`excluded.answers`,
				page: sql`excluded.page`,
				language: sql`excluded.language`,
				completedAt: sql`excluded.completed_at`,
				updatedAt: now
			},
			setWhere: isNull(schema.response.completedAt)
		})
		.returning({ completedAt: schema.response.completedAt });
	if (row) return { completed: row.completedAt !== null };
	// The update was skipped: the submission was already completed.
	return { completed: true };
}

const importedSchema = z.object({
	answers: z.record(z.string(), z.unknown()),
	hiddenFields: z.record(z.string(), z.string().max(500)).optional(),
	submittedAt: z.iso.datetime({ offset: true }).optional(),
	language: z.string().max(20).optional()
});
export const importSchema = z.union([
	z.object({ responses: z.array(importedSchema).min(1).max(1000, 'At most 1,000 at a time') }),
	importedSchema
]);

/**
 * Imports completed responses from another channel (a kiosk, a CRM, a call centre), all or none:
 * each is validated against the published version like a respondent's. With an idempotency key,
 * a repeated request stores nothing new and answers the same ids.
 */
export async function importResponses(
	orgId: string,
	surveyId: string,
	input: unknown,
	idempotencyKey: string | null,
	now = new Date()
): Promise<string[]> {
	const parsed = importSchema.safeParse(input);
	if (!parsed.success)
		throw new DomainError('The responses are not valid.', 'invalid', issuesOf(parsed.error));
	const batch = 'responses' in parsed.data;
	const items = 'responses' in parsed.data ? parsed.data.responses : [parsed.data];
	const [survey] = await db
		.select({ publishedVersion: schema.survey.publishedVersion })
		.from(schema.survey)
		.where(and(eq(schema.survey.orgId, orgId), eq(schema.survey.id, surveyId)));
	if (!survey) throw new DomainError('No such survey.', 'not_found');
	if (!survey.publishedVersion)
		throw new DomainError('Publish the survey before importing responses.', 'conflict');
	const version = survey.publishedVersion;
	const definition = await publishedDefinition(surveyId, version);
	const languages = [definition.defaultLanguage, ...definition.languages];
	const issues: { path: string; message: string }[] = [];
	const rows = items.map((item, index) => {
		const at = batch ? `responses.${index}.` : '';
		const hidden: HiddenValues = {};
		for (const name of definition.hiddenFields)
			if (item.hiddenFields?.[name] !== undefined) hidden[name] = item.hiddenFields[name];
		for (const issue of validateAnswers(definition, item.answers, hidden))
			issues.push({ path: `${at}answers.${issue.path}`, message: issue.message });
		if (item.language && !languages.includes(item.language))
			issues.push({ path: `${at}language`, message: `Not one of ${languages.join(', ')}` });
		const submittedAt = item.submittedAt ? new Date(item.submittedAt) : now;
		if (submittedAt > now)
			issues.push({ path: `${at}submittedAt`, message: 'A time in the future' });
		return {
			orgId,
			surveyId,
			version,
			submissionId: idempotencyKey
				? `import:${idempotencyKey}:${index}`
				: `import:${generateToken()}`,
			language: item.language ?? definition.defaultLanguage,
			answers: item.answers,
			hidden,
			completedAt: submittedAt,
			createdAt: submittedAt,
			updatedAt: now
		};
	});
	if (issues.length) throw new DomainError('The responses are not valid.', 'invalid', issues);
	return db.transaction(async (tx) => {
		await tx.insert(schema.response).values(rows).onConflictDoNothing();
		const stored = await tx
			.select({ id: schema.response.id, submissionId: schema.response.submissionId })
			.from(schema.response)
			.where(
				and(
					eq(schema.response.surveyId, surveyId),
					inArray(
						schema.response.submissionId,
						rows.map((r) => r.submissionId)
					)
				)
			);
		const ids = new Map(stored.map((s) => [s.submissionId, s.id]));
		return rows.map((r) => ids.get(r.submissionId)!);
	});
}
