import { json, type RequestEvent, type RequestHandler } from '@sveltejs/kit';
import { controlCharacterMessage, controlCharacterPath } from '../../control-characters';
import { isUuid } from '../../ids';
import type { Issue } from '../../issues';
import { apiKeys } from '../identity';
import { config, DomainError, logError, TokenBucket } from '../platform';

export type ApiIssue = Issue;

/** One code per status: a client may switch on either. The OpenAPI document declares them. */
export const errorCodes = {
	400: 'bad_request',
	401: 'unauthorized',
	403: 'forbidden',
	404: 'not_found',
	405: 'method_not_allowed',
	409: 'conflict',
	429: 'rate_limited',
	500: 'internal_error'
} as const;
const codes: Record<number, string> = errorCodes;

/** Every API error has this one shape: { error: { code, message, issues? } }. */
export function apiError(
	status: number,
	message: string,
	options: { issues?: ApiIssue[]; headers?: Record<string, string> } = {}
) {
	const body = {
		error: {
			code: codes[status] ?? 'error',
			message,
			...(options.issues ? { issues: options.issues } : {})
		}
	};
	return json(body, { status, headers: options.headers });
}

/** The JSON body of a request; anything else, or a control character in it, is a 400. */
export async function readJson(request: Request): Promise<unknown> {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		throw new DomainError('Send a JSON body with Content-Type: application/json.', 'invalid', [
			{ path: '', message: 'Not valid JSON' }
		]);
	}
	const path = controlCharacterPath(body);
	if (path !== null) {
		const message = controlCharacterMessage(path || 'body');
		throw new DomainError(message, 'invalid', [{ path, message }]);
	}
	return body;
}

/** A record id from the path; one that is not a UUID cannot exist, so it is simply not found. */
export function pathId(value: string | undefined): string {
	if (!isUuid(value)) throw new DomainError('Not found.', 'not_found');
	return value;
}

export const methodNotAllowed = (allow: string) => () =>
	apiError(405, `Only ${allow} is supported here.`, { headers: { allow } });

const buckets = new TokenBucket(() => config.apiRateLimit);

type ApiEvent = RequestEvent & { principal: apiKeys.ApiPrincipal };

/**
 * Wraps an API handler: authenticates the bearer key, rate-limits per key, and turns thrown
 * domain errors into the API's error shape. The handler acts for `event.principal.org` only.
 */
export function apiHandler(
	handler: (event: ApiEvent) => Promise<Response> | Response
): RequestHandler {
	return async (event) => {
		const header = event.request.headers.get('authorization') ?? '';
		const match = /^Bearer\s+(\S+)$/i.exec(header);
		if (!match) {
			return apiError(401, 'Send an API key as "Authorization: Bearer <key>".', {
				headers: { 'www-authenticate': 'Bearer' }
			});
		}
		const principal = await apiKeys.authenticate(match[1]);
		if (!principal) {
			return apiError(401, 'This API key is unknown or was revoked.', {
				headers: { 'www-authenticate': 'Bearer error="invalid_token"' }
			});
		}
		const wait = buckets.take(principal.key.id);
		if (wait > 0) {
			return apiError(429, `Too many requests for this key; retry in ${wait} s.`, {
				headers: { 'retry-after': String(wait) }
			});
		}
		try {
			return await handler(Object.assign(event, { principal }));
		} catch (error) {
			// Invalid input is 400 whether or not it names the paths at fault.
			if (error instanceof DomainError) {
				const status = { conflict: 409, forbidden: 403, not_found: 404, invalid: 400 }[error.code];
				return apiError(status, error.message, error.issues ? { issues: error.issues } : {});
			}
			// Even a bug answers in the API's shape; the log keeps the details under the same id.
			const id = crypto.randomUUID();
			logError(`[error ${id}] ${event.request.method} ${event.route.id}`, error);
			return apiError(500, `Something went wrong on our side (reference ${id}).`);
		}
	};
}
