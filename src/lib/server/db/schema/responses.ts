import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { Answers, HiddenValues } from '../../../survey/logic';
import { createdAt } from './columns';
import { organization } from './identity';
import { person } from './people';
import { surveyOf } from './surveys';

// One respondent's answers to one version. A partial response (no completedAt) counts for
// drop-off only. `submissionId` is made when the form is served: a retried post finds its row.
export const response = pgTable(
	'response',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		surveyId: uuid().notNull(),
		version: integer().notNull(),
		submissionId: text().notNull(),
		language: text().notNull(),
		answers: jsonb().$type<Answers>().notNull().default({}),
		hidden: jsonb().$type<HiddenValues>().notNull().default({}),
		// The page to show next: a respondent who comes back continues there.
		page: integer().notNull().default(0),
		completedAt: timestamp({ withTimezone: true }),
		// Answered from a personal link of a confidential or identified survey: who, and their
		// attributes at that moment (results do not shift when someone changes team). Anonymous
		// surveys keep neither. Erasing the person clears the link; the snapshot stays in aggregates.
		personId: uuid().references(() => person.id, { onDelete: 'set null' }),
		attributes: jsonb().$type<Record<string, string | number>>(),
		// Counted into result_cell: a completed response is folded in once, then read from there.
		rolledUp: boolean().notNull().default(false),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('response_submission_idx').on(t.surveyId, t.submissionId),
		index('response_survey_idx').on(t.orgId, t.surveyId, t.completedAt),
		// Erasing a person finds their responses.
		index('response_person_idx')
			.on(t.personId)
			.where(sql`${t.personId} is not null`),
		// The completed responses not yet folded into result_cell: results read these raw.
		index('response_unrolled_idx')
			.on(t.surveyId, t.completedAt)
			.where(sql`${t.completedAt} is not null and not ${t.rolledUp}`),
		surveyOf('response_survey_fk', t)
	]
);
