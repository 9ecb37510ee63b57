import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { uiLocale } from '../i18n/respondent';
import { issuesOf } from '../issues';
import { m } from '../paraglide/messages.js';
import type { HiddenReason } from '../survey/anonymity';
import type { SurveyDefinition } from '../survey/definition';
import { countHidden, suppress, type SurveyPromise } from './confidentiality';
import { config } from './config';
import { db, rowsOf, schema, type Transaction } from './db';
import { sendMail } from './email';
import { DomainError } from './errors';
import { backoffSeconds, enqueue, type Handler } from './jobs';
import type { JobPayload } from './job-payloads';
import * as people from './people';
import { publishedDefinition } from './responses';
import * as results from './results';
import { releaseOf } from './results-release';
import { readPublished, readSurvey } from './surveys/read';
import { generateToken, hashToken } from './tokens';

// Personal invitations by e-mail: a distribution sends a published survey to an audience of the
// directory, now or later, with reminders to those who have not answered. Each e-mail carries a
// fresh single-use link (160 random bits; only its SHA-256 is kept) that expires with the
// distribution. Sending is a durable job; each recipient's e-mail is claimed under a lease before
// it goes out and marked sent once the SMTP server took it, so neither a restart nor a second
// instance sends it twice. Only an instance killed in the instant between the SMTP server's
// answer and the mark can send one again, and then with the same Message-ID.

export const MAX_RECIPIENTS = 100_000;
// One e-mail per claim, under a lease far longer than one SMTP exchange can take (email.ts
// bounds it): a lease never runs out while its holder is still sending.
const BATCH = 1;
const LEASE = '3 minutes';
/** Tries per e-mail (10 s, 20 s … apart: about 40 minutes in all) before it counts as failed. */
const MAX_SENDS = 8;

const localized = z.union([z.string(), z.record(z.string(), z.string())]);

export const distributionInputSchema = z
	.object({
		channel: z.literal('email', { error: 'Only "email" is supported' }),
		audience: z.union([
			z
				.object({
					attributes: z.record(z.string(), z.string().max(500)).default({}),
					/** Everyone under this person in the hierarchy. */
					under: z.uuid().optional()
				})
				.strict(),
			z
				.object({
					emails: z
						.array(z.string().trim().toLowerCase().pipe(z.email('Not an e-mail address')))
						.min(1, 'Give at least one address')
						.max(10_000, 'At most 10,000 addresses; use attributes for more')
				})
				.strict()
		]),
		sendAt: z.iso.datetime({ offset: true, message: 'Use an ISO date and time' }).optional(),
		reminders: z
			.array(z.number().int().min(1, 'At least 1 day').max(60, 'At most 60 days'))
			.max(5, 'At most 5 reminders')
			.default([])
			.refine((days) => days.every((d, i) => i === 0 || d > days[i - 1]), {
				message: 'List reminders in increasing days'
			}),
		subject: localized.optional(),
		body: localized.optional(),
		expiresInDays: z.number().int().min(1).max(365).default(30)
	})
	.refine((d) => d.expiresInDays > (d.reminders.at(-1) ?? 0), {
		message: 'Links must last longer than the last reminder',
		path: ['expiresInDays']
	});
export type DistributionInput = z.input<typeof distributionInputSchema>;

/** Templates by language; none given: the default words, in each person's language. */
function asTemplates(value: string | Record<string, string> | undefined) {
	if (value === undefined) return {};
	return typeof value === 'string' ? { en: value } : value;
}

/**
 * Creates a distribution of a published survey: finds the audience (people of the survey's
 * audience, employees or customers, with an e-mail address), makes their recipients and queues the
 * sending and each reminder. Addresses not yet in the directory are added to it.
 */
export async function createDistribution(
	orgId: string,
	surveyId: string,
	input: unknown,
	userId: string | null,
	now = new Date()
): Promise<{ id: string; recipients: number }> {
	const parsed = distributionInputSchema.safeParse(input);
	if (!parsed.success)
		throw new DomainError('The distribution is not valid.', 'invalid', issuesOf(parsed.error));
	const data = parsed.data;
	const survey = await readPublished(orgId, surveyId);
	if (survey?.status !== 'published')
		throw new DomainError('Publish the survey before sending it.', 'conflict');
	const { definition } = survey;
	const kind: people.PersonKind = definition.audience === 'employee' ? 'employee' : 'customer';
	const sendAt = data.sendAt ? new Date(data.sendAt) : now;
	const expiresAt = new Date(
		Math.max(sendAt.getTime(), now.getTime()) + data.expiresInDays * 86_400_000
	);

	let where;
	if ('emails' in data.audience) {
		const emails = [...new Set(data.audience.emails)];
		const added = await people.upsertPeople(
			orgId,
			emails.map((email) => ({ email })),
			{ kind }
		);
		if (added.errors.length)
			throw new DomainError(
				'Some addresses could not be added.',
				'invalid',
				added.errors.map((e) => ({ path: `audience.emails.${e.index}`, message: e.message }))
			);
		where = sql`${schema.person.orgId} = ${orgId} and ${schema.person.email} in (select jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb))`;
	} else {
		if (data.audience.under) await people.getPerson(orgId, data.audience.under);
		const known = await people.attributeTypes(orgId);
		const unknown = Object.keys(data.audience.attributes).filter((k) => !known.has(k));
		if (unknown.length)
			throw new DomainError('The audience names attributes nobody has.', 'invalid', [
				{ path: `audience.attributes.${unknown[0]}`, message: 'No such attribute' }
			]);
		where = await people.peopleCondition(orgId, {
			kind,
			attributes: data.audience.attributes,
			under: data.audience.under
		});
	}

	try {
		return await insertDistribution({
			orgId,
			surveyId,
			audience: data.audience,
			where,
			subject: asTemplates(data.subject),
			body: asTemplates(data.body),
			sendAt,
			reminders: data.reminders,
			expiresAt,
			createdBy: userId
		});
	} catch (error) {
		if (!(error instanceof NoRecipientsError) || 'emails' in data.audience) throw error;
		throw new DomainError(
			await whyNobody(orgId, kind, data.audience.attributes, data.audience.under),
			'invalid',
			error.issues
		);
	}
}

/** An audience that reaches nobody (insertDistribution refuses it). */
class NoRecipientsError extends DomainError {}

const kindWords = {
	employee: ['employee', 'employees'],
	customer: ['customer', 'customers']
} as const;
const counted = (n: number, kind: people.PersonKind) =>
	`${n.toLocaleString('en')} ${kindWords[kind][n === 1 ? 0 : 1]}`;

/**
 * Why the people chosen by attributes (and a manager) reach nobody, in words that say what to
 * change: none of the survey's audience (employees or customers) among them, no addresses, or
 * (customers) all unsubscribed.
 */
export async function whyNobody(
	orgId: string,
	kind: people.PersonKind,
	attributes: Record<string, string>,
	under?: string
): Promise<string> {
	const rows = await db
		.select({
			kind: schema.person.kind,
			n: sql<number>`count(*)::int`,
			withEmail: sql<number>`(count(*) filter (where ${schema.person.email} is not null))::int`
		})
		.from(schema.person)
		.where(await people.peopleCondition(orgId, { attributes, under }))
		.groupBy(schema.person.kind);
	const of = (k: people.PersonKind) => rows.find((r) => r.kind === k) ?? { n: 0, withEmail: 0 };
	const other: people.PersonKind = kind === 'employee' ? 'customer' : 'employee';
	const mine = of(kind);
	const theirs = of(other);
	const survey = `This survey is for ${kindWords[kind][1]}`;
	if (mine.n === 0 && theirs.n > 0)
		return theirs.n === 1
			? `${survey}; the 1 person chosen is a ${kindWords[other][0]}.`
			: `${survey}; the ${theirs.n.toLocaleString('en')} people chosen are ${kindWords[other][1]}.`;
	if (mine.withEmail > 0)
		return `The ${counted(mine.withEmail, kind)} chosen with an e-mail address unsubscribed.`;
	if (mine.n > 0) {
		const none =
			mine.n === 1
				? `The 1 ${kindWords[kind][0]} chosen has no e-mail address`
				: `None of the ${counted(mine.n, kind)} chosen has an e-mail address`;
		const verb = theirs.withEmail === 1 ? 'has' : 'have';
		const also = theirs.withEmail
			? `; ${counted(theirs.withEmail, other)} chosen ${verb} one, but this survey is for ${kindWords[kind][1]}`
			: '';
		return `${none}${also}.`;
	}
	return 'Nobody in this audience: no person in the directory matches it.';
}

/** Why an invitation was not sent, in the words a recipient's `error` keeps. */
export const notSent = {
	no_email: () => 'No e-mail address (erased)',
	unsubscribed: () => 'Unsubscribed',
	contact_frequency: (days: number) => `Invited in the last ${days} days (contact frequency)`
};
export type NotSentReason = keyof typeof notSent;

/** The reason behind a skipped recipient's `error` (older rows said it without the rule's name). */
export function notSentReason(error: string | null): NotSentReason | null {
	if (error === notSent.no_email()) return 'no_email';
	if (error === notSent.unsubscribed()) return 'unsubscribed';
	if (error?.startsWith('Invited in the last ')) return 'contact_frequency';
	return null;
}

/** Whether an invitation at `at` falls within `days` after one at `last` (the contact frequency). */
export const withinFrequency = (last: Date, at: Date, days: number) =>
	last.getTime() <= at.getTime() && last.getTime() > at.getTime() - days * 86_400_000;

export type NewDistribution = Omit<
	typeof schema.distribution.$inferInsert,
	'id' | 'channel' | 'recipients' | 'createdAt' | 'subject' | 'body'
> & {
	sendAt: Date;
	reminders: number[];
	/** The people to invite: a condition on `person`, scoped to the organisation. */
	where: SQL;
	subject?: Record<string, string>;
	body?: Record<string, string>;
	/** Why its recipients are not to be invited at all: they are stored skipped, nothing is sent. */
	skipped?: string;
};

/**
 * Stores a distribution and its recipients (the people `where` picks who have an e-mail address)
 * and queues the sending and each reminder, all in one transaction.
 */
export function insertDistribution(
	input: NewDistribution,
	tx?: Transaction
): Promise<{ id: string; recipients: number }> {
	const { where, skipped, ...values } = input;
	const work = async (tx: Transaction) => {
		const [row] = await tx
			.insert(schema.distribution)
			.values({
				...values,
				channel: 'email',
				subject: input.subject ?? {},
				body: input.body ?? {},
				recipients: 0
			})
			.returning({ id: schema.distribution.id });
		const inserted = await rowsOf<{ n: number }>(
			sql`with added as (
				insert into recipient (org_id, distribution_id, person_id, attributes, status, error)
				select ${input.orgId}, ${row.id}, person.id, person.attributes,
					${skipped === undefined ? 'pending' : 'skipped'}, ${skipped ?? null} from person
				where ${where} and person.org_id = ${input.orgId} and person.email is not null
				returning 1
			) select count(*)::int as n from added`,
			tx
		);
		const recipients = inserted[0].n;
		if (recipients === 0)
			throw new NoRecipientsError('Nobody in this audience has an e-mail address.', 'invalid', [
				{ path: 'audience', message: 'No recipients' }
			]);
		if (recipients > MAX_RECIPIENTS)
			throw new DomainError(
				`At most ${MAX_RECIPIENTS.toLocaleString('en')} recipients per distribution.`
			);
		await tx
			.update(schema.distribution)
			.set({ recipients })
			.where(eq(schema.distribution.id, row.id));
		const steps = skipped === undefined ? [0, ...input.reminders] : [];
		for (const [step, days] of steps.entries())
			await enqueue(
				{
					kind: 'distribution.send',
					key: `distribution:${row.id}:${step}`,
					orgId: input.orgId,
					payload: { distributionId: row.id, step },
					runAt: new Date(input.sendAt.getTime() + days * 86_400_000)
				},
				tx
			);
		return { id: row.id, recipients };
	};
	return tx ? work(tx) : db.transaction(work);
}

function fill(template: string, values: Record<string, string>) {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

function pick(templates: Record<string, string>, language: string | null, fallback: string) {
	return (
		(language && templates[language]) ??
		(language && templates[language.split('-')[0]]) ??
		templates[fallback] ??
		templates.en ??
		Object.values(templates)[0]
	);
}

type Distribution = typeof schema.distribution.$inferSelect & {
	slug: string;
	definition: SurveyDefinition;
	closed: boolean;
	contactFrequencyDays: number | null;
};

async function loadForSending(distributionId: string): Promise<Distribution | null> {
	const [row] = await db
		.select({
			distribution: schema.distribution,
			slug: schema.survey.slug,
			version: schema.survey.publishedVersion,
			status: schema.survey.status,
			contactFrequencyDays: schema.organization.contactFrequencyDays
		})
		.from(schema.distribution)
		.innerJoin(schema.survey, eq(schema.survey.id, schema.distribution.surveyId))
		.innerJoin(schema.organization, eq(schema.organization.id, schema.distribution.orgId))
		.where(eq(schema.distribution.id, distributionId));
	if (!row || !row.version) return null;
	const definition = await publishedDefinition(row.distribution.surveyId, row.version);
	return {
		...row.distribution,
		slug: row.slug,
		definition,
		closed: row.status !== 'published',
		contactFrequencyDays: row.contactFrequencyDays
	};
}

/** A claimed recipient; `lease` (the claim's end, as text) proves the claim is still this one. */
type Claimed = { id: string; person_id: string | null; attempts: number; lease: string };

/** Claims the next recipients due e-mail number `step + 1` (0: the invitation). */
function claimRecipients(distributionId: string, step: number) {
	return rowsOf<Claimed>(sql`
		update recipient set sending_until = now() + ${LEASE}::interval, attempts = attempts + 1
		where id in (
			select id from recipient
			where distribution_id = ${distributionId} and step = ${step} and attempts < ${MAX_SENDS}
				and (sending_until is null or sending_until < now())
				and ${step === 0 ? sql`status = 'pending'` : sql`status = 'sent' and completed_at is null`}
			order by id
			limit ${BATCH}
			for update skip locked
		)
		returning id, person_id, attempts, sending_until::text as lease`);
}

async function sendOne(d: Distribution, step: number, r: Claimed) {
	const done = (set: PgUpdateSetSource<typeof schema.recipient>) =>
		db
			.update(schema.recipient)
			.set({ sendingUntil: null, ...set })
			.where(
				and(
					eq(schema.recipient.id, r.id),
					sql`${schema.recipient.sendingUntil} = ${r.lease}::timestamptz`
				)
			);
	const [person] = r.person_id
		? await db
				.select()
				.from(schema.person)
				.where(and(eq(schema.person.id, r.person_id), eq(schema.person.orgId, d.orgId)))
		: [];
	if (!person?.email || (person.kind === 'customer' && person.unsubscribedAt)) {
		const reason = !person?.email ? notSent.no_email() : notSent.unsubscribed();
		// A reminder is simply not sent; an invitation never sent is skipped.
		return done(step === 0 ? { status: 'skipped', error: reason } : { error: reason });
	}
	// Contact frequency: a customer's invitation is sent only if none went out to them in the last
	// N days, from any survey; the check and the mark are one statement, so two senders at once
	// cannot both pass. A retry of this same e-mail was already let through.
	const days = d.contactFrequencyDays;
	if (step === 0 && days && person.kind === 'customer' && r.attempts === 1) {
		const rows = await rowsOf<{ id: string }>(sql`
			update person set last_invited_at = now()
			where id = ${person.id} and (last_invited_at is null
				or last_invited_at < now() - ${`${days} days`}::interval)
			returning id`);
		if (!rows.length) return done({ status: 'skipped', error: notSent.contact_frequency(days) });
	}
	const token = generateToken(20);
	await db
		.insert(schema.recipientToken)
		.values({ tokenHash: hashToken(token), recipientId: r.id, expiresAt: d.expiresAt });
	const languages = [d.definition.defaultLanguage, ...d.definition.languages];
	const language = languages.find((l) => l === person.language) ?? d.definition.defaultLanguage;
	const query = new URLSearchParams({ t: token });
	if (language !== d.definition.defaultLanguage) query.set('lang', language);
	for (const [name, value] of Object.entries(d.hidden))
		if (d.definition.hiddenFields.includes(name)) query.set(name, value);
	const link = `${config.origin}/s/${d.slug}?${query}`;
	const values = { name: person.name ?? '', survey: d.definition.title, link };
	// The e-mail's own words in the language of the survey the link opens.
	const o = { locale: uiLocale(language) };
	const custom = (templates: Record<string, string>) =>
		Object.keys(templates).length
			? fill(pick(templates, person.language, d.definition.defaultLanguage), values)
			: null;
	const subject = custom(d.subject) ?? m.inviteSubject({ survey: d.definition.title }, o);
	const paragraphs = custom(d.body)
		?.split(/\n\s*\n/)
		.map((p) => p.trim()) ?? [
		person.name ? m.inviteHello({ name: person.name }, o) : m.inviteHelloNoName({}, o),
		m.inviteAsk({}, o),
		m.inviteOnce({}, o)
	];
	try {
		await sendMail({
			to: person.email,
			subject: step > 0 ? m.inviteReminder({ subject }, o) : subject,
			paragraphs,
			action: { label: m.inviteButton({}, o), url: link },
			unsubscribeLabel: m.inviteUnsubscribe({}, o),
			orgId: d.orgId,
			messageId: `<${r.id}.${step}@hearken>`,
			unsubscribeUrl:
				person.kind === 'customer' ? `${config.origin}/unsubscribe/${token}` : undefined
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const last = r.attempts >= MAX_SENDS;
		return done({
			error: message.slice(0, 1000),
			...(last && step === 0 ? { status: 'failed' as const } : {}),
			sendingUntil: last ? null : sql`now() + ${`${backoffSeconds(r.attempts)} seconds`}::interval`
		});
	}
	await done({
		step: step + 1,
		status: 'sent',
		sentAt: sql`coalesce(${schema.recipient.sentAt}, now())`,
		error: null,
		attempts: 0
	});
	await db
		.update(schema.person)
		.set({ lastInvitedAt: new Date() })
		.where(eq(schema.person.id, person.id));
}

/** The job 'distribution.send' (listed in job-kinds.ts). */
export const sendDistribution: Handler<JobPayload<'distribution.send'>> = async (
	payload,
	context
) => {
	const distributionId = String(payload.distributionId);
	const step = Number(payload.step);
	const d = await loadForSending(distributionId);
	// A survey unpublished, closed or deleted since sends nothing.
	if (!d || d.closed) return;
	let sent = 0;
	// A fresh run (the first, or one asked for again in Settings → Background jobs) gives the
	// e-mails that failed every try another round of tries.
	if (context.job.attempts === 1)
		await db.execute(sql`
			update recipient set attempts = 0, error = null,
				status = case when status = 'failed' then 'pending' else status end
			where distribution_id = ${distributionId} and step = ${step} and attempts >= ${MAX_SENDS}
				and completed_at is null`);
	for (;;) {
		if (context.stopping()) return 'again';
		const claimed = await claimRecipients(distributionId, step);
		if (!claimed.length) break;
		for (const r of claimed) await sendOne(d, step, r);
		if (++sent % 20 === 0) await context.extend();
	}
	// Recipients whose e-mail failed and will be tried again: the job comes back for them.
	const [{ waiting }] = await rowsOf<{ waiting: number }>(sql`
		select count(*)::int as waiting from recipient
		where distribution_id = ${distributionId} and step = ${step} and attempts < ${MAX_SENDS}
			and error is not null and sending_until is not null
			and ${step === 0 ? sql`status = 'pending'` : sql`status = 'sent' and completed_at is null`}`);
	if (waiting)
		throw new Error(`${waiting} e-mails could not be sent yet; they will be tried again`);
};

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
		hidden: row.hidden as Record<string, string>
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

export type StatusCounts = {
	recipients: number;
	pending: number;
	sent: number;
	failed: number;
	skipped: number;
	/** Null when hidden: an employee survey's invitation to fewer people than its threshold. */
	started: number | null;
	completed: number | null;
	/** Completed / recipients, in %, one decimal. */
	responseRate: number | null;
};

export type DistributionStatus = StatusCounts & {
	id: string;
	surveyId: string;
	sendAt: string;
	reminders: number[];
	expiresAt: string;
	createdAt: string;
	/** Who opened and answered is not shown: fewer people than the survey's threshold were asked. */
	participationHidden: boolean;
	/** Counts by one attribute's value; an employee survey's groups under its threshold are hidden. */
	segments?: {
		attribute: string;
		groups: (StatusCounts & { value: string })[];
		hidden: number;
		/** How many hidden groups for each reason (anonymity.ts: told only where safe). */
		hiddenReasons: Partial<Record<HiddenReason, number>>;
	};
};

type Counted = Omit<StatusCounts, 'responseRate' | 'started' | 'completed'> & {
	started: number;
	completed: number;
};
type CountRow = Counted & { value?: string | null };

const withRate = <T extends Counted>(c: T) => ({
	...c,
	responseRate: c.recipients ? Math.round((1000 * c.completed) / c.recipients) / 10 : null
});

/**
 * The groups of attribute `by` the survey's results hide (by the attributes people had when they
 * answered): distribution status hides them too, so that its counts do not show what they hide.
 */
async function hiddenInResults(orgId: string, surveyId: string, by: string): Promise<string[]> {
	const survey = (await results.listPublished(orgId, surveyId))[0];
	if (!survey?.fields.includes(`p:${by}`)) return [];
	return (await releaseOf(survey)).hiddenValues(`p:${by}`);
}

function countsSql(distributionId: string, by: string | null) {
	return sql`
		select ${by === null ? sql`null` : sql`attributes ->> ${by}`} as value,
			count(*)::int as recipients,
			count(*) filter (where status = 'pending')::int as pending,
			count(*) filter (where status = 'sent')::int as sent,
			count(*) filter (where status = 'failed')::int as failed,
			count(*) filter (where status = 'skipped')::int as skipped,
			count(*) filter (where started_at is not null)::int as started,
			count(*) filter (where completed_at is not null)::int as completed
		from recipient where distribution_id = ${distributionId}
		${by === null ? sql`` : sql`group by 1 order by 1`}`;
}

/**
 * Where a distribution stands: recipients, e-mails pending, sent, failed or skipped, links
 * opened and surveys completed, and the response rate; with `by`, the same per value of one
 * attribute (as it was when invited). An employee survey shows only groups of at least its
 * anonymity threshold, and when one group is hidden the next smallest is too, so no hidden
 * group's counts follow from the total.
 */
export async function distributionStatus(
	orgId: string,
	surveyId: string,
	distributionId: string,
	by: string | null = null,
	/** The survey's promise when the caller has it already (a list reads it once). */
	known?: Pick<SurveyPromise, 'threshold'>
): Promise<DistributionStatus> {
	const [d] = await db
		.select()
		.from(schema.distribution)
		.where(
			and(
				eq(schema.distribution.orgId, orgId),
				eq(schema.distribution.surveyId, surveyId),
				eq(schema.distribution.id, distributionId)
			)
		);
	if (!d) throw new DomainError('No such distribution.', 'not_found');
	const [total] = await rowsOf<CountRow>(countsSql(d.id, null));
	const promise = known ?? (await readSurvey(orgId, surveyId)).promise ?? { threshold: null };
	// Who of a handful of employees opened or answered would single them out.
	const small = countHidden(promise, total.recipients);
	const counts = withRate(stripValue(total));
	const status: DistributionStatus = {
		id: d.id,
		surveyId: d.surveyId,
		sendAt: d.sendAt.toISOString(),
		reminders: d.reminders,
		expiresAt: d.expiresAt.toISOString(),
		createdAt: d.createdAt.toISOString(),
		...counts,
		...(small ? { started: null, completed: null, responseRate: null } : {}),
		participationHidden: small
	};
	if (by === null) return status;
	if (!(await people.attributeTypes(orgId)).has(by))
		throw new DomainError(`No attribute "${by}".`, 'invalid', [
			{ path: 'by', message: 'No such attribute' }
		]);
	const rows = (await rowsOf<CountRow>(countsSql(d.id, by))).map((r) => ({
		...withRate(stripValue(r)),
		value: r.value ?? ''
	}));
	// The results' own rule: under the threshold, the next smallest beside, and what they hide.
	const { hidden, reasons } = suppress(
		promise,
		rows.map((r) => ({ value: r.value, size: r.recipients })),
		promise.threshold === null ? [] : await hiddenInResults(orgId, surveyId, by)
	);
	const shown = rows.filter((_, i) => !hidden.has(i));
	status.segments = {
		attribute: by,
		groups: shown,
		hidden: rows.length - shown.length,
		hiddenReasons: reasons
	};
	return status;
}

function stripValue(row: CountRow): Counted {
	const { recipients, pending, sent, failed, skipped, started, completed } = row;
	return { recipients, pending, sent, failed, skipped, started, completed };
}

/** A survey's distributions, newest first, with their counts. */
export async function listDistributions(orgId: string, surveyId: string) {
	const survey = await readSurvey(orgId, surveyId);
	const rows = await db
		.select({ id: schema.distribution.id })
		.from(schema.distribution)
		.where(and(eq(schema.distribution.orgId, orgId), eq(schema.distribution.surveyId, surveyId)))
		.orderBy(desc(schema.distribution.createdAt))
		.limit(50);
	// The survey's promise is read once, not once per distribution.
	const known = survey.promise ?? { threshold: null };
	return Promise.all(rows.map((r) => distributionStatus(orgId, surveyId, r.id, null, known)));
}
