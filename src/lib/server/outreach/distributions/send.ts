import { and, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { uiLocale } from '../../../i18n/respondent';
import { m } from '../../../paraglide/messages';
import type { SurveyDefinition } from '../../../survey/definition';
import {
	config,
	sendMail,
	backoffSeconds,
	type Handler,
	generateToken,
	hashToken
} from '../../platform';
import { db, rowsOf, schema } from '../../db';
import type { JobPayload } from '../../platform';
import { publishedDefinition } from '../../responses';
import { notSent } from './create';

// Sending: a durable job claims each recipient's e-mail under a lease and marks it sent once
// the SMTP server took it, so neither a restart nor a second instance sends it twice.

// One e-mail per claim, under a lease far longer than one SMTP exchange can take (email.ts
// bounds it): a lease never runs out while its holder is still sending.
const BATCH = 1;
const LEASE = '3 minutes';
/** Tries per e-mail (10 s, 20 s … apart: about 40 minutes in all) before it counts as failed. */
const MAX_SENDS = 8;

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
	await db.insert(schema.recipientToken).values({
		tokenHash: hashToken(token),
		orgId: d.orgId,
		recipientId: r.id,
		expiresAt: d.expiresAt
	});
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
