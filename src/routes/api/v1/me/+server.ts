import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '$lib/server/api';

export const GET = apiHandler(({ principal }) => json({ org: principal.org, key: principal.key }));

export const fallback = () =>
	apiError(405, 'Only GET is supported here.', { headers: { allow: 'GET' } });
