import { expect, test } from '@playwright/test';
import { createApiKey, fakeIp, newAccount, signUp } from './helpers';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });

const definition = {
	title: 'Store visit',
	audience: 'customer',
	mode: 'identified',
	hiddenFields: ['store'],
	questions: [
		{
			id: 'nps',
			type: 'nps',
			text: { en: 'How likely are you to recommend us?', ja: '友人に勧める可能性は？' },
			required: true,
			reasons: {
				choices: [
					{ id: 'price', label: 'Price' },
					{ id: 'staff', label: 'Staff' }
				],
				byGroup: { detractor: ['price'], passive: ['price', 'staff'], promoter: ['staff'] }
			}
		},
		{
			id: 'why',
			type: 'text',
			text: 'What should we fix?',
			showIf: { field: 'nps', op: 'lte', value: 6 }
		}
	]
};

test('a survey is created, edited with a version check, published and closed through the API', async ({
	page,
	request
}) => {
	await signUp(page, newAccount('surveys-api'));
	const key = await createApiKey(page, 'surveys');
	const auth = { authorization: `Bearer ${key}` };

	const created = await request.post('/api/v1/surveys', { headers: auth, data: definition });
	expect(created.status()).toBe(201);
	const survey = await created.json();
	expect(survey).toMatchObject({ status: 'draft', version: 1, revision: 1, title: 'Store visit' });
	expect(created.headers()['etag']).toBe('"1"');

	const invalid = await request.post('/api/v1/surveys', {
		headers: auth,
		data: {
			...definition,
			questions: [{ id: 'c', type: 'single_choice', text: 'Pick', choices: [] }]
		}
	});
	expect(invalid.status()).toBe(400);
	const error = (await invalid.json()).error;
	expect(error.code).toBe('bad_request');
	expect(error.issues).toContainEqual({ path: 'questions.0.choices', message: expect.any(String) });

	const notJson = await request.post('/api/v1/surveys', {
		headers: { ...auth, 'content-type': 'application/json' },
		data: '{oops'
	});
	expect(notJson.status()).toBe(400);

	const path = `/api/v1/surveys/${survey.id}`;
	const first = await request.put(path, {
		headers: { ...auth, 'if-match': '"1"' },
		data: { ...definition, title: 'Mine' }
	});
	expect(first.status()).toBe(200);
	const stale = await request.put(path, {
		headers: { ...auth, 'if-match': '"1"' },
		data: { ...definition, title: 'Theirs' }
	});
	expect(stale.status()).toBe(409);
	expect((await stale.json()).error.message).toMatch(/Someone else saved this survey/);
	expect((await (await request.get(path, { headers: auth })).json()).title).toBe('Mine');

	const published = await request.post(`${path}/publish`, { headers: auth });
	expect(published.status()).toBe(200);
	const result = await published.json();
	expect(result).toEqual({
		status: 'published',
		version: 1,
		url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/s\/[a-z2-7]+$/)
	});

	const list = await (await request.get('/api/v1/surveys', { headers: auth })).json();
	expect(list.surveys).toEqual([
		expect.objectContaining({
			id: survey.id,
			status: 'published',
			publishedVersion: 1,
			responses: 0
		})
	]);
	const drafts = await request.get('/api/v1/surveys?status=draft', { headers: auth });
	expect((await drafts.json()).surveys).toEqual([]);
	const wrong = await request.get('/api/v1/surveys?status=sideways', { headers: auth });
	expect(wrong.status()).toBe(400);
	expect((await wrong.json()).error.issues[0].path).toBe('status');

	// Responses from another channel: all or none, issues by path, once per Idempotency-Key.
	const invalidImport = await request.post(`${path}/responses`, {
		headers: auth,
		data: {
			responses: [
				{ answers: { nps: { score: 9, reason: 'staff' } } },
				{ answers: { nps: { score: 3, reason: 'staff' } } }
			]
		}
	});
	expect(invalidImport.status()).toBe(400);
	expect((await invalidImport.json()).error.issues[0].path).toBe('responses.1.answers.nps.reason');
	const importOnce = () =>
		request.post(`${path}/responses`, {
			headers: { ...auth, 'idempotency-key': 'kiosk-7' },
			data: {
				responses: [
					{ answers: { nps: { score: 9, reason: 'staff' } }, hiddenFields: { store: '12' } },
					{ answers: { nps: { score: 3, reason: 'price' }, why: 'Queue' }, language: 'en' }
				]
			}
		});
	const imported = await importOnce();
	expect(imported.status()).toBe(201);
	const { ids } = await imported.json();
	expect(ids).toHaveLength(2);
	expect((await (await importOnce()).json()).ids).toEqual(ids);
	const counted = await (await request.get('/api/v1/surveys', { headers: auth })).json();
	expect(counted.surveys[0].responses).toBe(2);
	expect((await request.delete(path, { headers: auth })).status()).toBe(409);

	expect((await request.post(`${path}/close`, { headers: auth })).status()).toBe(200);
	expect((await (await request.get(path, { headers: auth })).json()).status).toBe('closed');

	expect((await request.get('/api/v1/surveys/not-a-uuid', { headers: auth })).status()).toBe(404);
	expect((await request.patch(path, { headers: auth })).status()).toBe(405);
	expect((await request.delete(path, { headers: auth })).status()).toBe(409);
});
