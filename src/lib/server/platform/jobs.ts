import { hostname } from 'node:os';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db, rowsOf, schema, type Database } from '../db';
import type { z } from 'zod';
import type { DomainEventKind } from '../db/schema';
import { DomainError } from './errors';
import {
	jobPayloads,
	type EventJobKind,
	type EventPayload,
	type JobKind,
	type JobPayload
} from './job-payloads';
import { logError, safeMessage } from './log';
import { generateToken } from './tokens';

// Durable jobs in the database: scheduled sends, reminders, pulse rounds, event triggers, imports.
// A job is claimed under a lease with FOR UPDATE SKIP LOCKED, so with several app instances on one
// PostgreSQL each due job is taken by one of them; a job whose instance died is taken again when
// its lease runs out. A job runs at least once, so handlers are idempotent: each does its work in
// claims of its own (a recipient's e-mail is claimed before it is sent) and finds done work done.
// Not pg-boss or graphile-worker: both need node-postgres connections (graphile-worker also
// LISTEN on one of them), which the embedded PGlite does not offer; this table is enqueued in the
// same transaction as the rows that ask for the work, on both back-ends.

export type Job = typeof schema.job.$inferSelect;
export type JobContext = {
	job: Job;
	/** Keeps the lease for another `leaseMs`: call it between batches of long work. */
	extend(): Promise<void>;
	/** True once the process is shutting down: long work returns 'again' at its next batch. */
	stopping(): boolean;
};
/** 'again': the job did part of its work and goes back in the queue now, no attempt counted. */
export type Handler<P> = (payload: P, context: JobContext) => Promise<void | 'again'>;
/** A kind of job only a test queues and runs (the app's kinds are those of job-payloads.ts). */
type TestKind = `test.${string}`;

const handlers = new Map<string, { payload: z.ZodType; handler: Handler<never> }>();
const leaseMs = 2 * 60_000;
const pollMs = 1000;

/** Registers what a kind of job does and the schema its payload is checked against. */
// Called for every kind of the app by job-kinds.ts, the one list of them; tests add their own.
export function register<S extends z.ZodType>(
	kind: string,
	payload: S,
	handler: Handler<z.infer<S>>
) {
	handlers.set(kind, { payload, handler: handler as Handler<never> });
}

/** Per kind of domain event, the kinds of job that run once for each event of that kind. */
type Subscriber = EventJobKind | TestKind | { kind: EventJobKind | TestKind; onePerSurvey: true };
export type Subscribers = Partial<Record<DomainEventKind, readonly Subscriber[]>>;
let subscribers: Subscribers = {};

/** Says which jobs consume which domain events (job-kinds.ts, the one list of them). */
export function subscribe(list: Subscribers) {
	subscribers = list;
}

// The registry is loaded by the first worker pass rather than imported here: it imports the
// modules whose handlers it lists, and they import this one to queue their jobs.
let registry: Promise<unknown> | null = null;
const loadRegistry = () => (registry ??= import('./job-kinds'));

/**
 * Hands up to `limit` domain events not yet dispatched to their subscribers: one job per event and
 * subscriber, queued in the transaction that marks the event dispatched (its key makes a second
 * hand-over of the same event queue nothing). Returns how many events it took.
 */
export async function dispatchEvents(list?: Subscribers, limit = 100): Promise<number> {
	if (!list) await loadRegistry();
	list ??= subscribers;
	const e = schema.domainEvent;
	// Most polls find nothing: a read on the pending index answers that without a transaction.
	const [any] = await db.select({ id: e.id }).from(e).where(isNull(e.dispatchedAt)).limit(1);
	if (!any) return 0;
	const taken = await db.transaction(async (tx) => {
		const pending = await tx
			.select({
				id: e.id,
				orgId: e.orgId,
				kind: e.kind,
				surveyId: e.surveyId,
				responseId: e.responseId
			})
			.from(e)
			.where(isNull(e.dispatchedAt))
			.orderBy(asc(e.createdAt))
			.limit(limit)
			.for('update', { skipLocked: true });
		if (!pending.length) return 0;
		const seen = new Set<string>();
		const queued = pending.flatMap((event) =>
			(list[event.kind] ?? []).flatMap((subscriber) => {
				const kind = typeof subscriber === 'string' ? subscriber : subscriber.kind;
				const once = typeof subscriber === 'string' ? null : `${kind}:${event.surveyId}`;
				if (once && seen.has(once)) return [];
				if (once) seen.add(once);
				return [
					{
						kind,
						orgId: event.orgId,
						key: `${kind}:${event.id}`,
						payload: {
							eventId: event.id,
							kind: event.kind,
							surveyId: event.surveyId,
							responseId: event.responseId
						} satisfies EventPayload
					}
				];
			})
		);
		if (queued.length) await tx.insert(schema.job).values(queued).onConflictDoNothing();
		await tx
			.update(e)
			.set({ dispatchedAt: new Date() })
			.where(
				inArray(
					e.id,
					pending.map((p) => p.id)
				)
			);
		return pending.length;
	});
	return taken;
}

type Executor = Pick<Database, 'insert'>;

/** A job to queue: an app kind with the payload its schema declares, or a test's own kind. */
export type NewJob<K extends JobKind | TestKind> = {
	kind: K;
	runAt?: Date;
	orgId?: string | null;
	key?: string;
	maxAttempts?: number;
} & (K extends JobKind ? { payload: JobPayload<K> } : { payload?: Record<string, unknown> });

/** The schema a kind's payload is checked against; an unknown kind is refused at once. */
function payloadSchema(kind: string): z.ZodType {
	const known = (jobPayloads as Record<string, z.ZodType>)[kind] ?? handlers.get(kind)?.payload;
	if (!known) throw new Error(`No kind of job "${kind}"`);
	return known;
}

/**
 * Queues a job to run at `runAt` (default now), its payload checked against its kind's schema.
 * With a `key`, queueing the same key again does nothing: retried requests and restarts never
 * queue a job twice.
 */
export async function enqueue<K extends JobKind | TestKind>(job: NewJob<K>, tx: Executor = db) {
	const payload = payloadSchema(job.kind).parse(job.payload ?? {});
	await tx
		.insert(schema.job)
		.values({
			kind: job.kind,
			payload,
			runAt: job.runAt ?? new Date(),
			orgId: job.orgId ?? null,
			key: job.key ?? null,
			maxAttempts: job.maxAttempts ?? 8
		})
		.onConflictDoNothing();
	if (!job.runAt || job.runAt.getTime() <= Date.now()) wake();
}

/** Seconds before the next try after `attempts` failed: 10 s, 20 s, 40 s … at most an hour. */
export function backoffSeconds(attempts: number) {
	return Math.min(3600, 10 * 2 ** Math.max(0, attempts - 1));
}

/** Claims up to `limit` due jobs for `worker`, each under a lease. */
async function claim(worker: string, limit: number): Promise<Job[]> {
	const rows = await rowsOf<{ id: string }>(sql`
		update job set locked_until = now() + ${`${leaseMs} milliseconds`}::interval,
			locked_by = ${worker}, attempts = attempts + 1
		where id in (
			select id from job
			where state = 'queued' and run_at <= now()
				and (locked_until is null or locked_until < now())
			order by run_at
			limit ${limit}
			for update skip locked
		)
		returning id`);
	if (!rows.length) return [];
	return db
		.select()
		.from(schema.job)
		.where(
			inArray(
				schema.job.id,
				rows.map((r) => r.id)
			)
		);
}

/** Runs one claimed job and records how it ended; only its holder may record it. */
async function run(job: Job, worker: string) {
	const mine = and(eq(schema.job.id, job.id), eq(schema.job.lockedBy, worker));
	const registered = handlers.get(job.kind);
	try {
		if (!registered) throw new Error(`No handler for jobs of kind "${job.kind}"`);
		const payload = registered.payload.parse(job.payload) as never;
		const outcome = await registered.handler(payload, {
			job,
			stopping: () => stopping,
			extend: async () => {
				await db
					.update(schema.job)
					.set({ lockedUntil: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
					.where(mine);
			}
		});
		await db
			.update(schema.job)
			.set(
				outcome === 'again'
					? { lockedUntil: null, runAt: new Date(), attempts: sql`${schema.job.attempts} - 1` }
					: { state: 'done', finishedAt: new Date(), lockedUntil: null, lastError: null }
			)
			.where(mine);
	} catch (error) {
		// Shown to admins and logged: a database error's values (answers, e-mails) left out.
		const message = safeMessage(error);
		const last = job.attempts >= job.maxAttempts;
		await db
			.update(schema.job)
			.set({
				state: last ? 'failed' : 'queued',
				lastError: message.slice(0, 2000),
				lockedUntil: null,
				runAt: last
					? job.runAt
					: sql`now() + ${`${backoffSeconds(job.attempts)} seconds`}::interval`,
				finishedAt: last ? new Date() : null
			})
			.where(mine);
		if (!process.env.HEARKEN_TEST) console.error(`[jobs] ${job.kind} ${job.id}: ${message}`);
	}
}

/** Claims and runs the due jobs, `limit` at a time, until none is due; returns how many ran. */
// One at a time by default: with several instances, due jobs spread over all of them.
export async function runDueJobs(worker = workerId, limit = 1): Promise<number> {
	await loadRegistry();
	let ran = 0;
	while (!stopping) {
		// Domain events first: the jobs they ask for run in this same pass.
		while ((await dispatchEvents()) > 0 && !stopping);
		const jobs = await claim(worker, limit);
		if (!jobs.length) return ran;
		for (const job of jobs) await run(job, worker);
		ran += jobs.length;
	}
	return ran;
}

export const workerId = `${hostname()}:${process.pid}:${generateToken(4)}`;

let running: Promise<void> | null = null;
let stopping = false;
let wakeUp: (() => void) | null = null;

/** Asks the worker to look for due jobs now rather than at its next poll. */
function wake() {
	wakeUp?.();
}

/** Starts this process's worker: it polls for due jobs every second until `stopWorker`. */
export function startWorker() {
	if (running) return;
	stopping = false;
	running = (async () => {
		while (!stopping) {
			try {
				await runDueJobs();
			} catch (error) {
				if (!stopping) logError('[jobs] worker:', error);
			}
			if (stopping) break;
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, pollMs);
				wakeUp = () => {
					clearTimeout(timer);
					resolve();
				};
			});
			wakeUp = null;
		}
	})();
}

/** Stops the worker after the job in hand. */
export async function stopWorker() {
	stopping = true;
	wake();
	await running;
	running = null;
}

export type JobRow = Pick<
	Job,
	'id' | 'kind' | 'state' | 'attempts' | 'maxAttempts' | 'lastError' | 'runAt' | 'createdAt'
>;

/** An organisation's jobs that failed or are waiting to be tried again, newest first. */
export function troubledJobs(orgId: string, limit = 100): Promise<JobRow[]> {
	return db
		.select({
			id: schema.job.id,
			kind: schema.job.kind,
			state: schema.job.state,
			attempts: schema.job.attempts,
			maxAttempts: schema.job.maxAttempts,
			lastError: schema.job.lastError,
			runAt: schema.job.runAt,
			createdAt: schema.job.createdAt
		})
		.from(schema.job)
		.where(
			and(
				eq(schema.job.orgId, orgId),
				sql`(${schema.job.state} = 'failed' or (${schema.job.state} = 'queued' and ${schema.job.lastError} is not null))`
			)
		)
		.orderBy(desc(schema.job.createdAt))
		.limit(limit);
}

/** Tries a failed job again now, with its attempts counted afresh. */
export async function retryJob(orgId: string, id: string) {
	const rows = await db
		.update(schema.job)
		.set({ state: 'queued', runAt: new Date(), attempts: 0, finishedAt: null })
		.where(and(eq(schema.job.orgId, orgId), eq(schema.job.id, id)))
		.returning({ id: schema.job.id });
	if (!rows.length) throw new DomainError('No such job.', 'not_found');
	wake();
}
