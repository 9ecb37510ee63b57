import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import * as jobs from './jobs';
import { answerInLane } from '../responses';
import * as responses from '../responses';
import * as surveys from '../surveys';
import { makeAccount } from '../testing';
import { generateToken } from './tokens';

// Every path that completes a response writes one response-completed event in the same
// transaction; the job worker hands each event to the jobs subscribed to its kind.

const definition = {
	title: 'Events',
	audience: 'customer',
	mode: 'anonymous',
	questions: [
		{ id: 'nps', type: 'nps', text: 'Score?', required: true },
		{ id: 'why', type: 'text', text: 'Why?' }
	]
};

async function published() {
	const a = await makeAccount('events');
	const created = await surveys.create(a.orgId, definition, null);
	const { url, version } = await surveys.publish(a.orgId, created.id);
	return { ...a, id: created.id, slug: url.split('/s/')[1], version };
}

const eventsOf = (surveyId: string) =>
	db
		.select({
			orgId: schema.domainEvent.orgId,
			kind: schema.domainEvent.kind,
			responseId: schema.domainEvent.responseId,
			payload: schema.domainEvent.payload
		})
		.from(schema.domainEvent)
		.where(eq(schema.domainEvent.surveyId, surveyId));

const responseOf = async (surveyId: string, submissionId: string) =>
	(
		await db
			.select()
			.from(schema.response)
			.where(
				and(eq(schema.response.surveyId, surveyId), eq(schema.response.submissionId, submissionId))
			)
	)[0];

const firstPost = (slug: string, version: number, sid: string) => ({
	path: `/s/${slug}`,
	body: new URLSearchParams({
		_sid: sid,
		_v: String(version),
		_page: '0',
		_lang: 'en',
		_nav: 'next',
		website: '',
		nps: '9'
	}).toString(),
	address: `10.7.${Math.floor(Math.random() * 250)}.1`,
	secure: false
});

describe('the response-completed event', () => {
	it('is written by the respondent fast path, once per response', async () => {
		const s = await published();
		const sid = generateToken();
		expect(await answerInLane(firstPost(s.slug, s.version, sid))).not.toBeNull();
		const stored = await responseOf(s.id, sid);
		expect(await eventsOf(s.id)).toEqual([
			{
				orgId: s.orgId,
				kind: 'response.completed',
				responseId: stored.id,
				payload: { source: 'respondent', version: s.version }
			}
		]);
		// A retried post completes nothing new.
		expect(await answerInLane(firstPost(s.slug, s.version, sid))).toBeNull();
		expect(await eventsOf(s.id)).toHaveLength(1);
	});

	it('is written when the page completes a response saved as it went, not before', async () => {
		const s = await published();
		const survey = await responses.openBySlug(s.slug);
		const sid = generateToken();
		const input = { version: s.version, language: 'en', answers: { nps: 7 }, hidden: {}, page: 0 };
		await responses.saveProgress(survey, sid, { ...input, complete: false });
		expect(await eventsOf(s.id)).toEqual([]);
		await responses.saveProgress(survey, sid, { ...input, complete: true });
		await responses.saveProgress(survey, sid, { ...input, complete: true }); // a retry
		const stored = await responseOf(s.id, sid);
		expect(await eventsOf(s.id)).toEqual([
			{
				orgId: s.orgId,
				kind: 'response.completed',
				responseId: stored.id,
				payload: { source: 'respondent', version: s.version }
			}
		]);
	});

	it('is written for each imported response, and not again for a repeated import', async () => {
		const s = await published();
		const body = { responses: [{ answers: { nps: 10 } }, { answers: { nps: 3 } }] };
		const ids = await responses.importResponses(s.orgId, s.id, body, 'batch-1');
		await responses.importResponses(s.orgId, s.id, body, 'batch-1');
		const written = await eventsOf(s.id);
		expect(written.map((e) => e.responseId).sort()).toEqual([...ids].sort());
		expect(written.map((e) => e.payload)).toEqual([
			{ source: 'import', version: s.version },
			{ source: 'import', version: s.version }
		]);
	});

	it('that cannot be written leaves the response uncompleted, on the page and the fast path', async () => {
		const s = await published();
		const survey = await responses.openBySlug(s.slug);
		const sid = generateToken();
		const input = { version: s.version, language: 'en', answers: { nps: 7 }, hidden: {}, page: 0 };
		await responses.saveProgress(survey, sid, { ...input, complete: false });
		const lane = generateToken();
		await db.execute(
			sql`alter table domain_event add constraint refuse_events check (false) not valid`
		);
		try {
			await expect(
				responses.saveProgress(survey, sid, { ...input, complete: true })
			).rejects.toThrow();
			await expect(answerInLane(firstPost(s.slug, s.version, lane))).rejects.toThrow();
		} finally {
			await db.execute(sql`alter table domain_event drop constraint refuse_events`);
		}
		expect((await responseOf(s.id, sid)).completedAt).toBeNull();
		expect(await responseOf(s.id, lane)).toBeUndefined();
		expect(await eventsOf(s.id)).toEqual([]);
	});

	it('is handed to each subscribed job once', async () => {
		const s = await published();
		const ids = await responses.importResponses(s.orgId, s.id, { answers: { nps: 8 } }, null);
		const subscribers = { 'response.completed': ['test.first', 'test.second'] as const };
		while ((await jobs.dispatchEvents(subscribers)) > 0);
		expect(await jobs.dispatchEvents(subscribers)).toBe(0);
		const queued = await db
			.select({ kind: schema.job.kind, orgId: schema.job.orgId, payload: schema.job.payload })
			.from(schema.job)
			.where(and(eq(schema.job.orgId, s.orgId), sql`${schema.job.kind} like 'test.%'`));
		expect(queued.map((j) => j.kind).sort()).toEqual(['test.first', 'test.second']);
		for (const job of queued) {
			expect(job.orgId).toBe(s.orgId);
			expect(job.payload).toMatchObject({
				kind: 'response.completed',
				surveyId: s.id,
				responseId: ids[0]
			});
		}
	});
});
