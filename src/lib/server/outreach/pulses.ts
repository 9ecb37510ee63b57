import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { issuesOf } from '../../issues';
import type { Question, SurveyDefinition } from '../../survey/definition';
import { db, schema, type Transaction } from '../db';
import { insertDistribution, listDistributions, type DistributionStatus } from './distributions';
import { DomainError, enqueue, type Handler } from '../platform';
import type { JobPayload } from '../platform';
import * as people from '../people';
import * as surveys from '../surveys';

// Pulse programs: a recurring employee survey. Every round publishes the program's survey with the
// core questions and the next `perRound` items of the bank (rotating, so everyone gets every item
// over a cycle), sends it to the audience with reminders, and queues the next round. The hidden
// field `round` carries the round's number, so results compare rounds (`by=round`); they list
// every item any round asked (results/items.ts), and a round's links answer its own version.

export type Cadence = (typeof schema.cadences)[number];

export const programInputSchema = z.object({
	surveyId: z.uuid('Pick a survey'),
	name: z.string().trim().min(1, 'Give the program a name').max(200),
	cadence: z.enum(schema.cadences, { error: 'Pick weekly, every 2 weeks, monthly or quarterly' }),
	perRound: z.coerce.number().int().min(1, 'Ask at least one question of the bank'),
	core: z.array(z.string()).max(50).default([]),
	audience: z.record(z.string(), z.string().max(500)).default({}),
	reminders: z.array(z.number().int().min(1).max(30)).max(3).default([]),
	startAt: z.iso.datetime({ offset: true, message: 'Use an ISO date and time' }).optional()
});

/**
 * The next round's time after `from`, by cadence. Months keep the day of the month, or the last
 * day of a shorter month (31 January → 28 February).
 */
export function nextRun(from: Date, cadence: Cadence): Date {
	const next = new Date(from);
	if (cadence === 'weekly') next.setUTCDate(next.getUTCDate() + 7);
	else if (cadence === 'biweekly') next.setUTCDate(next.getUTCDate() + 14);
	else {
		const day = next.getUTCDate();
		next.setUTCDate(1);
		next.setUTCMonth(next.getUTCMonth() + (cadence === 'monthly' ? 1 : 3));
		const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
		next.setUTCDate(Math.min(day, last));
	}
	return next;
}

/**
 * The questions of round `round` (1, 2, …): the core ones, and `perRound` of the others taken in
 * turn from where the round before stopped, wrapping round; kept in the bank's order.
 */
export function roundQuestions(bank: Question[], core: string[], perRound: number, round: number) {
	const rotating = bank.filter((q) => !core.includes(q.id));
	const take = Math.min(perRound, rotating.length);
	const chosen = new Set<string>(core);
	for (let i = 0; i < take; i++)
		chosen.add(rotating[((round - 1) * take + i) % rotating.length].id);
	return bank.filter((q) => chosen.has(q.id));
}

export async function createProgram(orgId: string, userId: string | null, input: unknown) {
	const parsed = programInputSchema.safeParse(input);
	if (!parsed.success)
		throw new DomainError('The program is not valid.', 'invalid', issuesOf(parsed.error));
	const p = parsed.data;
	const survey = await surveys.get(orgId, p.surveyId).catch(() => null);
	if (!survey)
		throw new DomainError('No such survey.', 'invalid', [
			{ path: 'surveyId', message: 'No such survey' }
		]);
	const definition = survey.definition;
	if (definition.audience !== 'employee')
		throw new DomainError('A pulse program runs an employee survey.', 'invalid', [
			{ path: 'surveyId', message: 'Pick an employee survey' }
		]);
	const bank = definition.questions;
	const unknown = p.core.filter((id) => !bank.some((q) => q.id === id));
	if (unknown.length)
		throw new DomainError('Core questions must be in the survey.', 'invalid', [
			{ path: 'core', message: `No question "${unknown[0]}"` }
		]);
	const rotating = bank.length - p.core.length;
	if (rotating < 1 || p.perRound > rotating)
		throw new DomainError('The bank is too small for this many questions a round.', 'invalid', [
			{
				path: 'perRound',
				message: `The survey has ${rotating} question${rotating === 1 ? '' : 's'} besides the core ones`
			}
		]);
	const known = await people.attributeTypes(orgId);
	const missing = Object.keys(p.audience).filter((k) => !known.has(k));
	if (missing.length)
		throw new DomainError('The audience names attributes nobody has.', 'invalid', [
			{ path: `audience.${missing[0]}`, message: 'No such attribute' }
		]);
	const start = p.startAt ? new Date(p.startAt) : new Date();
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(schema.pulseProgram)
			.values({
				orgId,
				surveyId: p.surveyId,
				name: p.name,
				cadence: p.cadence,
				bank,
				core: p.core,
				perRound: p.perRound,
				audience: p.audience,
				reminders: p.reminders,
				nextRunAt: start,
				createdBy: userId
			})
			.returning({ id: schema.pulseProgram.id });
		await enqueue(
			{
				kind: 'pulse.round',
				key: `pulse:${row.id}:1`,
				orgId,
				payload: { programId: row.id, round: 1 },
				runAt: start
			},
			tx
		);
		return row.id;
	});
}

type Program = typeof schema.pulseProgram.$inferSelect;

async function runRound(program: Program, round: number) {
	const { orgId, surveyId } = program;
	const invited = await people.countPeople(orgId, {
		kind: 'employee',
		attributes: program.audience
	});
	if (!invited)
		throw new Error(
			'No employee matches the audience yet; add people to the directory, then try again.'
		);
	const survey = await surveys.get(orgId, surveyId);
	const current = survey.definition;
	const bank = program.bank;
	const definition: SurveyDefinition = {
		...current,
		questions: roundQuestions(bank, program.core, program.perRound, round),
		hiddenFields: [...new Set([...current.hiddenFields, 'round'])]
	};
	// Each round is a published version of its own (a run again after a crash finds it published).
	const published =
		survey.status === 'published' &&
		survey.version === survey.publishedVersion &&
		JSON.stringify(current) === JSON.stringify(definition);
	let version = survey.publishedVersion!;
	if (!published) {
		await surveys.update(orgId, surveyId, definition);
		({ version } = await surveys.publish(orgId, surveyId));
	}
	const now = new Date();
	await db.transaction(async (tx) => {
		// Rounds take turns per program; one run again after a crash finds its round done.
		const [locked] = await tx
			.select({ round: schema.pulseProgram.round, active: schema.pulseProgram.active })
			.from(schema.pulseProgram)
			.where(eq(schema.pulseProgram.id, program.id))
			.for('update');
		if (!locked || locked.round >= round) return;
		await insertDistribution(
			{
				orgId,
				surveyId,
				audience: { attributes: program.audience, program: program.id },
				where: people.peopleWhere(orgId, { kind: 'employee', attributes: program.audience }),
				sendAt: now,
				reminders: program.reminders,
				// Links last until the next round, and a week past the last reminder at least.
				expiresAt: new Date(
					Math.max(
						nextRun(now, program.cadence).getTime(),
						now.getTime() + ((program.reminders.at(-1) ?? 0) + 7) * 86_400_000
					)
				),
				hidden: { round: String(round) },
				pulseProgramId: program.id,
				round,
				// A late answer to this round's link answers this round's questions.
				surveyVersion: version
			},
			tx
		);
		const next = nextRun(program.nextRunAt > now ? program.nextRunAt : now, program.cadence);
		await tx
			.update(schema.pulseProgram)
			.set({ round, nextRunAt: next })
			.where(eq(schema.pulseProgram.id, program.id));
		await enqueue(
			{
				kind: 'pulse.round',
				key: `pulse:${program.id}:${round + 1}`,
				orgId,
				payload: { programId: program.id, round: round + 1 },
				runAt: next
			},
			tx
		);
	});
}

/** The job 'pulse.round' (listed in job-kinds.ts). */
export const roundJob: Handler<JobPayload<'pulse.round'>> = async (payload) => {
	const [program] = await db
		.select()
		.from(schema.pulseProgram)
		.where(eq(schema.pulseProgram.id, String(payload.programId)));
	const round = Number(payload.round);
	// Paused programs skip their rounds; resuming queues the next one.
	if (!program || !program.active || program.round >= round) return;
	await runRound(program, round);
};

export function listPrograms(orgId: string) {
	return db
		.select({
			id: schema.pulseProgram.id,
			name: schema.pulseProgram.name,
			surveyId: schema.pulseProgram.surveyId,
			surveyTitle: schema.survey.title,
			cadence: schema.pulseProgram.cadence,
			round: schema.pulseProgram.round,
			nextRunAt: schema.pulseProgram.nextRunAt,
			active: schema.pulseProgram.active
		})
		.from(schema.pulseProgram)
		.innerJoin(schema.survey, eq(schema.survey.id, schema.pulseProgram.surveyId))
		.where(eq(schema.pulseProgram.orgId, orgId))
		.orderBy(asc(schema.pulseProgram.name));
}

export async function getProgram(orgId: string, id: string) {
	const [program] = await db
		.select()
		.from(schema.pulseProgram)
		.where(and(eq(schema.pulseProgram.orgId, orgId), eq(schema.pulseProgram.id, id)));
	if (!program) throw new DomainError('No such program.', 'not_found');
	return program;
}

export type RoundStatus = DistributionStatus & { round: number; questions: string[] };

/** Each round so far, newest first: its participation and the questions it asked. */
export async function rounds(orgId: string, id: string): Promise<RoundStatus[]> {
	const program = await getProgram(orgId, id);
	const byId = new Map(
		(await listDistributions(orgId, program.surveyId)).map((d) => [d.id, d] as const)
	);
	const rows = await db
		.select({ id: schema.distribution.id, round: schema.distribution.round })
		.from(schema.distribution)
		.where(and(eq(schema.distribution.orgId, orgId), eq(schema.distribution.pulseProgramId, id)))
		.orderBy(desc(schema.distribution.round));
	const bank = program.bank;
	return rows
		.filter((r) => byId.has(r.id))
		.map((r) => ({
			...byId.get(r.id)!,
			round: r.round ?? 0,
			questions: roundQuestions(bank, program.core, program.perRound, r.round ?? 1).map((q) => q.id)
		}));
}

/** The program's rounds that failed or wait to be tried again, and why. */
export function roundProblems(orgId: string, id: string) {
	return db
		.select({ id: schema.job.id, state: schema.job.state, lastError: schema.job.lastError })
		.from(schema.job)
		.where(
			and(
				eq(schema.job.orgId, orgId),
				eq(schema.job.kind, 'pulse.round'),
				sql`${schema.job.payload} ->> 'programId' = ${id}`,
				sql`${schema.job.lastError} is not null`,
				sql`${schema.job.state} <> 'done'`
			)
		);
}

/** Pauses or resumes a program; resuming queues its next round at its next time (or now). */
export async function setActive(orgId: string, id: string, active: boolean) {
	const program = await getProgram(orgId, id);
	await db.transaction(async (tx) => {
		await tx.update(schema.pulseProgram).set({ active }).where(eq(schema.pulseProgram.id, id));
		if (active) await queueNext(program, tx, program.nextRunAt);
	});
}

/** Runs the next round now, rather than at its time. */
export async function runNow(orgId: string, id: string) {
	const program = await getProgram(orgId, id);
	if (!program.active) throw new DomainError('Resume the program first.', 'conflict');
	await db.transaction(async (tx) => {
		await tx
			.update(schema.pulseProgram)
			.set({ nextRunAt: new Date() })
			.where(eq(schema.pulseProgram.id, id));
		await queueNext(program, tx, new Date());
	});
}

async function queueNext(program: Program, tx: Transaction, at: Date) {
	const round = program.round + 1;
	// A round's job already queued for later runs too, and finds its round done (the round number
	// is checked under a lock), so a fresh key is safe.
	await enqueue(
		{
			kind: 'pulse.round',
			key: `pulse:${program.id}:${round}:${at.getTime()}`,
			orgId: program.orgId,
			payload: { programId: program.id, round },
			runAt: at
		},
		tx
	);
}
