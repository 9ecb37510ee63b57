import { json } from '@sveltejs/kit';
import { apiHandler, methodNotAllowed, pathId } from '$lib/server/api';
import * as results from '$lib/server/results';
import { parseTrendQuery } from '$lib/server/results';

/** One question's score per week or month; employee surveys within their threshold. */
export const GET = apiHandler(async ({ principal, params, url }) => {
	const survey = await results.load(principal.org.id, pathId(params.id));
	const answer = await results.trend(survey, parseTrendQuery(survey, url.searchParams));
	return json(answer, { headers: { 'cache-control': 'private, no-store' } });
});

export const fallback = methodNotAllowed('GET');
