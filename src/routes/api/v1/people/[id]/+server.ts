import { json } from '@sveltejs/kit';
import { apiHandler, methodNotAllowed, pathId } from '$lib/server/api';
import * as people from '$lib/server/people';

export const GET = apiHandler(async ({ principal, params }) =>
	json(await people.getPerson(principal.org.id, pathId(params.id)), {
		headers: { 'cache-control': 'private, no-store' }
	})
);

/** Erases the person: their responses stay in results, without the link. */
export const DELETE = apiHandler(async ({ principal, params }) => {
	await people.erasePerson(principal.org.id, pathId(params.id));
	return new Response(null, { status: 204 });
});

export const fallback = methodNotAllowed('GET, DELETE');
