import { requireOrg } from '$lib/server/guard';
import * as surveys from '$lib/server/surveys';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const list = await surveys.list(org.id);
	return {
		surveys: list
			.filter((s) => s.publishedVersion)
			.map((s) => ({ id: s.id, title: s.title, audience: s.audience, responses: s.responses }))
	};
};
