import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { newAccount, newClient, ownAddressPerTest, signUp } from './helpers';

test.use(ownAddressPerTest);

test('touchpoint links carry their hidden fields and download as printable QR codes; only allowed sites may frame the survey', async ({
	page,
	browser
}) => {
	await signUp(page, newAccount('share'));
	await page.goto('/surveys/new');
	await page.getByRole('button', { name: /^Touchpoint CSAT/ }).click();
	await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]{36}$/);
	const designer = new URL(page.url()).pathname;
	await page.getByRole('tab', { name: 'Settings' }).click();
	await page.getByLabel('Hidden fields').fill('store, channel');
	await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByText(/^Published version/)).toBeVisible();

	await page.getByRole('link', { name: 'Share' }).click();
	const link = (await page.getByTestId('public-link').textContent())!;
	// A touchpoint without a name is refused beside the field, and what was typed stays.
	await page.getByLabel('store').fill('12');
	await page.getByRole('button', { name: 'Add touchpoint' }).click();
	await expect(page.getByRole('alert')).toHaveText('The touchpoint is not valid.');
	await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Name the touchpoint');
	await expect(page.getByLabel('store')).toHaveValue('12');
	await page.getByLabel('Name').fill('Store 12 checkout');
	await page.getByLabel('channel').fill('qr');
	await page.getByRole('button', { name: 'Add touchpoint' }).click();
	const row = page.getByRole('row').filter({ hasText: 'Store 12 checkout' });
	await expect(row).toContainText(`${link}?store=12&channel=qr`);

	const svg = page.waitForEvent('download');
	await row.getByRole('link', { name: 'SVG' }).click();
	const svgFile = await svg;
	expect(svgFile.suggestedFilename()).toBe('store-12-checkout-qr.svg');
	expect(readFileSync(await svgFile.path(), 'utf8')).toMatch(/^<svg[^>]*viewBox[\s\S]*<path/);
	const png = page.waitForEvent('download');
	await row.getByRole('link', { name: 'PNG' }).click();
	const bytes = readFileSync(await (await png).path());
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

	// Respondent pages are not framed until the organisation allows a site.
	const { page: respondent, context } = await newClient(browser);
	const frameHeader = async () =>
		(await respondent.request.get(link)).headers()['content-security-policy'];
	expect(await frameHeader()).toContain("frame-ancestors 'none'");
	expect((await respondent.request.get(link)).headers()['x-frame-options']).toBe('DENY');

	await page.goto('/settings/organization');
	await page.locator('#frameOrigins-input').fill('javascript:alert(1)');
	await page.getByRole('button', { name: 'Save embedding sites' }).click();
	await expect(page.getByText(/is not an https origin/)).toBeVisible();
	await page
		.locator('#frameOrigins-input')
		.fill('https://intranet.example.com\nhttps://help.example.com/path');
	await page.getByRole('button', { name: 'Save embedding sites' }).click();
	await expect(page.getByText('Saved: 2 sites may embed your surveys.')).toBeVisible();
	const csp = await frameHeader();
	expect(csp).toContain(
		"frame-ancestors 'self' https://intranet.example.com https://help.example.com"
	);
	expect((await respondent.request.get(link)).headers()['x-frame-options']).toBeUndefined();
	// The app's own pages are never framed.
	expect((await page.request.get(designer)).headers()['x-frame-options']).toBe('DENY');
	await context.close();
});
