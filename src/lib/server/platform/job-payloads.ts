import { z } from 'zod';
import { domainEventKinds } from '../db/schema';

// What each kind of job is given, checked when it is queued and again when it runs (a job queued
// by an older version of the app fails with a clear message rather than half-running). What runs
// each kind is listed in job-kinds.ts; this file imports no handler, so every module may queue.

/** What a job subscribed to a domain event is given (see jobs.dispatchEvents). */
export const eventPayload = z.object({
	eventId: z.uuid(),
	kind: z.enum(domainEventKinds),
	surveyId: z.uuid(),
	responseId: z.uuid().nullable()
});
export type EventPayload = z.infer<typeof eventPayload>;

export const jobPayloads = {
	/** A distribution's send or reminder `step`. */
	'distribution.send': z.object({ distributionId: z.uuid(), step: z.number().int().min(0) }),
	/** A pulse program's round. */
	'pulse.round': z.object({ programId: z.uuid(), round: z.number().int().min(1) }),
	/** An event's survey, sent by one of its rules. */
	'trigger.send': z.object({ eventId: z.uuid(), ruleId: z.uuid() }),
	/** A people import, `batchSize` rows at a time. */
	'people.import': z.object({
		orgId: z.uuid(),
		importId: z.uuid(),
		batchSize: z.number().int().min(1)
	}),
	/** A survey's completed responses folded into its results rollup. */
	'results.fold': eventPayload
};

export type JobKind = keyof typeof jobPayloads;
export type JobPayload<K extends JobKind> = z.infer<(typeof jobPayloads)[K]>;
/** The kinds whose payload is a domain event: the only ones that may subscribe to events. */
export type EventJobKind = {
	[K in JobKind]: EventPayload extends JobPayload<K> ? K : never;
}[JobKind];
