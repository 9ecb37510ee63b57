// Security regression (issue 13, finding 3.1). An employee comment reads the same in every view,
// and the results page listed it under every filter whose group had 10 responses or more. So a
// reader who noted which filters showed a comment (its team, its site, its month, its answer to a
// question) pinned its author to the intersection of those groups: a security probe tied 22 of 78
// comments of a confidential survey to a group of one. Here the one salesperson in Bergen wrote
// "Lonely in Bergen": it showed under team = Sales (12) and under site = Bergen (13), whose only
// common member is its author. Now, under a filter, a comment shows only if at least 10 responses
// share all its groups; the others show only without a filter.
import { expect, test } from '@playwright/test';
import { createApiKey, fakeIp, newAccount, signUp, publishSurvey } from './helpers';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': fakeIp() } });

test('comparing filters does not pin an employee comment to its author', async ({
	page,
	request
}) => {
	await signUp(page, newAccount('pinning'));
	const auth = { authorization: `Bearer ${await createApiKey(page, 'import')}` };
	const { id } = await publishSurvey(request, auth, {
		title: 'Pulse',
		audience: 'employee',
		mode: 'confidential',
		hiddenFields: ['team', 'site'],
		questions: [{ id: 'why', type: 'text', text: 'What would you change?' }]
	});
	const response = (team: string, site: string, why: string) => ({
		answers: { why },
		hiddenFields: { team, site },
		submittedAt: '2026-01-15T10:00:00Z'
	});
	const imported = await request.post(`/api/v1/surveys/${id}/responses`, {
		headers: auth,
		data: {
			responses: [
				...Array.from({ length: 11 }, (_, i) => response('Sales', 'Oslo', `Sales in Oslo ${i}`)),
				response('Sales', 'Bergen', 'Lonely in Bergen'),
				...Array.from({ length: 12 }, (_, i) =>
					response('Support', 'Bergen', `Support in Bergen ${i}`)
				),
				response('Support', 'Oslo', 'Lonely in Oslo')
			]
		}
	});
	expect(imported.status()).toBe(201);

	const comments = page.getByTestId('comments').getByRole('listitem');
	const count = page.getByRole('region', { name: 'Comments' }).locator('p[aria-live]');
	// Everyone's comments: both lonely ones among the 25.
	await page.goto(`/surveys/${id}/results?q=Lonely`);
	await expect(comments).toHaveText([/Lonely in/, /Lonely in/]);
	// Neither the author's team nor the author's site shows the comment any more.
	for (const filter of ['team%3DSales', 'site%3DBergen', 'team%3DSupport', 'site%3DOslo']) {
		await page.goto(`/surveys/${id}/results?filter=${filter}&q=Lonely`);
		await expect(count).toHaveText(/^\s*0\s+comments containing/);
		await expect(comments).toHaveCount(0);
		await expect(page.getByTestId('comments-filtered')).toContainText('at least 10 responses');
	}
	// Support in Bergen (12) share all their groups: their comments still show under a filter.
	// Sales in Oslo (11) are held back with the two lonely ones: else a comment seen only without
	// a filter would be one of just two.
	await page.goto(`/surveys/${id}/results?filter=site%3DBergen`);
	await expect(count).toHaveText(/^\s*12\s+comments/);
	await expect(comments.filter({ hasText: 'Support in Bergen' })).toHaveCount(12);
	await page.goto(`/surveys/${id}/results?filter=team%3DSales`);
	await expect(count).toHaveText(/^\s*0\s+comments/);
});
