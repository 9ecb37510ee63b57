import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { apiKeys } from '../identity';
import { makeAccount } from '../testing';
import { triggers } from '../outreach';
import { openApiDocument } from './openapi';

// Every operation of the OpenAPI document, called through its real route handler on a real
// database, and every answer (status, content type, headers, body) checked against what the
// document declares for it. The schemas are strict (no undeclared property), so a field, a status
// or a header the API sends but the document leaves out fails here.

type Doc = ReturnType<typeof openApiDocument>;
type Operation = {
	operationId: string;
	responses: Record<
		string,
		{ headers?: Record<string, { required?: boolean; schema: object }>; content?: object }
	>;
	requestBody?: { content: Record<string, unknown> };
	security?: unknown[];
};

const doc = openApiDocument() as Doc;
const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Copies the document for ajv, which reads each branch's `type` const and refuses `mapping`. */
function forAjv(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(forAjv);
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, v] of Object.entries(value)) {
			out[key] =
				key === 'discriminator'
					? { propertyName: (v as { propertyName: string }).propertyName }
					: forAjv(v);
		}
		return out;
	}
	return value;
}

// The document's own JSON Schema 2020-12 dialect; OpenAPI's keywords beside the schemas are ignored.
const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true });
addFormats(ajv);
ajv.addSchema(forAjv(doc) as object, 'openapi.json');
const pointer = (...parts: string[]) =>
	'openapi.json#/' + parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
const compiled = new Map<string, ValidateFunction>();
function validator(ref: string) {
	let validate = compiled.get(ref);
	if (!validate) compiled.set(ref, (validate = ajv.compile({ $ref: ref })));
	return validate;
}

/** Operations by "METHOD /path", with a matcher for concrete paths. */
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
	methods
		.filter((m) => m in item)
		.map((method) => ({
			method,
			path,
			op: (item as Record<string, Operation>)[method],
			match: new RegExp('^' + path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)') + '$')
		}))
);

/** What the run saw: "operationId status". */
const seen = new Set<string>();

type Call = {
	key?: string | null;
	/** A body the document itself refuses (to see the API refuse it too) */
	invalid?: boolean;
	body?: unknown;
	headers?: Record<string, string>;
};

let apiKey = '';

/**
 * Calls the route handler of the document's operation for `method url` with a real Request, and
 * checks the answer against the document. Returns the response and its parsed body.
 */
async function call(method: (typeof methods)[number], url: string, options: Call = {}) {
	const [pathname] = url.split('?');
	const found = operations.find((o) => o.method === method && o.match.test(pathname));
	if (!found) throw new Error(`The document has no operation for ${method} ${pathname}`);
	const params = found.match.exec(pathname)!.groups ?? {};
	const file = found.path.replace(/\{(\w+)\}/g, '[$1]');
	const module = await import(/* @vite-ignore */ `/src/routes/api/v1${file}/+server.ts`);
	const handler = module[method.toUpperCase()];
	const key = options.key === undefined ? apiKey : options.key;
	const headers: Record<string, string> = { ...(options.headers ?? {}) };
	if (key) headers.authorization = `Bearer ${key}`;
	if (options.body !== undefined) {
		headers['content-type'] = 'application/json';
		// What we send must be what the document accepts too.
		if (found.op.requestBody && !options.invalid) {
			const validate = validator(
				pointer('paths', found.path, method, 'requestBody', 'content', 'application/json', 'schema')
			);
			expect(
				validate(options.body),
				`${found.op.operationId} request: ${ajv.errorsText(validate.errors)}`
			).toBe(true);
		}
	}
	const request = new Request(`http://localhost/api/v1${url}`, {
		method: method.toUpperCase(),
		headers,
		body: options.body === undefined ? undefined : JSON.stringify(options.body)
	});
	const event = {
		request,
		url: new URL(request.url),
		params,
		locals: {},
		getClientAddress: () => '127.0.0.1'
	} as unknown as RequestEvent;
	const response: Response = await handler(event);
	const body = await check(found, response);
	seen.add(`${found.op.operationId} ${response.status}`);
	return { status: response.status, headers: response.headers, body };
}

async function check(found: (typeof operations)[number], response: Response) {
	const { op, path, method } = found;
	const where = `${op.operationId} ${response.status}`;
	const declared = op.responses[String(response.status)];
	const text = await response.text();
	expect(declared, `${where}: status not declared (${text.slice(0, 200)})`).toBeDefined();
	for (const [name, header] of Object.entries(declared.headers ?? {})) {
		const value = response.headers.get(name);
		if (header.required) expect(value, `${where}: header ${name}`).not.toBeNull();
		if (value !== null) {
			const validate = validator(
				pointer(
					'paths',
					path,
					method,
					'responses',
					String(response.status),
					'headers',
					name,
					'schema'
				)
			);
			expect(
				validate(value),
				`${where}: header ${name}=${value}: ${ajv.errorsText(validate.errors)}`
			).toBe(true);
		}
	}
	// A validator the document does not mention is no contract a client can rely on.
	for (const name of ['etag', 'www-authenticate', 'retry-after'])
		if (response.headers.has(name))
			expect(
				Object.keys(declared.headers ?? {}).map((h) => h.toLowerCase()),
				`${where}: header ${name} not declared`
			).toContain(name);
	const content = (declared.content ?? {}) as Record<string, unknown>;
	if (!text) {
		expect(Object.keys(content), `${where}: declared a body, sent none`).toEqual([]);
		return undefined;
	}
	const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
	expect(Object.keys(content), `${where}: content type ${type} not declared`).toContain(type);
	const body = type === 'application/json' ? JSON.parse(text) : text;
	const validate = validator(
		pointer('paths', path, method, 'responses', String(response.status), 'content', type, 'schema')
	);
	expect(
		validate(body),
		`${where}: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 2000)}`
	).toBe(true);
	return body;
}

const customerSurvey = {
	title: 'Every question type',
	audience: 'customer',
	mode: 'identified',
	hiddenFields: ['store'],
	questions: [
		{
			id: 'nps',
			type: 'nps',
			text: 'Recommend us?',
			required: true,
			reasons: {
				choices: [
					{ id: 'price', label: 'Price' },
					{ id: 'staff', label: 'Staff' }
				]
			}
		},
		{ id: 'csat', type: 'csat', text: 'Satisfied?' },
		{ id: 'ces', type: 'ces', text: 'Easy?' },
		{ id: 'likert', type: 'likert', text: 'Agree?' },
		{ id: 'rating', type: 'rating', text: 'Stars?' },
		{ id: 'slider', type: 'slider', text: 'How much?' },
		{
			id: 'matrix',
			type: 'matrix',
			text: 'Rate each',
			rows: [
				{ id: 'speed', label: 'Speed' },
				{ id: 'care', label: 'Care' }
			]
		},
		{
			id: 'ranking',
			type: 'ranking',
			text: 'Order these',
			choices: [
				{ id: 'a', label: 'A' },
				{ id: 'b', label: 'B' }
			]
		},
		{
			id: 'channel',
			type: 'single_choice',
			text: 'Channel?',
			choices: [
				{ id: 'web', label: 'Web' },
				{ id: 'shop', label: 'Shop' }
			]
		},
		{
			id: 'extras',
			type: 'multiple_choice',
			text: 'Extras?',
			choices: [
				{ id: 'bag', label: 'Bag' },
				{ id: 'gift', label: 'Gift' }
			]
		},
		{
			id: 'size',
			type: 'dropdown',
			text: 'Size?',
			choices: [
				{ id: 's', label: 'S' },
				{ id: 'm', label: 'M' }
			]
		},
		{ id: 'again', type: 'yes_no', text: 'Again?' },
		{ id: 'note', type: 'text', text: 'Anything else?' }
	]
};

function answersFor(i: number) {
	return {
		nps: { score: i % 11, reason: i % 2 ? 'price' : 'staff' },
		csat: 1 + (i % 5),
		ces: 1 + (i % 7),
		likert: 1 + (i % 5),
		rating: 1 + (i % 5),
		slider: (i * 7) % 101,
		matrix: { speed: 1 + (i % 5), care: 1 + ((i + 2) % 5) },
		ranking: i % 2 ? ['a', 'b'] : ['b', 'a'],
		channel: i % 2 ? 'web' : 'shop',
		extras: i % 3 ? ['bag'] : ['bag', 'gift'],
		size: i % 2 ? 's' : 'm',
		again: i % 2 === 0,
		note: `Visit ${i}`
	};
}

const unknownId = '00000000-0000-4000-8000-000000000000';
let orgId = '';

afterAll(() => {
	// The run must have met every operation of the document with its success status.
	const missing = operations
		.map(({ op }) => [op.operationId, Object.keys(op.responses).find((s) => s.startsWith('2'))])
		.filter(([id, status]) => !seen.has(`${id} ${status}`));
	expect(missing).toEqual([]);
});

describe('the API answers as its OpenAPI document says', () => {
	it('sets up an organisation and its key', async () => {
		const account = await makeAccount('openapi');
		orgId = account.orgId;
		apiKey = (await apiKeys.create(account.orgId, 'conformance', null)).key;
		expect((await call('get', '/me')).status).toBe(200);
		expect((await call('get', '/openapi.json', { key: null })).status).toBe(200);
	});

	it('answers 401 without a key on every operation that needs one', async () => {
		for (const { method, path, op } of operations) {
			if (op.security && op.security.length === 0) continue;
			const url = path.replace(/\{\w+\}/g, unknownId);
			expect((await call(method, url, { key: null })).status, op.operationId).toBe(401);
			expect((await call(method, url, { key: 'hk_unknown' })).status, op.operationId).toBe(401);
		}
	});

	it('answers 429 with Retry-After once a key has used its requests', async () => {
		const account = await makeAccount('openapi-limit');
		const key = (await apiKeys.create(account.orgId, 'limited', null)).key;
		const before = process.env.API_RATE_LIMIT;
		process.env.API_RATE_LIMIT = '1'; // one request a minute: the second comes too soon
		try {
			expect((await call('get', '/me', { key })).status).toBe(200);
			const limited = await call('get', '/surveys', { key });
			expect(limited.status).toBe(429);
			expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		} finally {
			if (before === undefined) delete process.env.API_RATE_LIMIT;
			else process.env.API_RATE_LIMIT = before;
		}
	});

	it('answers 404 for an unknown id on every operation with one', async () => {
		const bodies: Record<string, unknown> = {
			replaceSurveyDraft: customerSurvey,
			importResponses: { answers: { nps: 9 } },
			createDistribution: { channel: 'email', audience: { emails: ['a@example.test'] } }
		};
		for (const { method, path, op } of operations) {
			if (!path.includes('{')) continue;
			const url = path.replace(/\{\w+\}/g, unknownId);
			const { status } = await call(method, url, { body: bodies[op.operationId] });
			expect(status, op.operationId).toBe(404);
		}
	});

	let surveyId = '';
	let etag = '';

	it('creates, lists, reads and replaces a survey', async () => {
		const created = await call('post', '/surveys', { body: customerSurvey });
		expect(created.status).toBe(201);
		surveyId = created.body.id;
		etag = created.headers.get('etag')!;
		expect((await call('post', '/surveys', { body: { title: '' }, invalid: true })).status).toBe(
			400
		);
		expect((await call('get', '/surveys?status=draft')).status).toBe(200);
		expect((await call('get', '/surveys?status=nonsense')).status).toBe(400);
		expect((await call('get', `/surveys/${surveyId}`)).headers.get('etag')).toBe(etag);
		const saved = await call('put', `/surveys/${surveyId}`, {
			body: customerSurvey,
			headers: { 'if-match': etag }
		});
		expect(saved.status).toBe(200);
		const stale = { body: customerSurvey, headers: { 'if-match': etag } };
		expect((await call('put', `/surveys/${surveyId}`, stale)).status).toBe(409);
		const bad = { body: customerSurvey, headers: { 'if-match': '"x"' } };
		expect((await call('put', `/surveys/${surveyId}`, bad)).status).toBe(400);
		expect(
			(await call('put', `/surveys/${surveyId}`, { body: { title: 'x' }, invalid: true })).status
		).toBe(400);
	});

	it('refuses what a draft cannot do, then publishes', async () => {
		expect((await call('post', `/surveys/${surveyId}/close`)).status).toBe(409);
		const one = { body: { answers: answersFor(1) } };
		expect((await call('post', `/surveys/${surveyId}/responses`, one)).status).toBe(409);
		const send = { body: { channel: 'email', audience: { emails: ['a@example.test'] } } };
		expect((await call('post', `/surveys/${surveyId}/distributions`, send)).status).toBe(409);
		const translated = await call('post', '/surveys', {
			body: { ...customerSurvey, languages: ['en', 'fr'] }
		});
		expect((await call('post', `/surveys/${translated.body.id}/publish`)).status).toBe(400);
		expect((await call('delete', `/surveys/${translated.body.id}`)).status).toBe(204);
		expect((await call('post', `/surveys/${surveyId}/publish`)).status).toBe(200);
	});

	it('imports responses and reads them, their results and trends', async () => {
		const responses = Array.from({ length: 40 }, (_, i) => ({
			answers: answersFor(i),
			hiddenFields: { store: i % 2 ? 'north' : 'south' },
			submittedAt: `2026-0${1 + (i % 3)}-15T10:00:00Z`
		}));
		const imported = await call('post', `/surveys/${surveyId}/responses`, {
			body: { responses },
			headers: { 'idempotency-key': 'conformance-1' }
		});
		expect(imported.status).toBe(201);
		const invalid = { body: { answers: { nps: { score: 11 } } } };
		expect((await call('post', `/surveys/${surveyId}/responses`, invalid)).status).toBe(400);

		const page = await call('get', `/surveys/${surveyId}/responses?limit=10`);
		expect(page.body.responses).toHaveLength(10);
		const csv = await call('get', `/surveys/${surveyId}/responses?format=csv`);
		expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
		expect((await call('get', `/surveys/${surveyId}/responses?format=xml`)).status).toBe(400);

		const all = await call('get', `/surveys/${surveyId}/results`);
		expect(Object.keys(all.body.questions).sort()).toEqual(
			customerSurvey.questions
				.map((q) => q.id)
				.filter((id) => id !== 'note')
				.sort()
		);
		expect(all.body.completion.completed).toBe(40);
		const segmented = await call(
			'get',
			`/surveys/${surveyId}/results?by=store&from=2026-01-01&to=2026-02-28`
		);
		expect(segmented.body).toMatchObject({ from: '2026-01-01', to: '2026-02-28' });
		expect(segmented.body.segments).toHaveLength(2);
		expect((await call('get', `/surveys/${surveyId}/results?by=nothing`)).status).toBe(400);

		const trend = await call('get', `/surveys/${surveyId}/results/trend?question=nps`);
		expect(trend.body.points.length).toBe(3);
		// A text question has no score to follow: the client's mistake, like any other.
		expect((await call('get', `/surveys/${surveyId}/results/trend?question=note`)).status).toBe(
			400
		);
	});

	it('keeps the directory, receives events and sends the survey', async () => {
		const upserted = await call('put', '/people', {
			body: {
				kind: 'customer',
				people: [
					{ email: 'ada@example.test', name: 'Ada', attributes: { department: 'Sales' } },
					{ email: 'bob@example.test', name: 'Bob', attributes: { department: 'Ops' } },
					{ email: 'not an address' }
				]
			}
		});
		expect(upserted.body.errors).toHaveLength(1);
		expect((await call('put', '/people', { body: { people: [] }, invalid: true })).status).toBe(
			400
		);
		const list = await call('get', '/people?kind=customer&limit=10');
		expect(list.body.people.length).toBe(2);
		expect((await call('get', '/people?kind=robot')).status).toBe(400);
		const ada = list.body.people.find((p: { email: string }) => p.email === 'ada@example.test');
		expect((await call('get', `/people/${ada.id}`)).status).toBe(200);

		const event = await call('post', '/events', {
			body: { type: 'order.delivered', person: { email: 'cy@example.test' } }
		});
		expect(event.status).toBe(202);
		// A rule whose survey the contact frequency holds back the second time.
		await triggers.setContactFrequency(orgId, 30);
		await triggers.createRule(orgId, { eventType: 'ticket.closed', surveyId, delayMinutes: 0 });
		const ticket = { body: { type: 'ticket.closed', person: { email: 'cy@example.test' } } };
		expect((await call('post', '/events', ticket)).body).toMatchObject({ scheduled: 1 });
		expect((await call('post', '/events', ticket)).body).toMatchObject({
			scheduled: 0,
			skipped: [{ reason: 'contact_frequency' }]
		});
		expect((await call('post', '/events', { body: { type: '' }, invalid: true })).status).toBe(400);

		const sent = await call('post', `/surveys/${surveyId}/distributions`, {
			body: { channel: 'email', audience: { attributes: {} } }
		});
		expect(sent.status).toBe(201);
		const bad = { body: { channel: 'email', audience: { attributes: { nothing: 'x' } } } };
		expect((await call('post', `/surveys/${surveyId}/distributions`, bad)).status).toBe(400);
		expect((await call('get', `/surveys/${surveyId}/distributions`)).status).toBe(200);
		const status = await call(
			'get',
			`/surveys/${surveyId}/distributions/${sent.body.id}?by=department`
		);
		expect(status.body.segments.groups.length).toBeGreaterThan(0);
		const byNothing = `/surveys/${surveyId}/distributions/${sent.body.id}?by=nothing`;
		expect((await call('get', byNothing)).status).toBe(400);

		expect((await call('delete', `/people/${ada.id}`)).status).toBe(204);
	});

	it('hides small employee groups in the shapes the document gives', async () => {
		const created = await call('post', '/surveys', {
			body: {
				title: 'Pulse',
				audience: 'employee',
				mode: 'anonymous',
				hiddenFields: ['team'],
				questions: [
					{ id: 'enps', type: 'enps', text: 'Recommend working here?' },
					{ id: 'likert', type: 'likert', text: 'I feel heard' }
				]
			}
		});
		const id = created.body.id;
		expect((await call('post', `/surveys/${id}/publish`)).status).toBe(200);
		const responses = Array.from({ length: 12 }, (_, i) => ({
			answers: { enps: i % 11, likert: 1 + (i % 5) },
			hiddenFields: { team: i < 10 ? 'big' : 'small' },
			submittedAt: '2026-03-10T10:00:00Z'
		}));
		expect((await call('post', `/surveys/${id}/responses`, { body: { responses } })).status).toBe(
			201
		);
		const results = await call('get', `/surveys/${id}/results?by=team`);
		expect(results.body.segments.some((s: { suppressed: boolean }) => s.suppressed)).toBe(true);
		const small = await call('get', `/surveys/${id}/results?filter[team]=small`);
		expect(small.body.suppressed).toBe(true);
		const twoCuts = `/surveys/${id}/results?by=team&from=2026-03-01`;
		expect((await call('get', twoCuts)).status).toBe(400);
		expect((await call('get', `/surveys/${id}/responses`)).status).toBe(403);
		expect((await call('get', `/surveys/${id}/results/trend?question=enps`)).status).toBe(200);
	});

	it('closes and deletes', async () => {
		expect((await call('delete', `/surveys/${surveyId}`)).status).toBe(409);
		expect((await call('post', `/surveys/${surveyId}/close`)).status).toBe(200);
	});
});
