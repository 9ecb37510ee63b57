import { surveyListFilterSchema } from '$lib/schemas';
import { requireOrg } from '$lib/server/http';
import * as results from '$lib/server/results';
import * as surveys from '$lib/server/surveys';
import { hasRole } from '$lib/roles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const params = Object.fromEntries(
		[...event.url.searchParams].filter(([, value]) => value !== '')
	);
	// A hand-edited query falls back to no filter rather than an error page.
	const parsed = surveyListFilterSchema.safeParse(params);
	const filter = parsed.success ? parsed.data : {};
	return {
		filter,
		filtered: Object.keys(filter).length > 0,
		surveys: await results.withShownCounts(org.id, await surveys.list(org.id, filter)),
		canEdit: hasRole(org.role, 'editor')
	};
};
