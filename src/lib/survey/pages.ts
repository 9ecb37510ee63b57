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
