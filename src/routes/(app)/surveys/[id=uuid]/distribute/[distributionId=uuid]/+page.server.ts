import { distributions, sending } from '$lib/server/outreach';
import { DomainError } from '$lib/server/platform';
import { findById, requireOrg } from '$lib/server/http';
import * as people from '$lib/server/people';
import type { Issue } from '$lib/issues';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'analyst');
	const survey = await findById(event.params.id, (id) => sending.surveyForSending(org.id, id));
	const status = await findById(event.params.distributionId, (id) =>
		distributions.distributionStatus(org.id, survey.id, id)
	);
	const attributes = [...(await people.attributeTypes(org.id)).keys()];
	const by = event.url.searchParams.get('by')?.slice(0, 64) || null;
	let breakdown: distributions.DistributionStatus['segments'] | null = null;
	let issues: Issue[] = [];
	if (by) {
		try {
			breakdown = (await distributions.distributionStatus(org.id, survey.id, status.id, by))
				.segments!;
		} catch (e) {
			if (!(e instanceof DomainError && e.issues)) throw e;
			issues = e.issues;
		}
	}
	return { survey, status, attributes, by: by ?? '', breakdown, issues };
};
