import { sql } from 'drizzle-orm';
import type { SurveyPromise } from '../confidentiality';
import {
	type AnyPgColumn,
	bigint,
	boolean,
	customType,
	date,
	index,
	integer,
	jsonb,
	numeric,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';

import { roles } from '../../roles';

export const roleEnum = pgEnum('role', roles);

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const user = pgTable(
	'user',
	{
		id: uuid().primaryKey().defaultRandom(),
		email: text().notNull(),
		name: text().notNull(),
		passwordHash: text().notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('user_email_lower_idx').on(sql`lower(${t.email})`)]
);

export const organization = pgTable('organization', {
	id: uuid().primaryKey().defaultRandom(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	// Origins (https://intranet.example) allowed to frame this organisation's respondent pages.
	frameOrigins: jsonb().$type<string[]>().notNull().default([]),
	// Origins a survey's thank-you may redirect respondents to: no open redirect through Hearken.
	redirectOrigins: jsonb().$type<string[]>().notNull().default([]),
	// Contact frequency: a customer gets at most one survey invitation per this many days, whichever
	// distribution, trigger or program asks. Null: no limit.
	contactFrequencyDays: integer(),
	createdAt: createdAt()
});

export const membership = pgTable(
	'membership',
	{
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: roleEnum().notNull(),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.orgId, t.userId] }), index('membership_user_idx').on(t.userId)]
);

export const session = pgTable(
	'session',
	{
		// SHA-256 of the cookie's token, hex: a leaked table cannot be replayed as cookies.
		id: text().primaryKey(),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		// The organisation the user is working in; switching changes it.
		orgId: uuid().references(() => organization.id, { onDelete: 'set null' }),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

export const passwordReset = pgTable(
	'password_reset',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		tokenHash: text().notNull().unique(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		usedAt: timestamp({ withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('password_reset_user_idx').on(t.userId)]
);

/** A sign-up waiting for its e-mail to be confirmed; the account is created only from the link. */
export const pendingSignup = pgTable(
	'pending_signup',
	{
		id: uuid().primaryKey().defaultRandom(),
		email: text().notNull(),
		name: text().notNull(),
		orgName: text().notNull(),
		passwordHash: text().notNull(),
		redirectTo: text(),
		tokenHash: text().notNull().unique(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		usedAt: timestamp({ withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('pending_signup_expires_idx').on(t.expiresAt)]
);

export const signInFailure = pgTable(
	'sign_in_failure',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		at: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sign_in_failure_user_at_idx').on(t.userId, t.at)]
);

export const invitation = pgTable(
	'invitation',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		email: text().notNull(),
		role: roleEnum().notNull(),
		tokenHash: text().notNull().unique(),
		invitedBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		acceptedAt: timestamp({ withTimezone: true }),
		revokedAt: timestamp({ withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('invitation_org_idx').on(t.orgId)]
);

export const apiKey = pgTable(
	'api_key',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		// First characters of the key, shown in lists so people can tell keys apart.
		prefix: text().notNull(),
		keyHash: text().notNull().unique(),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		lastUsedAt: timestamp({ withTimezone: true }),
		revokedAt: timestamp({ withTimezone: true })
	},
	(t) => [index('api_key_org_idx').on(t.orgId)]
);

export const emailMessage = pgTable(
	'email_message',
	{
		id: uuid().primaryKey().defaultRandom(),
		// Null for account mail (password resets), which no organisation may read.
		orgId: uuid().references(() => organization.id, { onDelete: 'cascade' }),
		// The least role that may read it in the Outbox: an invitation to be owner carries a link
		// that makes its holder an owner, so only owners may see it.
		visibleTo: roleEnum().notNull().default('admin'),
		to: text().notNull(),
		subject: text().notNull(),
		text: text().notNull(),
		html: text().notNull(),
		status: text({ enum: ['stored', 'sent', 'failed'] }).notNull(),
		error: text(),
		createdAt: createdAt(),
		sentAt: timestamp({ withTimezone: true })
	},
	(t) => [index('email_message_org_idx').on(t.orgId, t.createdAt)]
);

export type User = typeof user.$inferSelect;
export type Organization = typeof organization.$inferSelect;
export type Session = typeof session.$inferSelect;

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
	(t) => [index('survey_org_idx').on(t.orgId, t.updatedAt)]
);

export const surveyVersion = pgTable(
	'survey_version',
	{
		surveyId: uuid()
			.notNull()
			.references(() => survey.id, { onDelete: 'cascade' }),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		definition: jsonb().notNull(),
		publishedAt: timestamp({ withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.version] })]
);

// One respondent's answers to one version. A partial response (no completedAt) counts for
// drop-off only. `submissionId` is made when the form is served: a retried post finds its row.
export const response = pgTable(
	'response',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		surveyId: uuid()
			.notNull()
			.references(() => survey.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		submissionId: text().notNull(),
		language: text().notNull(),
		answers: jsonb().notNull().default({}),
		hidden: jsonb().notNull().default({}),
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
			.where(sql`${t.completedAt} is not null and not ${t.rolledUp}`)
	]
);

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
		surveyId: uuid()
			.notNull()
			.references(() => survey.id, { onDelete: 'cascade' }),
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
		primaryKey({
			columns: [t.surveyId, t.grain, t.dim, t.period, t.dimValue, t.questionId, t.part, t.value]
		})
	]
);

/** What a survey's rollup was built with: when its segments change, the rollup is built again. */
export const resultRollup = pgTable('result_rollup', {
	surveyId: uuid()
		.primaryKey()
		.references(() => survey.id, { onDelete: 'cascade' }),
	spec: jsonb().notNull()
});

// A named preset of a survey's hidden fields ("Store 12 checkout": store=12&channel=qr), printed as
// a QR code at that touchpoint.
export const touchpoint = pgTable(
	'touchpoint',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		surveyId: uuid()
			.notNull()
			.references(() => survey.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		params: jsonb().$type<Record<string, string>>().notNull().default({}),
		createdAt: createdAt()
	},
	(t) => [index('touchpoint_survey_idx').on(t.orgId, t.surveyId)]
);

export const personKinds = ['employee', 'customer'] as const;
export const attributeTypes = ['text', 'number', 'date'] as const;

/** The directory: an organisation's customers and employees. */
export const person = pgTable(
	'person',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		kind: text({ enum: personKinds }).notNull(),
		// Lower-cased; with the external id, what an import or the API matches people on.
		email: text(),
		name: text(),
		externalId: text(),
		language: text(),
		// Values of the organisation's attributes (person_attribute), by key: text, number, or a date
		// as YYYY-MM-DD.
		attributes: jsonb().$type<Record<string, string | number>>().notNull().default({}),
		// An employee's manager: the org hierarchy (units roll up through it).
		managerId: uuid().references((): AnyPgColumn => person.id, { onDelete: 'set null' }),
		// A customer who followed an unsubscribe link gets no more invitations.
		unsubscribedAt: timestamp({ withTimezone: true }),
		// The last invitation sent: contact-frequency rules read it.
		lastInvitedAt: timestamp({ withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('person_email_idx').on(t.orgId, t.email),
		uniqueIndex('person_external_idx').on(t.orgId, t.externalId),
		index('person_manager_idx').on(t.managerId),
		index('person_org_idx').on(t.orgId, t.id)
	]
);

/** The attributes an organisation keeps about people, and the type of each. */
export const personAttribute = pgTable(
	'person_attribute',
	{
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		key: text().notNull(),
		type: text({ enum: attributeTypes }).notNull(),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.orgId, t.key] })]
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => Buffer.from(value)
});

/**
 * A CSV or XLSX file of people being imported: kept from upload until the import ends, with the
 * column mapping chosen, the progress, and every row refused with its reason (downloadable).
 */
export const personImport = pgTable(
	'person_import',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		fileName: text().notNull(),
		file: bytea(),
		// Column → field ('email', 'name', 'externalId', 'language', 'kind', 'manager',
		// 'attr:<key>:<type>' or '' to skip), and the kind of people without a kind column.
		mapping: jsonb().$type<Record<string, string>>(),
		kind: text({ enum: personKinds }),
		state: text({ enum: ['uploaded', 'running', 'done', 'failed'] })
			.notNull()
			.default('uploaded'),
		total: integer().notNull().default(0),
		processed: integer().notNull().default(0),
		created: integer().notNull().default(0),
		updated: integer().notNull().default(0),
		failed: integer().notNull().default(0),
		// The refused rows: their line in the file, their values and why.
		errors: jsonb()
			.$type<{ line: number; values: string[]; message: string }[]>()
			.notNull()
			.default([]),
		error: text(),
		createdAt: createdAt(),
		finishedAt: timestamp({ withTimezone: true })
	},
	(t) => [index('person_import_org_idx').on(t.orgId, t.createdAt)]
);

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
		surveyId: uuid()
			.notNull()
			.references(() => survey.id, { onDelete: 'cascade' }),
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
	(t) => [index('distribution_survey_idx').on(t.orgId, t.surveyId, t.createdAt)]
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
		distributionId: uuid()
			.notNull()
			.references(() => distribution.id, { onDelete: 'cascade' }),
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
		index('recipient_person_only_idx').on(t.personId)
	]
);

/** A personal link's secret, by its SHA-256: every e-mail to a recipient carries a fresh one. */
export const recipientToken = pgTable(
	'recipient_token',
	{
		tokenHash: text().primaryKey(),
		recipientId: uuid()
			.notNull()
			.references(() => recipient.id, { onDelete: 'cascade' }),
		expiresAt: timestamp({ withTimezone: true }).notNull()
	},
	(t) => [index('recipient_token_recipient_idx').on(t.recipientId)]
);

export const jobStates = ['queued', 'done', 'failed'] as const;

/**
 * Durable work (scheduled sends, reminders, pulses, triggers): claimed with FOR UPDATE SKIP LOCKED
 * under a lease, so with several instances each job runs once; retried with back-off until
 * `maxAttempts`, then `failed` and shown in the app. `key` makes enqueueing idempotent.
 */
export const job = pgTable(
	'job',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid().references(() => organization.id, { onDelete: 'cascade' }),
		kind: text().notNull(),
		key: text(),
		payload: jsonb().notNull().default({}),
		state: text({ enum: jobStates }).notNull().default('queued'),
		runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lockedUntil: timestamp({ withTimezone: true }),
		lockedBy: text(),
		attempts: integer().notNull().default(0),
		maxAttempts: integer().notNull().default(8),
		lastError: text(),
		createdAt: createdAt(),
		finishedAt: timestamp({ withTimezone: true })
	},
	(t) => [
		uniqueIndex('job_key_idx').on(t.key),
		index('job_due_idx')
			.on(t.runAt)
			.where(sql`${t.state} = 'queued'`),
		index('job_org_idx').on(t.orgId, t.state)
	]
);

export const domainEventKinds = ['response.completed'] as const;
export type DomainEventKind = (typeof domainEventKinds)[number];
/** How a response came to be completed: its page, a personal link, or the API's import. */
export type ResponseCompletedPayload = {
	source: 'respondent' | 'invitation' | 'import';
	version: number;
};

/**
 * Something that happened in the domain (a response completed), written in the transaction that
 * made it happen: an outbox. The job worker hands each to its subscribers (job-registry.ts) as
 * jobs and marks it dispatched; alerts, cases, webhooks and text analytics hang off it.
 */
export const domainEvent = pgTable(
	'domain_event',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		kind: text({ enum: domainEventKinds }).notNull(),
		surveyId: uuid()
			.notNull()
			.references(() => survey.id, { onDelete: 'cascade' }),
		responseId: uuid().references(() => response.id, { onDelete: 'cascade' }),
		payload: jsonb().$type<ResponseCompletedPayload>().notNull(),
		createdAt: createdAt(),
		dispatchedAt: timestamp({ withTimezone: true })
	},
	(t) => [
		index('domain_event_org_idx').on(t.orgId, t.createdAt),
		index('domain_event_response_idx').on(t.responseId),
		// The dispatcher's queue: the events not yet handed to their subscribers.
		index('domain_event_pending_idx')
			.on(t.createdAt)
			.where(sql`${t.dispatchedAt} is null`)
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
		surveyId: uuid()
			.notNull()
			.references(() => survey.id, { onDelete: 'cascade' }),
		delayMinutes: integer().notNull().default(0),
		hiddenFields: jsonb().$type<Record<string, string>>().notNull().default({}),
		active: boolean().notNull().default(true),
		createdAt: createdAt()
	},
	(t) => [index('trigger_rule_type_idx').on(t.orgId, t.eventType)]
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
		surveyId: uuid()
			.notNull()
			.references(() => survey.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		cadence: text({ enum: cadences }).notNull(),
		// The bank: every question of the program's survey as it was set up, and which are asked
		// every round.
		bank: jsonb().notNull(),
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
	(t) => [index('pulse_program_org_idx').on(t.orgId)]
);
