import { expect, test, type APIRequestContext } from '@playwright/test';
import { createApiKey, fakeIp, newAccount, newClient, signUp, publishSurvey } from './helpers';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });

async function publish(
	request: APIRequestContext,
	auth: Record<string, string>,
	definition: object
) {
	return (await publishSurvey(request, auth, definition)).id;
}

test('results, trends and responses through the API, scoped to the key’s organisation', async ({
	browser,
	page,
	request
}) => {
	await signUp(page, newAccount('results-api'));
	const auth = { authorization: `Bearer ${await createApiKey(page, 'results')}` };
	const id = await publish(request, auth, {
		title: 'Store visit',
		audience: 'customer',
		mode: 'identified',
		hiddenFields: ['store'],
		questions: [
			{ id: 'nps', type: 'nps', text: 'Recommend us?', required: true },
			{ id: 'note', type: 'text', text: 'Anything else?' }
		]
	});
	const scores = [10, 9, 8, 3, 10, 6];
	const imported = await request.post(`/api/v1/surveys/${id}/responses`, {
		headers: auth,
		data: {
			responses: scores.map((nps, i) => ({
				answers: { nps, ...(i === 0 ? { note: '=HYPERLINK("http://evil.test")' } : {}) },
				hiddenFields: { store: i < 3 ? 'north' : 'south' },
				submittedAt: `2026-0${1 + (i % 2)}-15T10:00:00Z`
			}))
		}
	});
	expect(imported.status()).toBe(201);

	const all = await (await request.get(`/api/v1/surveys/${id}/results`, { headers: auth })).json();
	// 3 promoters, 1 passive, 2 detractors of 6.
	expect(all).toMatchObject({
		surveyId: id,
		responses: 6,
		threshold: null,
		questions: {
			nps: { type: 'nps', n: 6, score: 16.7, promoters: 50, passives: 16.7, detractors: 33.3 }
		}
	});
	const byStore = await (
		await request.get(`/api/v1/surveys/${id}/results?by=store&filter[store]=north`, {
			headers: auth
		})
	).json();
	expect(byStore.segments).toEqual([
		expect.objectContaining({ value: 'north', responses: 3, suppressed: false })
	]);
	const dated = await (
		await request.get(`/api/v1/surveys/${id}/results?from=2026-02-01&to=2026-02-28`, {
			headers: auth
		})
	).json();
	expect(dated.responses).toBe(3);

	const bad = await request.get(`/api/v1/surveys/${id}/results?by=nothing&from=2026-13-01`, {
		headers: auth
	});
	expect(bad.status()).toBe(400);
	expect((await bad.json()).error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
		'by',
		'from'
	]);

	const trend = await (
		await request.get(`/api/v1/surveys/${id}/results/trend?question=nps&interval=month`, {
			headers: auth
		})
	).json();
	expect(trend.points.map((p: { period: string; n: number }) => [p.period, p.n])).toEqual([
		['2026-01-01', 3],
		['2026-02-01', 3]
	]);

	const first = await (
		await request.get(`/api/v1/surveys/${id}/responses?limit=4`, { headers: auth })
	).json();
	expect(first.responses).toHaveLength(4);
	const rest = await (
		await request.get(`/api/v1/surveys/${id}/responses?limit=4&cursor=${first.nextCursor}`, {
			headers: auth
		})
	).json();
	expect(rest.responses).toHaveLength(2);
	expect(rest.nextCursor).toBeNull();
	const ids = new Set([...first.responses, ...rest.responses].map((r: { id: string }) => r.id));
	expect(ids.size).toBe(6);

	const csv = await request.get(`/api/v1/surveys/${id}/responses?format=csv`, { headers: auth });
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text.split('\n')[0]).toContain('id,completed_at,language,version,hidden.store,nps,note');
	// The formula is text in a spreadsheet, not a link that runs.
	expect(text).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
	expect(text.trim().split('\n')).toHaveLength(7);

	// Another organisation's key sees none of it.
	const stranger = await newClient(browser);
	await signUp(stranger.page, newAccount('results-api-other'));
	const other = { authorization: `Bearer ${await createApiKey(stranger.page, 'other')}` };
	await stranger.context.close();
	for (const path of ['results', 'results/trend?question=nps', 'responses', 'responses?format=csv'])
		expect((await request.get(`/api/v1/surveys/${id}/${path}`, { headers: other })).status()).toBe(
			404
		);
});

test('an employee survey hides small groups and never shows a response', async ({
	page,
	request
}) => {
	await signUp(page, newAccount('results-api-ex'));
	const auth = { authorization: `Bearer ${await createApiKey(page, 'ex')}` };
	const id = await publish(request, auth, {
		title: 'Pulse',
		audience: 'employee',
		mode: 'confidential',
		hiddenFields: ['team'],
		questions: [
			{ id: 'enps', type: 'enps', text: 'Recommend us as a place to work?', required: true }
		]
	});
	const teams = [...Array(8).fill('sales'), ...Array(7).fill('support'), ...Array(2).fill('legal')];
	await request.post(`/api/v1/surveys/${id}/responses`, {
		headers: auth,
		data: {
			responses: teams.map((team, i) => ({ answers: { enps: i % 11 }, hiddenFields: { team } }))
		}
	});
	const r = await (
		await request.get(`/api/v1/surveys/${id}/results?by=team`, { headers: auth })
	).json();
	expect(r.threshold).toBe(5);
	expect(r.responses).toBe(17);
	// Legal (2) is hidden, and so is support, the next smallest: else legal = total − the rest.
	// Each says why: legal is small, support protects it (legal could still be 1 to 4).
	expect(r.segments).toEqual([
		{ value: 'legal', suppressed: true, reason: 'small' },
		expect.objectContaining({ value: 'sales', suppressed: false, responses: 8 }),
		{ value: 'support', suppressed: true, reason: 'protecting' }
	]);
	const legal = await (
		await request.get(`/api/v1/surveys/${id}/results?filter[team]=legal`, { headers: auth })
	).json();
	expect(legal).toMatchObject({ responses: null, suppressed: true, questions: {} });
	const twoCuts = await request.get(`/api/v1/surveys/${id}/results?by=team&from=2026-01-01`, {
		headers: auth
	});
	expect(twoCuts.status()).toBe(400);
	for (const format of ['json', 'csv']) {
		const listed = await request.get(`/api/v1/surveys/${id}/responses?format=${format}`, {
			headers: auth
		});
		expect(listed.status()).toBe(403);
		expect((await listed.json()).error.message).toContain(
			'promised its respondents anonymity or confidentiality'
		);
	}
});
