import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
	acceptAsNewAccount,
	createApiKey,
	expectAccessible,
	fakeIp,
	invite,
	newAccount,
	newClient,
	signUp
} from './helpers';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });

/** A 360 px phone does not scroll the page sideways (wide tables scroll in their own box). */
async function expectNoSidewaysScroll(page: Page) {
	await page.setViewportSize({ width: 360, height: 800 });
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.setViewportSize({ width: 1280, height: 720 });
}

async function surveyWithResponses(
	request: APIRequestContext,
	auth: Record<string, string>,
	definition: object,
	responses: object[]
) {
	const created = await request.post('/api/v1/surveys', { headers: auth, data: definition });
	const { id } = await created.json();
	await request.post(`/api/v1/surveys/${id}/publish`, { headers: auth });
	const imported = await request.post(`/api/v1/surveys/${id}/responses`, {
		headers: auth,
		data: { responses }
	});
	expect(imported.status()).toBe(201);
	return id as string;
}

test('an analyst reads a customer survey by segment and date, and exports its responses', async ({
	browser,
	page: ownerPage,
	request
}) => {
	const owner = newAccount('results-page');
	await signUp(ownerPage, owner);
	const analyst = newAccount('results-page-analyst');
	const invitation = await invite(ownerPage, owner.orgName, analyst.email, 'analyst');
	const client = await newClient(browser);
	await acceptAsNewAccount(client.page, invitation, analyst);
	const page = ownerPage;
	const auth = { authorization: `Bearer ${await createApiKey(page, 'import')}` };
	const stores = ['north', 'north', 'north', 'south', 'south', 'south', 'south', 'east'];
	await surveyWithResponses(
		request,
		auth,
		{
			title: 'Store visit',
			audience: 'customer',
			mode: 'identified',
			hiddenFields: ['store'],
			questions: [
				{ id: 'nps', type: 'nps', text: 'How likely are you to recommend us?', required: true },
				{ id: 'csat', type: 'csat', text: 'How satisfied were you?' }
			]
		},
		stores.map((store, i) => ({
			answers: { nps: [10, 9, 4, 10, 8, 7, 2, 10][i], csat: [5, 4, 2, 5, 4, 3, 1, 5][i] },
			hiddenFields: { store },
			submittedAt: i < 4 ? '2026-01-10T12:00:00Z' : '2026-02-10T12:00:00Z'
		}))
	);

	const p = client.page;
	await p.goto('/surveys');
	await p.getByRole('link', { name: 'Results of Store visit' }).click();
	await expect(p.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();
	await expect(p.getByTestId('responses')).toHaveText('8');
	// 4 promoters, 2 passives, 2 detractors of 8: NPS 25.
	await expect(p.getByTestId('kpi-nps')).toContainText('25');
	await expect(p.getByTestId('kpi-csat')).toContainText('62.5'); // 5 of 8 gave 4 or 5
	// Every NPS score 0–10 has its bar, those nobody gave too; CSAT has its own distribution.
	const npsCard = p.getByRole('article', { name: 'How likely are you to recommend us?' });
	await expect(
		npsCard.getByRole('img', { name: /recommend us\?: 0 0%, 1 0%, 2 12.5%, 3 0%/ })
	).toBeVisible();
	await expect(npsCard.locator('table tbody tr')).toHaveCount(11);
	const csatCard = p.getByRole('article', { name: 'How satisfied were you?' });
	await expect(
		csatCard.getByRole('img', {
			name: 'How satisfied were you?: 1 12.5%, 2 12.5%, 3 12.5%, 4 25%, 5 37.5%'
		})
	).toBeVisible();
	await expect(
		p.getByRole('img', { name: /How likely are you to recommend us\?: 2 periods/ })
	).toBeVisible();

	await p.getByLabel('Compare segments by').selectOption('store');
	await p.getByLabel('From', { exact: true }).fill('2026-02-01');
	await p.getByRole('button', { name: 'Apply' }).click();
	await expect(p).toHaveURL(/by=store/);
	await expect(p).toHaveURL(/from=2026-02-01/);
	await expect(p.getByTestId('responses')).toHaveText('4');
	const segments = p.getByTestId('segments');
	await expect(segments.getByRole('row', { name: /south/ })).toContainText('3');
	await expect(segments.getByRole('row', { name: /east/ })).toContainText('small sample');

	await expectAccessible(p, 'results by store');
	await expectNoSidewaysScroll(p);

	// The view is in its address: opened again, it shows the same.
	const shared = p.url();
	await p.goto(shared);
	await expect(p.getByTestId('responses')).toHaveText('4');

	const [download] = await Promise.all([
		p.waitForEvent('download'),
		p.getByRole('link', { name: 'Export responses (CSV)' }).click()
	]);
	const csv = await readFile((await download.path())!, 'utf8');
	const lines = csv.trim().split('\n');
	expect(lines[0]).toContain('hidden.store,nps,csat');
	expect(lines).toHaveLength(9);
	await client.context.close();
});

test('a viewer of an employee survey sees small groups as "fewer than 5 responses"', async ({
	browser,
	page,
	request
}) => {
	const owner = newAccount('results-ex');
	await signUp(page, owner);
	const auth = { authorization: `Bearer ${await createApiKey(page, 'import')}` };
	const teams = [...Array(8).fill('Sales'), ...Array(6).fill('Support'), ...Array(2).fill('Legal')];
	const id = await surveyWithResponses(
		request,
		auth,
		{
			title: 'Pulse',
			audience: 'employee',
			mode: 'confidential',
			hiddenFields: ['team'],
			questions: [{ id: 'enps', type: 'enps', text: 'Would you recommend us as a place to work?' }]
		},
		teams.map((team, i) => ({ answers: { enps: i % 11 }, hiddenFields: { team } }))
	);
	const viewer = newAccount('results-viewer');
	const path = await invite(page, owner.orgName, viewer.email, 'viewer');
	const client = await newClient(browser);
	await acceptAsNewAccount(client.page, path, viewer);
	const p = client.page;

	await p.goto(`/surveys/${id}/results?by=team`);
	await expect(p.getByTestId('threshold-note')).toContainText('fewer than 5 responses');
	const segments = p.getByTestId('segments');
	await expect(segments.getByRole('row', { name: /Legal/ })).toContainText(
		'fewer than 5 responses'
	);
	// Support (6) is hidden too: else Legal would be the total minus Sales and Support. It says
	// so, rather than that it has fewer than 5 (with 8 hidden, Legal can still be 1, 2 or 3).
	await expect(segments.getByRole('row', { name: /Support/ })).toContainText(
		'hidden to protect a smaller group'
	);
	await expect(segments.getByRole('row', { name: /Support/ })).not.toContainText('fewer than');
	await expectNoSidewaysScroll(p);
	await expect(segments.getByRole('row', { name: /Sales/ })).toContainText('8');
	// No individual responses for a confidential survey: no export, and the address is refused.
	await expect(p.getByRole('link', { name: 'Export responses (CSV)' })).toHaveCount(0);
	const refused = await p.request.get(`/surveys/${id}/results/export?format=csv`);
	expect(refused.status()).toBe(403);

	await p.goto(`/surveys/${id}/results?filter=team%3DLegal`);
	await expect(p.getByTestId('suppressed-all')).toContainText('fewer than 5 responses');
	await p.goto(`/surveys/${id}/results?filter=team%3DSupport`);
	await expect(p.getByTestId('suppressed-all')).toContainText('hidden to protect a smaller group');
	await client.context.close();
});

test('an analyst puts customer and employee scores side by side, by store', async ({
	browser,
	page,
	request
}) => {
	const owner = newAccount('results-cxex');
	await signUp(page, owner);
	const auth = { authorization: `Bearer ${await createApiKey(page, 'import')}` };
	const stores = ['s1', 's2', 's3', 's4'];
	await surveyWithResponses(
		request,
		auth,
		{
			title: 'Store visit',
			audience: 'customer',
			mode: 'identified',
			hiddenFields: ['store'],
			questions: [{ id: 'nps', type: 'nps', text: 'Recommend us?', required: true }]
		},
		stores.flatMap((store, s) =>
			Array.from({ length: 6 }, (_, i) => ({
				answers: { nps: i <= s ? 10 : 3 },
				hiddenFields: { store }
			}))
		)
	);
	await surveyWithResponses(
		request,
		auth,
		{
			title: 'Store pulse',
			audience: 'employee',
			mode: 'anonymous',
			hiddenFields: ['store'],
			questions: [{ id: 'proud', type: 'likert', text: 'I am proud of my store', required: true }]
		},
		[
			...stores.slice(0, 3).flatMap((store, s) =>
				Array.from({ length: 5 }, (_, i) => ({
					answers: { proud: i <= s ? 5 : 2 },
					hiddenFields: { store }
				}))
			),
			...[1, 2].map(() => ({ answers: { proud: 5 }, hiddenFields: { store: 's4' } }))
		]
	);
	const analyst = newAccount('results-analyst');
	const path = await invite(page, owner.orgName, analyst.email, 'analyst');
	const client = await newClient(browser);
	await acceptAsNewAccount(client.page, path, analyst);
	const p = client.page;

	await p.goto('/results');
	// Nothing chosen: the page says what to choose instead of reloading as it was.
	await p.getByRole('button', { name: 'Compare' }).click();
	await expect(p.getByRole('alert')).toContainText(
		'Choose a customer metric, an employee metric and the field they share'
	);
	await p.getByLabel('Customer metric').selectOption({ label: 'Store visit · Recommend us?' });
	await p
		.getByLabel('Employee metric')
		.selectOption({ label: 'Store pulse · I am proud of my store' });
	await p.getByLabel('Shared field').selectOption('store');
	await p.getByRole('button', { name: 'Compare' }).click();
	await expect(p).toHaveURL(/field=store/);
	const units = p.getByTestId('units');
	// s4 has 2 employee responses: left out, with the next smallest store beside it.
	await expect(units.getByRole('row')).toHaveCount(3); // header + 2 stores
	await expect(p.locator('p', { hasText: 'left out:' })).toContainText(
		'2 units are left out: fewer than 5 employee responses'
	);
	await expect(p.getByRole('img', { name: /2 units by store/ })).toBeVisible();
	await expectAccessible(p, 'customers and employees together');
	await expectNoSidewaysScroll(p);
	await client.context.close();
});
