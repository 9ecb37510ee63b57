import { countHidden } from '$lib/server/confidentiality';
import { DomainError } from '$lib/server/platform';
import { requireOrg } from '$lib/server/http';
import * as results from '$lib/server/results';
import * as combined from '$lib/server/results';
import * as surveys from '$lib/server/surveys';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const list = await surveys.list(org.id);
	// What each survey promised (the strictest of its published versions): an employee survey's
	// count is shown once it reaches its threshold, like any of its figures.
	const promised = new Map((await results.listPublished(org.id)).map((s) => [s.id, s]));
	const choices = await combined.metricChoices(org.id);
	const params = event.url.searchParams;
	const { cx, ex, field, complete, ...chosen } = combined.readChoice(params);
	let view: combined.Combined | null = null;
	let problem = chosen.problem;
	if (complete)
		try {
			view = await combined.combine(org.id, choices, cx, ex, field);
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
			problem = e.message;
		}
	const fieldsOf = (key: string) => choices.find((c) => c.key === key)?.fields ?? [];
	const shared =
		cx && ex
			? fieldsOf(cx).filter((f) => fieldsOf(ex).includes(f))
			: [...new Set(choices.flatMap((c) => c.fields))].sort();
	return {
		surveys: list
			.filter((s) => s.publishedVersion)
			.map((s) => {
				const threshold = promised.get(s.id)?.threshold ?? null;
				const shown = !countHidden({ threshold }, s.responses);
				return {
					id: s.id,
					title: s.title,
					audience: promised.get(s.id)?.audience ?? s.audience,
					responses: shown ? s.responses : null,
					threshold
				};
			}),
		choices: choices.map(({ key, label, audience }) => ({ key, label, audience })),
		fields: shared,
		query: { cx, ex, field },
		view,
		problem
	};
};
