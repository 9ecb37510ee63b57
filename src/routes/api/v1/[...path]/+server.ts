import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/api';

// Unknown API paths answer in the API's JSON error shape, never with an HTML page, for any method.
export const fallback: RequestHandler = ({ url }) =>
	apiError(404, `No API route ${url.pathname}. See /api/v1/openapi.json.`);
