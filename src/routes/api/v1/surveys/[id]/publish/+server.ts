import { json } from '@sveltejs/kit';
import { apiHandler, methodNotAllowed, pathId } from '$lib/server/api';
import * as surveys from '$lib/server/surveys';

export const POST = apiHandler(async ({ principal, params }) =>
	json(await surveys.publish(principal.org.id, pathId(params.id)))
);

export const fallback = methodNotAllowed('POST');
