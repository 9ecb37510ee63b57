import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import { surveyDefinitionSchema } from '../../survey/definition';
import { fromTemplate } from '../../survey/templates';
import { answerInLane, buckets, cookieName, step, withPage } from './respondent-post';
import * as responses from './responses';
import * as surveys from '../surveys';
import { makeAccount } from '../testing';
import { generateToken } from '../platform';

const definition = {
	title: 'Lane',
	audience: 'customer',
	mode: 'anonymous',
	hiddenFields: ['store'],
	questions: [
		{ id: 'nps', type: 'nps', text: 'Score?', required: true },
		{ id: 'why', type: 'text', text: 'Why?' }
	]
};

async function published(extra: object = {}) {
	const a = await makeAccount('lane');
	const created = await surveys.create(a.orgId, { ...definition, ...extra }, null);
	const { url, version } = await surveys.publish(a.orgId, created.id);
	return { ...a, id: created.id, slug: url.split('/s/')[1], version };
}

const post = (slug: string, fields: Record<string, string>, address = '10.0.0.1') => ({
	path: `/s/${slug}`,
	body: new URLSearchParams(fields).toString(),
	address,
	secure: false
});

const rows = (surveyId: string) =>
	db.select().from(schema.response).where(eq(schema.response.surveyId, surveyId));

describe('the respondent lane', () => {
	it('stores a first post that completes its response, once, and answers like the form action', async () => {
		const s = await published();
		const sid = generateToken();
		const fields = {
			_sid: sid,
			_v: String(s.version),
			_page: '0',
			_lang: 'en',
			_nav: 'next',
			'_h.store': '12',
			'_h.other': 'ignored',
			website: '',
			nps: '9',
			why: 'Quick'
		};
		const answer = await answerInLane(post(s.slug, fields));
		expect(answer).toEqual({
			location: `/s/${s.slug}?r=${sid}`,
			cookie: `${cookieName(s.id)}=; Path=/s/${s.slug}; Max-Age=0; HttpOnly; SameSite=Lax`
		});
		const [row] = await rows(s.id);
		expect(row).toMatchObject({
			submissionId: sid,
			version: s.version,
			language: 'en',
			answers: { nps: 9, why: 'Quick' },
			hidden: { store: '12' }
		});
		expect(row.completedAt).not.toBeNull();
		// A retry finds the row: the lane leaves it to the action, which shows the same thank-you.
		expect(await answerInLane(post(s.slug, fields))).toBeNull();
		expect(await rows(s.id)).toHaveLength(1);
	});

	it('leaves everything else to SvelteKit, storing nothing', async () => {
		const s = await published();
		const base = {
			_sid: generateToken(),
			_v: String(s.version),
			_page: '0',
			_lang: 'en',
			_nav: 'next',
			website: '',
			nps: '9'
		};
		const declined = [
			post(s.slug, { ...base, nps: '' }), // a required answer missing: the page says so
			post(s.slug, { ...base, nps: '11' }), // out of range
			post(s.slug, { ...base, website: 'http://spam' }), // the honeypot
			post(s.slug, { ...base, _sid: 'short' }), // not a submission id
			post(s.slug, { ...base, _nav: 'save' }), // saving, not completing
			post(s.slug, { ...base, _page: '1' }), // a later page
			post(s.slug, { ...base, _v: String(s.version + 1) }), // another version
			post('nosuchsurvey', base),
			{ ...post(s.slug, base), path: `/s/${s.slug}/other` }
		];
		for (const request of declined) expect(await answerInLane(request), request.body).toBeNull();
		expect(await rows(s.id)).toHaveLength(0);

		const limited = await published({ responseLimit: 5 });
		expect(await answerInLane(post(limited.slug, { ...base, _v: '1' }))).toBeNull();
		const closed = await published();
		await surveys.close(closed.orgId, closed.id);
		expect(await answerInLane(post(closed.slug, { ...base, _v: '1' }))).toBeNull();
		expect([...(await rows(limited.id)), ...(await rows(closed.id))]).toHaveLength(0);
	});

	it('counts its posts in the respondent rate limit, and leaves a post over it to the action', async () => {
		const s = await published();
		const fields = (sid: string) => ({
			_sid: sid,
			_v: String(s.version),
			_page: '0',
			_lang: 'en',
			_nav: 'next',
			website: '',
			nps: '7'
		});
		const address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
		// The clock stands still, so the bucket cannot refill however slowly the posts go through.
		const frozen = Date.now();
		buckets.clock = () => frozen;
		try {
			let stored = 0;
			for (let i = 0; i < 125; i++)
				if (await answerInLane(post(s.slug, fields(generateToken()), address))) stored++;
			expect(stored).toBe(120); // RESPONSE_RATE_LIMIT's default, a minute's worth
			expect(await rows(s.id)).toHaveLength(120);
			expect(await answerInLane(post(s.slug, fields(generateToken()), '10.8.0.1'))).not.toBeNull(); // another address is unaffected
			expect((await responses.openBySlug(s.slug)).closed).toBeNull();
			// A minute later the address has its whole minute's worth again.
			buckets.clock = () => frozen + 60_000;
			expect(await answerInLane(post(s.slug, fields(generateToken()), address))).not.toBeNull();
		} finally {
			buckets.clock = Date.now;
		}
	});
});

describe('a page whose own answers show a follow-up', () => {
	const csat = fromTemplate('touchpoint-csat')!;
	const next = (fields: Record<string, string>) => {
		const post = withPage(csat, {}, {}, 0, new URLSearchParams(fields));
		return step(csat, post, {}, 0, 'en');
	};

	it('is shown again, with the follow-up, to a respondent who could not see it appear', () => {
		expect(next({ csat: '2', comment: 'Slow' })).toEqual({ kind: 'reveal', page: 0 });
		expect(next({ csat: '2', comment: 'Slow', _seen: 'csat comment' })).toEqual({
			kind: 'reveal',
			page: 0
		});
		// A happy customer is not asked, and goes straight on.
		expect(next({ csat: '5', _seen: 'csat comment' })).toMatchObject({ kind: 'complete' });
	});

	it('completes with the follow-up’s answer once the respondent has seen it', () => {
		expect(next({ csat: '2', what: 'wait', comment: 'Slow', _seen: 'csat what comment' })).toEqual({
			kind: 'complete',
			answers: { csat: 2, what: ['wait'], comment: 'Slow' }
		});
		// Seen and left empty (it is optional): that is an answer too.
		expect(next({ csat: '3', _seen: 'csat what comment' })).toEqual({
			kind: 'complete',
			answers: { csat: 3 }
		});
		// Hidden again by a better score: what it held is dropped.
		expect(next({ csat: '4', what: 'wait', _seen: 'csat comment' })).toEqual({
			kind: 'complete',
			answers: { csat: 4 }
		});
	});

	it('says what is wrong with a required follow-up the respondent saw', () => {
		const required = surveyDefinitionSchema.parse({
			...csat,
			questions: csat.questions.map((q) => (q.id === 'what' ? { ...q, required: true } : q))
		});
		const post = withPage(required, {}, {}, 0, new URLSearchParams('csat=1&_seen=csat+what'));
		expect(step(required, post, {}, 0, 'en')).toMatchObject({
			kind: 'invalid',
			errors: { what: [expect.any(String)] }
		});
	});
});
