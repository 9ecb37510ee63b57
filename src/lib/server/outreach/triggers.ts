import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { issuesOf } from '../../issues';
import type { SurveyDefinition } from '../../survey/definition';
import { db, rowsOf, schema } from '../db';
import { insertDistribution, notSent, withinFrequency } from './distributions';
import { DomainError, enqueue, type Handler } from '../platform';
import type { JobPayload } from '../platform';
import * as people from '../people';
import { publishedDefinition } from '../responses';
import {
	accepted,
	skip,
	type EventAccepted,
	type Outcome,
	type SkipReason
} from './trigger-outcomes';
import * as surveys from '../surveys';

// Event triggers (CX): an event posted through the API ("order.delivered" for a customer) sends
// the surveys its type is mapped to, after each rule's delay, with hidden fields filled from the
// event's data. Each rule's send is a durable job keyed by event and rule. What can be told when
// the event arrives (the customer unsubscribed, invited within the contact frequency, the survey
// not published) is decided then and answered to the caller; the contact frequency is applied
// again when the e-mail goes out (distributions.ts), and Latest events shows what became of it.

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

/** The hidden fields a rule fills from an event's data, those the survey has. */
function hiddenFor(
	rule: { hiddenFields: Record<string, string> },
	data: Record<string, unknown>,
	definition: SurveyDefinition
) {
	const hidden: Record<string, string> = {};
	for (const [field, path] of Object.entries(rule.hiddenFields)) {
		const value = dataAt(data, path);
		if (value !== null && definition.hiddenFields.includes(field)) hidden[field] = value;
	}
	return hidden;
}

/**
 * When the customer was last invited, and when the invitations waiting for them will go out (an
 * e-mail queued, a trigger rule's delay running until `until`): the times the contact frequency
 * counts from.
 */
async function invitationTimes(orgId: string, personId: string, until: Date) {
	const ms = (at: SQL) => sql`(extract(epoch from ${at}) * 1000)::float8`;
	const rows = await rowsOf<{ at: number }>(sql`
		select ${ms(sql`last_invited_at`)} as at from person
		where id = ${personId} and last_invited_at is not null
		union all
		select ${ms(sql`d.send_at`)} from recipient r join distribution d on d.id = r.distribution_id
		where r.person_id = ${personId} and r.status = 'pending' and r.step = 0
		union all
		select ${ms(sql`j.run_at`)} from job j join event e on e.id = (j.payload ->> 'eventId')::uuid
		where j.org_id = ${orgId} and j.kind = 'trigger.send' and j.state = 'queued'
			and j.run_at <= ${until.toISOString()}::timestamptz and e.person_id = ${personId}`);
	return rows.map((r) => new Date(Number(r.at)));
}

/**
 * Takes an event: adds or updates its customer in the directory (any field besides e-mail, name,
 * externalId and language is an attribute), stores it, and queues each active rule of its type,
 * or says why a rule's survey will not go out (the contact frequency, an unsubscribed customer, a
 * survey not published).
 */
export async function receiveEvent(
	orgId: string,
	input: unknown,
	now = new Date(),
	idempotencyKey: string | null = null
): Promise<EventAccepted> {
	if (idempotencyKey) {
		const [seen] = await db
			.select({ id: schema.event.id, outcomes: schema.event.outcomes })
			.from(schema.event)
			.where(and(eq(schema.event.orgId, orgId), eq(schema.event.key, idempotencyKey)));
		if (seen) return accepted(orgId, seen);
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
		.select({
			id: schema.person.id,
			kind: schema.person.kind,
			unsubscribedAt: schema.person.unsubscribedAt
		})
		.from(schema.person)
		.where(
			and(eq(schema.person.orgId, orgId), eq(schema.person.email, event.person.email.toLowerCase()))
		);
	const rules = await db
		.select({
			rule: schema.triggerRule,
			status: schema.survey.status,
			version: schema.survey.publishedVersion
		})
		.from(schema.triggerRule)
		.innerJoin(schema.survey, eq(schema.survey.id, schema.triggerRule.surveyId))
		.where(
			and(
				eq(schema.triggerRule.orgId, orgId),
				eq(schema.triggerRule.eventType, event.type),
				eq(schema.triggerRule.active, true)
			)
		)
		// The soonest first: of two rules within the contact frequency, the first due goes out.
		.orderBy(asc(schema.triggerRule.delayMinutes), asc(schema.triggerRule.createdAt));
	// The contact frequency counts a customer's invitations, not an employee's.
	const days = person?.kind === 'customer' ? await contactFrequency(orgId) : null;
	const latest = new Date(
		Math.max(
			now.getTime(),
			...rules.map((r) => occurredAt.getTime() + r.rule.delayMinutes * 60_000)
		)
	);
	const invited = person && days ? await invitationTimes(orgId, person.id, latest) : [];
	const plans: {
		rule: typeof schema.triggerRule.$inferSelect;
		due: Date;
		definition: SurveyDefinition | null;
		outcome: Outcome;
	}[] = [];
	for (const { rule, status, version } of rules) {
		const due = new Date(
			Math.max(now.getTime(), occurredAt.getTime() + rule.delayMinutes * 60_000)
		);
		const definition =
			status === 'published' && version ? await publishedDefinition(rule.surveyId, version) : null;
		let outcome: Outcome = { state: 'scheduled' };
		if (!definition) outcome = skip('survey_not_published');
		else if (definition.mode === 'anonymous') outcome = skip('survey_anonymous');
		else if (person?.kind === 'customer' && person.unsubscribedAt)
			outcome = skip('unsubscribed', notSent.unsubscribed());
		else if (days && invited.some((at) => withinFrequency(at, due, days)))
			outcome = skip('contact_frequency', notSent.contact_frequency(days));
		else invited.push(due);
		plans.push({ rule, due, definition, outcome });
	}
	const result = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(schema.event)
			.values({
				orgId,
				type: event.type,
				personId: person?.id ?? null,
				data: event.data,
				occurredAt,
				key: idempotencyKey,
				outcomes: Object.fromEntries(plans.map((p) => [p.rule.id, p.outcome]))
			})
			.onConflictDoNothing()
			.returning({ id: schema.event.id });
		// The same key posted twice at once: the other request stored it.
		if (!row) {
			const [seen] = await tx
				.select({ id: schema.event.id })
				.from(schema.event)
				.where(and(eq(schema.event.orgId, orgId), eq(schema.event.key, idempotencyKey!)));
			return seen;
		}
		for (const { rule, due, definition, outcome } of plans) {
			if (outcome.state === 'scheduled') {
				await enqueue(
					{
						kind: 'trigger.send',
						key: `trigger:${row.id}:${rule.id}`,
						orgId,
						payload: { eventId: row.id, ruleId: rule.id },
						runAt: due
					},
					tx
				);
				continue;
			}
			// Skipped for the customer's sake: the survey's invitations count them as skipped too.
			if (!person || !definition) continue;
			if (outcome.reason !== 'unsubscribed' && outcome.reason !== 'contact_frequency') continue;
			const made = await insertDistribution(
				{
					orgId,
					surveyId: rule.surveyId,
					audience: { event: row.id },
					where: sql`${schema.person.id} = ${person.id}`,
					sendAt: now,
					reminders: [],
					expiresAt: new Date(now.getTime() + 30 * 86_400_000),
					hidden: hiddenFor(rule, event.data, definition),
					triggerRuleId: rule.id,
					skipped: outcome.message
				},
				tx
			);
			outcome.distributionId = made.id;
		}
		await tx
			.update(schema.event)
			.set({ outcomes: Object.fromEntries(plans.map((p) => [p.rule.id, p.outcome])) })
			.where(eq(schema.event.id, row.id));
		return row;
	});
	const [stored] = await db
		.select({ id: schema.event.id, outcomes: schema.event.outcomes })
		.from(schema.event)
		.where(eq(schema.event.id, result.id));
	return accepted(orgId, stored);
}

async function setOutcome(eventId: string, ruleId: string, outcome: Outcome) {
	await db
		.update(schema.event)
		.set({
			outcomes: sql`${schema.event.outcomes} || ${JSON.stringify({ [ruleId]: outcome })}::jsonb`
		})
		.where(eq(schema.event.id, eventId));
}

/** The job 'trigger.send' (listed in job-kinds.ts). */
export const sendTriggered: Handler<JobPayload<'trigger.send'>> = async (payload) => {
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
	const skipped = (reason: SkipReason) => setOutcome(eventId, ruleId, skip(reason));
	if (!rule.active) return skipped('rule_off');
	if (survey.status !== 'published' || !survey.publishedVersion)
		return skipped('survey_not_published');
	if (!event.personId) return skipped('person_erased');
	const definition = await publishedDefinition(survey.id, survey.publishedVersion);
	if (definition.mode === 'anonymous') return skipped('survey_anonymous');
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
				hidden: hiddenFor(rule, event.data, definition),
				triggerRuleId: rule.id
			},
			tx
		);
		const sent: Outcome = { state: 'sent', distributionId: created.id };
		await tx
			.update(schema.event)
			.set({
				outcomes: sql`${schema.event.outcomes} || ${JSON.stringify({ [ruleId]: sent })}::jsonb`
			})
			.where(eq(schema.event.id, eventId));
	});
};

export { recentEvents, skipReasons } from './trigger-outcomes';

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
