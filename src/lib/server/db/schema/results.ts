import {
	bigint,
	date,
	index,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	text,
	uuid
} from 'drizzle-orm/pg-core';
import { organization } from './identity';
import { surveyOf } from './surveys';

/**
 * The results rollup: how many completed responses gave `value` to a question's `part`, per day or
 * month (`grain` 'd' / 'm') and per segment (`dim` = '' for everyone, 'h:<hidden field>' or
 * 'q:<question>', `dimValue` '' when not given). Part is '' for the answer itself, a matrix row, a
 * ranked or chosen choice, or 'reason:<id>' for an NPS+ reason; question '' counts responses.
 * Results read it instead of every response, and add the responses not yet folded in.
 */
export const resultCell = pgTable(
	'result_cell',
	{
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		surveyId: uuid().notNull(),
		grain: text({ enum: ['d', 'm'] }).notNull(),
		dim: text().notNull(),
		period: date().notNull(),
		dimValue: text().notNull(),
		questionId: text().notNull(),
		part: text().notNull(),
		value: numeric().notNull(),
		n: bigint({ mode: 'number' }).notNull()
	},
	(t) => [
		// Led by the organisation, like every tenant table's index: reads name both.
		primaryKey({
			name: 'result_cell_pk',
			columns: [
				t.orgId,
				t.surveyId,
				t.grain,
				t.dim,
				t.period,
				t.dimValue,
				t.questionId,
				t.part,
				t.value
			]
		}),
		surveyOf('result_cell_survey_fk', t)
	]
);

/** What a survey's rollup was built with: when its segments change, the rollup is built again. */
export const resultRollup = pgTable(
	'result_rollup',
	{
		surveyId: uuid().primaryKey(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		spec: jsonb().notNull()
	},
	(t) => [
		index('result_rollup_org_idx').on(t.orgId, t.surveyId),
		surveyOf('result_rollup_survey_fk', t)
	]
);
