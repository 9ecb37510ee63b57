import { error } from '@sveltejs/kit';
import { DomainError } from '$lib/server/platform';
import { findById, requireOrg } from '$lib/server/http';
import { responseTable } from '$lib/server/responses';
import * as results from '$lib/server/results';
import { localize } from '$lib/survey/text';
import type { PageServerLoad } from './$types';

/** One response, whole: every question with its answer, the hidden fields and the language. */
export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'analyst');
	const survey = await findById(event.params.id, (id) => results.load(org.id, id));
	const response = await findById(event.params.responseId, async (id) => {
		try {
			return await responseTable.one(survey, id);
		} catch (e) {
			if (e instanceof DomainError && e.code === 'forbidden') error(403, e.message);
			throw e;
		}
	});
	const lang = survey.definition.defaultLanguage;
	return {
		survey: { id: survey.id, title: survey.title },
		response: {
			id: response.id,
			completedAt: response.completedAt.toISOString(),
			language: response.language,
			version: response.version,
			hidden: Object.entries(response.hidden)
		},
		answers: survey.definition.questions
			.filter((q) => q.type !== 'statement')
			.map((q) => ({
				id: q.id,
				text: localize(q.text, lang, lang),
				lines: responseTable.describeAnswer(q, response.answers[q.id], lang)
			}))
	};
};
