// Personal links trusted the hidden values in their address: a customer who changed
// `order=A-1003` to `order=FORGED-999` on the link an event e-mailed them (keeping its token)
// had the forged order stored with their response, and an employee could move their answer to
// another pulse round by editing `round=`. The values an event, a distribution or a round gave an
// invitation are now read from the server through the token; the link cannot change them. A public
// link without a token still takes its hidden fields from the address.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, schema } from '$lib/server/db';
import * as jobs from '$lib/server/platform';
import * as people from '$lib/server/people';
import { pulses, triggers } from '$lib/server/outreach';
import { publishedSurvey, makeAccount, plainText, startSmtp } from '$lib/server/testing';
import * as surveys from '$lib/server/surveys';
import { actions, load } from './+page.server';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
	smtp = await startSmtp();
	process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});
afterAll(async () => {
	delete process.env.SMTP_URL;
	await smtp.close();
});

/** The path and query of the personal link in the last e-mail to `address`. */
function linkTo(address: string) {
	const mail = smtp.received.filter((m) => m.to.includes(address)).at(-1);
	const match = /\/s\/[a-z0-9]+\?[^\s"<>]+/.exec(plainText(mail!.raw));
	return new URL(match![0], 'http://127.0.0.1');
}

/** What SvelteKit hands the page's load and action, for a browser without JavaScript. */
function requestEvent(url: URL, form?: Record<string, string>) {
	const jar = new Map<string, string>();
	return {
		params: { slug: url.pathname.split('/')[2] },
		url,
		locals: {},
		request: new Request(url, {
			method: form ? 'POST' : 'GET',
			...(form ? { body: new URLSearchParams(form) } : {})
		}),
		cookies: {
			get: (name: string) => jar.get(name),
			set: (name: string, value: string) => void jar.set(name, value),
			delete: (name: string) => void jar.delete(name)
		},
		getClientAddress: () => `10.9.${Math.floor(Math.random() * 250)}.1`
	} as never;
}

/** Opens `url`, then answers its only page as a no-JavaScript form post of the page's fields. */
async function answerAt(url: URL, answers: Record<string, string>) {
	const page = (await load(requestEvent(url))) as {
		kind: string;
		sid: string;
		version: number;
		hidden: Record<string, string>;
		invite: string | null;
	};
	expect(page.kind).toBe('form');
	const form: Record<string, string> = {
		_sid: page.sid,
		_v: String(page.version),
		_page: '0',
		_lang: 'en',
		_nav: 'next',
		website: '',
		...answers
	};
	if (page.invite) form._t = page.invite;
	// The page's hidden inputs, as the (edited) link gave them.
	for (const [name, value] of url.searchParams) if (name !== 't') form[`_h.${name}`] = value;
	await expect(actions.default(requestEvent(url, form))).rejects.toMatchObject({ status: 303 });
	return page;
}

const storedHidden = async (surveyId: string) =>
	(await db.select().from(schema.response).where(eq(schema.response.surveyId, surveyId))).map(
		(r) => r.hidden
	);

describe('a personal link', () => {
	it('keeps the hidden values its event gave it, whatever its address says', async () => {
		const { orgId } = await makeAccount('forged-order');
		const survey = await publishedSurvey(
			{
				title: 'Delivery CSAT',
				audience: 'customer',
				mode: 'identified',
				hiddenFields: ['order', 'channel'],
				questions: [{ id: 'csat', type: 'csat', text: 'How was the delivery?', required: true }]
			},
			orgId
		);
		await triggers.createRule(orgId, {
			eventType: 'order.delivered',
			surveyId: survey.id,
			delayMinutes: 0,
			hiddenFields: { order: 'order.id' }
		});
		const email = `buyer-${Date.now()}@example.test`;
		await triggers.receiveEvent(orgId, {
			type: 'order.delivered',
			person: { email },
			data: { order: { id: 'A-1003' } }
		});
		await jobs.runDueJobs('w1');
		const link = linkTo(email);
		expect(link.searchParams.get('order')).toBe('A-1003');

		link.searchParams.set('order', 'FORGED-999');
		// A value the event did not give stays the link's to set.
		link.searchParams.set('channel', 'app');
		const page = await answerAt(link, { csat: '4' });
		expect(page.hidden).toEqual({ order: 'A-1003', channel: 'app' });
		expect(await storedHidden(survey.id)).toEqual([{ order: 'A-1003', channel: 'app' }]);

		// A public link has no invitation: its hidden fields are the address's, as before.
		const open = new URL(`${link.pathname}?order=B-7`, link);
		await answerAt(open, { csat: '5' });
		expect(await storedHidden(survey.id)).toContainEqual({ order: 'B-7' });
	});

	it('completes its invitation and the response with one response-completed event', async () => {
		const { orgId } = await makeAccount('invited-event');
		const survey = await publishedSurvey(
			{
				title: 'Onboarding CSAT',
				audience: 'customer',
				mode: 'identified',
				questions: [{ id: 'csat', type: 'csat', text: 'How was it?', required: true }]
			},
			orgId
		);
		await triggers.createRule(orgId, {
			eventType: 'account.opened',
			surveyId: survey.id,
			delayMinutes: 0,
			hiddenFields: {}
		});
		const email = `new-${Date.now()}@example.test`;
		await triggers.receiveEvent(orgId, { type: 'account.opened', person: { email }, data: {} });
		await jobs.runDueJobs('w1');
		await answerAt(linkTo(email), { csat: '5' });
		// And a public link's answer, stored in one statement.
		await answerAt(new URL(linkTo(email).pathname, 'http://127.0.0.1'), { csat: '2' });

		const stored = await db
			.select({ id: schema.response.id, personId: schema.response.personId })
			.from(schema.response)
			.where(eq(schema.response.surveyId, survey.id));
		const written = await db
			.select({ responseId: schema.domainEvent.responseId, payload: schema.domainEvent.payload })
			.from(schema.domainEvent)
			.where(eq(schema.domainEvent.surveyId, survey.id));
		const invited = stored.find((r) => r.personId)!;
		const open = stored.find((r) => !r.personId)!;
		expect(written).toHaveLength(2);
		expect(written).toContainEqual({
			responseId: invited.id,
			payload: { source: 'invitation', version: 1 }
		});
		expect(written).toContainEqual({
			responseId: open.id,
			payload: { source: 'respondent', version: 1 }
		});
	});

	it('keeps its pulse round', async () => {
		const { orgId, userId } = await makeAccount('forged-round');
		const survey = await surveys.create(
			orgId,
			{
				title: 'Engagement pulse',
				audience: 'employee',
				mode: 'identified',
				questions: [
					{ id: 'enps', type: 'enps', text: 'Would you recommend working here?', required: true },
					{ id: 'growth', type: 'likert', text: 'I can grow here' }
				]
			},
			null
		);
		const email = `staff-${Date.now()}@example.test`;
		await people.upsertPeople(orgId, [{ email, attributes: { site: 'Lyon' } }], {
			kind: 'employee'
		});
		await pulses.createProgram(orgId, userId, {
			surveyId: survey.id,
			name: 'Weekly',
			cadence: 'weekly',
			perRound: 1,
			core: ['enps']
		});
		await jobs.runDueJobs('w1');
		const link = linkTo(email);
		expect(link.searchParams.get('round')).toBe('1');

		link.searchParams.set('round', '7');
		await answerAt(link, { enps: '8' });
		expect(await storedHidden(survey.id)).toEqual([{ round: '1' }]);
	});
});
