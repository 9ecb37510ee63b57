// Security: a row of one organisation could point at another organisation's survey or
// distribution (a response in org A naming org B's survey, a recipient of A on B's distribution):
// only the code's own `where org_id = …` kept tenants apart, and the rollup (result_cell,
// result_rollup) and the personal-link tokens (recipient_token) carried no organisation at all.
// Now these rows carry org_id, and foreign keys over (org_id, survey_id) / (org_id, distribution_id)
// / (org_id, recipient_id) make the database itself refuse a link across two organisations.
import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distributions } from '../outreach';
import * as people from '../people';
import { config } from '../platform';
import * as jobs from '../platform';
import * as responses from '../responses';
import * as results from '../results';
import { makeAccount, publishedSurvey } from '../testing';
import { db, rowsOf, schema } from '.';

const definition = (title: string) => ({
	title,
	audience: 'customer',
	mode: 'identified',
	hiddenFields: ['store'],
	questions: [{ id: 'nps', type: 'nps', text: 'Score?', required: true }]
});

/** The Postgres error code a statement failed with (23503: foreign key violation). */
async function failureOf(statement: Promise<unknown>): Promise<string | undefined> {
	try {
		await statement;
		return undefined;
	} catch (error) {
		let e: unknown = error;
		while (e && typeof e === 'object') {
			if ('code' in e && typeof e.code === 'string') return e.code;
			e = 'cause' in e ? e.cause : undefined;
		}
		throw error;
	}
}

describe('rows of one organisation and the survey of another', () => {
	it('are refused by the database: a response, a distribution, a recipient, a token', async () => {
		const a = await makeAccount('scope-a');
		const b = await makeAccount('scope-b');
		const theirs = await publishedSurvey(definition('Theirs'), b.orgId);

		const response = (orgId: string) =>
			db.insert(schema.response).values({
				orgId,
				surveyId: theirs.id,
				version: 1,
				submissionId: `scope-${orgId}`,
				language: 'en'
			});
		expect(await failureOf(response(a.orgId))).toBe('23503');
		expect(await failureOf(response(b.orgId))).toBeUndefined();

		const distribution = (orgId: string) =>
			db
				.insert(schema.distribution)
				.values({
					orgId,
					surveyId: theirs.id,
					channel: 'email',
					audience: {},
					subject: {},
					body: {},
					sendAt: new Date(),
					expiresAt: new Date(Date.now() + 86_400_000),
					recipients: 1
				})
				.returning({ id: schema.distribution.id });
		expect(await failureOf(distribution(a.orgId))).toBe('23503');
		const [d] = await distribution(b.orgId);

		const recipient = (orgId: string) =>
			db
				.insert(schema.recipient)
				.values({ orgId, distributionId: d.id })
				.returning({ id: schema.recipient.id });
		expect(await failureOf(recipient(a.orgId))).toBe('23503');
		const [r] = await recipient(b.orgId);

		const token = (orgId: string) =>
			db.insert(schema.recipientToken).values({
				tokenHash: `scope-token-${orgId}`,
				orgId,
				recipientId: r.id,
				expiresAt: new Date(Date.now() + 86_400_000)
			});
		expect(await failureOf(token(a.orgId))).toBe('23503');
		expect(await failureOf(token(b.orgId))).toBeUndefined();

		// The rest of a survey's rows: a touchpoint or trigger of A on B's survey.
		expect(
			await failureOf(
				db.insert(schema.touchpoint).values({ orgId: a.orgId, surveyId: theirs.id, name: 'QR' })
			)
		).toBe('23503');
		expect(
			await failureOf(
				db
					.insert(schema.triggerRule)
					.values({ orgId: a.orgId, surveyId: theirs.id, eventType: 'order.shipped' })
			)
		).toBe('23503');
	});
});

describe('the rollup and the personal-link tokens', () => {
	it('carry the organisation of their survey', async () => {
		const { orgId } = await makeAccount('scope-rollup');
		const other = await makeAccount('scope-rollup-other');
		const survey = await publishedSurvey(definition('Store visit'), orgId);
		const theirs = await publishedSurvey(definition('Store visit'), other.orgId);
		for (const s of [survey, theirs])
			await responses.importResponses(
				s.orgId,
				s.id,
				{ responses: [{ answers: { nps: 9 }, hiddenFields: { store: 'Lyon' } }] },
				null
			);
		await results.foldAll(survey);
		await results.foldAll(theirs);

		const orgsOf = async (table: 'result_cell' | 'result_rollup', surveyId: string) =>
			(
				await rowsOf<{ org_id: string }>(
					sql`select distinct org_id from ${sql.identifier(table)} where survey_id = ${surveyId}`
				)
			).map((row) => row.org_id);
		expect(await orgsOf('result_cell', survey.id)).toEqual([orgId]);
		expect(await orgsOf('result_rollup', survey.id)).toEqual([orgId]);
		expect(await orgsOf('result_cell', theirs.id)).toEqual([other.orgId]);
		// What the results page reads from the rollup is still the survey's own answers.
		const read = await results.results(survey, { filters: [] });
		expect(read.responses).toBe(1);

		await people.upsertPeople(orgId, [{ email: `scope-${orgId}@example.test`, name: 'P' }], {
			kind: 'customer'
		});
		await distributions.createDistribution(
			orgId,
			survey.id,
			{ channel: 'email', audience: { attributes: {} } },
			null
		);
		await jobs.runDueJobs('scope');
		const tokens = await db
			.select({ orgId: schema.recipientToken.orgId })
			.from(schema.recipientToken)
			.innerJoin(schema.recipient, eq(schema.recipient.id, schema.recipientToken.recipientId))
			.innerJoin(schema.distribution, eq(schema.distribution.id, schema.recipient.distributionId))
			.where(eq(schema.distribution.surveyId, survey.id));
		expect(tokens).toEqual([{ orgId }]);
	});
});

/**
 * A database migrated up to 0014, as one in use before 0015 was; `migrateRest` applies the rest.
 */
async function atMigration14(
	test: (client: PGlite, migrateRest: () => Promise<void>) => Promise<void>
) {
	const folder = resolve(config.migrationsFolder);
	const before = mkdtempSync(join(tmpdir(), 'hearken-0014-'));
	const client = new PGlite('memory://');
	try {
		cpSync(folder, before, { recursive: true });
		const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8'));
		journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= 14);
		writeFileSync(join(before, 'meta/_journal.json'), JSON.stringify(journal));
		const old = drizzle(client, { casing: 'snake_case' });
		await migrate(old, { migrationsFolder: before });
		await test(client, () => migrate(old, { migrationsFolder: folder }));
	} finally {
		await client.close();
		rmSync(before, { recursive: true, force: true });
	}
}

const twoOrganisations = `
	insert into organization (id, slug, name) values
		('00000000-0000-4000-8000-00000000000a', 'org-a', 'A'),
		('00000000-0000-4000-8000-00000000000b', 'org-b', 'B');
	insert into survey (id, org_id, slug, title, audience) values
		('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 'sa', 'A', 'customer'),
		('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', 'sb', 'B', 'customer');`;

describe('migration 0015 (org_scope)', () => {
	it('gives the rows of a database already in use their organisation, and then refuses links', () =>
		atMigration14(async (client, migrateRest) => {
			await client.exec(twoOrganisations);
			await client.exec(`
				insert into result_rollup (survey_id, spec) values
					('00000000-0000-4000-8000-0000000000a1', '{}'), ('00000000-0000-4000-8000-0000000000b1', '{}');
				insert into result_cell (survey_id, grain, dim, period, dim_value, question_id, part, value, n) values
					('00000000-0000-4000-8000-0000000000a1', 'd', '', '2026-01-01', '', 'nps', '', 9, 2),
					('00000000-0000-4000-8000-0000000000b1', 'd', '', '2026-01-01', '', 'nps', '', 3, 1);
				insert into distribution (id, org_id, survey_id, channel, audience, subject, body, send_at, expires_at, recipients) values
					('00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-00000000000b',
					 '00000000-0000-4000-8000-0000000000b1', 'email', '{}', '{}', '{}', now(), now() + interval '1 day', 1);
				insert into recipient (id, org_id, distribution_id) values
					('00000000-0000-4000-8000-0000000000b3', '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-0000000000b2');
				insert into recipient_token (token_hash, recipient_id, expires_at) values
					('hash-b', '00000000-0000-4000-8000-0000000000b3', now() + interval '1 day');
			`);

			await migrateRest();

			const orgOf = async (query: string) =>
				(await client.query<{ org: string }>(query)).rows.map((row) => row.org.slice(-1));
			expect(await orgOf(`select org_id::text as org from result_cell order by survey_id`)).toEqual(
				['a', 'b']
			);
			expect(
				await orgOf(`select org_id::text as org from result_rollup order by survey_id`)
			).toEqual(['a', 'b']);
			expect(await orgOf(`select org_id::text as org from recipient_token`)).toEqual(['b']);
			// And from now on, a cell of A naming B's survey is refused.
			await expect(
				client.exec(`insert into result_cell (org_id, survey_id, grain, dim, period, dim_value,
					question_id, part, value, n) values ('00000000-0000-4000-8000-00000000000a',
					'00000000-0000-4000-8000-0000000000b1', 'm', '', '2026-01-01', '', 'nps', '', 9, 1)`)
			).rejects.toThrow(/foreign key/);
		}));

	it('stops on rows already linked across organisations, and names their table', () =>
		atMigration14(async (client, migrateRest) => {
			await client.exec(twoOrganisations);
			// A response of A on B's survey: written before the database could refuse it.
			await client.exec(`insert into response (org_id, survey_id, version, submission_id, language)
				values ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-0000000000b1',
				1, 'crossed', 'en')`);
			const refusal = await migrateRest().then(
				() => null,
				(error: Error) => String(error.cause ?? error)
			);
			expect(refusal).toMatch(/another organisation's survey or distribution in: response$/);
		}));
});
