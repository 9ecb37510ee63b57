import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db, schema } from '../db';
import * as jobs from './jobs';
import { makeAccount } from '../testing';

const kind = (label: string) => `test.${label}.${Math.random().toString(36).slice(2)}` as const;
// The payload of this file's jobs: a number, or none.
const numbered = z.object({ n: z.number().optional() });

async function jobOf(key: string) {
	const [row] = await db.select().from(schema.job).where(eq(schema.job.key, key));
	return row;
}

describe('durable jobs', () => {
	it('queue a key once, run when due, and not before', async () => {
		const k = kind('once');
		const seen: unknown[] = [];
		jobs.register(k, numbered, async (payload) => {
			seen.push(payload.n);
		});
		await jobs.enqueue({ kind: k, key: `${k}:1`, payload: { n: 1 } });
		await jobs.enqueue({ kind: k, key: `${k}:1`, payload: { n: 2 } });
		await jobs.enqueue({
			kind: k,
			key: `${k}:later`,
			payload: { n: 3 },
			runAt: new Date(Date.now() + 3600_000)
		});
		await jobs.runDueJobs('w1');
		expect(seen).toEqual([1]);
		expect((await jobOf(`${k}:1`)).state).toBe('done');
		expect((await jobOf(`${k}:later`)).state).toBe('queued');
	});

	it('retry a failing job with back-off, then fail it and show it, and retry it on request', async () => {
		const { orgId } = await makeAccount('jobs');
		const k = kind('fails');
		let calls = 0;
		jobs.register(k, numbered, async () => {
			calls++;
			throw new Error('SMTP said no');
		});
		await jobs.enqueue({ kind: k, key: `${k}:1`, orgId, maxAttempts: 2 });
		await jobs.runDueJobs('w1');
		let row = await jobOf(`${k}:1`);
		expect(row).toMatchObject({ state: 'queued', attempts: 1, lastError: 'SMTP said no' });
		expect(row.runAt.getTime()).toBeGreaterThan(Date.now() + 5000);
		expect((await jobs.troubledJobs(orgId)).map((j) => j.id)).toEqual([row.id]);
		// Due again: the second attempt is the last.
		await db.update(schema.job).set({ runAt: new Date() }).where(eq(schema.job.id, row.id));
		await jobs.runDueJobs('w1');
		row = await jobOf(`${k}:1`);
		expect(row).toMatchObject({ state: 'failed', attempts: 2 });
		expect(calls).toBe(2);
		const other = await makeAccount('jobs-other');
		await expect(jobs.retryJob(other.orgId, row.id)).rejects.toThrow('No such job');
		expect(await jobs.troubledJobs(other.orgId)).toEqual([]);
		await jobs.retryJob(orgId, row.id);
		await jobs.runDueJobs('w1');
		expect(calls).toBe(3);
	});

	it('take a job again once the lease of a worker that died runs out, not before', async () => {
		const k = kind('lease');
		let calls = 0;
		jobs.register(k, numbered, async () => {
			calls++;
		});
		await jobs.enqueue({ kind: k, key: `${k}:1` });
		const row = await jobOf(`${k}:1`);
		// A worker claimed it and died.
		await db
			.update(schema.job)
			.set({ lockedBy: 'dead', lockedUntil: sql`now() + interval '1 minute'`, attempts: 1 })
			.where(eq(schema.job.id, row.id));
		await jobs.runDueJobs('w2');
		expect(calls).toBe(0);
		await db
			.update(schema.job)
			.set({ lockedUntil: sql`now() - interval '1 second'` })
			.where(eq(schema.job.id, row.id));
		await jobs.runDueJobs('w2');
		expect(calls).toBe(1);
		expect(await jobOf(`${k}:1`)).toMatchObject({ state: 'done', lockedBy: 'w2', attempts: 2 });
	});

	it('give each job to one of several workers running at once', async () => {
		const k = kind('many');
		const runs = new Map<number, string[]>();
		jobs.register(k, numbered, async (payload, { job }) => {
			const n = payload.n as number;
			runs.set(n, [...(runs.get(n) ?? []), job.lockedBy!]);
			await new Promise((r) => setTimeout(r, 5));
		});
		for (let n = 0; n < 30; n++) await jobs.enqueue({ kind: k, key: `${k}:${n}`, payload: { n } });
		await Promise.all(['a', 'b', 'c'].map((w) => jobs.runDueJobs(w, 2)));
		expect([...runs.keys()].sort((a, b) => a - b)).toEqual([...Array(30).keys()]);
		expect([...runs.values()].every((workers) => workers.length === 1)).toBe(true);
	});

	it('refuse a payload its kind does not declare, when queued and when run', async () => {
		await expect(
			jobs.enqueue({
				kind: 'distribution.send',
				// @ts-expect-error: a step is a number
				payload: { distributionId: crypto.randomUUID(), step: 'first' }
			})
		).rejects.toThrow();
		// @ts-expect-error: no such kind
		await expect(jobs.enqueue({ kind: 'distribution.sned', payload: {} })).rejects.toThrow(
			'No kind of job "distribution.sned"'
		);
		const k = kind('checked');
		const seen: unknown[] = [];
		jobs.register(k, numbered, async (payload) => {
			seen.push(payload.n);
		});
		// Queued by an older version of the app, say: it fails and says why, the handler never runs.
		await db.insert(schema.job).values({ kind: k, key: `${k}:old`, payload: { n: 'one' } });
		await jobs.runDueJobs('w1');
		expect(seen).toEqual([]);
		expect((await jobOf(`${k}:old`)).lastError).toContain('expected number');
	});

	it('put a job that did part of its work back in the queue without counting an attempt', async () => {
		const k = kind('again');
		let calls = 0;
		jobs.register(k, numbered, async () => (++calls < 3 ? 'again' : undefined));
		await jobs.enqueue({ kind: k, key: `${k}:1`, maxAttempts: 1 });
		await jobs.runDueJobs('w1');
		expect(calls).toBe(3);
		expect(await jobOf(`${k}:1`)).toMatchObject({ state: 'done', attempts: 1 });
	});
});
