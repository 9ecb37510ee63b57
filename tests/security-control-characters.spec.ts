// A NUL byte (`%00`) in any text was a 500 on both databases, because PostgreSQL refuses U+0000
// in text and jsonb: a respondent's post lost its answers, and API calls (create, import, people,
// events), search parameters and names in settings failed without saying why. Respondents'
// answers are now cleaned and kept; everything else is refused with a 400 that names the field.
import { expect, test, type Page } from '@playwright/test';
import {
	createApiKey,
	newAccount,
	ownAddressPerTest,
	postForm,
	serverOrigin,
	signUp,
	publishSurvey
} from './helpers';

test.use(ownAddressPerTest);

const textQuestion = (id: string, pageBreak = false) => ({
	id,
	type: 'text',
	text: 'Anything to add?',
	required: true,
	...(pageBreak ? { pageBreak } : {})
});

async function publish(page: Page, auth: Record<string, string>, questions: object[]) {
	const definition = { title: 'Visit', audience: 'customer', mode: 'anonymous', questions };
	const { id, path } = await publishSurvey(page.request, auth, definition);
	return { id, path };
}

/** Stored answers of a survey, as the API lists them. */
async function storedText(page: Page, auth: Record<string, string>, id: string) {
	const res = await page.request.get(`/api/v1/surveys/${id}/responses`, { headers: auth });
	expect(res.status()).toBe(200);
	return JSON.stringify(await res.json());
}

test('a respondent without JavaScript keeps an answer holding a NUL byte, on the fast path and the long way', async ({
	page,
	browser
}) => {
	await signUp(page, newAccount('nul-respondent'));
	const auth = { authorization: `Bearer ${await createApiKey(page, 'nul')}` };
	const onePage = await publish(page, auth, [textQuestion('q')]);
	const twoPages = await publish(page, auth, [textQuestion('a'), textQuestion('b', true)]);

	const context = await browser.newContext({
		javaScriptEnabled: false,
		extraHTTPHeaders: { 'x-forwarded-for': '10.200.0.1' }
	});
	const respondent = await context.newPage();
	/** Types into the page's text box what no keyboard can (a NUL byte), then goes on. */
	const answer = async (id: string, text: string) => {
		await respondent.locator(`[name="${id}"]`).evaluate((el, value) => {
			(el as HTMLTextAreaElement).value = value;
		}, text);
		await respondent.locator('button[name="_nav"][value="next"]').click();
	};

	// One page: the post that completes a response at once (scripts/server.js answers it).
	await respondent.goto(onePage.path);
	await answer('q', 'Slow\u0000 checkout');
	await expect(respondent.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await storedText(page, auth, onePage.id)).toContain('Slow checkout');

	// Two pages: each post goes through the page's form action.
	await respondent.goto(twoPages.path);
	await answer('a', 'First\u0000 page');
	await answer('b', 'Second\u0001 page');
	await expect(respondent.getByRole('heading', { level: 1 })).toBeVisible();
	const stored = await storedText(page, auth, twoPages.id);
	expect(stored).toContain('First page');
	expect(stored).toContain('Second page');
	await context.close();
});

test('the API refuses a NUL byte in create, import, people and events with a 400 naming the field', async ({
	page
}) => {
	await signUp(page, newAccount('nul-api'));
	const auth = { authorization: `Bearer ${await createApiKey(page, 'nul')}` };
	const { id } = await publish(page, auth, [textQuestion('q')]);
	const email = `nul-${Date.now()}@example.test`;

	const calls = [
		{
			send: () =>
				page.request.post('/api/v1/surveys', {
					headers: auth,
					data: { title: 'Bad\u0000', audience: 'customer', mode: 'anonymous', questions: [] }
				}),
			path: 'title'
		},
		{
			send: () =>
				page.request.post(`/api/v1/surveys/${id}/responses`, {
					headers: auth,
					data: { answers: { q: 'Hello\u0000' } }
				}),
			path: 'answers.q'
		},
		{
			send: () =>
				page.request.put('/api/v1/people', {
					headers: auth,
					data: { people: [{ email, name: 'Ann\u0000' }] }
				}),
			path: 'people[0].name'
		},
		{
			send: () =>
				page.request.post('/api/v1/events', {
					headers: auth,
					data: { type: 'order.delivered', person: { email, name: '\u0000' } }
				}),
			path: 'person.name'
		},
		{
			send: () => page.request.get('/api/v1/people?search=%00', { headers: auth }),
			path: 'search'
		}
	];
	for (const { send, path } of calls) {
		const res = await send();
		expect(res.status(), path).toBe(400);
		const { error } = await res.json();
		expect(error.code).toBe('bad_request');
		expect(error.message).toContain(`“${path}”`);
		expect(error.issues).toEqual([{ path, message: error.message }]);
	}
	// Nothing was stored by the refused calls.
	expect(await storedText(page, auth, id)).not.toContain('Hello');
	const people = await page.request.get(`/api/v1/people?search=${email}`, { headers: auth });
	expect((await people.json()).people).toEqual([]);
});

test('a search parameter, the profile name and the organisation name refuse a NUL byte with a 400 naming the field', async ({
	page
}) => {
	const account = newAccount('nul-admin');
	await signUp(page, account);
	const request = page.request;

	for (const path of ['/surveys?search=%00', '/people?search=a%00b']) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(400);
		expect(await res.text()).toContain('“search” contains a control character');
	}

	const profile = await postForm(request, '/settings?/profile', { name: 'Me\u0000' });
	expect(profile.status()).toBe(400);
	expect(await profile.text()).toContain('“name” contains a control character');
	// The page's script (use:enhance) gets an action's error, which it shows as the error page.
	const enhanced = await request.post('/settings/organization?/rename', {
		form: { name: 'Org\u0000' },
		headers: { origin: serverOrigin, accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	expect(enhanced.status()).toBe(400);
	expect(await enhanced.json()).toMatchObject({
		type: 'error',
		error: { message: expect.stringContaining('“name” contains a control character') }
	});

	// Nothing changed.
	await page.goto('/settings');
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue(account.name);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();
});
