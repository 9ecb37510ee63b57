import type { IssueTemplates } from '../i18n/say';
import type { SurveyDefinition } from '../survey/definition';
import type { Answers, HiddenValues } from '../survey/logic';

/**
 * What the respondent page hands its script, as JSON in the page: the version being answered,
 * what is stored from earlier pages, the questions of this page and the words it may need.
 */
export type EnhanceData = {
	definition: SurveyDefinition;
	hidden: HiddenValues;
	/** Answers saved from the respondent's other pages: logic on this page may depend on them. */
	stored: Answers;
	questionIds: string[];
	/** Questions the server found in error: the script puts focus on the first. */
	errorIds: string[];
	text: {
		issues: IssueTemplates;
		error: string;
		problemsOne: string;
		/** With `{count}`. */
		problemsMany: string;
		saved: string;
		notSaved: string;
		notAnswered: string;
		keysHint: string;
	};
};

/**
 * JSON to place inside a `<script type="application/json">`: `<` escaped so no text of the survey
 * can close the element, and the two line separators JavaScript once refused in strings.
 */
export function scriptJson(value: unknown) {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
