import { json } from '@sveltejs/kit';
import { apiHandler, methodNotAllowed, pathId } from '$lib/server/api';
import * as results from '$lib/server/results';
import { parseResultsQuery } from '$lib/server/results';

/** Scores per question, and per segment with `by`; employee surveys within their threshold. */
export const GET = apiHandler(async ({ principal, params, url }) => {
	const survey = await results.load(principal.org.id, pathId(params.id));
	const answer = await results.results(survey, parseResultsQuery(survey, url.searchParams));
	return json(answer, { headers: { 'cache-control': 'private, no-store' } });
});

export const fallback = methodNotAllowed('GET');
