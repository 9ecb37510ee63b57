import type { Question, SurveyDefinition } from './definition';
import { visibleQuestions, type Answers, type HiddenValues } from './logic';

/**
 * The pages a respondent goes through, given what they have answered: the visible questions split
 * at statements that start a page, or one question a page in one-at-a-time display. Always at
 * least one page, so a survey with nothing to show still has somewhere to submit.
 */
export function pagesOf(
	definition: SurveyDefinition,
	answers: Answers,
	hidden: HiddenValues
): Question[][] {
	const pages: Question[][] = [];
	for (const question of visibleQuestions(definition, answers, hidden)) {
		const breaks =
			definition.display === 'one-at-a-time' ||
			(question.type === 'statement' && question.pageBreak);
		if (!pages.length || (breaks && pages[pages.length - 1].length)) pages.push([]);
		pages[pages.length - 1].push(question);
	}
	return pages.length ? pages : [[]];
}

/** The answers to questions the respondent can still see: what logic hides is dropped. */
export function visibleAnswers(
	definition: SurveyDefinition,
	answers: Answers,
	hidden: HiddenValues
): Answers {
	const kept: Answers = {};
	for (const question of visibleQuestions(definition, answers, hidden))
		if (Object.prototype.hasOwnProperty.call(answers, question.id))
			kept[question.id] = answers[question.id];
	return kept;
}

/**
 * Every question that can appear on page `index` as the respondent answers it: the page's own,
 * and the ones after it up to the next page break that logic shows by answers given on this very
 * page (a CSAT's "What could have been better?"). The page renders them all, the hidden hidden.
 */
export function pageRegion(
	definition: SurveyDefinition,
	answers: Answers,
	hidden: HiddenValues,
	index: number
): Question[] {
	const page = pagesOf(definition, answers, hidden)[index] ?? [];
	if (!page.length || definition.display === 'one-at-a-time') return page;
	const start = definition.questions.findIndex((q) => q.id === page[0].id);
	const region: Question[] = [];
	for (const question of definition.questions.slice(start)) {
		if (region.length && question.type === 'statement' && question.pageBreak) break;
		region.push(question);
	}
	return region;
}
