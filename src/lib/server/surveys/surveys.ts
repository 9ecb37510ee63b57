import { and, count, desc, eq, ilike, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { controlCharacterMessage, controlCharacterPath } from '../../control-characters';
import { issuesOf } from '../../issues';
import { surveyDefinitionSchema, type SurveyDefinition } from '../../survey/definition';
import { missingTranslations } from '../../survey/translations';
import { recordPromise } from '../confidentiality';
import { config, DomainError, generateToken } from '../platform';
import { containsPattern, db, schema } from '../db';
import { forgetOpenSurveys } from '../responses';
import { readSurvey, type SurveyRecord } from './read';

export type DefinitionIssue = { path: string; message: string };

/** A definition that does not pass the schema; `issues` name each path (questions.3.choices). */
export class InvalidDefinitionError extends DomainError {
	constructor(issues: DefinitionIssue[]) {
		super('The survey definition is not valid.', 'invalid', issues);
	}
}

/** How deep a definition's JSON may nest: real logic needs a handful of levels. */
const maxDepth = 32;
function tooDeep(value: unknown): boolean {
	const stack: [unknown, number][] = [[value, 0]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (node === null || typeof node !== 'object') continue;
		if (depth > maxDepth) return true;
		for (const child of Object.values(node)) stack.push([child, depth + 1]);
	}
	return false;
}

export function parseDefinition(input: unknown): SurveyDefinition {
	// Deeply nested logic would overflow the stack of the recursive schema: refuse it first.
	if (tooDeep(input))
		throw new InvalidDefinitionError([
			{ path: '', message: `Nested more than ${maxDepth} levels deep` }
		]);
	// The designer's save and an imported file carry JSON in a form field or a file.
	const control = controlCharacterPath(input);
	if (control !== null)
		throw new InvalidDefinitionError([
			{ path: control, message: controlCharacterMessage(control || 'definition') }
		]);
	const result = surveyDefinitionSchema.safeParse(input);
	if (!result.success) throw new InvalidDefinitionError(issuesOf(result.error));
	return result.data;
}

export function publicUrl(slug: string) {
	return `${config.origin}/s/${slug}`;
}

type Row = SurveyRecord;

function view(row: Row, definition: SurveyDefinition) {
	return {
		id: row.id,
		status: row.status,
		title: row.title,
		audience: row.audience,
		version: row.version,
		publishedVersion: row.publishedVersion,
		revision: row.revision,
		url: row.publishedVersion ? publicUrl(row.slug) : null,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt,
		definition
	};
}
export type SurveyView = ReturnType<typeof view>;

export async function create(orgId: string, input: unknown, createdBy: string | null) {
	const definition = parseDefinition(input);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(schema.survey)
			.values({
				orgId,
				slug: generateToken(10),
				title: definition.title,
				audience: definition.audience,
				createdBy
			})
			.returning();
		await tx
			.insert(schema.surveyVersion)
			.values({ surveyId: row.id, orgId, version: 1, definition });
		return view(row, definition);
	});
}

export type ListFilter = {
	search?: string;
	status?: (typeof schema.surveyStatuses)[number];
	audience?: 'customer' | 'employee';
};

/** The organisation's surveys, newest first, each with its count of completed responses. */
export function list(orgId: string, filter: ListFilter = {}) {
	const where: SQL[] = [eq(schema.survey.orgId, orgId)];
	if (filter.search?.trim())
		where.push(ilike(schema.survey.title, containsPattern(filter.search.trim())));
	if (filter.status) where.push(eq(schema.survey.status, filter.status));
	if (filter.audience) where.push(eq(schema.survey.audience, filter.audience));
	const responses = db
		.select({ surveyId: schema.response.surveyId, n: count().as('n') })
		.from(schema.response)
		.where(and(eq(schema.response.orgId, orgId), isNotNull(schema.response.completedAt)))
		.groupBy(schema.response.surveyId)
		.as('responses');
	return db
		.select({
			id: schema.survey.id,
			status: schema.survey.status,
			title: schema.survey.title,
			audience: schema.survey.audience,
			version: schema.survey.version,
			publishedVersion: schema.survey.publishedVersion,
			responses: sql<number>`coalesce(${responses.n}, 0)::int`,
			createdAt: schema.survey.createdAt,
			updatedAt: schema.survey.updatedAt
		})
		.from(schema.survey)
		.leftJoin(responses, eq(responses.surveyId, schema.survey.id))
		.where(and(...where))
		.orderBy(desc(schema.survey.updatedAt));
}

async function definitionOf(tx: Pick<typeof db, 'select'>, row: Row, version = row.version) {
	const [v] = await tx
		.select({ definition: schema.surveyVersion.definition })
		.from(schema.surveyVersion)
		.where(
			and(eq(schema.surveyVersion.surveyId, row.id), eq(schema.surveyVersion.version, version))
		);
	return v.definition;
}

export async function get(orgId: string, id: string) {
	const row = await readSurvey(orgId, id);
	return view(row, await definitionOf(db, row));
}

/**
 * The type of every question in any published version: an id dropped in version 2 still holds
 * version 1's answers, so it keeps its type (and its id stays out of reach of new questions).
 */
async function publishedTypes(tx: Pick<typeof db, 'select'>, orgId: string, id: string) {
	const published = await tx
		.select({ definition: schema.surveyVersion.definition })
		.from(schema.surveyVersion)
		.where(
			and(
				eq(schema.surveyVersion.orgId, orgId),
				eq(schema.surveyVersion.surveyId, id),
				isNotNull(schema.surveyVersion.publishedAt)
			)
		)
		.orderBy(schema.surveyVersion.version);
	return new Map(
		published.flatMap((v) => v.definition.questions.map((q) => [q.id, q.type] as const))
	);
}

/** Ids of questions respondents may have answered: the designer locks them. */
export async function publishedQuestionIds(orgId: string, id: string) {
	return [...(await publishedTypes(db, orgId, id)).keys()];
}

/**
 * Replaces the draft. With `expectedRevision` (the API's If-Match), a save made from a stale copy
 * is refused instead of silently overwriting someone else's. Editing a published survey opens a
 * new draft version; a question that may have answers (it was published) keeps its type.
 */
/** Refuses to act on a copy older than the stored survey: someone else changed it meanwhile. */
function checkRevision(row: Row, expectedRevision: number | undefined) {
	if (expectedRevision !== undefined && expectedRevision !== row.revision) {
		throw new DomainError(
			`Someone else saved this survey since you opened it (revision ${row.revision}, yours ${expectedRevision}). Reload it and apply your changes again.`,
			'conflict'
		);
	}
}

export async function update(orgId: string, id: string, input: unknown, expectedRevision?: number) {
	const definition = parseDefinition(input);
	return db.transaction(async (tx) => {
		const row = await readSurvey(orgId, id, { tx, lock: true });
		checkRevision(row, expectedRevision);
		if (row.publishedVersion) {
			const types = await publishedTypes(tx, orgId, id);
			const issues = definition.questions.flatMap((q, i) =>
				types.has(q.id) && types.get(q.id) !== q.type
					? [
							{
								path: `questions.${i}.type`,
								message: `"${q.id}" was published as ${types.get(q.id)}; give a new question a new id instead`
							}
						]
					: []
			);
			if (issues.length) throw new InvalidDefinitionError(issues);
		}
		const draftOpen = row.version !== row.publishedVersion;
		const version = draftOpen ? row.version : row.version + 1;
		if (draftOpen) {
			await tx
				.update(schema.surveyVersion)
				.set({ definition })
				.where(
					and(eq(schema.surveyVersion.surveyId, id), eq(schema.surveyVersion.version, version))
				);
		} else {
			await tx.insert(schema.surveyVersion).values({ surveyId: id, orgId, version, definition });
		}
		const [updated] = await tx
			.update(schema.survey)
			.set({
				version,
				revision: row.revision + 1,
				title: definition.title,
				audience: definition.audience,
				updatedAt: new Date()
			})
			.where(eq(schema.survey.id, id))
			.returning();
		return view(updated, definition);
	});
}

/**
 * Freezes the current draft as the published version; responses will record it. With
 * `expectedRevision`, publishing a draft the caller has not seen is refused.
 */
export async function publish(orgId: string, id: string, expectedRevision?: number) {
	const result = await db.transaction(async (tx) => {
		const row = await readSurvey(orgId, id, { tx, lock: true });
		checkRevision(row, expectedRevision);
		const definition = await definitionOf(tx, row);
		// Nothing to answer would "record" empty responses: statements alone ask nothing.
		if (!definition.questions.some((q) => q.type !== 'statement')) {
			throw new DomainError(
				'Add at least one question before publishing: statements alone ask respondents nothing.',
				'invalid',
				[{ path: 'questions', message: 'At least one question to answer is needed' }]
			);
		}
		const missing = missingTranslations(definition);
		if (missing.length) {
			throw new DomainError(
				`${missing.length} ${missing.length === 1 ? 'text lacks its translation' : 'texts lack their translations'}; translate them before publishing.`,
				'invalid',
				missing.map((m) => ({ path: m.path, message: `Missing the ${m.language} translation` }))
			);
		}
		if (row.version === row.publishedVersion && row.status === 'published') {
			return { status: 'published' as const, version: row.version, url: publicUrl(row.slug) };
		}
		// Reopening a closed survey keeps the date its version was first published.
		await tx
			.update(schema.surveyVersion)
			.set({ publishedAt: new Date() })
			.where(
				and(
					eq(schema.surveyVersion.surveyId, id),
					eq(schema.surveyVersion.version, row.version),
					isNull(schema.surveyVersion.publishedAt)
				)
			);
		await recordPromise(tx, orgId, id);
		await tx
			.update(schema.survey)
			.set({
				status: 'published',
				publishedVersion: row.version,
				revision: row.revision + 1,
				updatedAt: new Date()
			})
			.where(eq(schema.survey.id, id));
		return { status: 'published' as const, version: row.version, url: publicUrl(row.slug) };
	});
	forgetOpenSurveys();
	return result;
}

export async function close(orgId: string, id: string, expectedRevision?: number) {
	const result = await db.transaction(async (tx) => {
		const row = await readSurvey(orgId, id, { tx, lock: true });
		checkRevision(row, expectedRevision);
		if (!row.publishedVersion)
			throw new DomainError('Only a published survey can be closed.', 'conflict');
		await tx
			.update(schema.survey)
			.set({ status: 'closed', revision: row.revision + 1, updatedAt: new Date() })
			.where(eq(schema.survey.id, id));
		return { status: 'closed' as const, version: row.publishedVersion };
	});
	forgetOpenSurveys();
	return result;
}

/** Every version of a survey, newest first, without their definitions. */
export async function versions(orgId: string, id: string) {
	await readSurvey(orgId, id);
	return db
		.select({
			version: schema.surveyVersion.version,
			publishedAt: schema.surveyVersion.publishedAt,
			createdAt: schema.surveyVersion.createdAt
		})
		.from(schema.surveyVersion)
		.where(and(eq(schema.surveyVersion.orgId, orgId), eq(schema.surveyVersion.surveyId, id)))
		.orderBy(desc(schema.surveyVersion.version));
}

/** One version's definition, as respondents of that version saw it. */
export async function getVersion(orgId: string, id: string, version: number) {
	const [v] = await db
		.select({ definition: schema.surveyVersion.definition })
		.from(schema.surveyVersion)
		.where(
			and(
				eq(schema.surveyVersion.orgId, orgId),
				eq(schema.surveyVersion.surveyId, id),
				eq(schema.surveyVersion.version, version)
			)
		);
	if (!v) throw new DomainError('No such version.', 'not_found');
	return v.definition;
}

/** Deletes a survey and its versions; refused once anyone has answered it (close it instead). */
/** Responses a survey holds, complete or partial: any one of them keeps it from deletion. */
async function countResponses(tx: Pick<typeof db, 'select'>, orgId: string, id: string) {
	const [{ n }] = await tx
		.select({ n: count() })
		.from(schema.response)
		.where(and(eq(schema.response.orgId, orgId), eq(schema.response.surveyId, id)));
	return n;
}

/** Whether the designer may offer deletion, and why not: said before, not after. */
export async function responseCount(orgId: string, id: string) {
	await readSurvey(orgId, id);
	return countResponses(db, orgId, id);
}

export async function remove(orgId: string, id: string) {
	await db.transaction(async (tx) => {
		await readSurvey(orgId, id, { tx, lock: true });
		const n = await countResponses(tx, orgId, id);
		if (n > 0)
			throw new DomainError(
				`This survey has ${n} ${n === 1 ? 'response' : 'responses'} (complete or partial); close it instead of deleting it.`,
				'conflict'
			);
		await tx
			.delete(schema.survey)
			.where(and(eq(schema.survey.orgId, orgId), eq(schema.survey.id, id)));
	});
	forgetOpenSurveys();
}
