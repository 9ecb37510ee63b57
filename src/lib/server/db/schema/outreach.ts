import {
	type AnyPgColumn,
	boolean,
	foreignKey,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import type { Question } from '../../../survey/definition';
import { organization, user } from './identity';
import { person } from './people';
import { surveyOf } from './surveys';

// Sending surveys to people: distributions and their recipients, event triggers, pulse programs.

/**
 * A survey sent to an audience by e-mail, now or at `sendAt`, with reminders `reminders` days after
 * it to those who have not answered. Templates are per language; `{{link}}` and `{{name}}` fill in.
 */
export const distribution = pgTable(
	'distribution',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		surveyId: uuid().notNull(),
		channel: text({ enum: ['email'] }).notNull(),
		audience: jsonb().notNull(),
		subject: jsonb().$type<Record<string, string>>().notNull(),
		body: jsonb().$type<Record<string, string>>().notNull(),
		sendAt: timestamp({ withTimezone: true }).notNull(),
		reminders: jsonb().$type<number[]>().notNull().default([]),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		recipients: integer().notNull(),
		// Hidden field values every personal link of this distribution carries (a trigger's event
		// data, a pulse round's number).
		hidden: jsonb().$type<Record<string, string>>().notNull().default({}),
		// What made it: a person's event through a trigger rule, or a pulse program's round.
		triggerRuleId: uuid().references((): AnyPgColumn => triggerRule.id, { onDelete: 'set null' }),
		pulseProgramId: uuid().references((): AnyPgColumn => pulseProgram.id, {
			onDelete: 'set null'
		}),
		round: integer(),
		// The published version its links answer: a pulse round's own questions, even after the
		// next round publishes others. Null: the survey's current version.
		surveyVersion: integer(),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		index('distribution_survey_idx').on(t.orgId, t.surveyId, t.createdAt),
		// What a recipient points at with (org_id, distribution_id).
		unique('distribution_org_id_key').on(t.orgId, t.id),
		surveyOf('distribution_survey_fk', t)
	]
);

/**
 * One person invited by one distribution. `step` counts the e-mails sent (1 = the invitation, 2 =
 * its first reminder, …); a sender claims the next one by setting `sendingUntil` (a lease), and
 * moves `step` on once the SMTP server has taken the message. `submissionId` is the response's
 * key for confidential and identified surveys; an anonymous survey's response keeps no link, and
 * only `completedAt` says the invitation was answered.
 */
export const recipient = pgTable(
	'recipient',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		distributionId: uuid().notNull(),
		personId: uuid().references(() => person.id, { onDelete: 'set null' }),
		// The person's attributes when invited: status counts by segment read these.
		attributes: jsonb().$type<Record<string, string | number>>().notNull().default({}),
		submissionId: text(),
		step: integer().notNull().default(0),
		sendingUntil: timestamp({ withTimezone: true }),
		status: text({ enum: ['pending', 'sent', 'failed', 'skipped'] })
			.notNull()
			.default('pending'),
		error: text(),
		attempts: integer().notNull().default(0),
		sentAt: timestamp({ withTimezone: true }),
		startedAt: timestamp({ withTimezone: true }),
		completedAt: timestamp({ withTimezone: true })
	},
	(t) => [
		uniqueIndex('recipient_person_idx').on(t.distributionId, t.personId),
		index('recipient_distribution_idx').on(t.distributionId, t.step),
		// Erasing a person finds their invitations.
		index('recipient_person_only_idx').on(t.personId),
		// What a token points at with (org_id, recipient_id); led by the organisation.
		unique('recipient_org_id_key').on(t.orgId, t.id),
		// A recipient of one organisation cannot be on another's distribution.
		foreignKey({
			name: 'recipient_distribution_fk',
			columns: [t.orgId, t.distributionId],
			foreignColumns: [distribution.orgId, distribution.id]
		}).onDelete('cascade')
	]
);

/** A personal link's secret, by its SHA-256: every e-mail to a recipient carries a fresh one. */
export const recipientToken = pgTable(
	'recipient_token',
	{
		tokenHash: text().primaryKey(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		recipientId: uuid().notNull(),
		expiresAt: timestamp({ withTimezone: true }).notNull()
	},
	(t) => [
		// Led by the organisation; also what deleting a recipient finds its tokens by.
		index('recipient_token_org_idx').on(t.orgId, t.recipientId),
		foreignKey({
			name: 'recipient_token_recipient_fk',
			columns: [t.orgId, t.recipientId],
			foreignColumns: [recipient.orgId, recipient.id]
		}).onDelete('cascade')
	]
);

/**
 * An event type mapped to a survey: each event of that type for a person sends them the survey
 * `delayMinutes` after it occurred, with hidden fields filled from the event's data
 * (`hiddenFields`: hidden field → data key).
 */
export const triggerRule = pgTable(
	'trigger_rule',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		eventType: text().notNull(),
		surveyId: uuid().notNull(),
		delayMinutes: integer().notNull().default(0),
		hiddenFields: jsonb().$type<Record<string, string>>().notNull().default({}),
		active: boolean().notNull().default(true),
		createdAt: createdAt()
	},
	(t) => [
		index('trigger_rule_type_idx').on(t.orgId, t.eventType),
		surveyOf('trigger_rule_survey_fk', t)
	]
);

/** An event received through the API, and what became of it per rule. */
export const event = pgTable(
	'event',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		type: text().notNull(),
		personId: uuid().references(() => person.id, { onDelete: 'set null' }),
		data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
		occurredAt: timestamp({ withTimezone: true }).notNull(),
		// The caller's Idempotency-Key: the same event posted again is the same event.
		key: text(),
		// Per rule: 'scheduled', 'sent' (with its distribution) or 'skipped' (with a reason code and
		// words); older rows name the reason as their state ('rule turned off').
		outcomes: jsonb()
			.$type<
				Record<
					string,
					{
						state: string;
						surveyId?: string;
						distributionId?: string;
						reason?: string;
						message?: string;
					}
				>
			>()
			.notNull()
			.default({}),
		createdAt: createdAt()
	},
	(t) => [
		index('event_org_idx').on(t.orgId, t.createdAt),
		uniqueIndex('event_key_idx').on(t.orgId, t.key)
	]
);

export const cadences = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;

/**
 * A recurring employee pulse: every `cadence`, a round publishes its survey with `perRound`
 * questions of the bank (rotating, so everyone gets every item over a cycle) plus the `core`
 * ones, and sends it to the audience with reminders. The survey's hidden field `round` tells
 * rounds apart in results.
 */
export const pulseProgram = pgTable(
	'pulse_program',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		surveyId: uuid().notNull(),
		name: text().notNull(),
		cadence: text({ enum: cadences }).notNull(),
		// The bank: every question of the program's survey as it was set up, and which are asked
		// every round.
		bank: jsonb().$type<Question[]>().notNull(),
		core: jsonb().$type<string[]>().notNull().default([]),
		perRound: integer().notNull(),
		audience: jsonb().$type<Record<string, string>>().notNull().default({}),
		reminders: jsonb().$type<number[]>().notNull().default([]),
		round: integer().notNull().default(0),
		nextRunAt: timestamp({ withTimezone: true }).notNull(),
		active: boolean().notNull().default(true),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('pulse_program_org_idx').on(t.orgId), surveyOf('pulse_program_survey_fk', t)]
);
