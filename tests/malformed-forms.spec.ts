// A post whose body is not a readable form (a broken multipart boundary, say) is the client's
// mistake: every action answers 400, never a server error, and signing out does not half-happen.
import { expect, test } from '@playwright/test';
import { newClient, newAccount, serverOrigin, signUp } from './helpers';

const broken = {
	headers: {
		origin: serverOrigin,
		accept: 'text/html',
		'content-type': 'multipart/form-data; boundary=nothing-matches'
	},
	data: '--wrong\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n',
	maxRedirects: 0
};

test('actions answer 400 to a body that is not a form', async ({ browser }) => {
	const owner = newAccount('malformed');
	const client = await newClient(browser);
	await signUp(client.page, owner);
	const request = client.context.request;
	for (const path of [
		'/theme',
		'/orgs?/switch',
		'/settings/members?/role',
		'/settings/members?/remove',
		'/settings/members?/revoke',
		'/settings/api-keys?/revoke',
		'/signout'
	]) {
		const res = await request.post(path, broken);
		expect(res.status(), path).toBe(400);
	}
	// The failed sign-out left the session alone.
	const home = await client.page.goto('/');
	expect(home?.status()).toBe(200);
	await expect(client.page.getByRole('heading', { level: 1, name: owner.orgName })).toBeVisible();
	await client.context.close();
});
