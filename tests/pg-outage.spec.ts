// PostgreSQL restarts under respondents: while it is down they are answered at once with their own
// page, answers kept, asking them to send again ("not confirmed", never "lost"); once it is back,
// responses complete again straight away, and every response sent again is stored exactly once.
// This stops and starts the throwaway PostgreSQL of CI's PostgreSQL pass (.ci/pg-restart, which
// .ci/run gives PG_DIR, PG_PORT and PG_BINDIR for); the whole suite runs one test at a time, so no
// other test is using the database meanwhile. bench/pg-outage.mjs measures the same with figures.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import postgres from 'postgres';
import { createApiKey, fakeIp, newAccount, newClient, postForm, signUp } from './helpers';

const restartable = !!(
	process.env.DATABASE_URL &&
	process.env.PG_DIR &&
	process.env.PG_PORT &&
	process.env.PG_BINDIR
);

const pg = (...args: string[]) =>
	execFileSync('.ci/pg-restart', args, { stdio: ['ignore', 'ignore', 'inherit'] });

const notConfirmed =
	'We could not confirm that your answers were saved just now. They are still here: send them again in a moment.';
const thanks = 'Thank you! Your answers have been recorded.';

/** A fresh submission id in the page's own alphabet. */
function newSid() {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
	return Array.from({ length: 26 }, () => alphabet[Math.floor(Math.random() * 32)]).join('');
}

async function publishSurvey(page: Page) {
	const key = await createApiKey(page, 'outage');
	const auth = { authorization: `Bearer ${key}` };
	const created = await page.request.post('/api/v1/surveys', {
		headers: auth,
		data: {
			title: 'Outage',
			audience: 'customer',
			mode: 'anonymous',
			questions: [
				{ id: 'nps', type: 'nps', text: 'Would you recommend us?', required: true },
				{ id: 'why', type: 'text', text: 'Why?', required: false }
			]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const published = await page.request.post(`/api/v1/surveys/${id}/publish`, { headers: auth });
	expect(published.status()).toBe(200);
	const { url } = await published.json();
	return { id, path: new URL(url).pathname, auth };
}

test('after PostgreSQL restarts, respondents keep their answers while it is down and complete within seconds of its return', async ({
	page,
	browser,
	playwright
}) => {
	test.skip(
		!restartable,
		'Needs a PostgreSQL server this test may stop and start: it runs in the PostgreSQL pass of CI (.ci/run exports PG_DIR, PG_PORT and PG_BINDIR); the PGlite pass has none.'
	);
	test.setTimeout(180_000);
	await signUp(page, newAccount('outage'));
	const survey = await publishSurvey(page);
	const version = (await (await page.request.get(survey.path)).text()).match(
		/name="_v" value="(\d+)"/
	)![1];
	// Each post from an address of its own, as many respondents would send them.
	const api: APIRequestContext = await playwright.request.newContext({
		baseURL: new URL(page.url()).origin
	});
	const send = (sid: string) =>
		postForm(
			api,
			survey.path,
			{ _sid: sid, _v: version, _page: '0', _lang: 'en', website: '', nps: '8', _nav: 'next' },
			{ 'x-forwarded-for': fakeIp() }
		);

	const before = newSid();
	expect((await send(before)).status()).toBe(303);

	// Two respondents mid-answer: one with the page's script, one without.
	const withScript = await newClient(browser);
	const withoutScript = await newClient(browser, { javaScriptEnabled: false });
	for (const { page: respondent } of [withScript, withoutScript]) {
		await respondent.goto(survey.path);
		await respondent.locator('input[name="nps"][value="9"]').check();
		await respondent.getByLabel('Why?').fill('Kind staff');
	}

	const sids = [before];
	const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
	let down = false;
	let back = 0;
	try {
		pg('down', 'fast');
		const stopped = Date.now();
		down = true;
		// Sending while it is down, all at once: two respondents on the page get it back, answers
		// kept, with the note to send again; ten more, as in the measurement, a 503 each.
		const waiting = Array.from({ length: 10 }, newSid);
		sids.push(...waiting);
		const [answers] = await Promise.all([
			Promise.all(waiting.map(send)),
			...[withScript, withoutScript].map(async ({ page: respondent }) => {
				await respondent.getByRole('button', { name: 'Submit' }).click();
				await expect(respondent.getByRole('alert')).toContainText(notConfirmed);
				await expect(respondent.locator('input[name="nps"][value="9"]')).toBeChecked();
				await expect(respondent.getByLabel('Why?')).toHaveValue('Kind staff');
			})
		]);
		for (const response of answers) {
			expect(response.status()).toBe(503);
			expect(await response.text()).toContain(notConfirmed);
		}
		// Answered at once, not after the driver's back-off (up to 20 s a query, 49 s a post in the
		// issue): a refused connection fails in a moment, and a post waits 3 s at most. 8 s is a
		// generous bound for a loaded machine.
		expect(Date.now() - stopped).toBeLessThan(8000);
		// Respondents go on sending until it is back, each post a failed attempt to connect.
		while (Date.now() - stopped < 2000) {
			const sid = newSid();
			sids.push(sid);
			expect((await send(sid)).status()).toBe(503);
			await sleep(100);
		}
		pg('up');
		back = Date.now();
		down = false;
	} finally {
		if (down) pg('up');
	}

	// Responses complete again at once: the first one sent after the database's return is stored.
	// The driver used to wait out its reconnect back-off first: 3^n/100 s after n failed attempts,
	// n counted over the pool, up to 20 s (times 0.5–1). The posts above fail a score of attempts,
	// so every connection then waited 10–20 s from its last failure, moments before the return:
	// nothing completed for 8 s or more (9.5 s in the issue). Now: a tenth of a second plus one post
	// (bench/pg-outage.mjs: 0.3 s on a loaded 2-core machine); 3 s is a generous bound that the
	// old behaviour clearly exceeds.
	let firstStored = 0;
	while (Date.now() - back < 30_000) {
		const sid = newSid();
		sids.push(sid);
		if ((await send(sid)).status() === 303) {
			firstStored = Date.now() - back;
			break;
		}
		await sleep(50);
	}
	expect(firstStored).toBeGreaterThan(0);
	expect(firstStored).toBeLessThan(3000);

	// Sending again stores each response once, and thanks the respondent.
	for (const { page: respondent } of [withScript, withoutScript]) {
		await respondent.getByRole('button', { name: 'Submit' }).click();
		await expect(respondent.getByText(thanks)).toBeVisible();
	}
	for (const sid of sids) expect((await send(sid)).status()).toBe(303);
	// One sent again after it was stored: thanked, not stored twice.
	await page.goto(`${survey.path}?r=${before}`);
	await expect(page.getByText(thanks)).toBeVisible();
	const list = await (await page.request.get('/api/v1/surveys', { headers: survey.auth })).json();
	const responses = list.surveys.find((s: { id: string }) => s.id === survey.id).responses;
	expect(responses).toBe(sids.length + 2);
	await api.dispose();
	await withScript.context.close();
	await withoutScript.context.close();
});

test('a post stored only after its respondent was told "not confirmed" is thanked when sent again, and stored once', async ({
	page,
	browser
}) => {
	test.skip(
		!process.env.DATABASE_URL,
		'Needs a PostgreSQL the test can lock a table in, from a connection of its own: it runs in the PostgreSQL pass of CI; PGlite lives inside the server process.'
	);
	await signUp(page, newAccount('late'));
	const survey = await publishSurvey(page);
	const { page: respondent, context } = await newClient(browser, { javaScriptEnabled: false });
	await respondent.goto(survey.path);
	await respondent.locator('input[name="nps"][value="9"]').check();

	// Another session holds back every new response row: the respondent's insert waits on it.
	const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
	let release = () => {};
	let locked = () => {};
	const isLocked = new Promise<void>((resolve) => (locked = resolve));
	const held = sql.begin(async (tx) => {
		await tx`lock table response in share mode`;
		locked();
		await new Promise<void>((resolve) => (release = resolve));
	});
	try {
		await isLocked;
		// The wait ends (3 s) with the page and the note; the insert is still queued behind the lock.
		await respondent.getByRole('button', { name: 'Submit' }).click();
		await expect(respondent.getByRole('alert')).toContainText(notConfirmed);
		await expect(respondent.locator('input[name="nps"][value="9"]')).toBeChecked();
	} finally {
		release();
		await held;
		await sql.end({ timeout: 2 });
	}
	// The queued insert has committed by now or will: sending again finds it and says thank you.
	await respondent.getByRole('button', { name: 'Submit' }).click();
	await expect(respondent.getByText(thanks)).toBeVisible();
	const list = await (await page.request.get('/api/v1/surveys', { headers: survey.auth })).json();
	expect(list.surveys.find((s: { id: string }) => s.id === survey.id).responses).toBe(1);
	await context.close();
});
