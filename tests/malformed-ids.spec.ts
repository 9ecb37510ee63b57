// A record id in an app URL is a UUID (src/params/uuid.ts): anything else is the 404 page at once,
// before a guard or a loader runs, for a visitor signed in or not; a well-formed id still reaches
// the page's own checks (a signed-out visitor is sent to sign in).
import { expect, test } from '@playwright/test';
import { newAccount, ownAddressPerTest, signUp } from './helpers';

test.use(ownAddressPerTest);

const malformed = [
	'/surveys/not-a-survey',
	'/surveys/not-a-survey/results',
	'/surveys/0b7c1d6e-3f5a-4c2b-9a8d-1e2f3a4b5c6d/responses/1',
	'/surveys/0b7c1d6e-3f5a-4c2b-9a8d-1e2f3a4b5c6d/distribute/latest',
	'/pulses/42',
	'/people/import/abc',
	'/settings/outbox/%27%20or%201=1'
];

test('a malformed id in the address is the not-found page, signed out or in', async ({ page }) => {
	for (const path of malformed) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
	}
	// A well-formed id is the page's to judge: signed out, that is the sign-in page.
	await page.goto('/surveys/0b7c1d6e-3f5a-4c2b-9a8d-1e2f3a4b5c6d');
	await expect(page).toHaveURL(/\/signin\?redirectTo=/);

	await signUp(page, newAccount('malformed-id'));
	for (const path of malformed) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
	}
});
