import { json } from '@sveltejs/kit';
import { issuesOf } from '$lib/issues';
import { apiError, apiHandler, methodNotAllowed, readJson } from '$lib/server/api';
import * as people from '$lib/server/people';
import { urlFilters } from '$lib/server/results';

/**
 * The directory, in id order a page at a time: `cursor`, `limit` (up to 1000), `kind`, `search`
 * (part of an e-mail, name or external id), `filter[attribute]=value`, `under` (a manager's id).
 */
export const GET = apiHandler(async ({ principal, url }) => {
	const q = url.searchParams;
	const kind = q.get('kind');
	if (kind !== null && kind !== 'employee' && kind !== 'customer')
		return apiError(400, 'kind takes employee or customer.');
	const limit = q.get('limit');
	if (limit !== null && !/^\d{1,4}$/.test(limit)) return apiError(400, 'limit takes 1 to 1000.');
	const under = q.get('under');
	if (under !== null && !/^[0-9a-f-]{36}$/i.test(under))
		return apiError(400, 'under takes a person id.');
	const attributes = Object.fromEntries(urlFilters(q).map((f) => [f.field, f.value]));
	const cursor = q.get('cursor');
	if (cursor !== null && !/^[0-9a-f-]{36}$/i.test(cursor))
		return apiError(400, 'cursor is not valid.');
	const page = await people.listPeople(
		principal.org.id,
		{
			kind: kind ?? undefined,
			search: q.get('search') ?? undefined,
			attributes,
			under: under ?? undefined
		},
		{ cursor, limit: limit === null ? undefined : Number(limit) }
	);
	return json(page, { headers: { 'cache-control': 'private, no-store' } });
});

/**
 * Creates or updates up to 5,000 people, matched on external id, else e-mail. Valid people are
 * stored even when others are refused: each refusal comes back with its index.
 */
export const PUT = apiHandler(async ({ principal, request }) => {
	const body = people.upsertBodySchema.safeParse(await readJson(request));
	if (!body.success)
		return apiError(400, 'The people are not valid.', { issues: issuesOf(body.error) });
	const result = await people.upsertPeople(principal.org.id, body.data.people, {
		kind: body.data.kind
	});
	return json(result);
});

export const fallback = methodNotAllowed('GET, PUT');
