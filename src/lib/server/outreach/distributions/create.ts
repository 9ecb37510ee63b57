import { eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { formatCount } from '../../../format';
import { issuesOf } from '../../../issues';
import { db, rowsOf, schema, type Transaction } from '../../db';
import { DomainError, enqueue } from '../../platform';
import * as people from '../../people';
import { readPublished } from '../../surveys';

// Creating a distribution: its input, its audience, why it would reach nobody, and the rows
// of its recipients (also used by event triggers and pulse rounds).

export const MAX_RECIPIENTS = 100_000;

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
	`${formatCount(n)} ${kindWords[kind][n === 1 ? 0 : 1]}`;

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
			: `${survey}; the ${formatCount(theirs.n)} people chosen are ${kindWords[other][1]}.`;
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
			throw new DomainError(`At most ${formatCount(MAX_RECIPIENTS)} recipients per distribution.`);
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
