import { json } from '@sveltejs/kit';
import { apiError, apiHandler, methodNotAllowed, pathId, readJson } from '$lib/server/api/respond';
import * as responses from '$lib/server/responses';

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

export const fallback = methodNotAllowed('POST');
