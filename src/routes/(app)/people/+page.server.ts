import { requireOrg } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireOrg(event, 'viewer');
	return {};
};
