import { sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { schema, type Database } from '../db';
import type { ResponseCompletedPayload } from '../db/schema';

// The domain's events, each written in the transaction that made it happen (an outbox): a
// response completed. The job worker hands each event to the jobs that subscribe to its kind
// (job-kinds.ts), so a new consumer is a job and a line there, never a change to the submit code.

export type CompletedResponse = {
	orgId: string;
	surveyId: string;
	responseId: string;
	version: number;
	source: ResponseCompletedPayload['source'];
};

/** Records that responses completed: call it inside the transaction that completed them. */
export async function responsesCompleted(tx: Pick<Database, 'insert'>, rows: CompletedResponse[]) {
	if (!rows.length) return;
	await tx.insert(schema.domainEvent).values(
		rows.map((r) => ({
			orgId: r.orgId,
			kind: 'response.completed' as const,
			surveyId: r.surveyId,
			responseId: r.responseId,
			payload: { source: r.source, version: r.version } satisfies ResponseCompletedPayload
		}))
	);
}

/**
 * The same event, as a select over the rows a statement just completed (a CTE's returning): the
 * respondent's one-statement completion writes its event in that same statement.
 */
export function completedEventsFrom(
	db: Database,
	completed: { id: PgColumn; orgId: PgColumn; surveyId: PgColumn; version: PgColumn },
	source: ResponseCompletedPayload['source']
) {
	// An insert … select names every column of the table, in order.
	return db.select({
		id: sql`gen_random_uuid()`.as('id'),
		orgId: completed.orgId,
		kind: sql`'response.completed'`.as('kind'),
		surveyId: completed.surveyId,
		responseId: completed.id,
		payload: sql`jsonb_build_object('source', ${source}::text, 'version', ${completed.version})`.as(
			'payload'
		),
		createdAt: sql`now()`.as('created_at'),
		dispatchedAt: sql`null::timestamptz`.as('dispatched_at')
	});
}
