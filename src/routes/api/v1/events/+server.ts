import { json } from '@sveltejs/kit';
import { apiError, apiHandler, methodNotAllowed, readJson } from '$lib/server/api';
import { triggers } from '$lib/server/outreach';

/**
 * An event about a customer ("order.delivered"): the person is added to or updated in the
 * directory, and each active trigger rule of the event's type queues its survey (202).
 */
export const POST = apiHandler(async ({ principal, request }) => {
	const key = request.headers.get('idempotency-key');
	if (key !== null && !/^[\x21-\x7e]{1,200}$/.test(key))
		return apiError(400, 'Idempotency-Key takes 1 to 200 visible ASCII characters.');
	return json(
		await triggers.receiveEvent(principal.org.id, await readJson(request), new Date(), key),
		{ status: 202 }
	);
});

export const fallback = methodNotAllowed('POST');
