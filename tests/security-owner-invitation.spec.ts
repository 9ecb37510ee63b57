// Security regression. The Outbox showed every stored invitation to every admin, including an
// owner's invitation of a new owner. Since the link alone makes its holder a member with the
// invited role (sign-up does not prove the address), an admin could copy it, sign up as the
// invited address, become an owner and demote the real owners. Now an invitation to the owner
// role is visible to owners only, and an invitation dies if its sender can no longer grant it.
import { expect, test } from '@playwright/test';
import { acceptAsNewAccount, invite, newAccount, newClient, signUp, unique } from './helpers';

test('an admin cannot read an owner’s invitation to a new owner', async ({ browser }) => {
	const owner = newAccount('owner');
	const ownerClient = await newClient(browser);
	await signUp(ownerClient.page, owner);

	const admin = newAccount('admin');
	const adminLink = await invite(ownerClient.page, owner.orgName, admin.email, 'admin');
	const adminClient = await newClient(browser);
	await acceptAsNewAccount(adminClient.page, adminLink, admin);

	const futureOwner = `${unique('future-owner')}@example.test`;
	await invite(ownerClient.page, owner.orgName, futureOwner, 'owner');
	const ownerView = ownerClient.page.url(); // the owner reads it at /settings/outbox/{id}
	expect(ownerView).toMatch(/\/settings\/outbox\/[0-9a-f-]{36}$/);

	await adminClient.page.goto('/settings/outbox');
	await expect(
		adminClient.page.getByRole('cell', { name: admin.email, exact: true })
	).toBeVisible();
	await expect(adminClient.page.getByRole('cell', { name: futureOwner, exact: true })).toHaveCount(
		0
	);
	const direct = await adminClient.page.goto(new URL(ownerView).pathname);
	expect(direct?.status()).toBe(404);

	// Nor can the admin make an owner invitation of their own.
	await adminClient.page.goto('/settings/members');
	await expect(
		adminClient.page.getByLabel('Role').first().locator('option[value="owner"]')
	).toHaveCount(0);

	await ownerClient.context.close();
	await adminClient.context.close();
});
