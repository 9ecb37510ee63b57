import {
	type AnyPgColumn,
	foreignKey,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import type { SurveyDefinition } from '../../../survey/definition';
import type { SurveyPromise } from '../../confidentiality';
import { createdAt } from './columns';
import { organization, user } from './identity';

// Surveys, their versions and where they are answered.

export const surveyStatuses = ['draft', 'published', 'closed'] as const;

export const survey = pgTable(
	'survey',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		status: text({ enum: surveyStatuses }).notNull().default('draft'),
		// The public link's key (/s/{slug}): random, so links cannot be guessed from one another.
		slug: text().notNull().unique(),
		title: text().notNull(),
		audience: text({ enum: ['customer', 'employee'] }).notNull(),
		// The newest version (a draft, or the published one when no draft is open).
		version: integer().notNull().default(1),
		publishedVersion: integer(),
		// What respondents were promised: the strictest of every published version, stored when one
		// is published (confidentiality/index.ts); null until the survey is first published.
		promise: jsonb().$type<SurveyPromise>(),
		// Counts every save: the version check that refuses a second, stale save of one draft.
		revision: integer().notNull().default(1),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('survey_org_idx').on(t.orgId, t.updatedAt),
		// What the tables below point at with (org_id, survey_id): a row of one organisation cannot
		// name another's survey, whatever the code does.
		unique('survey_org_id_key').on(t.orgId, t.id)
	]
);

/**
 * The link from a tenant row to its survey, as one foreign key over (org_id, survey_id): the
 * database refuses a row whose survey belongs to another organisation.
 */
export const surveyOf = (name: string, t: { orgId: AnyPgColumn; surveyId: AnyPgColumn }) =>
	foreignKey({
		name,
		columns: [t.orgId, t.surveyId],
		foreignColumns: [survey.orgId, survey.id]
	}).onDelete('cascade');

export const surveyVersion = pgTable(
	'survey_version',
	{
		surveyId: uuid().notNull(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		definition: jsonb().$type<SurveyDefinition>().notNull(),
		publishedAt: timestamp({ withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [
		primaryKey({ columns: [t.surveyId, t.version] }),
		index('survey_version_org_idx').on(t.orgId, t.surveyId),
		surveyOf('survey_version_survey_fk', t)
	]
);

// A named preset of a survey's hidden fields ("Store 12 checkout": store=12&channel=qr), printed as
// a QR code at that touchpoint.
export const touchpoint = pgTable(
	'touchpoint',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		surveyId: uuid().notNull(),
		name: text().notNull(),
		params: jsonb().$type<Record<string, string>>().notNull().default({}),
		createdAt: createdAt()
	},
	(t) => [
		index('touchpoint_survey_idx').on(t.orgId, t.surveyId),
		surveyOf('touchpoint_survey_fk', t)
	]
);
