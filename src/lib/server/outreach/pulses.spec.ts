import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../survey/definition';
import { db, schema } from '../db';
import * as distributions from './distributions';
import * as jobs from '../platform';
import * as people from '../people';
import * as pulses from './pulses';
import * as responses from '../responses';
import * as results from '../results';
import { store, makeAccount, plainText, startSmtp } from '../testing';
import * as surveys from '../surveys';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
	smtp = await startSmtp();
	process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await smtp.close();
});

const items = ['growth', 'manager', 'workload', 'recognition', 'tools'];
const engagement = {
	title: 'Engagement pulse',
	audience: 'employee',
	mode: 'confidential',
	anonymityThreshold: 3,
	questions: [
		{ id: 'enps', type: 'enps', text: 'Would you recommend working here?' },
		...items.map((id) => ({ id, type: 'likert', text: `About ${id}` }))
	]
};

describe('pulse programs', () => {
	it('rotate the bank so every item comes round, keeping the core every time', () => {
		const bank = engagement.questions as Question[];
		const asked = [1, 2, 3].map((r) =>
			pulses.roundQuestions(bank, ['enps'], 2, r).map((q) => q.id)
		);
		expect(asked).toEqual([
			['enps', 'growth', 'manager'],
			['enps', 'workload', 'recognition'],
			['enps', 'growth', 'tools']
		]);
		expect(new Set(asked.flat())).toEqual(new Set(['enps', ...items]));
	});

	it('step by cadence', () => {
		expect(pulses.nextRun(new Date('2026-01-31T09:00:00Z'), 'monthly').toISOString()).toBe(
			'2026-02-28T09:00:00.000Z'
		);
		expect(pulses.nextRun(new Date('2026-11-30T09:00:00Z'), 'quarterly').toISOString()).toBe(
			'2027-02-28T09:00:00.000Z'
		);
		const from = new Date('2026-01-31T09:00:00Z');
		expect(pulses.nextRun(from, 'weekly').toISOString()).toBe('2026-02-07T09:00:00.000Z');
		expect(pulses.nextRun(from, 'biweekly').toISOString()).toBe('2026-02-14T09:00:00.000Z');
		expect(pulses.nextRun(new Date('2026-01-15T09:00:00Z'), 'monthly').toISOString()).toBe(
			'2026-02-15T09:00:00.000Z'
		);
		expect(pulses.nextRun(new Date('2026-01-15T09:00:00Z'), 'quarterly').toISOString()).toBe(
			'2026-04-15T09:00:00.000Z'
		);
	});

	it('publish each round as a version, send it to the audience, and queue the next', async () => {
		const { orgId, userId } = await makeAccount('pulse');
		const survey = await surveys.create(orgId, engagement, null);
		const tag = Math.random().toString(36).slice(2, 8);
		await people.upsertPeople(
			orgId,
			Array.from({ length: 5 }, (_, i) => ({
				email: `e${i}-${tag}@example.test`,
				attributes: { site: i < 4 ? 'Lyon' : 'Oslo' }
			})),
			{ kind: 'employee' }
		);
		const id = await pulses.createProgram(orgId, userId, {
			surveyId: survey.id,
			name: 'Weekly engagement',
			cadence: 'weekly',
			perRound: 2,
			core: ['enps'],
			audience: { site: 'Lyon' },
			reminders: [2]
		});
		await jobs.runDueJobs('w1');
		const first = await surveys.get(orgId, survey.id);
		expect(first.status).toBe('published');
		expect(first.definition.questions.map((q) => q.id)).toEqual(['enps', 'growth', 'manager']);
		expect(first.definition.hiddenFields).toContain('round');
		// Four people at Lyon got round 1, their links carrying the round.
		const sent = smtp.received.filter((m) => m.to[0].endsWith(`${tag}@example.test`));
		expect(sent).toHaveLength(4);
		expect(plainText(sent[0].raw)).toMatch(/\?t=[a-z2-7]{32}&round=1/);

		let program = await pulses.getProgram(orgId, id);
		expect(program.round).toBe(1);
		expect(program.nextRunAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
		// Running the queue again does not run round 1 twice, nor round 2 early.
		await jobs.runDueJobs('w2');
		expect((await pulses.getProgram(orgId, id)).round).toBe(1);

		await pulses.runNow(orgId, id);
		await jobs.runDueJobs('w1');
		program = await pulses.getProgram(orgId, id);
		expect(program.round).toBe(2);
		const second = await surveys.get(orgId, survey.id);
		expect(second.definition.questions.map((q) => q.id)).toEqual([
			'enps',
			'workload',
			'recognition'
		]);
		expect(second.publishedVersion).toBeGreaterThan(first.publishedVersion!);

		const list = await pulses.rounds(orgId, id);
		expect(list.map((r) => [r.round, r.recipients, r.sent])).toEqual([
			[2, 4, 4],
			[1, 4, 4]
		]);
		expect(list[1].questions).toEqual(['enps', 'growth', 'manager']);
		// Results compare rounds through the hidden field.
		const loaded = await results.load(orgId, survey.id);
		expect(results.resolveField(loaded, 'round')).toBe('h:round');

		// Paused, a due round does nothing; resumed, it runs.
		await pulses.setActive(orgId, id, false);
		await db
			.update(schema.job)
			.set({ runAt: new Date() })
			.where(eq(schema.job.key, `pulse:${id}:3`));
		await jobs.runDueJobs('w1');
		expect((await pulses.getProgram(orgId, id)).round).toBe(2);
		await expect(pulses.runNow(orgId, id)).rejects.toThrow('Resume');
		await pulses.setActive(orgId, id, true);
		await pulses.runNow(orgId, id);
		await jobs.runDueJobs('w1');
		expect((await pulses.getProgram(orgId, id)).round).toBe(3);
	});

	it('show every item of every round in results, each with its own n, and by round', async () => {
		const { orgId, userId } = await makeAccount('pulse-items');
		const survey = await surveys.create(orgId, engagement, null);
		const tag = Math.random().toString(36).slice(2, 8);
		await people.upsertPeople(
			orgId,
			Array.from({ length: 4 }, (_, i) => ({ email: `i${i}-${tag}@example.test` })),
			{ kind: 'employee' }
		);
		const id = await pulses.createProgram(orgId, userId, {
			surveyId: survey.id,
			name: 'Rotating',
			cadence: 'weekly',
			perRound: 2,
			core: ['enps']
		});
		await jobs.runDueJobs('w1');
		const roundOne = smtp.received.filter((m) => m.to[0].endsWith(`${tag}@example.test`));
		expect(roundOne).toHaveLength(4);
		await pulses.runNow(orgId, id);
		await jobs.runDueJobs('w1');
		// Round 2 published enps, workload and recognition; round 1 asked growth and manager.
		expect((await surveys.get(orgId, survey.id)).definition.questions.map((q) => q.id)).toEqual([
			'enps',
			'workload',
			'recognition'
		]);

		// A round-1 link opened after round 2 went out still answers round 1's questions.
		const token = /\?t=([a-z2-7]+)/.exec(plainText(roundOne[0].raw))![1];
		const invite = await distributions.findInvite(survey.id, token);
		expect(invite.state).toBe('open');
		const version = await distributions.versionOf(invite as distributions.Invite);
		const asked = await responses.publishedDefinition(survey.id, version!);
		expect(asked.questions.map((q) => q.id)).toEqual(['enps', 'growth', 'manager']);

		const loaded = await results.load(orgId, survey.id);
		await store(loaded, [
			// Round 1: four answer, one of them skips "manager".
			...[8, 9, 10, 6].map((enps, i) => ({
				hidden: { round: '1' },
				answers: { enps, growth: 4, ...(i < 3 ? { manager: 5 } : {}) }
			})),
			// Round 2: three answer, only two of them "recognition" (under the threshold of 3).
			...[7, 9, 3].map((enps, i) => ({
				hidden: { round: '2' },
				answers: { enps, workload: 2, ...(i < 2 ? { recognition: 4 } : {}) }
			}))
		]);
		const all = await results.results(loaded, { filters: [] });
		expect(all.responses).toBe(7);
		expect(Object.keys(all.questions)).toEqual([
			'enps',
			'growth',
			'manager',
			'workload',
			'recognition'
		]);
		expect(all.questions).toMatchObject({
			enps: { n: 7 },
			growth: { n: 4 },
			manager: { n: 3 },
			workload: { n: 3 },
			recognition: { suppressed: true, reason: 'small' }
		});

		const byRound = await results.results(loaded, { filters: [], by: 'h:round' });
		const round = (value: string) => {
			const segment = byRound.segments!.find((s) => s.value === value)!;
			if (segment.suppressed) throw new Error(`round ${value} hidden`);
			return segment;
		};
		expect(round('1').responses).toBe(4);
		expect(Object.keys(round('1').questions)).toEqual(['enps', 'growth', 'manager']);
		expect(round('1').questions).toMatchObject({
			enps: { n: 4 },
			growth: { n: 4 },
			manager: { n: 3 }
		});
		expect(round('2').responses).toBe(3);
		expect(Object.keys(round('2').questions)).toEqual(['enps', 'workload', 'recognition']);
		expect(round('2').questions).toMatchObject({
			enps: { n: 3 },
			workload: { n: 3 },
			recognition: { suppressed: true }
		});
	});

	it('fail a round with nobody to ask, without publishing, and show why', async () => {
		const { orgId, userId } = await makeAccount('pulse-empty');
		const survey = await surveys.create(orgId, engagement, null);
		await pulses.createProgram(orgId, userId, {
			surveyId: survey.id,
			name: 'Nobody yet',
			cadence: 'monthly',
			perRound: 1
		});
		await jobs.runDueJobs('w1');
		expect((await surveys.get(orgId, survey.id)).status).toBe('draft');
		const [failed] = await jobs.troubledJobs(orgId);
		expect(failed).toMatchObject({ kind: 'pulse.round', state: 'queued' });
		expect(failed.lastError).toContain('No employee matches the audience');
		const [program] = await pulses.listPrograms(orgId);
		expect(await pulses.roundProblems(orgId, program.id)).toMatchObject([
			{ state: 'queued', lastError: failed.lastError }
		]);
	});

	it('refuse programs that cannot work, and other organisations', async () => {
		const { orgId, userId } = await makeAccount('pulse-bad');
		const survey = await surveys.create(orgId, engagement, null);
		const customer = await surveys.create(
			orgId,
			{ ...engagement, audience: 'customer', mode: 'identified' },
			null
		);
		const base = { surveyId: survey.id, name: 'P', cadence: 'monthly', perRound: 2 };
		await expect(
			pulses.createProgram(orgId, userId, { ...base, surveyId: customer.id })
		).rejects.toThrow('employee survey');
		await expect(pulses.createProgram(orgId, userId, { ...base, perRound: 7 })).rejects.toThrow(
			'too small'
		);
		await expect(pulses.createProgram(orgId, userId, { ...base, core: ['nope'] })).rejects.toThrow(
			'Core questions'
		);
		await expect(
			pulses.createProgram(orgId, userId, { ...base, cadence: 'daily' })
		).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'cadence' })] });
		const other = await makeAccount('pulse-other');
		await expect(pulses.createProgram(other.orgId, other.userId, base)).rejects.toThrow(
			'No such survey'
		);
		const id = await pulses.createProgram(orgId, userId, {
			...base,
			startAt: '2030-01-01T00:00:00Z'
		});
		await expect(pulses.getProgram(other.orgId, id)).rejects.toThrow('No such program');
		await expect(pulses.runNow(other.orgId, id)).rejects.toThrow('No such program');
		expect(await pulses.listPrograms(other.orgId)).toEqual([]);
	});
});
