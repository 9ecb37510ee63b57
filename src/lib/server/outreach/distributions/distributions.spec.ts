import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, schema } from '../../db';
import * as distributions from './';
import * as sending from '../distributions-ui';
import * as jobs from '../../platform';
import * as people from '../../people';
import * as responses from '../../responses';
import * as results from '../../results';
import { publishedSurvey, makeAccount, plainText, startSmtp, type Received } from '../../testing';
import * as surveys from '../../surveys';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
// Addresses the SMTP server refuses while they are in this set.
const refused = new Set<string>();

beforeAll(async () => {
	smtp = await startSmtp((address) => refused.has(address));
	process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await smtp.close();
});

const survey = (audience: 'employee' | 'customer', mode: string) => ({
	title: `Pulse ${audience} ${mode}`,
	audience,
	mode,
	anonymityThreshold: 3,
	questions: [{ id: 'enps', type: audience === 'employee' ? 'enps' : 'nps', text: 'Recommend?' }]
});

const to = (address: string) => smtp.received.filter((m) => m.to.includes(address));
const linkIn = (message: Received) => {
	const match = /\/s\/[a-z0-9]+\?t=([a-z2-7]+)/.exec(plainText(message.raw));
	if (!match) throw new Error('no personal link in the message');
	return match[1];
};

async function setUp(audience: 'employee' | 'customer', mode: string) {
	const { orgId } = await makeAccount('dist');
	const s = await publishedSurvey(survey(audience, mode), orgId);
	const tag = Math.random().toString(36).slice(2, 8);
	const address = (name: string) => `${name}-${tag}@example.test`;
	const teams = ['Sales', 'Sales', 'Sales', 'Sales', 'Ops', 'Ops', 'Ops', 'Legal'];
	await people.upsertPeople(
		orgId,
		teams.map((team, i) => ({
			email: address(`p${i}`),
			name: `Person ${i}`,
			attributes: { team }
		})),
		{ kind: audience }
	);
	return { orgId, survey: s, address };
}

/** Sends the survey to everyone of its audience, now. */
async function inviteEveryone(orgId: string, surveyId: string) {
	const created = await distributions.createDistribution(
		orgId,
		surveyId,
		{ channel: 'email', audience: { attributes: {} } },
		null
	);
	await jobs.runDueJobs('w1');
	return created;
}

async function answer(
	s: Awaited<ReturnType<typeof publishedSurvey>>,
	token: string,
	sid = 'a'.repeat(20)
) {
	const definition = await responses.publishedDefinition(s.id, 1);
	const invite = await distributions.openInvite(s.id, token, definition);
	if (invite.state !== 'open') throw new Error(`invite ${invite.state}`);
	return responses.saveProgress(
		{ id: s.id, orgId: s.orgId, slug: '', definition },
		invite.submissionId ?? sid,
		{
			version: 1,
			language: 'en',
			answers: { enps: 9 },
			hidden: {},
			page: 0,
			complete: true,
			invite: {
				recipientId: invite.recipientId,
				person: await distributions.snapshotOf(invite, definition),
				keepTime: definition.mode !== 'anonymous'
			}
		}
	);
}

describe('distributions', () => {
	it('send one personal e-mail per recipient, once, through SMTP; a link answers once', async () => {
		const { orgId, survey: s, address } = await setUp('employee', 'confidential');
		const created = await distributions.createDistribution(
			orgId,
			s.id,
			{ channel: 'email', audience: { attributes: { team: 'Sales' } }, reminders: [3, 5] },
			null
		);
		expect(created.recipients).toBe(4);
		await jobs.runDueJobs('w1');
		await jobs.runDueJobs('w2');
		for (let i = 0; i < 4; i++) expect(to(address(`p${i}`))).toHaveLength(1);
		expect(to(address('p4'))).toHaveLength(0);
		const message = to(address('p0'))[0];
		expect(message.raw).toContain(`Message-ID: <`);
		expect(plainText(message.raw)).toContain('Hello Person 0');
		const token = linkIn(message);
		// 160 random bits in base32.
		expect(token).toHaveLength(32);

		let status = await distributions.distributionStatus(orgId, s.id, created.id);
		expect(status).toMatchObject({ recipients: 4, sent: 4, started: 0, completed: 0 });
		expect(status.responseRate).toBe(0);

		// Someone changes team after being invited: the response keeps the team they had.
		await people.upsertPeople(orgId, [{ email: address('p0'), attributes: { team: 'Ops' } }]);
		expect(await answer(s, token)).toEqual({ completed: true, full: false });
		status = await distributions.distributionStatus(orgId, s.id, created.id);
		expect(status).toMatchObject({ started: 1, completed: 1, responseRate: 25 });
		const [stored] = await db
			.select()
			.from(schema.response)
			.where(eq(schema.response.surveyId, s.id));
		expect(stored.personId).not.toBeNull();
		expect(stored.attributes).toEqual({ team: 'Ops' });

		const definition = await responses.publishedDefinition(s.id, 1);
		expect((await distributions.openInvite(s.id, token, definition)).state).toBe('used');
		expect((await distributions.findInvite(s.id, 'b'.repeat(32))).state).toBe('invalid');

		// Reminders go to those who have not answered, when due.
		await db
			.update(schema.job)
			.set({ runAt: new Date() })
			.where(eq(schema.job.key, `distribution:${created.id}:1`));
		await jobs.runDueJobs('w1');
		expect(to(address('p0'))).toHaveLength(1);
		for (let i = 1; i < 4; i++) expect(to(address(`p${i}`))).toHaveLength(2);
		expect(to(address('p1'))[1].raw).toContain('Subject: Reminder:');
		// The first e-mail's link still works alongside the reminder's.
		expect((await distributions.findInvite(s.id, linkIn(to(address('p1'))[0]))).state).toBe('open');

		// Erasing a person keeps their response in results, without the link.
		await people.erasePerson(orgId, stored.personId!);
		const [after] = await db
			.select()
			.from(schema.response)
			.where(eq(schema.response.id, stored.id));
		expect(after.personId).toBeNull();
		expect(after.attributes).toEqual({ team: 'Ops' });
		expect(after.completedAt).not.toBeNull();
	});

	it('keep no link or snapshot for an anonymous survey, only that the invitation was answered', async () => {
		const { orgId, survey: s, address } = await setUp('employee', 'anonymous');
		const created = await distributions.createDistribution(
			orgId,
			s.id,
			{ channel: 'email', audience: { emails: [address('p5')] } },
			null
		);
		await jobs.runDueJobs('w1');
		const token = linkIn(to(address('p5'))[0]);
		const definition = await responses.publishedDefinition(s.id, 1);
		const invite = await distributions.openInvite(s.id, token, definition);
		expect(invite).toMatchObject({ state: 'open', submissionId: null });
		await answer(s, token, 'anonymousresponse1234');
		const [stored] = await db
			.select()
			.from(schema.response)
			.where(eq(schema.response.surveyId, s.id));
		expect(stored).toMatchObject({ personId: null, attributes: null });
		const [recipient] = await db
			.select()
			.from(schema.recipient)
			.where(eq(schema.recipient.distributionId, created.id));
		expect(recipient.submissionId).toBeNull();
		// Opened and answered, at no time of their own: no clock ties the invitation to the response.
		const [sent] = await db
			.select()
			.from(schema.distribution)
			.where(eq(schema.distribution.id, created.id));
		expect(recipient.completedAt).toEqual(sent.createdAt);
		expect(recipient.startedAt).toEqual(sent.createdAt);
		expect(stored.completedAt!.getTime()).toBeGreaterThan(sent.createdAt.getTime());
		await expect(answer(s, token, 'anotherresponse12345')).rejects.toThrow();
		// One employee asked: whether they opened or answered is not shown.
		expect(await distributions.distributionStatus(orgId, s.id, created.id)).toMatchObject({
			recipients: 1,
			sent: 1,
			started: null,
			completed: null,
			responseRate: null,
			participationHidden: true
		});
	});

	it('count by segment, hiding employee groups under the threshold and the next smallest', async () => {
		const { orgId, survey: s } = await setUp('employee', 'confidential');
		const created = await distributions.createDistribution(
			orgId,
			s.id,
			{ channel: 'email', audience: { attributes: {} } },
			null
		);
		expect(created.recipients).toBe(8);
		const status = await distributions.distributionStatus(orgId, s.id, created.id, 'team');
		// Legal (1) is under 3; Ops (3) is hidden with it, so Legal's counts do not follow.
		expect(status.segments!.groups.map((g) => [g.value, g.recipients])).toEqual([['Sales', 4]]);
		expect(status.segments!.hidden).toBe(2);
		// Saying Ops (3) only protects Legal would pin Legal at 4 − 3 = 1: neither reason is told.
		expect(status.segments!.hiddenReasons).toEqual({ either: 2 });
		await expect(distributions.distributionStatus(orgId, s.id, created.id, 'nope')).rejects.toThrow(
			'No attribute'
		);
		const other = await makeAccount('dist-other');
		await expect(distributions.distributionStatus(other.orgId, s.id, created.id)).rejects.toThrow(
			'No such distribution'
		);
	});

	it('hide in distribution status the same groups the results hide', async () => {
		const { orgId, survey: s, address } = await setUp('employee', 'confidential');
		const created = await inviteEveryone(orgId, s.id);
		// Sales (4 asked): 2 answer; Ops (3): all 3; Legal (1): 1. Threshold 3.
		for (const i of [0, 1, 4, 5, 6, 7]) await answer(s, linkIn(to(address(`p${i}`))[0]));
		const loaded = await results.load(orgId, s.id);
		const r = await results.results(loaded, { filters: [], by: 'p:team' });
		const shownInResults = r.segments!.filter((g) => !g.suppressed).map((g) => g.value);
		// Sales' 2 answers and Legal's 1 are hidden; Ops' 3 are shown.
		expect(shownInResults).toEqual(['Ops']);
		const status = await distributions.distributionStatus(orgId, s.id, created.id, 'team');
		// Counting Sales' 4 invitations would show its 2 completions, which the results hide.
		expect(status.segments!.groups.map((g) => g.value)).toEqual(shownInResults);
		expect(status.segments!.groups[0]).toMatchObject({ recipients: 3, completed: 3 });
		expect(status.segments!.hidden).toBe(2);
		// Sales is hidden for its answers, not its size: neither reason is told.
		expect(status.segments!.hiddenReasons).toEqual({ either: 2 });
	});

	it('use the strictest threshold ever published, on every surface', async () => {
		const { orgId, survey: s, address } = await setUp('employee', 'confidential');
		// Published with 3, then 5, then 3 again: its respondents were promised 5.
		for (const anonymityThreshold of [5, 3]) {
			await surveys.update(orgId, s.id, {
				...survey('employee', 'confidential'),
				anonymityThreshold
			});
			await surveys.publish(orgId, s.id);
		}
		const [row] = await db.select().from(schema.survey).where(eq(schema.survey.id, s.id));
		expect(row.promise).toEqual({ audience: 'employee', mode: 'confidential', threshold: 5 });
		const created = await distributions.createDistribution(
			orgId,
			s.id,
			{ channel: 'email', audience: { attributes: { team: 'Sales' } } },
			null
		);
		await jobs.runDueJobs('w1');
		for (const i of [0, 1, 2, 3]) await answer(s, linkIn(to(address(`p${i}`))[0]));

		const loaded = await results.load(orgId, s.id);
		expect(loaded.threshold).toBe(5);
		// Four answers: under 5, so the results show nothing, nor the count in the survey list.
		expect(await results.results(loaded, { filters: [] })).toMatchObject({
			responses: null,
			threshold: 5,
			suppressed: true
		});
		expect(await results.withShownCounts(orgId, [{ id: s.id, responses: 4 }])).toEqual([
			{ id: s.id, responses: null }
		]);
		// The sending pages say 5, and hide who of the four asked answered.
		expect((await sending.surveyForSending(orgId, s.id)).threshold).toBe(5);
		expect(await distributions.distributionStatus(orgId, s.id, created.id)).toMatchObject({
			recipients: 4,
			completed: null,
			participationHidden: true
		});
		expect((await distributions.listDistributions(orgId, s.id))[0]).toMatchObject({
			completed: null,
			participationHidden: true
		});
	});

	it('retry an e-mail the SMTP server refused, and honour a customer’s unsubscribe', async () => {
		const { orgId, survey: s, address } = await setUp('customer', 'identified');
		refused.add(address('p1'));
		const created = await distributions.createDistribution(
			orgId,
			s.id,
			{ channel: 'email', audience: { emails: [address('p0'), address('p1')] }, reminders: [2] },
			null
		);
		await jobs.runDueJobs('w1');
		expect(to(address('p0'))).toHaveLength(1);
		expect(to(address('p1'))).toHaveLength(0);
		const send = (
			await db
				.select()
				.from(schema.job)
				.where(eq(schema.job.key, `distribution:${created.id}:0`))
		)[0];
		expect(send).toMatchObject({ state: 'queued' });
		expect(send.lastError).toContain('tried again');
		let status = await distributions.distributionStatus(orgId, s.id, created.id);
		expect(status).toMatchObject({ sent: 1, pending: 1 });

		// The server takes it now: the job's retry and the recipient's retry come due.
		refused.delete(address('p1'));
		await db.update(schema.job).set({ runAt: new Date() }).where(eq(schema.job.id, send.id));
		await db
			.update(schema.recipient)
			.set({ sendingUntil: sql`now() - interval '1 second'` })
			.where(eq(schema.recipient.distributionId, created.id));
		await jobs.runDueJobs('w1');
		expect(to(address('p1'))).toHaveLength(1);
		status = await distributions.distributionStatus(orgId, s.id, created.id);
		expect(status).toMatchObject({ sent: 2, pending: 0 });

		// A customer's e-mail has an unsubscribe link; following it stops the reminder.
		const text = plainText(to(address('p0'))[0].raw);
		expect(text).toContain('/unsubscribe/');
		expect(to(address('p0'))[0].raw).toMatch(/List-Unsubscribe:\s+<http/);
		expect(await distributions.unsubscribe(linkIn(to(address('p0'))[0]))).toBe(true);
		await db
			.update(schema.job)
			.set({ runAt: new Date() })
			.where(eq(schema.job.key, `distribution:${created.id}:1`));
		await jobs.runDueJobs('w1');
		expect(to(address('p0'))).toHaveLength(1);
		expect(to(address('p1'))).toHaveLength(2);
	});

	it('segment results by the attributes people had when they answered', async () => {
		const { orgId, survey: s, address } = await setUp('customer', 'identified');
		const created = await inviteEveryone(orgId, s.id);
		// p0–p3 are Sales, p4–p6 Ops; five answer, then p0 moves to Ops.
		for (const i of [0, 1, 4, 5, 6]) await answer(s, linkIn(to(address(`p${i}`))[0]));
		await people.upsertPeople(orgId, [{ email: address('p0'), attributes: { team: 'Ops' } }]);
		const loaded = await results.load(orgId, s.id);
		expect(results.resolveField(loaded, 'team')).toBe('p:team');
		for (const fold of [false, true]) {
			if (fold) await results.foldAll(loaded);
			const r = await results.results(loaded, { filters: [], by: 'p:team' });
			expect(r.segments!.map((g) => [g.value, !g.suppressed && g.responses])).toEqual([
				['Ops', 3],
				['Sales', 2]
			]);
		}
		expect((await distributions.distributionStatus(orgId, s.id, created.id)).completed).toBe(5);
	});

	it('write to each person in their language, unless the texts were written for everyone', async () => {
		const { orgId } = await makeAccount('dist-lang');
		const s = await publishedSurvey(
			{
				title: 'Service',
				audience: 'customer',
				mode: 'identified',
				languages: ['en', 'de'],
				questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?', de: 'Empfehlen?' } }]
			},
			orgId
		);
		const tag = Math.random().toString(36).slice(2, 8);
		const de = `de-${tag}@example.test`;
		const fr = `fr-${tag}@example.test`;
		await people.upsertPeople(orgId, [
			{ email: de, name: 'Jonas', language: 'de' },
			{ email: fr, language: 'fr' }
		]);
		await distributions.createDistribution(
			orgId,
			s.id,
			{ channel: 'email', audience: { emails: [de, fr] }, reminders: [1] },
			null
		);
		await jobs.runDueJobs('w1');
		const german = plainText(to(de)[0].raw);
		expect(german).toContain('Hallo Jonas,');
		expect(german).toContain('Zur Umfrage');
		expect(german).toMatch(/\?t=[a-z2-7]{32}&lang=de/);
		expect(german).toContain('melden Sie sich hier ab');
		// French is not among the survey's languages: the survey's own language, English.
		const english = plainText(to(fr)[0].raw);
		expect(english).toContain('Hello,');
		expect(english).toContain('Subject: Your view on: Service');

		const custom = await distributions.createDistribution(
			orgId,
			s.id,
			{
				channel: 'email',
				audience: { emails: [de] },
				subject: { en: 'Tell us, {{name}}', de: 'Sagen Sie es uns, {{name}}' },
				body: 'One line for everyone: {{link}}'
			},
			null
		);
		expect(custom.recipients).toBe(1);
		await jobs.runDueJobs('w1');
		const written = plainText(to(de)[1].raw);
		expect(written).toContain('Subject: Sagen Sie es uns, Jonas');
		expect(written).toMatch(/One line for everyone: http\S+\?t=[a-z2-7]{32}/);
	});

	it('say why an audience reaches nobody: people of the other kind, or no addresses', async () => {
		const { orgId, survey: s } = await setUp('employee', 'confidential');
		await people.upsertPeople(
			orgId,
			[
				...['c1', 'c2', 'c3'].map((c) => ({
					email: `${c}@example.test`,
					attributes: { team: 'Retail' }
				})),
				{ email: 'c4@example.test', attributes: { team: 'Board' } }
			],
			{ kind: 'customer' }
		);
		await people.upsertPeople(
			orgId,
			['e1', 'e2'].map((externalId) => ({ externalId, attributes: { team: 'Board' } })),
			{ kind: 'employee' }
		);
		const send = (team: string) =>
			distributions.createDistribution(
				orgId,
				s.id,
				{ channel: 'email', audience: { attributes: { team } } },
				null
			);
		await expect(send('Retail')).rejects.toThrow(
			'This survey is for employees; the 3 people chosen are customers.'
		);
		await expect(send('Board')).rejects.toThrow(
			'None of the 2 employees chosen has an e-mail address; 1 customer chosen has one, but this survey is for employees.'
		);
		// The send page's count says the same before anything is sent.
		expect(await distributions.whyNobody(orgId, 'employee', { team: 'Retail' })).toBe(
			'This survey is for employees; the 3 people chosen are customers.'
		);
		expect(await distributions.whyNobody(orgId, 'customer', { team: 'Sales' })).toBe(
			'This survey is for customers; the 4 people chosen are employees.'
		);
	});

	it('refuse an unpublished survey, bad input, and an audience with nobody in it', async () => {
		const { orgId, survey: s } = await setUp('employee', 'confidential');
		await expect(
			distributions.createDistribution(
				orgId,
				s.id,
				{ channel: 'sms', audience: { attributes: {} }, reminders: [5, 3] },
				null
			)
		).rejects.toMatchObject({
			code: 'invalid',
			issues: expect.arrayContaining([
				expect.objectContaining({ path: 'channel' }),
				expect.objectContaining({ path: 'reminders' })
			])
		});
		await expect(
			distributions.createDistribution(
				orgId,
				s.id,
				{ channel: 'email', audience: { attributes: { team: 'Nobody' } } },
				null
			)
		).rejects.toThrow('Nobody in this audience');
		await expect(
			distributions.createDistribution(
				orgId,
				s.id,
				{ channel: 'email', audience: { attributes: { shoeSize: '9' } } },
				null
			)
		).rejects.toThrow('attributes nobody has');
		const other = await makeAccount('dist-other');
		await expect(
			distributions.createDistribution(
				other.orgId,
				s.id,
				{ channel: 'email', audience: { attributes: {} } },
				null
			)
		).rejects.toThrow('No such survey');
	});
});
