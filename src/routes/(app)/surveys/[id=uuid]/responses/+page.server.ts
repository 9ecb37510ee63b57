import { error } from '@sveltejs/kit';
import { DomainError } from '$lib/server/platform';
import { findById, requireOrg } from '$lib/server/http';
import { responseTable } from '$lib/server/responses';
import * as results from '$lib/server/results';
import { measuredQuestions } from '$lib/survey/metrics';
import { localize } from '$lib/survey/text';
import type { PageServerLoad } from './$types';

/** The response table of a customer (or identified employee) survey, a page at a time. */
export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'analyst');
	const survey = await findById(event.params.id, (id) => results.load(org.id, id));
	const lang = survey.definition.defaultLanguage;
	const cursor = event.url.searchParams.get('after');
	let list: Awaited<ReturnType<typeof responseTable.page>>;
	try {
		list = await responseTable.page(survey, { cursor, limit: 50 });
	} catch (e) {
		if (e instanceof DomainError && e.code === 'forbidden') error(403, e.message);
		if (e instanceof DomainError && e.code === 'invalid') error(400, 'That page does not exist.');
		throw e;
	}
	const shown = measuredQuestions(survey.definition).slice(0, 4);
	return {
		survey: { id: survey.id, title: survey.title, hiddenFields: survey.definition.hiddenFields },
		columns: shown.map((q) => ({ id: q.id, text: localize(q.text, lang, lang) })),
		rows: list.responses.map((r) => ({
			id: r.id,
			completedAt: r.completedAt.toISOString(),
			hidden: survey.definition.hiddenFields.map((h) => r.hidden[h] ?? ''),
			cells: shown.map((q) => responseTable.describeAnswer(q, r.answers[q.id], lang).join(', '))
		})),
		next: list.nextCursor,
		first: !cursor
	};
};
