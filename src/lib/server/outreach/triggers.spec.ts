import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import * as distributions from './distributions';
import * as jobs from '../platform';
import * as people from '../people';
import * as surveys from '../surveys';
import { publishedSurvey, makeAccount, plainText, startSmtp } from '../testing';
import * as triggers from './triggers';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
	smtp = await startSmtp();
	process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await smtp.close();
});

const csat = {
	title: 'Delivery CSAT',
	audience: 'customer',
	mode: 'identified',
	hiddenFields: ['order', 'carrier'],
	questions: [{ id: 'csat', type: 'csat', text: 'How satisfied are you with the delivery?' }]
};

const to = (address: string) => smtp.received.filter((m) => m.to.includes(address));

async function eventOf(id: string) {
	const [row] = await db.select().from(schema.event).where(eq(schema.event.id, id));
	return row;
}

describe('event triggers', () => {
	it('send the mapped survey after the delay, with hidden fields from the event', async () => {
		const { orgId } = await makeAccount('triggers');
		const survey = await publishedSurvey(csat, orgId);
		const ruleId = await triggers.createRule(orgId, {
			eventType: 'order.delivered',
			surveyId: survey.id,
			delayMinutes: 120,
			hiddenFields: { order: 'order.id', carrier: 'carrier' }
		});
		const email = `buyer-${Date.now()}@example.test`;
		const now = new Date();
		// Delivered three hours ago: due now.
		const due = await triggers.receiveEvent(orgId, {
			type: 'order.delivered',
			person: { email, name: 'Buyer', plan: 'gold' },
			data: { order: { id: 'A-17' }, carrier: 'DHL', ignored: { deep: true } },
			occurredAt: new Date(now.getTime() - 3 * 3600_000).toISOString()
		});
		expect(due.scheduled).toBe(1);
		// Delivered just now: not due for two hours.
		const later = await triggers.receiveEvent(orgId, {
			type: 'order.delivered',
			person: { email: `other-${email}` },
			data: { order: { id: 'B-1' } }
		});
		// No rule for this type.
		expect(
			(await triggers.receiveEvent(orgId, { type: 'order.cancelled', person: { email } })).scheduled
		).toBe(0);
		await jobs.runDueJobs('w1');
		expect(to(email)).toHaveLength(1);
		const text = plainText(to(email)[0].raw);
		expect(text).toMatch(/\?t=[a-z2-7]{32}&order=A-17&carrier=DHL/);
		expect(text).toContain('Hello Buyer');
		expect(to(`other-${email}`)).toHaveLength(0);
		const outcome = (await eventOf(due.id)).outcomes[ruleId];
		expect(outcome.state).toBe('sent');
		const status = await distributions.distributionStatus(
			orgId,
			survey.id,
			outcome.distributionId!
		);
		expect(status).toMatchObject({ recipients: 1, sent: 1 });
		expect((await eventOf(later.id)).outcomes[ruleId]).toEqual({ state: 'scheduled' });
		// The customer's attributes came with the event.
		const [person] = await db.select().from(schema.person).where(eq(schema.person.email, email));
		expect(person).toMatchObject({ kind: 'customer', name: 'Buyer', attributes: { plan: 'gold' } });
		// Erased, the customer's events keep no data.
		await people.erasePerson(orgId, person.id);
		expect(await eventOf(due.id)).toMatchObject({ personId: null, data: {} });
	});

	it('send a customer at most one survey per N days, whichever rule asks', async () => {
		const { orgId } = await makeAccount('frequency');
		await triggers.setContactFrequency(orgId, 30);
		const survey = await publishedSurvey(csat, orgId);
		const other = await publishedSurvey({ ...csat, title: 'Support CES' }, orgId);
		for (const [type, id] of [
			['order.delivered', survey.id],
			['ticket.closed', other.id]
		])
			await triggers.createRule(orgId, { eventType: type, surveyId: id, delayMinutes: 0 });
		const email = `often-${Date.now()}@example.test`;
		await triggers.receiveEvent(orgId, { type: 'order.delivered', person: { email } });
		await jobs.runDueJobs('w1');
		const second = await triggers.receiveEvent(orgId, { type: 'ticket.closed', person: { email } });
		await jobs.runDueJobs('w1');
		expect(to(email)).toHaveLength(1);
		const event = await eventOf(second.id);
		const [outcome] = Object.values(event.outcomes);
		const status = await distributions.distributionStatus(orgId, other.id, outcome.distributionId!);
		expect(status).toMatchObject({ recipients: 1, sent: 0, skipped: 1 });
		// Without the rule, the next event's survey goes out.
		await triggers.setContactFrequency(orgId, null);
		await triggers.receiveEvent(orgId, { type: 'ticket.closed', person: { email } });
		await jobs.runDueJobs('w1');
		expect(to(email)).toHaveLength(2);
	});

	it('say which surveys an event does not send, and why, in its answer and in Latest events', async () => {
		const { orgId } = await makeAccount('skipped');
		await triggers.setContactFrequency(orgId, 30);
		const survey = await publishedSurvey(csat, orgId);
		const other = await publishedSurvey({ ...csat, title: 'Support CES' }, orgId);
		const draft = await surveys.create(orgId, { ...csat, title: 'Returns CSAT' }, null);
		const rule = (eventType: string, surveyId: string, delayMinutes = 0) =>
			triggers.createRule(orgId, { eventType, surveyId, delayMinutes });
		const delivered = await rule('order.delivered', survey.id);
		const closed = await rule('ticket.closed', other.id);
		const email = `skipped-${Date.now()}@example.test`;

		const first = await triggers.receiveEvent(orgId, {
			type: 'order.delivered',
			person: { email }
		});
		expect(first).toMatchObject({ scheduled: 1, skipped: [] });
		// Posted again before the first was sent: its queued send counts.
		const quick = await triggers.receiveEvent(orgId, { type: 'ticket.closed', person: { email } });
		expect(quick).toMatchObject({ scheduled: 0, skipped: [{ reason: 'contact_frequency' }] });
		await jobs.runDueJobs('w1');
		// Within 30 days of that invitation: nothing goes out, and the answer says so.
		const second = await triggers.receiveEvent(orgId, { type: 'ticket.closed', person: { email } });
		const frequency = {
			ruleId: closed,
			surveyId: other.id,
			reason: 'contact_frequency',
			message: 'Invited in the last 30 days (contact frequency)'
		};
		expect(second).toEqual({ id: second.id, scheduled: 0, skipped: [frequency] });
		await jobs.runDueJobs('w1');
		expect(to(email)).toHaveLength(1);

		// Two rules of one event: the first due goes out, the other would break the frequency.
		const another = `two-rules-${Date.now()}@example.test`;
		const returns = await rule('order.returned', other.id, 60);
		await rule('order.returned', survey.id);
		const both = await triggers.receiveEvent(orgId, {
			type: 'order.returned',
			person: { email: another }
		});
		expect(both).toMatchObject({
			scheduled: 1,
			skipped: [{ ruleId: returns, reason: 'contact_frequency' }]
		});
		// A survey not published, and a customer who unsubscribed.
		await rule('order.lost', draft.id);
		const lost = await triggers.receiveEvent(orgId, {
			type: 'order.lost',
			person: { email: `lost-${Date.now()}@example.test` }
		});
		expect(lost.skipped).toMatchObject([
			{ reason: 'survey_not_published', message: 'The survey is not published' }
		]);
		await triggers.setContactFrequency(orgId, null);
		await db
			.update(schema.person)
			.set({ unsubscribedAt: new Date() })
			.where(eq(schema.person.email, email));
		const gone = await triggers.receiveEvent(orgId, { type: 'order.delivered', person: { email } });
		expect(gone).toMatchObject({
			scheduled: 0,
			skipped: [{ ruleId: delivered, reason: 'unsubscribed' }]
		});

		const latest = await triggers.recentEvents(orgId);
		const outcomesOf = (id: string) => latest.find((e) => e.id === id)!.outcomes;
		expect(outcomesOf(first.id)).toEqual([
			{ ruleId: delivered, surveyId: survey.id, surveyTitle: 'Delivery CSAT', state: 'sent' }
		]);
		expect(outcomesOf(second.id)).toEqual([
			{ ...frequency, surveyTitle: 'Support CES', state: 'skipped' }
		]);
		expect(outcomesOf(gone.id)).toMatchObject([{ state: 'skipped', message: 'Unsubscribed' }]);
	});

	it('show an event’s survey skipped when another invitation went out before its delay ran', async () => {
		const { orgId } = await makeAccount('skipped-later');
		await triggers.setContactFrequency(orgId, 30);
		const survey = await publishedSurvey(csat, orgId);
		await triggers.createRule(orgId, {
			eventType: 'order.delivered',
			surveyId: survey.id,
			delayMinutes: 60
		});
		const email = `later-${Date.now()}@example.test`;
		const event = await triggers.receiveEvent(orgId, {
			type: 'order.delivered',
			person: { email }
		});
		expect(event).toMatchObject({ scheduled: 1, skipped: [] });
		// Meanwhile the customer is invited by hand.
		await distributions.createDistribution(
			orgId,
			survey.id,
			{ channel: 'email', audience: { emails: [email] } },
			null
		);
		await jobs.runDueJobs('w1');
		expect(to(email)).toHaveLength(1);
		await db
			.update(schema.job)
			.set({ runAt: new Date() })
			.where(
				eq(
					schema.job.key,
					`trigger:${event.id}:${Object.keys((await eventOf(event.id)).outcomes)[0]}`
				)
			);
		await jobs.runDueJobs('w1');
		await jobs.runDueJobs('w1');
		expect(to(email)).toHaveLength(1);
		const [latest] = await triggers.recentEvents(orgId);
		expect(latest.outcomes).toMatchObject([
			{
				state: 'skipped',
				reason: 'contact_frequency',
				message: 'Invited in the last 30 days (contact frequency)'
			}
		]);
	});

	it('refuse bad events and keep rules per organisation', async () => {
		const { orgId } = await makeAccount('triggers-bad');
		await expect(
			triggers.receiveEvent(orgId, { type: 'has space', person: { email: 'x@example.test' } })
		).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'type' })] });
		await expect(
			triggers.receiveEvent(orgId, { type: 'a', person: { email: 'not-an-address' } })
		).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'person.email' })] });
		await expect(
			triggers.receiveEvent(orgId, {
				type: 'a',
				person: { email: 'x@example.test' },
				occurredAt: new Date(Date.now() + 86_400_000).toISOString()
			})
		).rejects.toThrow('in the future');
		const theirs = await makeAccount('triggers-theirs');
		const survey = await publishedSurvey(csat, theirs.orgId);
		await expect(
			triggers.createRule(orgId, { eventType: 'a', surveyId: survey.id, delayMinutes: 0 })
		).rejects.toThrow('No such survey');
		const ruleId = await triggers.createRule(theirs.orgId, {
			eventType: 'a',
			surveyId: survey.id,
			delayMinutes: 0
		});
		await expect(triggers.deleteRule(orgId, ruleId)).rejects.toThrow('No such rule');
		await expect(triggers.setRuleActive(orgId, ruleId, false)).rejects.toThrow('No such rule');
		expect(await triggers.listRules(orgId)).toEqual([]);
		await expect(triggers.setContactFrequency(orgId, 0)).rejects.toThrow('1 to 365');
	});

	it('take an event posted again under the same key once, and leave employees’ records alone', async () => {
		const { orgId } = await makeAccount('triggers-once');
		const survey = await publishedSurvey(csat, orgId);
		await triggers.createRule(orgId, {
			eventType: 'order.delivered',
			surveyId: survey.id,
			delayMinutes: 0
		});
		const email = `twice-${Date.now()}@example.test`;
		const event = { type: 'order.delivered', person: { email, plan: 'gold' } };
		const first = await triggers.receiveEvent(orgId, event, new Date(), 'order-17-delivered');
		const again = await triggers.receiveEvent(orgId, event, new Date(), 'order-17-delivered');
		expect(again).toEqual(first);
		await jobs.runDueJobs('w1');
		expect(to(email)).toHaveLength(1);

		const staff = `staff-${Date.now()}@example.test`;
		await people.upsertPeople(orgId, [{ email: staff, attributes: { team: 'Ops' } }], {
			kind: 'employee'
		});
		await triggers.receiveEvent(orgId, {
			type: 'order.delivered',
			person: { email: staff, name: 'Changed', team: 'Sales' }
		});
		const [person] = await db.select().from(schema.person).where(eq(schema.person.email, staff));
		expect(person).toMatchObject({ kind: 'employee', name: null, attributes: { team: 'Ops' } });
	});

	it('refuse a rule for an anonymous survey', async () => {
		const { orgId } = await makeAccount('triggers-anon');
		const survey = await publishedSurvey(
			{ ...csat, audience: 'employee', mode: 'anonymous' },
			orgId
		);
		await expect(
			triggers.createRule(orgId, { eventType: 'a', surveyId: survey.id, delayMinutes: 0 })
		).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'surveyId' })] });
	});

	it('read dotted paths of the data as text', () => {
		expect(triggers.dataAt({ a: { b: 3 } }, 'a.b')).toBe('3');
		expect(triggers.dataAt({ a: { b: { c: 1 } } }, 'a.b')).toBeNull();
		expect(triggers.dataAt({ a: null }, 'a.b')).toBeNull();
		expect(triggers.dataAt({ flag: true }, 'flag')).toBe('true');
	});
});
