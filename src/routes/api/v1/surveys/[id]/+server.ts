import { json } from '@sveltejs/kit';
import { apiError, apiHandler, methodNotAllowed, pathId, readJson } from '$lib/server/api';
import * as surveys from '$lib/server/surveys';

export const GET = apiHandler(async ({ principal, params }) => {
	const survey = await surveys.get(principal.org.id, pathId(params.id));
	return json(survey, { headers: { etag: `"${survey.revision}"` } });
});

/** Replaces the draft; If-Match with the ETag (the revision) refuses a save from a stale copy. */
export const PUT = apiHandler(async ({ principal, params, request }) => {
	const id = pathId(params.id);
	const ifMatch = request.headers.get('if-match');
	const revision = ifMatch ? Number(ifMatch.replace(/^W\//, '').replaceAll('"', '')) : undefined;
	if (revision !== undefined && !Number.isInteger(revision)) {
		return apiError(400, 'If-Match takes the ETag of the survey, e.g. "3".');
	}
	const survey = await surveys.update(principal.org.id, id, await readJson(request), revision);
	return json(survey, { headers: { etag: `"${survey.revision}"` } });
});

export const DELETE = apiHandler(async ({ principal, params }) => {
	await surveys.remove(principal.org.id, pathId(params.id));
	return new Response(null, { status: 204 });
});

export const fallback = methodNotAllowed('GET, PUT, DELETE');
