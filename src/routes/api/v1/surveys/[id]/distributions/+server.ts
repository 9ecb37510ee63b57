import { json } from '@sveltejs/kit';
import { apiHandler, methodNotAllowed, pathId, readJson } from '$lib/server/api';
import { distributions } from '$lib/server/outreach';

export const GET = apiHandler(async ({ principal, params }) =>
	json(
		{ distributions: await distributions.listDistributions(principal.org.id, pathId(params.id)) },
		{ headers: { 'cache-control': 'private, no-store' } }
	)
);

/** Sends the published survey to an audience by e-mail, now or at `sendAt`, with reminders. */
export const POST = apiHandler(async ({ principal, params, request }) => {
	const created = await distributions.createDistribution(
		principal.org.id,
		pathId(params.id),
		await readJson(request),
		null
	);
	return json(created, { status: 201 });
});

export const fallback = methodNotAllowed('GET, POST');
