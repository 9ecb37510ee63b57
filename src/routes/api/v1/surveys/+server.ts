import { json } from '@sveltejs/kit';
import { apiHandler, methodNotAllowed, readJson } from '$lib/server/api/respond';
import * as surveys from '$lib/server/surveys';

export const GET = apiHandler(async ({ principal }) =>
	json({ surveys: await surveys.list(principal.org.id) })
);

export const POST = apiHandler(async ({ principal, request }) => {
	const survey = await surveys.create(principal.org.id, await readJson(request), null);
	return json(survey, { status: 201, headers: { etag: `"${survey.revision}"` } });
});

export const fallback = methodNotAllowed('GET, POST');
