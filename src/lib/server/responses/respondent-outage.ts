import type { Question, SurveyDefinition } from '../../survey/definition';
import { answersFromForm } from '../../survey/form';
import { pageRegion, pagesOf } from '../../survey/pages';
import { hiddenFrom, languageOf, validSid } from './respondent-post';
import * as responses from './responses';

// A respondent's post the database did not answer (down, restarting, cut off, or too slow): their
// page comes back with what they entered and a note to send it again. Their submission id stays,
// so sending again stores one response, or finds the one that was committed after all and says
// thank you. The post may well have been stored: the page says "not confirmed", never "lost".

/**
 * The questions of the page that holds `id`: from the page break before it to the next one (or
 * `id` alone, one question at a time), as pageRegion gives them when every answer is known.
 */
function pageAround(definition: SurveyDefinition, id: string): Question[] {
	const all = definition.questions;
	const at = all.findIndex((q) => q.id === id);
	if (at < 0) return [];
	if (definition.display === 'one-at-a-time') return [all[at]];
	const breaks = (q: Question) => q.type === 'statement' && q.pageBreak;
	let start = at;
	while (start > 0 && !breaks(all[start])) start--;
	let end = start + 1;
	while (end < all.length && !breaks(all[end])) end++;
	return all.slice(start, end);
}

/**
 * The page a respondent posted, rebuilt from the post alone (no database): the survey as last read
 * (responses.openBySlug keeps it while the database is away), their submission id, version, page
 * and answers; null when the post is not a respondent's page. The answers of earlier pages are not
 * known without the database: logic that depends on them is settled when the page is sent again.
 */
export async function unsavedPage(slug: string, form: FormData) {
	const sid = validSid(String(form.get('_sid') ?? ''));
	if (!sid) return null;
	const survey = await responses.openBySlug(slug);
	const posted = Number(form.get('_v'));
	const version = Number.isInteger(posted) && posted > 0 ? posted : survey.publishedVersion;
	const definition =
		version === survey.publishedVersion
			? survey.definition
			: await responses.publishedDefinition(survey.id, version);
	const hidden = hiddenFrom(definition, (n) => form.get(`_h.${n}`) as string | null);
	const page = Math.max(0, Number(form.get('_page')) || 0);
	const seen = String(form.get('_seen') ?? '').split(' ')[0];
	const questions = seen
		? pageAround(definition, seen)
		: pageRegion(definition, answersFromForm(definition.questions, form), hidden, page);
	const answers = answersFromForm(questions, form);
	const token = String(form.get('_t') ?? '');
	return {
		frameOrigins: survey.frameOrigins,
		data: {
			slug: survey.slug,
			title: survey.definition.title,
			branding: survey.definition.branding,
			kind: 'form' as const,
			lang: languageOf(definition, String(form.get('_lang') ?? '')),
			sid,
			resumable: false,
			version,
			definition,
			hidden,
			answers,
			page,
			pageCount: Math.max(page + 1, pagesOf(definition, answers, hidden).length),
			questionIds: questions.map((q) => q.id),
			invite: /^[a-z2-7]{20,64}$/.test(token) ? token : null
		}
	};
}
export type UnsavedPage = NonNullable<Awaited<ReturnType<typeof unsavedPage>>>;
