import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import * as responses from './responses';
import * as surveys from '../surveys';
import { makeAccount } from '../testing';
import { generateToken } from '../platform';

const definition = {
	title: 'Visit',
	audience: 'customer',
	mode: 'anonymous',
	hiddenFields: ['store'],
	questions: [{ id: 'nps', type: 'nps', text: 'Score?', required: true }]
};

async function published(extra: object = {}) {
	const a = await makeAccount('responses');
	const created = await surveys.create(a.orgId, { ...definition, ...extra }, null);
	const { url } = await surveys.publish(a.orgId, created.id);
	return { ...a, id: created.id, slug: url.split('/s/')[1] };
}

const rows = (surveyId: string) =>
	db.select().from(schema.response).where(eq(schema.response.surveyId, surveyId));

describe('responses', () => {
	it('find only published surveys by slug, and say why a link is closed', async () => {
		const a = await makeAccount('drafts');
		const draft = await surveys.create(a.orgId, definition, null);
		const [{ slug }] = await db
			.select({ slug: schema.survey.slug })
			.from(schema.survey)
			.where(eq(schema.survey.id, draft.id));
		await expect(responses.openBySlug(slug)).rejects.toMatchObject({ code: 'not_found' });
		await expect(responses.openBySlug('nosuchslug')).rejects.toMatchObject({ code: 'not_found' });

		const open = await published();
		expect((await responses.openBySlug(open.slug)).closed).toBeNull();
		await surveys.close(open.orgId, open.id);
		expect((await responses.openBySlug(open.slug)).closed).toBe('closed');

		const dated = await published({ closeAt: '2026-01-01T00:00:00Z' });
		expect((await responses.openBySlug(dated.slug, new Date('2025-12-31'))).closed).toBeNull();
		expect((await responses.openBySlug(dated.slug, new Date('2026-01-02'))).closed).toBe('date');

		const limited = await published({ responseLimit: 1 });
		const survey = await responses.openBySlug(limited.slug);
		const input = { version: 1, language: 'en', answers: { nps: 9 }, hidden: {}, page: 0 };
		await responses.saveProgress(survey, generateToken(), { ...input, complete: false });
		expect((await responses.openBySlug(limited.slug)).closed).toBeNull(); // partials do not count
		await responses.saveProgress(survey, generateToken(), { ...input, complete: true });
		expect((await responses.openBySlug(limited.slug)).closed).toBe('limit');
	});

	it('store one response for 50 concurrent posts of one submission, and never change it after', async () => {
		const s = await published();
		const survey = await responses.openBySlug(s.slug);
		const sid = generateToken();
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				responses.saveProgress(survey, sid, {
					version: 1,
					language: 'en',
					answers: { nps: i % 11 },
					hidden: { store: '12' },
					page: 0,
					complete: true
				})
			)
		);
		expect(results.every((r) => r.completed)).toBe(true);
		const stored = await rows(s.id);
		expect(stored).toHaveLength(1);
		const first = stored[0];
		await responses.saveProgress(survey, sid, {
			version: 1,
			language: 'en',
			answers: { nps: 0 },
			hidden: {},
			page: 0,
			complete: true
		});
		const [after] = await rows(s.id);
		expect(after.answers).toEqual(first.answers);
		expect(after.completedAt).toEqual(first.completedAt);
		expect(after.hidden).toEqual({ store: '12' });
	});

	it('store a response completed by its first post in one statement, once, as JSON objects', async () => {
		const s = await published();
		const survey = await responses.openBySlug(s.slug);
		const sid = generateToken();
		const input = { version: 1, language: 'en', answers: { nps: 9 }, hidden: { store: '3' } };
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				responses.insertCompleted(survey, sid, { ...input, answers: { nps: i % 11 } })
			)
		);
		expect(results.filter(Boolean)).toHaveLength(1);
		const r = schema.response;
		const [row] = await db
			.select({
				a: sql<string>`jsonb_typeof(${r.answers})`,
				h: sql<string>`jsonb_typeof(${r.hidden})`,
				done: sql<boolean>`${r.completedAt} is not null`
			})
			.from(r)
			.where(eq(r.surveyId, s.id));
		expect(row).toMatchObject({ a: 'object', h: 'object', done: true });
		expect((await responses.findProgress(s.id, sid))?.hidden).toEqual({ store: '3' });
		// A submission with a saved page is left alone: the caller goes the long way.
		const partial = generateToken();
		await responses.saveProgress(survey, partial, { ...input, page: 1, complete: false });
		expect(await responses.insertCompleted(survey, partial, input)).toBe(false);
		expect((await responses.findProgress(s.id, partial))?.completed).toBe(false);
		const limited = await responses.openBySlug((await published({ responseLimit: 2 })).slug);
		await expect(responses.insertCompleted(limited, generateToken(), input)).rejects.toThrow();
	});

	it('never complete more responses than the limit, however many finish at once', async () => {
		const s = await published({ responseLimit: 3 });
		const survey = await responses.openBySlug(s.slug);
		const input = { version: 1, language: 'en', answers: { nps: 7 }, hidden: {}, page: 0 };
		const results = await Promise.all(
			Array.from({ length: 20 }, () =>
				responses.saveProgress(survey, generateToken(), { ...input, complete: true })
			)
		);
		expect(results.filter((r) => r.completed)).toHaveLength(3);
		expect(results.filter((r) => r.full)).toHaveLength(17);
		const stored = await rows(s.id);
		expect(stored.filter((r) => r.completedAt)).toHaveLength(3);
		// Those who came too late keep their answers, as partial responses.
		expect(
			stored.filter((r) => !r.completedAt && (r.answers as { nps?: number }).nps === 7)
		).toHaveLength(17);
		expect((await responses.openBySlug(s.slug)).closed).toBe('limit');
	});

	it('save page by page, keeping the first version and hidden fields', async () => {
		const s = await published();
		const survey = await responses.openBySlug(s.slug);
		const sid = generateToken();
		const base = { version: 1, language: 'en', hidden: { store: '7' }, complete: false };
		await responses.saveProgress(survey, sid, { ...base, answers: { nps: 3 }, page: 1 });
		await responses.saveProgress(survey, sid, {
			...base,
			version: 2,
			hidden: { store: 'forged' },
			language: 'ja',
			answers: { nps: 4 },
			page: 2
		});
		expect(await responses.findProgress(s.id, sid)).toEqual({
			version: 1,
			language: 'ja',
			answers: { nps: 4 },
			hidden: { store: '7' },
			page: 2,
			completed: false
		});
		expect(await responses.findProgress(s.id, generateToken())).toBeNull();
		await expect(responses.publishedDefinition(s.id, 2)).rejects.toMatchObject({ code: 'invalid' });
		expect((await responses.publishedDefinition(s.id, 1)).title).toBe('Visit');
		const [row] = await db
			.select()
			.from(schema.response)
			.where(and(eq(schema.response.surveyId, s.id), eq(schema.response.submissionId, sid)));
		// What an anonymous response holds: no address, agent, person or referrer anywhere.
		expect(Object.keys(row).sort()).toEqual(
			[
				'answers',
				'attributes',
				'completedAt',
				'createdAt',
				'hidden',
				'id',
				'language',
				'orgId',
				'page',
				'personId',
				'rolledUp',
				'submissionId',
				'surveyId',
				'updatedAt',
				'version'
			].sort()
		);
		// The columns a personal link of a confidential survey fills stay empty.
		expect(row.personId).toBeNull();
		expect(row.attributes).toBeNull();
	});

	it('import responses all or none, with issues by path, and once per idempotency key', async () => {
		const s = await published();
		const b = await makeAccount('import-other');
		const ok = { answers: { nps: 9 }, hiddenFields: { store: '3', stray: 'x' }, language: 'en' };
		const bad = {
			responses: [
				ok,
				ok,
				{ answers: { nps: 11 } },
				{ answers: {}, submittedAt: '2999-01-01T00:00:00Z' }
			]
		};
		const error = await responses.importResponses(s.orgId, s.id, bad, null).catch((e) => e);
		expect(error.issues).toEqual([
			{ path: 'responses.2.answers.nps', message: expect.any(String) },
			{ path: 'responses.3.answers.nps', message: expect.any(String) },
			{ path: 'responses.3.submittedAt', message: 'A time in the future' }
		]);
		expect(await rows(s.id)).toHaveLength(0);

		const single = await responses.importResponses(s.orgId, s.id, ok, null);
		expect(single).toHaveLength(1);
		const batch = { responses: [ok, { answers: { nps: 2 }, submittedAt: '2026-01-05T10:00:00Z' }] };
		const first = await responses.importResponses(s.orgId, s.id, batch, 'crm-42');
		const again = await responses.importResponses(s.orgId, s.id, batch, 'crm-42');
		expect(again).toEqual(first);
		const stored = await rows(s.id);
		expect(stored).toHaveLength(3);
		expect(stored.every((r) => r.completedAt !== null)).toBe(true);
		expect(stored.find((r) => r.id === single[0])!.hidden).toEqual({ store: '3' });

		await expect(responses.importResponses(b.orgId, s.id, ok, null)).rejects.toMatchObject({
			code: 'not_found'
		});
		const draft = await surveys.create(s.orgId, definition, null);
		await expect(responses.importResponses(s.orgId, draft.id, ok, null)).rejects.toMatchObject({
			code: 'conflict'
		});
	});
});
