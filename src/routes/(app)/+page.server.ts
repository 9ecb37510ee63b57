import { requireOrg } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireOrg(event);
	return {};
};
