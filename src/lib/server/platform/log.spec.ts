// The error log printed SQL parameters: a failed query's DrizzleQueryError carries the query's
// values (respondents' answers, anonymous surveys' included, e-mails, names) and the database's
// detail repeats them ("Key (email)=(…) already exists"). A failure is now logged by its SQLSTATE
// code and the names of the table and constraint, never by its values.
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db, schema } from '../db';
import { logError, safeMessage } from './log';
import { makeAccount } from '../testing';

/** What the database threw for `query`. */
async function failure(query: Promise<unknown>): Promise<unknown> {
	try {
		await query;
	} catch (error) {
		return error;
	}
	throw new Error('The query did not fail');
}

function logged(error: unknown): string {
	const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
	logError('[error 1234] POST /s/[slug]', error);
	return spy.mock.calls.map((call) => call.join(' ')).join('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('logError', () => {
	it('logs a unique violation by code and constraint, never the e-mail it repeats', async () => {
		const account = await makeAccount('log');
		const error = await failure(
			db
				.insert(schema.user)
				.values({ email: account.email, name: 'Secret Name', passwordHash: 'x' })
		);
		const line = logged(error);
		expect(line).toContain('[error 1234] POST /s/[slug]');
		expect(line).toContain('SQLSTATE 23505');
		expect(line).toContain('user_email_lower_idx');
		expect(line).toMatch(/\n\s+at /); // where it failed
		for (const secret of [account.email, 'Secret Name']) expect(line).not.toContain(secret);
	});

	it("logs a respondent's answer the database refused by its code, not the answer", async () => {
		const answer = { why: 'My manager Alice shouts\u0000' };
		const error = await failure(db.execute(sql`select ${JSON.stringify(answer)}::jsonb`));
		const line = logged(error);
		expect(line).toContain('SQLSTATE 22P05');
		expect(line).not.toContain('Alice');
	});

	it('keeps a value out of a message that quotes it', async () => {
		const error = await failure(db.execute(sql`select ${'carol@example.test'}::uuid`));
		expect(safeMessage(error)).toContain('SQLSTATE 22P02');
		expect(logged(error)).not.toContain('carol');
	});

	it("keeps other errors' messages, without e-mail addresses", () => {
		expect(safeMessage(new Error('SMTP said no to dave@example.test'))).toBe(
			'SMTP said no to <e-mail>'
		);
	});
});
