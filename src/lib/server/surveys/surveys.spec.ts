import { describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import { DomainError } from '../platform';
import * as surveys from './surveys';
import { makeAccount } from '../testing';

const definition = {
	title: 'Store visit',
	audience: 'customer',
	mode: 'identified',
	hiddenFields: ['store'],
	questions: [
		{ id: 'nps', type: 'nps', text: 'How likely are you to recommend us?', required: true },
		{ id: 'why', type: 'text', text: 'Why?', showIf: { field: 'nps', op: 'lte', value: 6 } }
	]
};

describe('surveys', () => {
	it('start as a draft at version 1 and are found only by their organisation', async () => {
		const a = await makeAccount('surveys');
		const b = await makeAccount('other');
		const created = await surveys.create(a.orgId, definition, a.userId);
		expect(created).toMatchObject({
			status: 'draft',
			version: 1,
			publishedVersion: null,
			url: null,
			title: 'Store visit'
		});
		expect(created.definition.questions[0]).toMatchObject({
			id: 'nps',
			type: 'nps',
			required: true
		});
		expect((await surveys.list(a.orgId)).map((s) => s.id)).toEqual([created.id]);
		expect(await surveys.list(b.orgId)).toEqual([]);
		await expect(surveys.get(b.orgId, created.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(surveys.update(b.orgId, created.id, definition)).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(surveys.publish(b.orgId, created.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(surveys.remove(b.orgId, created.id)).rejects.toMatchObject({ code: 'not_found' });
	});

	it('refuse an invalid definition with the path of each problem', async () => {
		const a = await makeAccount('invalid');
		const bad = {
			...definition,
			questions: [{ id: 'c', type: 'single_choice', text: 'Pick', choices: [] }]
		};
		const error = await surveys.create(a.orgId, bad, null).catch((e) => e);
		expect(error).toBeInstanceOf(surveys.InvalidDefinitionError);
		expect(error.issues.map((i: { path: string }) => i.path)).toContain('questions.0.choices');
	});

	it('refuse a second save made from a stale copy', async () => {
		const a = await makeAccount('stale');
		const created = await surveys.create(a.orgId, definition, null);
		const first = await surveys.update(
			a.orgId,
			created.id,
			{ ...definition, title: 'First' },
			created.revision
		);
		expect(first.revision).toBe(created.revision + 1);
		await expect(
			surveys.update(a.orgId, created.id, { ...definition, title: 'Second' }, created.revision)
		).rejects.toThrow(/Someone else saved this survey/);
		expect((await surveys.get(a.orgId, created.id)).title).toBe('First');
	});

	it('freeze a version at publishing; an edit opens the next draft; published questions keep their type', async () => {
		const a = await makeAccount('versions');
		const created = await surveys.create(a.orgId, definition, null);
		const published = await surveys.publish(a.orgId, created.id);
		expect(published.status).toBe('published');
		expect(published.version).toBe(1);
		expect(published.url).toMatch(/\/s\/[a-z2-7]{16}$/);

		const edited = await surveys.update(a.orgId, created.id, {
			...definition,
			title: 'Store visit v2'
		});
		expect(edited).toMatchObject({ version: 2, publishedVersion: 1, status: 'published' });
		const again = await surveys.update(a.orgId, created.id, {
			...definition,
			title: 'Store visit v2b'
		});
		expect(again.version).toBe(2); // still the same open draft

		const retyped = { ...definition, questions: [{ id: 'nps', type: 'csat', text: 'Satisfied?' }] };
		const error = await surveys.update(a.orgId, created.id, retyped).catch((e) => e);
		expect(error).toBeInstanceOf(DomainError);
		expect(error.issues).toEqual([
			{ path: 'questions.0.type', message: expect.stringContaining('was published as nps') }
		]);

		expect((await surveys.publish(a.orgId, created.id)).version).toBe(2);
		expect(await surveys.close(a.orgId, created.id)).toEqual({ status: 'closed', version: 2 });
		await surveys.remove(a.orgId, created.id);
		await expect(surveys.get(a.orgId, created.id)).rejects.toMatchObject({ code: 'not_found' });
	});

	it('list with search, status and audience filters and completed-response counts', async () => {
		const a = await makeAccount('list');
		const visit = await surveys.create(a.orgId, definition, null);
		const pulse = await surveys.create(
			a.orgId,
			{ ...definition, title: 'Pulse 50%_off', audience: 'employee', mode: 'confidential' },
			null
		);
		await surveys.publish(a.orgId, pulse.id);
		await db.insert(schema.response).values([
			{
				orgId: a.orgId,
				surveyId: pulse.id,
				version: 1,
				submissionId: 's1',
				language: 'en',
				completedAt: new Date()
			},
			{
				orgId: a.orgId,
				surveyId: pulse.id,
				version: 1,
				submissionId: 's2',
				language: 'en',
				completedAt: new Date()
			},
			{ orgId: a.orgId, surveyId: pulse.id, version: 1, submissionId: 's3', language: 'en' }
		]);
		const counts = Object.fromEntries(
			(await surveys.list(a.orgId)).map((s) => [s.id, s.responses])
		);
		expect(counts).toEqual({ [visit.id]: 0, [pulse.id]: 2 });
		const ids = async (filter: surveys.ListFilter) =>
			(await surveys.list(a.orgId, filter)).map((s) => s.id);
		expect(await ids({ search: 'store' })).toEqual([visit.id]);
		expect(await ids({ search: '50%_' })).toEqual([pulse.id]);
		expect(await ids({ search: '%' })).toEqual([pulse.id]); // % is a character, not a wildcard
		expect(await ids({ status: 'published' })).toEqual([pulse.id]);
		expect(await ids({ audience: 'customer' })).toEqual([visit.id]);
		expect(await ids({ audience: 'employee', status: 'draft' })).toEqual([]);

		const error = await surveys.remove(a.orgId, pulse.id).catch((e) => e);
		expect(error).toMatchObject({
			code: 'conflict',
			message: expect.stringContaining('3 responses')
		});
		expect((await surveys.get(a.orgId, pulse.id)).id).toBe(pulse.id);
	});

	it('refuse to publish while a text lacks one of the languages', async () => {
		const a = await makeAccount('translations');
		const created = await surveys.create(
			a.orgId,
			{
				...definition,
				languages: ['en', 'ja'],
				questions: [{ id: 'q', type: 'text', text: { en: 'Why?' } }]
			},
			null
		);
		const error = await surveys.publish(a.orgId, created.id).catch((e) => e);
		expect(error).toMatchObject({
			code: 'invalid',
			issues: [{ path: 'questions.0.text', message: 'Missing the ja translation' }]
		});
		await surveys.update(a.orgId, created.id, {
			...definition,
			languages: ['en', 'ja'],
			questions: [{ id: 'q', type: 'text', text: { en: 'Why?', ja: 'なぜですか？' } }]
		});
		expect((await surveys.publish(a.orgId, created.id)).status).toBe('published');
	});

	it('refuse to publish a survey with nothing to answer: statements are not questions', async () => {
		const a = await makeAccount('empty');
		const created = await surveys.create(a.orgId, { ...definition, questions: [] }, null);
		const empty = await surveys.publish(a.orgId, created.id).catch((e) => e);
		expect(empty).toMatchObject({
			code: 'invalid',
			message: expect.stringContaining('at least one question'),
			issues: [{ path: 'questions' }]
		});
		await surveys.update(a.orgId, created.id, {
			...definition,
			questions: [{ id: 'hello', type: 'statement', text: 'Thank you for visiting.' }]
		});
		expect(await surveys.publish(a.orgId, created.id).catch((e) => e)).toMatchObject({
			code: 'invalid'
		});
		expect((await surveys.get(a.orgId, created.id)).status).toBe('draft');
		await surveys.update(a.orgId, created.id, definition);
		expect((await surveys.publish(a.orgId, created.id)).status).toBe('published');
	});

	it('keep every version readable, scoped by organisation', async () => {
		const a = await makeAccount('versions');
		const b = await makeAccount('versions-other');
		const created = await surveys.create(a.orgId, definition, null);
		await surveys.publish(a.orgId, created.id);
		await surveys.update(a.orgId, created.id, { ...definition, title: 'Second' });
		expect((await surveys.versions(a.orgId, created.id)).map((v) => v.version)).toEqual([2, 1]);
		expect((await surveys.getVersion(a.orgId, created.id, 1)).title).toBe('Store visit');
		expect((await surveys.getVersion(a.orgId, created.id, 2)).title).toBe('Second');
		await expect(surveys.getVersion(b.orgId, created.id, 1)).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(surveys.versions(b.orgId, created.id)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('keep the type of a question answered in any published version, even one since removed', async () => {
		const a = await makeAccount('retype');
		const created = await surveys.create(a.orgId, definition, null);
		await surveys.publish(a.orgId, created.id);
		await surveys.update(a.orgId, created.id, {
			...definition,
			questions: [definition.questions[0]]
		});
		await surveys.publish(a.orgId, created.id);
		const retyped = {
			...definition,
			questions: [definition.questions[0], { id: 'why', type: 'csat', text: 'Satisfied?' }]
		};
		const error = await surveys.update(a.orgId, created.id, retyped).catch((e) => e);
		expect(error.issues).toEqual([
			{ path: 'questions.1.type', message: expect.stringContaining('was published as text') }
		]);
	});

	it('refuse to publish or close from a stale copy, and refuse absurdly nested logic', async () => {
		const a = await makeAccount('stale');
		const created = await surveys.create(a.orgId, definition, null);
		await surveys.update(a.orgId, created.id, { ...definition, title: 'Saved by someone else' }, 1);
		await expect(surveys.publish(a.orgId, created.id, 1)).rejects.toMatchObject({
			code: 'conflict'
		});
		const published = await surveys.publish(a.orgId, created.id, 2);
		expect(published.status).toBe('published');
		await expect(surveys.close(a.orgId, created.id, 2)).rejects.toMatchObject({ code: 'conflict' });
		expect((await surveys.close(a.orgId, created.id, 3)).status).toBe('closed');
		const [first] = await surveys.versions(a.orgId, created.id);
		await surveys.publish(a.orgId, created.id);
		const [again] = await surveys.versions(a.orgId, created.id);
		expect(again.publishedAt).toEqual(first.publishedAt);

		let showIf: object = { field: 'nps', op: 'answered' };
		for (let i = 0; i < 5000; i++) showIf = { all: [showIf] };
		const deep = {
			...definition,
			questions: [definition.questions[0], { id: 'why', type: 'text', text: 'Why?', showIf }]
		};
		await expect(surveys.create(a.orgId, deep, null)).rejects.toMatchObject({
			code: 'invalid',
			issues: [{ path: '', message: expect.stringContaining('Nested more than') }]
		});
	});
});
