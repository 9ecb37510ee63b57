import { json } from '@sveltejs/kit';
import { apiError, apiHandler, methodNotAllowed, pathId, readJson } from '$lib/server/api';
import { responseTable } from '$lib/server/responses';
import * as responses from '$lib/server/responses';
import * as results from '$lib/server/results';

/**
 * Completed responses, oldest first: JSON a page at a time (`cursor`, `limit` up to 1000), or the
 * whole survey as streamed CSV. Refused (403) for anonymous and confidential employee surveys.
 */
export const GET = apiHandler(async ({ principal, params, url }) => {
	const survey = await results.load(principal.org.id, pathId(params.id));
	const format = url.searchParams.get('format') ?? 'json';
	if (format === 'csv') {
		return new Response(responseTable.csvStream(survey), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="responses-${survey.id}.csv"`,
				'cache-control': 'private, no-store'
			}
		});
	}
	if (format !== 'json') return apiError(400, 'Use format=json or format=csv.');
	const limit = url.searchParams.get('limit');
	if (limit !== null && !/^\d{1,4}$/.test(limit)) return apiError(400, 'limit takes 1 to 1000.');
	const answer = await responseTable.page(survey, {
		cursor: url.searchParams.get('cursor'),
		limit: limit === null ? undefined : Number(limit)
	});
	return json(answer, { headers: { 'cache-control': 'private, no-store' } });
});

/** Imports completed responses; `Idempotency-Key` makes a retried request store nothing twice. */
export const POST = apiHandler(async ({ principal, params, request }) => {
	const key = request.headers.get('idempotency-key');
	if (key !== null && !/^[\x21-\x7e]{1,200}$/.test(key))
		return apiError(400, 'Idempotency-Key takes 1 to 200 visible ASCII characters.');
	const ids = await responses.importResponses(
		principal.org.id,
		pathId(params.id),
		await readJson(request),
		key
	);
	return json({ ids }, { status: 201 });
});

export const fallback = methodNotAllowed('GET, POST');
