// Password guessing from one network is slowed down per client address (AUTH_RATE_LIMIT, 20 a
// minute by default): the person sees a plain message on the sign-in page, not an error page, a
// browser without JavaScript gets HTTP 429, and other networks are not affected.
import { expect, test } from '@playwright/test';
import { fakeIp, newAccount, newClient, serverOrigin, signIn, signUp } from './helpers';

const tooMany = /^Too many attempts from your network\. Wait \d+ seconds? and try again\.$/;

test('repeated wrong sign-ins from one address are throttled with a clear message; another address is not', async ({
	browser
}) => {
	const account = newAccount('throttle');
	const owner = await newClient(browser);
	await signUp(owner.page, account);
	await owner.context.close();

	const guesserIp = fakeIp();
	const guesser = await newClient(browser, { extraHTTPHeaders: { 'x-forwarded-for': guesserIp } });
	const page = guesser.page;
	let attempts = 0;
	let answer = '';
	const started = Date.now();
	while (attempts < 60) {
		attempts++;
		await signIn(page, account.email, `wrong-guess-${attempts}`);
		const alert = page.getByRole('alert');
		await expect(alert).toBeVisible();
		answer = (await alert.textContent())!.trim();
		if (answer !== 'That e-mail and password do not match an account.') break;
	}
	expect(answer).toMatch(tooMany);
	// Nobody is throttled for a few typos: the limit is 20 at once, plus one attempt that refills
	// every 3 s meanwhile (counted from the clock, so a slow machine does not fail this).
	expect(attempts).toBeGreaterThan(20);
	expect(attempts).toBeLessThanOrEqual(21 + Math.ceil((Date.now() - started) / 3000));

	// Shown on the sign-in page itself, with the form there to try again later.
	await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
	await expect(page.getByText('Something went wrong')).toHaveCount(0);

	// Without JavaScript the form post answers 429 and the page shows the same message. (The bucket
	// refills one attempt every 3 s, so one post may still get through and be answered normally.)
	const noScript = await newClient(browser, {
		javaScriptEnabled: false,
		extraHTTPHeaders: { 'x-forwarded-for': guesserIp }
	});
	const statuses: number[] = [];
	while (statuses.length < 3 && !statuses.includes(429)) {
		await noScript.page.goto('/signin');
		await noScript.page.getByLabel('E-mail').fill(account.email);
		await noScript.page.getByLabel('Password').fill('one-more-guess');
		const [response] = await Promise.all([
			noScript.page.waitForResponse(
				(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/signin'
			),
			noScript.page.getByRole('button', { name: 'Sign in' }).click()
		]);
		statuses.push(response.status());
	}
	expect(statuses).toContain(429);
	await expect(noScript.page.getByRole('alert')).toHaveText(tooMany);
	await expect(noScript.page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
	await expect(noScript.page.getByLabel('E-mail')).toHaveValue(account.email);
	await noScript.context.close();
	await guesser.context.close();

	// Someone on another network is unaffected: a wrong password is just wrong, the right one works.
	const colleague = await newClient(browser);
	await signIn(colleague.page, account.email, 'a-typo-of-their-own');
	await expect(colleague.page.getByRole('alert')).toHaveText(
		'That e-mail and password do not match an account.'
	);
	await signIn(colleague.page, account.email, account.password);
	await expect(
		colleague.page.getByRole('heading', { level: 1, name: account.orgName })
	).toBeVisible();
	await colleague.context.close();
});

test('a request without the proxy’s address header is still answered, not a server error', async ({
	playwright
}) => {
	// The test server trusts X-Forwarded-For (ADDRESS_HEADER); a request lacking it used to make
	// adapter-node throw inside the throttle, answering 500 instead of the form's own answer.
	const bare = await playwright.request.newContext({ baseURL: serverOrigin });
	const res = await bare.post('/signin', {
		headers: { origin: serverOrigin, accept: 'text/html' },
		form: { email: 'nobody@example.test', password: 'whatever it is' }
	});
	expect(res.status()).toBe(400);
	expect(await res.text()).toContain('That e-mail and password do not match an account.');
	await bare.dispose();
});
