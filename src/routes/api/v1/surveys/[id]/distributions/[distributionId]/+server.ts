import { json } from '@sveltejs/kit';
import { apiHandler, methodNotAllowed, pathId } from '$lib/server/api';
import { distributions } from '$lib/server/outreach';

/** Recipients, sent, failed, started, completed and the response rate; per attribute with `by`. */
export const GET = apiHandler(async ({ principal, params, url }) =>
	json(
		await distributions.distributionStatus(
			principal.org.id,
			pathId(params.id),
			pathId(params.distributionId),
			url.searchParams.get('by')
		),
		{ headers: { 'cache-control': 'private, no-store' } }
	)
);

export const fallback = methodNotAllowed('GET');
