import { json } from '@sveltejs/kit';
import { apiHandler, methodNotAllowed, readJson } from '$lib/server/api/respond';
import * as triggers from '$lib/server/triggers';

/**
 * An event about a customer ("order.delivered"): the person is added to or updated in the
 * directory, and each active trigger rule of the event's type queues its survey (202).
 */
export const POST = apiHandler(async ({ principal, request }) =>
	json(await triggers.receiveEvent(principal.org.id, await readJson(request)), { status: 202 })
);

export const fallback = methodNotAllowed('POST');
