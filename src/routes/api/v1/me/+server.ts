import { json } from '@sveltejs/kit';
import { apiHandler } from '$lib/server/api/respond';

export const GET = apiHandler(({ principal }) => json({ org: principal.org, key: principal.key }));
