import { eq, sql } from 'drizzle-orm';
import type { SurveyDefinition } from '../../../survey/definition';
import { db, rowsOf, schema } from '../../db';
import { generateToken, hashToken } from '../../platform';

// A personal link: what its token gives on a survey, the attributes kept with its response,
// and unsubscribing.

export type InviteState = 'open' | 'used' | 'expired' | 'invalid';
export type Invite = {
	state: Exclude<InviteState, 'invalid'>;
	recipientId: string;
	personId: string | null;
	submissionId: string | null;
	/** Hidden values the event, distribution or pulse round gave the invitation: the link's own. */
	hidden: Record<string, string>;
};

/** What a personal link's token gives on a survey: its recipient, if it is still good. */
export async function findInvite(
	surveyId: string,
	token: string,
	now = new Date()
): Promise<Invite | { state: 'invalid' }> {
	if (!/^[a-z2-7]{20,64}$/.test(token)) return { state: 'invalid' as const };
	const [row] = await db
		.select({
			recipientId: schema.recipient.id,
			personId: schema.recipient.personId,
			submissionId: schema.recipient.submissionId,
			completedAt: schema.recipient.completedAt,
			expiresAt: schema.recipientToken.expiresAt,
			surveyId: schema.distribution.surveyId,
			hidden: schema.distribution.hidden
		})
		.from(schema.recipientToken)
		.innerJoin(schema.recipient, eq(schema.recipient.id, schema.recipientToken.recipientId))
		.innerJoin(schema.distribution, eq(schema.distribution.id, schema.recipient.distributionId))
		.where(eq(schema.recipientToken.tokenHash, hashToken(token)));
	if (!row || row.surveyId !== surveyId) return { state: 'invalid' as const };
	const state: Invite['state'] = row.completedAt
		? 'used'
		: row.expiresAt <= now
			? 'expired'
			: 'open';
	return {
		state,
		recipientId: row.recipientId,
		personId: row.personId,
		submissionId: row.submissionId,
		hidden: row.hidden
	};
}

/**
 * A personal link opened: marks its recipient started and, for a survey that keeps the link
 * (confidential or identified), gives the submission id the response is kept under, so the link
 * resumes it. An anonymous survey's response has its own random id, known to nobody but the page.
 */
export async function openInvite(
	surveyId: string,
	token: string,
	definition: SurveyDefinition
): Promise<Invite | { state: 'invalid' }> {
	const invite = await findInvite(surveyId, token);
	if (invite.state !== 'open') return invite;
	const keep = definition.mode !== 'anonymous';
	// An anonymous survey's invitation is marked opened at its distribution's own time: no clock
	// ties it to a response.
	const at = keep
		? sql`now()`
		: sql`(select d.created_at from distribution d where d.id = ${schema.recipient.distributionId})`;
	const [row] = await db
		.update(schema.recipient)
		.set({
			startedAt: sql`coalesce(${schema.recipient.startedAt}, ${at})`,
			...(keep
				? { submissionId: sql`coalesce(${schema.recipient.submissionId}, ${generateToken()})` }
				: {})
		})
		.where(eq(schema.recipient.id, invite.recipientId))
		.returning({ submissionId: schema.recipient.submissionId });
	return { ...invite, submissionId: keep ? row.submissionId : null };
}

/** The attributes to keep with an invited response: none for an anonymous survey. */
export async function snapshotOf(invite: Invite, definition: SurveyDefinition) {
	if (definition.mode === 'anonymous' || !invite.personId) return null;
	const [person] = await db
		.select({ id: schema.person.id, attributes: schema.person.attributes })
		.from(schema.person)
		.where(eq(schema.person.id, invite.personId));
	return person ?? null;
}

/**
 * The published version a personal link answers: a pulse round's own, whatever was published
 * since; null for the survey's current one.
 */
export async function versionOf(invite: Invite): Promise<number | null> {
	const [row] = await db
		.select({ version: schema.distribution.surveyVersion })
		.from(schema.recipient)
		.innerJoin(schema.distribution, eq(schema.distribution.id, schema.recipient.distributionId))
		.where(eq(schema.recipient.id, invite.recipientId));
	return row?.version ?? null;
}

/** Stops invitations to the customer behind an unsubscribe link; false for an unknown link. */
export async function unsubscribe(token: string): Promise<boolean> {
	if (!/^[a-z2-7]{20,64}$/.test(token)) return false;
	const rows = await rowsOf<{ id: string }>(sql`
		update person set unsubscribed_at = coalesce(unsubscribed_at, now())
		where kind = 'customer' and id = (
			select r.person_id from recipient_token t join recipient r on r.id = t.recipient_id
			where t.token_hash = ${hashToken(token)})
		returning id`);
	return rows.length === 1;
}
