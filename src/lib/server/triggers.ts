import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { issuesOf } from '../issues';
import { db, schema } from './db';
import { insertDistribution } from './distributions';
import { DomainError } from './errors';
import { defineJob, enqueue } from './jobs';
import * as people from './people';
import { publishedDefinition } from './responses';
import * as surveys from './surveys';

// Event triggers (CX): an event posted through the API ("order.delivered" for a customer) sends
// the surveys its type is mapped to, after each rule's delay, with hidden fields filled from the
// event's data. Each rule's send is a durable job keyed by event and rule; the organisation's
// contact frequency is applied when the e-mail goes out (distributions.ts).

const eventType = z
	.string()
	.trim()
	.regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'Use letters, digits and . _ : - (e.g. order.delivered)');

export const ruleInputSchema = z.object({
	eventType,
	surveyId: z.uuid('Pick a survey'),
	delayMinutes: z.coerce
		.number()
		.int()
		.min(0, 'No negative delays')
		.max(90 * 24 * 60, 'At most 90 days'),
	hiddenFields: z.record(z.string(), z.string().max(200)).default({})
});

export async function createRule(orgId: string, input: unknown) {
	const parsed = ruleInputSchema.safeParse(input);
	if (!parsed.success)
		throw new DomainError('The rule is not valid.', 'invalid', issuesOf(parsed.error));
	const rule = parsed.data;
	const survey = await surveys.get(orgId, rule.surveyId).catch(() => null);
	if (!survey)
		throw new DomainError('No such survey.', 'invalid', [
			{ path: 'surveyId', message: 'No such survey' }
		]);
	if (survey.definition.mode === 'anonymous')
		throw new DomainError(
			'A trigger invites one person at a time, so an anonymous survey’s answers could be tied to them.',
			'invalid',
			[{ path: 'surveyId', message: 'Pick a survey that is not anonymous' }]
		);
	const [row] = await db
		.insert(schema.triggerRule)
		.values({ orgId, ...rule })
		.returning({ id: schema.triggerRule.id });
	return row.id;
}

export function listRules(orgId: string) {
	return db
		.select({
			id: schema.triggerRule.id,
			eventType: schema.triggerRule.eventType,
			surveyId: schema.triggerRule.surveyId,
			surveyTitle: schema.survey.title,
			delayMinutes: schema.triggerRule.delayMinutes,
			hiddenFields: schema.triggerRule.hiddenFields,
			active: schema.triggerRule.active
		})
		.from(schema.triggerRule)
		.innerJoin(schema.survey, eq(schema.survey.id, schema.triggerRule.surveyId))
		.where(eq(schema.triggerRule.orgId, orgId))
		.orderBy(asc(schema.triggerRule.eventType), asc(schema.triggerRule.createdAt));
}

export async function setRuleActive(orgId: string, id: string, active: boolean) {
	const rows = await db
		.update(schema.triggerRule)
		.set({ active })
		.where(and(eq(schema.triggerRule.orgId, orgId), eq(schema.triggerRule.id, id)))
		.returning({ id: schema.triggerRule.id });
	if (!rows.length) throw new DomainError('No such rule.', 'not_found');
}

export async function deleteRule(orgId: string, id: string) {
	const rows = await db
		.delete(schema.triggerRule)
		.where(and(eq(schema.triggerRule.orgId, orgId), eq(schema.triggerRule.id, id)))
		.returning({ id: schema.triggerRule.id });
	if (!rows.length) throw new DomainError('No such rule.', 'not_found');
}

const personFields = new Set(['email', 'name', 'externalId', 'language']);

export const eventInputSchema = z.object({
	type: eventType,
	person: z
		.object({ email: z.string().trim().max(320) })
		.catchall(z.union([z.string().max(500), z.number(), z.null()])),
	data: z.record(z.string(), z.unknown()).default({}),
	occurredAt: z.iso.datetime({ offset: true, message: 'Use an ISO date and time' }).optional()
});

/** A value of the event's data at a dotted path ("order.id"), as text; null when absent. */
export function dataAt(data: Record<string, unknown>, path: string): string | null {
	let value: unknown = data;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return null;
		value = (value as Record<string, unknown>)[key];
	}
	if (value === null || value === undefined || typeof value === 'object') return null;
	return String(value).slice(0, 500);
}

/**
 * Takes an event: adds or updates its customer in the directory (any field besides e-mail, name,
 * externalId and language is an attribute), stores it, and queues each active rule of its type.
 */
export async function receiveEvent(
	orgId: string,
	input: unknown,
	now = new Date(),
	idempotencyKey: string | null = null
): Promise<{ id: string; scheduled: number }> {
	if (idempotencyKey) {
		const [seen] = await db
			.select({ id: schema.event.id, outcomes: schema.event.outcomes })
			.from(schema.event)
			.where(and(eq(schema.event.orgId, orgId), eq(schema.event.key, idempotencyKey)));
		if (seen) return { id: seen.id, scheduled: Object.keys(seen.outcomes).length };
	}
	const parsed = eventInputSchema.safeParse(input);
	if (!parsed.success)
		throw new DomainError('The event is not valid.', 'invalid', issuesOf(parsed.error));
	const event = parsed.data;
	const occurredAt = event.occurredAt ? new Date(event.occurredAt) : now;
	if (occurredAt.getTime() > now.getTime() + 5 * 60_000)
		throw new DomainError('The event is in the future.', 'invalid', [
			{ path: 'occurredAt', message: 'A time in the future' }
		]);
	const fields: Record<string, unknown> = {};
	const attributes: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(event.person))
		(personFields.has(key) ? fields : attributes)[key] = value;
	// An employee's record belongs to HR's imports: a customer event changes nothing in it.
	const [known] = await db
		.select({ kind: schema.person.kind })
		.from(schema.person)
		.where(
			and(eq(schema.person.orgId, orgId), eq(schema.person.email, event.person.email.toLowerCase()))
		);
	const upserted =
		known?.kind === 'employee'
			? { errors: [] }
			: await people.upsertPeople(orgId, [{ ...fields, attributes }], { kind: 'customer' });
	if (upserted.errors.length)
		throw new DomainError(
			'The person is not valid.',
			'invalid',
			upserted.errors.map((e) => ({ path: `person.${e.path}`, message: e.message }))
		);
	const [person] = await db
		.select({ id: schema.person.id })
		.from(schema.person)
		.where(
			and(eq(schema.person.orgId, orgId), eq(schema.person.email, event.person.email.toLowerCase()))
		);
	const rules = await db
		.select()
		.from(schema.triggerRule)
		.where(
			and(
				eq(schema.triggerRule.orgId, orgId),
				eq(schema.triggerRule.eventType, event.type),
				eq(schema.triggerRule.active, true)
			)
		);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(schema.event)
			.values({
				orgId,
				type: event.type,
				personId: person?.id ?? null,
				data: event.data,
				occurredAt,
				key: idempotencyKey,
				outcomes: Object.fromEntries(rules.map((r) => [r.id, { state: 'scheduled' }]))
			})
			.onConflictDoNothing()
			.returning({ id: schema.event.id });
		// The same key posted twice at once: the other request stored it.
		if (!row) {
			const [seen] = await tx
				.select({ id: schema.event.id })
				.from(schema.event)
				.where(and(eq(schema.event.orgId, orgId), eq(schema.event.key, idempotencyKey!)));
			return { id: seen.id, scheduled: rules.length };
		}
		for (const rule of rules) {
			const due = new Date(occurredAt.getTime() + rule.delayMinutes * 60_000);
			await enqueue(
				{
					kind: 'trigger.send',
					key: `trigger:${row.id}:${rule.id}`,
					orgId,
					payload: { eventId: row.id, ruleId: rule.id },
					runAt: due < now ? now : due
				},
				tx
			);
		}
		return { id: row.id, scheduled: rules.length };
	});
}

async function setOutcome(eventId: string, ruleId: string, outcome: object) {
	await db
		.update(schema.event)
		.set({
			outcomes: sql`${schema.event.outcomes} || ${JSON.stringify({ [ruleId]: outcome })}::jsonb`
		})
		.where(eq(schema.event.id, eventId));
}

defineJob('trigger.send', async (payload) => {
	const eventId = String(payload.eventId);
	const ruleId = String(payload.ruleId);
	const [row] = await db
		.select({ event: schema.event, rule: schema.triggerRule, survey: schema.survey })
		.from(schema.event)
		.innerJoin(schema.triggerRule, eq(schema.triggerRule.id, ruleId))
		.innerJoin(schema.survey, eq(schema.survey.id, schema.triggerRule.surveyId))
		.where(and(eq(schema.event.id, eventId), eq(schema.event.orgId, schema.triggerRule.orgId)));
	if (!row) return;
	const { event, rule, survey } = row;
	if (!rule.active) return setOutcome(eventId, ruleId, { state: 'rule turned off' });
	if (survey.status !== 'published' || !survey.publishedVersion)
		return setOutcome(eventId, ruleId, { state: 'survey not published' });
	if (!event.personId) return setOutcome(eventId, ruleId, { state: 'person erased' });
	const definition = await publishedDefinition(survey.id, survey.publishedVersion);
	if (definition.mode === 'anonymous')
		return setOutcome(eventId, ruleId, { state: 'survey is anonymous' });
	const hidden: Record<string, string> = {};
	for (const [field, path] of Object.entries(rule.hiddenFields)) {
		const value = dataAt(event.data, path);
		if (value !== null && definition.hiddenFields.includes(field)) hidden[field] = value;
	}
	await db.transaction(async (tx) => {
		// Run again after a crash, the job finds the distribution it made and makes none.
		const [done] = await tx
			.select({ state: sql<string>`${schema.event.outcomes} -> ${ruleId} ->> 'state'` })
			.from(schema.event)
			.where(eq(schema.event.id, eventId))
			.for('update');
		if (done?.state === 'sent') return;
		const now = new Date();
		const created = await insertDistribution(
			{
				orgId: event.orgId,
				surveyId: survey.id,
				audience: { event: eventId },
				where: sql`${schema.person.id} = ${event.personId}`,
				sendAt: now,
				reminders: [],
				expiresAt: new Date(now.getTime() + 30 * 86_400_000),
				hidden,
				triggerRuleId: rule.id
			},
			tx
		);
		await tx
			.update(schema.event)
			.set({
				outcomes: sql`${schema.event.outcomes} || ${JSON.stringify({
					[ruleId]: { state: 'sent', distributionId: created.id }
				})}::jsonb`
			})
			.where(eq(schema.event.id, eventId));
	});
});

/** The organisation's latest events and what each rule made of them. */
export function recentEvents(orgId: string, limit = 50) {
	return db
		.select({
			id: schema.event.id,
			type: schema.event.type,
			occurredAt: schema.event.occurredAt,
			outcomes: schema.event.outcomes,
			email: schema.person.email
		})
		.from(schema.event)
		.leftJoin(schema.person, eq(schema.person.id, schema.event.personId))
		.where(eq(schema.event.orgId, orgId))
		.orderBy(desc(schema.event.createdAt))
		.limit(limit);
}

/** Sets the organisation's contact frequency (days; null for none). */
export async function setContactFrequency(orgId: string, days: number | null) {
	if (days !== null && (!Number.isInteger(days) || days < 1 || days > 365))
		throw new DomainError('Give a number of days from 1 to 365, or none.', 'invalid', [
			{ path: 'contactFrequencyDays', message: 'From 1 to 365 days' }
		]);
	await db
		.update(schema.organization)
		.set({ contactFrequencyDays: days })
		.where(eq(schema.organization.id, orgId));
}

export async function contactFrequency(orgId: string) {
	const [row] = await db
		.select({ days: schema.organization.contactFrequencyDays })
		.from(schema.organization)
		.where(eq(schema.organization.id, orgId));
	return row?.days ?? null;
}
