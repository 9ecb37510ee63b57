import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { organization, roleEnum } from './identity';
import { response } from './responses';
import { surveyOf } from './surveys';

// The platform's own tables: stored mail, durable jobs, and the domain events they consume.

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
		surveyId: uuid().notNull(),
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
			.where(sql`${t.dispatchedAt} is null`),
		surveyOf('domain_event_survey_fk', t)
	]
);
