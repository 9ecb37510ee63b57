import { and, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { issuesOf } from '../../issues';
import type { SurveyDefinition } from '../../survey/definition';
import type { Answers, HiddenValues } from '../../survey/logic';
import { validateAnswers } from '../../survey/validate';
import { db, prepared, schema } from '../db';
import { isUnavailable } from '../db/unavailable';
import { DomainError, generateToken } from '../platform';
import * as events from '../platform';
import { readSurvey } from '../surveys';

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

// Every page view and post of a respondent reads the survey behind its link. It changes only when
// published, closed or deleted, when its organisation's origins change, or when a response fills
// its limit: each forgets it here at once. Another process of the same deployment sees a change
// within `openCacheMs`; the response limit itself is enforced when a response completes.
const openCacheMs = 1000;
type OpenRow = Omit<OpenSurvey, 'closed'> & { status: string; limitReached: boolean };
// An expired entry stays until replaced: while the database is away it is still the survey.
const openCache = new LRUCache<string, OpenRow>({
	max: 1000,
	ttl: openCacheMs,
	noDeleteOnStaleGet: true
});
// Bumped by every forget: a read that started before a change must not cache what it read.
let openGeneration = 0;

/** Drops every cached open survey: after anything that changes what a public link shows. */
export function forgetOpenSurveys() {
	openGeneration++;
	openCache.clear();
}

async function readOpen(slug: string): Promise<OpenRow | null> {
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
	if (!row || !row.publishedVersion) return null;
	const definition = row.definition;
	const limitReached =
		!!definition.responseLimit && (await completedCount(row.id)) >= definition.responseLimit;
	return { ...row, publishedVersion: row.publishedVersion, definition, limitReached };
}

/** The published survey behind a public link; a draft or an unknown slug is not found. */
export async function openBySlug(slug: string, now = new Date()): Promise<OpenSurvey> {
	let row = openCache.get(slug);
	if (!row) {
		const generation = openGeneration;
		let fresh: OpenRow | null;
		try {
			fresh = await readOpen(slug);
		} catch (error) {
			// While the database is away, the survey as last read: a respondent's post can still be
			// answered with their own page and answers, to send again (respondent-outage.ts).
			const stale = openCache.get(slug, { allowStale: true });
			if (stale && isUnavailable(error)) fresh = stale;
			else throw error;
		}
		if (!fresh) throw new DomainError('No such survey.', 'not_found');
		if (generation === openGeneration) openCache.set(slug, fresh);
		row = fresh;
	}
	const { status, limitReached, ...survey } = row;
	const { closeAt } = survey.definition;
	let closed: OpenSurvey['closed'] = null;
	if (status === 'closed') closed = 'closed';
	else if (closeAt && new Date(closeAt) <= now) closed = 'date';
	else if (limitReached) closed = 'limit';
	return { ...survey, closed };
}

async function completedCount(surveyId: string, tx: Pick<typeof db, 'select'> = db) {
	const [{ n }] = await tx
		.select({ n: count() })
		.from(schema.response)
		.where(and(eq(schema.response.surveyId, surveyId), isNotNull(schema.response.completedAt)));
	return n;
}

// A published version never changes (editing opens a new draft), so its parsed definition is kept.
const versionCache = new LRUCache<string, SurveyDefinition>({ max: 200 });

/** A published version's definition: a page served before a re-publish answers its own version. */
export async function publishedDefinition(surveyId: string, version: number) {
	const key = `${surveyId}:${version}`;
	const cached = versionCache.get(key);
	if (cached) return cached;
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
	versionCache.set(key, row.definition);
	return row.definition;
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
		answers: row.answers,
		hidden: row.hidden,
		page: row.page,
		completed: row.completedAt !== null
	};
}

type ProgressInput = {
	version: number;
	language: string;
	answers: Answers;
	hidden: HiddenValues;
	page: number;
	complete: boolean;
	/**
	 * Answered from a personal link: completing marks its recipient answered, once (a second
	 * completion through the same invitation is refused). `person` is kept with the response,
	 * with their attributes at this moment, unless the survey is anonymous (null).
	 */
	invite?: {
		recipientId: string;
		person: { id: string; attributes: Record<string, string | number> } | null;
		/**
		 * False for an anonymous survey: the invitation is marked answered at its distribution's
		 * own time, so no clock ties it to the response.
		 */
		keepTime: boolean;
	};
};
type Executor = Pick<typeof db, 'insert' | 'select'>;

function upsert(
	tx: Executor,
	survey: Pick<OpenSurvey, 'id' | 'orgId'>,
	sid: string,
	input: ProgressInput
) {
	const now = new Date();
	return tx
		.insert(schema.response)
		.values({
			orgId: survey.orgId,
			surveyId: survey.id,
			submissionId: sid,
			version: input.version,
			language: input.language,
			answers: input.answers,
			hidden: input.hidden,
			page: input.page,
			completedAt: input.complete ? now : null,
			personId: input.complete ? (input.invite?.person?.id ?? null) : null,
			attributes: input.complete ? (input.invite?.person?.attributes ?? null) : null
		})
		.onConflictDoUpdate({
			target: [schema.response.surveyId, schema.response.submissionId],
			set: {
				answers: sql`excluded.answers`,
				page: sql`excluded.page`,
				language: sql`excluded.language`,
				completedAt: sql`excluded.completed_at`,
				personId: sql`excluded.person_id`,
				attributes: sql`excluded.attributes`,
				updatedAt: now
			},
			setWhere: isNull(schema.response.completedAt)
		})
		.returning({ id: schema.response.id, completedAt: schema.response.completedAt });
}

/**
 * Saves a submission's answers so far, and completes it when `complete`. The unique index on
 * (survey, submission id) makes every retry, however many arrive at once, land on one row; a
 * completed row is never changed again, so a repeated final post just finds it completed.
 * Version and hidden fields are those of the first save. Returns whether the row is completed,
 * and `full` when the survey's response limit was reached before this one could complete: its
 * answers are then kept as a partial response. Completions of a survey with a limit take turns
 * (the survey row is locked), so the limit is never overshot. A completion writes its
 * response-completed event in the same transaction.
 */
export async function saveProgress(
	survey: Pick<OpenSurvey, 'id' | 'orgId' | 'slug' | 'definition'>,
	submissionId: string,
	input: ProgressInput
): Promise<{ completed: boolean; full: boolean }> {
	const limit = survey.definition.responseLimit;
	const invite = input.complete ? input.invite : undefined;
	if (!input.complete) {
		const [row] = await upsert(db, survey, submissionId, input);
		// No row back: the update was skipped, the submission was already completed.
		return { completed: !row || row.completedAt !== null, full: false };
	}
	const result = await db.transaction(async (tx) => {
		let full = false;
		if (limit) {
			await tx
				.select({ id: schema.survey.id })
				.from(schema.survey)
				.where(eq(schema.survey.id, survey.id))
				// Completions take turns; new response rows (whose foreign key takes a key-share lock
				// on the survey) are not held up.
				.for('no key update');
			full = (await completedCount(survey.id, tx)) >= limit;
		}
		if (invite && !full) {
			const claimed = await tx
				.update(schema.recipient)
				.set({
					completedAt: invite.keepTime
						? new Date()
						: sql`(select d.created_at from distribution d where d.id = ${schema.recipient.distributionId})`
				})
				.where(
					and(eq(schema.recipient.id, invite.recipientId), isNull(schema.recipient.completedAt))
				)
				.returning({ id: schema.recipient.id });
			if (!claimed.length)
				throw new DomainError('This invitation has already been answered.', 'conflict');
		}
		const [row] = await upsert(tx, survey, submissionId, { ...input, complete: !full });
		// No row back: completed before; a row without completedAt: kept partial (full).
		if (row?.completedAt)
			await events.responsesCompleted(tx, [
				{
					orgId: survey.orgId,
					surveyId: survey.id,
					responseId: row.id,
					version: input.version,
					source: invite ? 'invitation' : 'respondent'
				}
			]);
		return { completed: !row || row.completedAt !== null, full: full && !!row };
	});
	if (limit) forgetOpenSurveys();
	return result;
}

/**
 * The common case in one statement: a submission completed by its first post, before any of its
 * pages was saved. Stores it and returns true; returns false, storing nothing, when the submission
 * already has a row (the caller then reads it and goes the long way). Not for a survey with a
 * response limit, whose completions go through `saveProgress`. Its response-completed event is
 * written by the same statement.
 */
export async function insertCompleted(
	survey: Pick<OpenSurvey, 'id' | 'orgId' | 'definition'>,
	submissionId: string,
	input: Omit<ProgressInput, 'complete' | 'page'>
): Promise<boolean> {
	if (survey.definition.responseLimit) throw new Error('insertCompleted: the survey has a limit');
	const rows = await insertCompletedQuery().execute({
		orgId: survey.orgId,
		surveyId: survey.id,
		submissionId,
		version: input.version,
		language: input.language,
		answers: input.answers,
		hidden: input.hidden,
		completedAt: new Date()
	});
	return rows.length === 1;
}

const insertCompletedQuery = prepared((db) => {
	const inserted = db.$with('inserted').as(
		db
			.insert(schema.response)
			.values({
				orgId: sql.placeholder('orgId'),
				surveyId: sql.placeholder('surveyId'),
				submissionId: sql.placeholder('submissionId'),
				version: sql.placeholder('version'),
				language: sql.placeholder('language'),
				answers: sql.placeholder('answers'),
				hidden: sql.placeholder('hidden'),
				completedAt: sql.placeholder('completedAt')
			})
			.onConflictDoNothing({ target: [schema.response.surveyId, schema.response.submissionId] })
			.returning({
				id: schema.response.id,
				orgId: schema.response.orgId,
				surveyId: schema.response.surveyId,
				version: schema.response.version
			})
	);
	return db
		.with(inserted)
		.insert(schema.domainEvent)
		.select(events.completedEventsFrom(db, inserted, 'respondent').from(inserted))
		.returning({ id: schema.domainEvent.responseId })
		.prepare('insert_completed_response');
});

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
	const survey = await readSurvey(orgId, surveyId);
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
	const ids = await db.transaction(async (tx) => {
		// Only the rows stored now complete a response: a repeated request's are there already.
		const added = await tx
			.insert(schema.response)
			.values(rows)
			.onConflictDoNothing()
			.returning({ id: schema.response.id });
		await events.responsesCompleted(
			tx,
			added.map((r) => ({ orgId, surveyId, responseId: r.id, version, source: 'import' }))
		);
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
	// Imported responses count towards a response limit too.
	if (definition.responseLimit) forgetOpenSurveys();
	return ids;
}
