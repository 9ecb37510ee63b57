import { json } from '@sveltejs/kit';
import { apiError, apiHandler, methodNotAllowed, readJson } from '$lib/server/api';
import { issuesOf } from '$lib/issues';
import { surveyListFilterSchema } from '$lib/schemas';
import * as results from '$lib/server/results';
import * as surveys from '$lib/server/surveys';

export const GET = apiHandler(async ({ principal, url }) => {
	const filter = surveyListFilterSchema.safeParse(Object.fromEntries(url.searchParams));
	if (!filter.success)
		return apiError(400, 'The query is not valid.', {
			issues: issuesOf(filter.error)
		});
	const list = await surveys.list(principal.org.id, filter.data);
	return json({ surveys: await results.withShownCounts(principal.org.id, list) });
});

export const POST = apiHandler(async ({ principal, request }) => {
	const survey = await surveys.create(principal.org.id, await readJson(request), null);
	return json(survey, { status: 201, headers: { etag: `"${survey.revision}"` } });
});

export const fallback = methodNotAllowed('GET, POST');
