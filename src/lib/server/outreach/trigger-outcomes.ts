import { and, desc, eq, inArray } from 'drizzle-orm';
import { db, schema } from '../db';
import { notSentReason, type NotSentReason } from './distributions';

// What the rules of an event made of it, in the words the API and Settings → Event triggers give:
// stored per rule in `event.outcomes`, and read together with the e-mail's own fate (its
// recipient), so a survey shows as sent only once its e-mail went out.

/** Why a rule's survey did not go to an event's customer. */
export const skipReasons = [
	'contact_frequency',
	'unsubscribed',
	'no_email',
	'survey_not_published',
	'survey_anonymous',
	'rule_off',
	'person_erased',
	'other'
] as const;
export type SkipReason = (typeof skipReasons)[number];

const skipWords: Record<Exclude<SkipReason, NotSentReason | 'other'>, string> = {
	survey_not_published: 'The survey is not published',
	survey_anonymous: 'The survey is anonymous',
	rule_off: 'The rule was turned off',
	person_erased: 'The customer was erased'
};

/** What a rule made of an event, as kept in `event.outcomes`. */
export type Outcome = {
	state: 'scheduled' | 'sent' | 'skipped';
	distributionId?: string;
	reason?: SkipReason;
	message?: string;
};

export const skip = (
	reason: SkipReason,
	message = skipWords[reason as keyof typeof skipWords]
): Outcome => ({ state: 'skipped', reason, message });

// Outcomes stored before reasons had codes.
const legacy: Record<string, SkipReason> = {
	'rule turned off': 'rule_off',
	'survey not published': 'survey_not_published',
	'person erased': 'person_erased',
	'survey is anonymous': 'survey_anonymous'
};

export type EventAccepted = {
	id: string;
	/** Rules whose survey is to go (or went) out. */
	scheduled: number;
	/** Rules whose survey does not go out, and why. */
	skipped: { ruleId: string; surveyId: string | null; reason: SkipReason; message: string }[];
};

export type OutcomeView = {
	ruleId: string;
	/** The rule's survey; null once the rule is deleted. */
	surveyId: string | null;
	surveyTitle: string | null;
	/** `sending`: handed to the e-mail queue, not yet out. */
	state: 'scheduled' | 'sending' | 'sent' | 'skipped' | 'failed';
	reason?: SkipReason;
	message?: string;
};

/**
 * What each rule made of these events of the organisation, as things stand: a survey handed to
 * the e-mail queue is "sent" only once its e-mail went out, and "skipped" (with why) when the send
 * found a reason not to.
 */
async function viewsOf(
	orgId: string,
	events: { outcomes: (typeof schema.event.$inferSelect)['outcomes'] }[]
) {
	const outcomes = events.flatMap((e) => Object.entries(e.outcomes));
	const distributions = outcomes.flatMap(([, o]) => (o.distributionId ? [o.distributionId] : []));
	const ruleIds = [...new Set(outcomes.map(([ruleId]) => ruleId))];
	const [recipients, rules] = await Promise.all([
		distributions.length
			? db
					.select({
						distributionId: schema.recipient.distributionId,
						status: schema.recipient.status,
						error: schema.recipient.error
					})
					.from(schema.recipient)
					.where(
						and(
							eq(schema.recipient.orgId, orgId),
							inArray(schema.recipient.distributionId, distributions)
						)
					)
			: [],
		ruleIds.length
			? db
					.select({
						id: schema.triggerRule.id,
						surveyId: schema.survey.id,
						title: schema.survey.title
					})
					.from(schema.triggerRule)
					.innerJoin(schema.survey, eq(schema.survey.id, schema.triggerRule.surveyId))
					.where(and(eq(schema.triggerRule.orgId, orgId), inArray(schema.triggerRule.id, ruleIds)))
			: []
	]);
	const byDistribution = new Map(recipients.map((r) => [r.distributionId, r]));
	const byRule = new Map(rules.map((r) => [r.id, r]));
	return events.map((e) =>
		Object.entries(e.outcomes).map(([ruleId, stored]): OutcomeView => {
			const rule = byRule.get(ruleId);
			const base = { ruleId, surveyId: rule?.surveyId ?? null, surveyTitle: rule?.title ?? null };
			if (Object.hasOwn(legacy, stored.state))
				return { ...base, ...skip(legacy[stored.state]), state: 'skipped' };
			const recipient = stored.distributionId && byDistribution.get(stored.distributionId);
			if (stored.state !== 'sent' || !recipient)
				return {
					...base,
					state: stored.state as 'scheduled' | 'skipped',
					reason: stored.reason as SkipReason | undefined,
					message: stored.message
				};
			if (recipient.status === 'pending') return { ...base, state: 'sending' };
			if (recipient.status === 'sent') return { ...base, state: 'sent' };
			const message = recipient.error ?? undefined;
			if (recipient.status === 'failed') return { ...base, state: 'failed', message };
			return {
				...base,
				state: 'skipped',
				reason: notSentReason(recipient.error) ?? 'other',
				message
			};
		})
	);
}

/** The API's answer about a stored event. */
export async function accepted(
	orgId: string,
	event: Pick<typeof schema.event.$inferSelect, 'id' | 'outcomes'>
): Promise<EventAccepted> {
	const [views] = await viewsOf(orgId, [event]);
	return {
		id: event.id,
		scheduled: views.filter((v) => v.state !== 'skipped' && v.state !== 'failed').length,
		skipped: views.flatMap((v) =>
			v.state === 'skipped'
				? [
						{
							ruleId: v.ruleId,
							surveyId: v.surveyId,
							reason: v.reason ?? 'other',
							message: v.message ?? ''
						}
					]
				: []
		)
	};
}

/**
 * The organisation's latest events and what each rule made of them, by survey: sent, on its way,
 * or skipped and why.
 */
export async function recentEvents(orgId: string, limit = 50) {
	const events = await db
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
	const views = await viewsOf(orgId, events);
	return events.map((e, i) => ({ ...e, outcomes: views[i] }));
}
