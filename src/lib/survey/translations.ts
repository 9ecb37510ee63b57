import type { LocalizedText, SurveyDefinition } from './definition';
import { questionTexts } from './text';

export type MissingTranslation = { path: string; language: string };

/** Every text a respondent can see, with its path in the definition. */
export function respondentTexts(definition: SurveyDefinition) {
	const out: { path: string; text: LocalizedText }[] = [];
	if (definition.intro !== undefined) out.push({ path: 'intro', text: definition.intro });
	if (definition.thankYou !== undefined) out.push({ path: 'thankYou', text: definition.thankYou });
	definition.questions.forEach((question, index) => {
		for (const { path, text } of questionTexts(question))
			out.push({ path: ['questions', index, ...path].join('.'), text });
	});
	return out;
}

function has(text: LocalizedText, language: string, defaultLanguage: string) {
	if (typeof text === 'string') return language === defaultLanguage;
	return (text[language] ?? '').trim() !== '';
}

/**
 * The texts that lack one of the survey's languages. A survey with any cannot be published: a
 * respondent would meet a question half in another language.
 */
export function missingTranslations(definition: SurveyDefinition): MissingTranslation[] {
	const languages = [definition.defaultLanguage, ...definition.languages].filter(
		(l, i, all) => all.indexOf(l) === i
	);
	return respondentTexts(definition).flatMap(({ path, text }) =>
		languages
			.filter((language) => !has(text, language, definition.defaultLanguage))
			.map((language) => ({ path, language }))
	);
}

/** Sets one language of a text, turning a plain string into an object when a second appears. */
export function withTranslation(
	text: LocalizedText | undefined,
	language: string,
	value: string,
	defaultLanguage: string
): LocalizedText {
	const current: Record<string, string> =
		text === undefined ? {} : typeof text === 'string' ? { [defaultLanguage]: text } : { ...text };
	if (value === '') delete current[language];
	else current[language] = value;
	const keys = Object.keys(current);
	if (keys.length === 1 && keys[0] === defaultLanguage) return current[defaultLanguage];
	return current;
}
