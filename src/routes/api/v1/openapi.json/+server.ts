import { json } from '@sveltejs/kit';
import { apiError, openApiDocument } from '$lib/server/api';

export const GET = () => json(openApiDocument());

export const fallback = () =>
	apiError(405, 'Only GET is supported here.', { headers: { allow: 'GET' } });
