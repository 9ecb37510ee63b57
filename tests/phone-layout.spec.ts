// Every page on a phone: at 360 and 390 px nothing scrolls sideways, with realistic data in it
// (long survey titles, names, e-mail addresses, links and segment values that have no spaces).
// The Share page was 1,305 px wide at 390 px, and the header cut the user's name to a few letters.
//
// The table below lists every page route. A page added later without an entry fails the first
// test: say which address (or addresses, one per state worth seeing) shows it with data.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	createApiKey,
	invite,
	loggedLinks,
	newAccount,
	newClient,
	openAccountMenu,
	ownAddressPerTest,
	postForm,
	serverOrigin,
	signUp,
	submitSignUp,
	tabTo,
	unique,
	type Account
} from './helpers';

test.use(ownAddressPerTest);

/** What the seeding made, for the addresses of the pages. */
type World = {
	surveyId: string;
	draftId: string;
	employeeSurveyId: string;
	slug: string;
	personalLink: string;
	responseId: string;
	distributionId: string;
	programId: string;
	importDone: string;
	importPending: string;
	messageId: string;
	invitePath: string;
	resetPath: string;
	confirmPath: string;
	unsubscribePath: string;
	combined: string;
};
type Visit = { signedOut?: boolean; path: (w: World) => string };

const pages: Record<string, Visit[]> = {
	'/signin': [{ signedOut: true, path: () => '/signin' }],
	'/signup': [{ signedOut: true, path: () => '/signup' }],
	'/signup/confirm/[token]': [{ signedOut: true, path: (w) => w.confirmPath }],
	'/reset': [{ signedOut: true, path: () => '/reset' }],
	'/reset/[token]': [{ signedOut: true, path: (w) => w.resetPath }],
	'/invite/[token]': [{ signedOut: true, path: (w) => w.invitePath }],
	'/s/[slug]': [
		{ signedOut: true, path: (w) => `/s/${w.slug}` },
		{ signedOut: true, path: (w) => w.personalLink }
	],
	'/unsubscribe/[token]': [{ signedOut: true, path: (w) => w.unsubscribePath }],
	'/': [{ path: () => '/' }],
	'/orgs': [{ path: () => '/orgs' }],
	'/people': [{ path: () => '/people' }],
	'/people/import': [{ path: () => '/people/import' }],
	'/people/import/[id]': [
		{ path: (w) => `/people/import/${w.importPending}` },
		{ path: (w) => `/people/import/${w.importDone}` }
	],
	'/pulses': [{ path: () => '/pulses' }],
	'/pulses/[id]': [{ path: (w) => `/pulses/${w.programId}` }],
	'/results': [{ path: () => '/results' }, { path: (w) => `/results?${w.combined}` }],
	'/settings': [{ path: () => '/settings' }],
	'/settings/api-keys': [{ path: () => '/settings/api-keys' }],
	'/settings/jobs': [{ path: () => '/settings/jobs' }],
	'/settings/members': [{ path: () => '/settings/members' }],
	'/settings/organization': [{ path: () => '/settings/organization' }],
	'/settings/outbox': [{ path: () => '/settings/outbox' }],
	'/settings/outbox/[id]': [{ path: (w) => `/settings/outbox/${w.messageId}` }],
	'/settings/triggers': [{ path: () => '/settings/triggers' }],
	'/surveys': [{ path: () => '/surveys' }],
	'/surveys/new': [{ path: () => '/surveys/new' }],
	'/surveys/[id]': [
		{ path: (w) => `/surveys/${w.surveyId}` },
		{ path: (w) => `/surveys/${w.draftId}` }
	],
	'/surveys/[id]/distribute': [{ path: (w) => `/surveys/${w.surveyId}/distribute` }],
	'/surveys/[id]/distribute/[distributionId]': [
		{ path: (w) => `/surveys/${w.surveyId}/distribute/${w.distributionId}?by=${tierField}` }
	],
	'/surveys/[id]/responses': [{ path: (w) => `/surveys/${w.surveyId}/responses` }],
	'/surveys/[id]/responses/[responseId]': [
		{ path: (w) => `/surveys/${w.surveyId}/responses/${w.responseId}` }
	],
	'/surveys/[id]/results': [
		{ path: (w) => `/surveys/${w.surveyId}/results?by=store` },
		{ path: (w) => `/surveys/${w.employeeSurveyId}/results?by=store` }
	],
	'/surveys/[id]/share': [{ path: (w) => `/surveys/${w.surveyId}/share` }],
	'/surveys/[id]/versions': [{ path: (w) => `/surveys/${w.surveyId}/versions?from=1&to=2` }]
};

/** Every page route under src/routes (a +page.svelte), as a route id: groups, matchers dropped. */
function pageRoutes(): string[] {
	const root = fileURLToPath(new URL('../src/routes', import.meta.url));
	const ids: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name));
			else if (entry.name === '+page.svelte') {
				const segments = relative(root, dir)
					.split(sep)
					.filter((s) => s && !/^\(.+\)$/.test(s))
					.map((s) => s.replace(/=\w+\]$/, ']'));
				ids.push('/' + segments.join('/'));
			}
		}
	};
	walk(root);
	return ids.sort();
}

test('every page route is visited on a phone, and every entry is a page route', () => {
	const onDisk = pageRoutes();
	expect(onDisk).toContain('/surveys/[id]/share');
	const listed = Object.keys(pages);
	expect({
		'pages not visited: add them to tests/phone-layout.spec.ts': onDisk.filter(
			(id) => !listed.includes(id)
		),
		'entries for pages that no longer exist': listed.filter((id) => !onDisk.includes(id))
	}).toEqual({
		'pages not visited: add them to tests/phone-layout.spec.ts': [],
		'entries for pages that no longer exist': []
	});
});

// Words without a space to break at, as real data has them: addresses, codes, compound names.
const id = unique('phone');
const longStore = (n: number) => `Rotterdam-Noord-Winkelcentrum-Zuidplein-Afhaalpunt-000${n}`;
const tierField = 'loyalty_programme_membership_tier_since_enrolment';
const longUrl = `https://shop.example.com/orders/${'0123456789abcdef'.repeat(4)}/receipt?utm_source=newsletter&utm_campaign=spring`;
const account: Account = {
	name: `Maximiliana Alexandrovna Featherstonehaugh-Cholmondeley ${id}`,
	email: `maximiliana.featherstonehaugh-cholmondeley.${id}@customer-experience.example.test`,
	password: `pw-${id}-long`,
	orgName: `Koninklijke Nederlandsche Klantvriendelijkheidsmaatschappij ${id}`
};

/** How far the page scrolls sideways, and the innermost elements (or text) that stick out. */
async function sideways(page: Page) {
	return page.evaluate(() => {
		const root = document.scrollingElement!;
		const width = root.clientWidth;
		// Content inside a box that clips or scrolls cannot widen the page.
		const clipped = (el: Element) => {
			for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
				if (getComputedStyle(p).overflowX !== 'visible') return true;
			return false;
		};
		const out = [...document.body.querySelectorAll('*')].filter(
			(el) => el.getBoundingClientRect().right > width + 1 && !clipped(el)
		);
		// A long word overflows its box without widening the box: look at the text too.
		const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = texts.nextNode(); node; node = texts.nextNode()) {
			const range = document.createRange();
			range.selectNodeContents(node);
			const parent = node.parentElement!;
			if (range.getBoundingClientRect().right > width + 1 && !out.includes(parent))
				if (getComputedStyle(parent).overflowX === 'visible' && !clipped(parent)) out.push(parent);
		}
		const innermost = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
		const name = (el: Element) => `<${el.localName}> ${(el.textContent ?? '').trim().slice(0, 40)}`;
		return {
			overflow: root.scrollWidth - width,
			culprits: innermost.slice(0, 3).map(name).join(' | ')
		};
	});
}

async function seed(page: Page, request: APIRequestContext): Promise<World> {
	const headers = {
		authorization: `Bearer ${await createApiKey(page, `Key for the nightly CRM sync ${id}`)}`
	};
	const api = async (method: 'post' | 'put', path: string, data: object, status = 201) => {
		const res = await request[method](path, { headers, data });
		expect(res.status(), `${method} ${path}: ${await res.text()}`).toBe(status);
		return res.json();
	};

	const title = `Customer satisfaction after in-store pick-up at ${longStore(1)}`;
	const definition = {
		title,
		audience: 'customer',
		mode: 'identified',
		hiddenFields: ['store', 'utm_campaign_identifier_for_the_spring_promotion_2026'],
		intro: `Read how we keep your answers at ${longUrl}`,
		questions: [
			{ id: 'nps', type: 'nps', text: 'How likely are you to recommend us?', required: true },
			{ id: 'csat', type: 'csat', text: 'How satisfied were you with the pick-up?' },
			{ id: 'ces', type: 'ces', text: 'How easy was it to collect your order?' },
			{ id: 'staff', type: 'likert', text: 'The staff were friendly and helpful' },
			{
				id: 'channel',
				type: 'single_choice',
				text: 'How did you order?',
				choices: [
					{ id: 'app', label: 'Mobile-application-with-click-and-collect-reservation' },
					{ id: 'web', label: 'Website' }
				]
			},
			{ id: 'comment', type: 'text', text: 'Anything else?', long: true }
		]
	};
	const { id: surveyId } = await api('post', '/api/v1/surveys', definition);
	await api('post', `/api/v1/surveys/${surveyId}/publish`, {}, 200);
	// A second version, for the comparison of versions.
	const edited = { ...definition, title: `${title} (revised)` };
	await api('put', `/api/v1/surveys/${surveyId}`, edited, 200);
	await api('post', `/api/v1/surveys/${surveyId}/publish`, {}, 200);
	await api('post', `/api/v1/surveys/${surveyId}/responses`, {
		responses: Array.from({ length: 18 }, (_, i) => ({
			answers: {
				nps: [10, 9, 4, 8, 7, 2][i % 6],
				csat: [5, 4, 2, 5, 3, 1][i % 6],
				ces: [6, 7, 3, 5, 4, 2][i % 6],
				staff: [5, 4, 2, 4, 3, 1][i % 6],
				channel: i % 2 ? 'app' : 'web',
				comment: `My receipt ${longUrl}&n=${i} never arrived at ${account.email}`
			},
			hiddenFields: {
				store: longStore(i % 3),
				utm_campaign_identifier_for_the_spring_promotion_2026: `spring-newsletter-${'x'.repeat(60)}`
			},
			submittedAt: i < 9 ? '2026-01-10T12:00:00Z' : '2026-02-10T12:00:00Z'
		}))
	});
	const responses = await (
		await request.get(`/api/v1/surveys/${surveyId}/responses`, { headers })
	).json();
	const { id: draftId } = await api('post', '/api/v1/surveys', {
		...definition,
		title: `Draft: ${title}`
	});

	// An employee survey sharing the store field, with enough answers per store to be shown.
	const { id: employeeSurveyId } = await api('post', '/api/v1/surveys', {
		title: `Engagement of the colleagues at ${longStore(1)}`,
		audience: 'employee',
		mode: 'confidential',
		hiddenFields: ['store'],
		questions: [
			{ id: 'enps', type: 'enps', text: 'Would you recommend working here?' },
			{ id: 'growth', type: 'likert', text: 'I can grow here' },
			{ id: 'workload', type: 'likert', text: 'My workload is manageable' }
		]
	});
	await api('post', `/api/v1/surveys/${employeeSurveyId}/publish`, {}, 200);
	await api('post', `/api/v1/surveys/${employeeSurveyId}/responses`, {
		responses: Array.from({ length: 18 }, (_, i) => ({
			answers: { enps: [10, 9, 4, 8, 7, 2][i % 6], growth: [5, 4, 2][i % 3], workload: 3 },
			hiddenFields: { store: longStore(i % 3) }
		}))
	});

	// Customers in the directory, and a distribution to them.
	await api(
		'put',
		'/api/v1/people',
		{
			kind: 'customer',
			people: Array.from({ length: 6 }, (_, i) => ({
				email: `customer.with.a.rather.long.address.${i}.${id}@subdomain.example.test`,
				name: `Customer-${i}-Featherstonehaugh-Cholmondeley-Wolfeschlegelsteinhausen`,
				attributes: {
					store: longStore(i % 2),
					[tierField]: 'Platinum-Plus-Lifetime-Member-Since-Two-Thousand-And-Eight'
				}
			}))
		},
		200
	);
	const distribution = await api('post', `/api/v1/surveys/${surveyId}/distributions`, {
		channel: 'email',
		audience: { attributes: {} },
		reminders: [3, 7]
	});

	// A touchpoint with a long name and long hidden field values (the Share page's table).
	await page.goto(`/surveys/${surveyId}/share`);
	await page.getByLabel('Name').fill(`Checkout-counter-${longStore(1)}`);
	await page.getByLabel('store', { exact: true }).fill(longStore(1));
	await page
		.getByLabel('utm_campaign_identifier_for_the_spring_promotion_2026')
		.fill(`printed-receipt-${'y'.repeat(40)}`);
	await page.getByRole('button', { name: 'Add touchpoint' }).click();
	await expect(page.getByRole('row').filter({ hasText: 'Checkout-counter' })).toBeVisible();
	const slug = new URL((await page.getByTestId('public-link').textContent())!).pathname.split(
		'/'
	)[2];

	// A pulse program on the employee survey.
	const pulse = await postForm(page.request, '/pulses?/create', {
		surveyId: employeeSurveyId,
		name: `Monthly engagement pulse of ${longStore(2)}`,
		cadence: 'monthly',
		perRound: '1',
		core: 'enps'
	});
	expect(pulse.status()).toBe(303);
	const programId = pulse.headers().location.split('/').at(-1)!;

	// A trigger rule and an event for it.
	await page.goto('/settings/triggers');
	await page.getByLabel('Event type').fill('order.delivered.to.the.click-and-collect-locker');
	await page.getByLabel('Survey').selectOption({ label: `${title} (revised)` });
	await page
		.getByLabel("Hidden fields from the event's data")
		.fill('store = order.fulfilment_location_identifier');
	await page.getByRole('button', { name: 'Add rule' }).click();
	await expect(page.getByRole('row').filter({ hasText: 'click-and-collect-locker' })).toBeVisible();
	await api(
		'post',
		'/api/v1/events',
		{
			type: 'order.delivered.to.the.click-and-collect-locker',
			person: { email: `customer.with.a.rather.long.address.0.${id}@subdomain.example.test` },
			data: { order: { fulfilment_location_identifier: longStore(1) } }
		},
		202
	);

	// People imports: one finished, one waiting for its columns (a wide preview).
	const upload = async () => {
		const header = [
			'Electronic-mail-address-of-the-employee',
			'Full-legal-name-as-registered',
			'Organisational-unit-identifier',
			'Date-of-joining-the-organisation'
		].join(',');
		const rows = Array.from(
			{ length: 3 },
			(_, i) =>
				`imported.${i}.${id}@subdomain.example.test,Wolfeschlegelsteinhausenbergerdorff-${i},${longStore(i)},2020-01-0${i + 1}`
		);
		const res = await page.request.post('/people/import', {
			multipart: {
				file: {
					name: `directory-export-from-the-human-resources-system-${id}.csv`,
					mimeType: 'text/csv',
					buffer: Buffer.from([header, ...rows].join('\n'))
				}
			},
			headers: { origin: serverOrigin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(res.status()).toBe(303);
		return res.headers().location.split('/').pop()!;
	};
	const importDone = await upload();
	const importPending = await upload();
	await page.goto(`/people/import/${importDone}`);
	await page
		.getByLabel('Import “Electronic-mail-address-of-the-employee” as')
		.selectOption('email');
	await page.getByLabel('Import “Full-legal-name-as-registered” as').selectOption('name');
	await page.getByRole('button', { name: 'Start the import' }).click();
	await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible({
		timeout: 20_000
	});

	// A pending invitation, and the customers' invitations in the outbox.
	const invitePath = await invite(
		page,
		account.orgName,
		`a.colleague.with.a.long.address.${id}@human-resources.example.test`
	);
	let messageId = '';
	await expect(async () => {
		await page.goto('/settings/outbox');
		const link = page
			.getByRole('row')
			.filter({ hasText: `customer.with.a.rather.long.address.0.${id}` })
			.getByRole('link')
			.first();
		messageId = (await link.getAttribute('href'))!.split('/').pop()!;
	}).toPass({ timeout: 30_000 });
	await page.goto(`/settings/outbox/${messageId}`);
	const links = await page.locator('.body a').evaluateAll((as) => as.map((a) => a.textContent!));
	const personalLink = new URL(links.find((l) => l.includes('/s/'))!);
	const unsubscribe = new URL(links.find((l) => l.includes('/unsubscribe/'))!);

	// A password reset link, asked for as a signed-out user would.
	const out = await newClient(page.context().browser()!);
	await out.page.goto('/reset');
	await out.page.getByLabel('E-mail').fill(account.email);
	await out.page.getByRole('button', { name: 'Send the link' }).click();
	await expect(out.page.getByRole('status')).toContainText(account.email);
	// A sign-up whose link is not followed yet, as someone about to confirm it would see it.
	const newcomer = newAccount('phone-newcomer');
	await out.page.goto('/signup');
	await submitSignUp(out.page, newcomer);
	await out.context.close();
	await expect.poll(() => loggedLinks(account.email, '/reset/').length).toBe(1);
	await expect.poll(() => loggedLinks(newcomer.email, '/signup/confirm/').length).toBe(1);

	// Customers and employees together, on the store they share.
	await page.goto('/results');
	await page.getByLabel('Customer metric').selectOption({ index: 1 });
	await page.getByLabel('Employee metric').selectOption({ index: 1 });
	await page.getByLabel('Shared field').selectOption('store');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page.getByTestId('units')).toBeVisible();

	return {
		surveyId,
		draftId,
		employeeSurveyId,
		slug,
		personalLink: personalLink.pathname + personalLink.search,
		responseId: responses.responses[0].id,
		distributionId: distribution.id,
		programId,
		importDone,
		importPending,
		messageId,
		invitePath,
		resetPath: new URL(loggedLinks(account.email, '/reset/')[0]).pathname,
		confirmPath: new URL(loggedLinks(newcomer.email, '/signup/confirm/')[0]).pathname,
		unsubscribePath: unsubscribe.pathname,
		combined: new URL(page.url()).search.slice(1)
	};
}

test('no page scrolls sideways on a 360 or 390 px phone, with long names and links in it', async ({
	browser,
	page,
	request
}) => {
	test.setTimeout(240_000);
	await signUp(page, account);
	const world = await seed(page, request);
	const signedOut = await newClient(browser);
	const failures: string[] = [];
	for (const width of [360, 390]) {
		for (const client of [page, signedOut.page])
			await client.setViewportSize({ width, height: 800 });
		for (const [route, visits] of Object.entries(pages)) {
			for (const visit of visits) {
				const client = visit.signedOut ? signedOut.page : page;
				const path = visit.path(world);
				const response = await client.goto(path);
				expect(response?.status(), `${route}: ${path}`).toBeLessThan(400);
				const { overflow, culprits } = await sideways(client);
				if (overflow > 0) failures.push(`${width}px ${path}: ${overflow}px too wide: ${culprits}`);
			}
		}
	}
	// The 404 page, and the designer's other sections.
	for (const width of [360, 390]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/no-such-page');
		const notFound = await sideways(page);
		if (notFound.overflow > 0) failures.push(`${width}px 404 page: ${notFound.culprits}`);
		await page.goto(`/surveys/${world.draftId}`);
		for (const tab of ['Translations', 'Settings']) {
			await page.getByRole('tab', { name: tab }).click();
			const { overflow, culprits } = await sideways(page);
			if (overflow > 0) failures.push(`${width}px designer, ${tab}: ${culprits}`);
		}
	}
	expect(failures).toEqual([]);
	await signedOut.context.close();

	// A segment table wider than the phone scrolls in its own region, which says so and which a
	// keyboard can scroll.
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto(`/surveys/${world.surveyId}/results?by=store`);
	const region = page.getByRole('region', { name: 'Segments by store' });
	await expect(region.getByTestId('segments')).toBeVisible();
	await expect(page.getByText('Scroll sideways for more →')).toBeVisible();
	expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await tabTo(page, region);
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	expect((await sideways(page)).overflow).toBeLessThanOrEqual(0);
	// On a desktop the same table fits: no hint.
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(page.getByText('Scroll sideways for more →')).toBeHidden();
});

test("the header shows the user's whole name: beside the menu on a desktop, in it on a phone", async ({
	page
}) => {
	const id = unique('header');
	const person = {
		...account,
		name: `Maximiliana Alexandrovna Featherstonehaugh-Cholmondeley ${id}`,
		email: `${id}@example.test`
	};
	await signUp(page, person);
	const unclipped = (el: Element) =>
		el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight;

	await page.setViewportSize({ width: 1280, height: 800 });
	const summary = page.locator('summary').filter({ hasText: 'Account menu for' });
	await expect(summary).toContainText(person.name);
	expect(await summary.evaluate(unclipped), 'the name in the header is cut').toBe(true);

	await page.setViewportSize({ width: 360, height: 800 });
	await expect(summary).toBeInViewport({ ratio: 1 });
	await openAccountMenu(page);
	const inMenu = page.getByTestId('menu-name');
	await expect(inMenu).toHaveText(person.name);
	await expect(inMenu).toBeInViewport({ ratio: 1 });
	expect(await inMenu.evaluate(unclipped), 'the name in the menu is cut').toBe(true);
	expect((await sideways(page)).overflow).toBeLessThanOrEqual(0);
});
