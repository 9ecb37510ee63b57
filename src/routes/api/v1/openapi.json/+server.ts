import { json } from '@sveltejs/kit';
import { apiError } from '$lib/server/api/respond';
import { openApiDocument } from '$lib/server/api/openapi';

export const GET = () => json(openApiDocument());

export const fallback = () =>
	apiError(405, 'Only GET is supported here.', { headers: { allow: 'GET' } });
