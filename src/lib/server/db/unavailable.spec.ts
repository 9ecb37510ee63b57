import { createServer } from 'node:net';
import postgres from 'postgres';
import { describe, expect, it, vi } from 'vitest';
import { db, schema } from './index';
import { DatabaseDeadline, isUnavailable, withinDeadline } from './unavailable';

/** A loopback port nothing listens on: connecting is refused, as to a database that is down. */
async function closedPort() {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('isUnavailable', () => {
	it('says a database that refuses connections is away: worth sending again', async () => {
		const sql = postgres(`postgres://nobody@127.0.0.1:${await closedPort()}/none`, {
			connect_timeout: 2,
			onnotice: () => {}
		});
		const failure = await sql`select 1`.catch((e: unknown) => e);
		await sql.end({ timeout: 1 });
		expect(isUnavailable(failure)).toBe(true);
		// As drizzle hands it on: the driver's error as the cause.
		expect(isUnavailable(new Error('Failed query', { cause: failure }))).toBe(true);
	});

	it('does not mistake a statement the database refused for an outage', async () => {
		// A response for a survey that does not exist: a foreign key the database enforces.
		const failure = await db
			.insert(schema.response)
			.values({
				orgId: crypto.randomUUID(),
				surveyId: crypto.randomUUID(),
				submissionId: 'unavailabletestaaaa',
				version: 1,
				language: 'en',
				answers: {},
				hidden: {}
			})
			.catch((e: unknown) => e);
		expect(failure).toBeInstanceOf(Error);
		expect(isUnavailable(failure)).toBe(false);
		expect(isUnavailable(new Error('no code'))).toBe(false);
	});
});

describe('withinDeadline', () => {
	it('gives up on work that does not answer in time, with an error that says the database is away', async () => {
		vi.useFakeTimers();
		try {
			const never = new Promise<never>(() => {});
			const outcome = withinDeadline(never, 3000).catch((e: unknown) => e);
			await vi.advanceTimersByTimeAsync(3000);
			const error = await outcome;
			expect(error).toBeInstanceOf(DatabaseDeadline);
			expect(isUnavailable(error)).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	it('answers with the work when it comes first', async () => {
		expect(await withinDeadline(Promise.resolve(42), 3000)).toBe(42);
		await expect(withinDeadline(Promise.reject(new Error('refused')), 3000)).rejects.toThrow(
			'refused'
		);
	});
});
