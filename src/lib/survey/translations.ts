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

/** The text in one language, without falling back: the designer shows what is really there. */
export function textIn(text: LocalizedText | undefined, lang: string, defaultLanguage: string) {
	if (text === undefined) return '';
	if (typeof text === 'string') return lang === defaultLanguage ? text : '';
	return text[lang] ?? '';
}

/**
 * Sets one language of a text. A text only in the default language stays a plain string; an
 * emptied translation is removed; the default language is kept even when emptied (the schema
 * then asks for it).
 */
export function setTextIn(
	text: LocalizedText | undefined,
	lang: string,
	value: string,
	defaultLanguage: string
): LocalizedText {
	if (lang === defaultLanguage && (text === undefined || typeof text === 'string')) return value;
	const current: Record<string, string> =
		typeof text === 'string' ? { [defaultLanguage]: text } : { ...(text ?? {}) };
	if (value === '' && lang !== defaultLanguage) delete current[lang];
	else current[lang] = value;
	const keys = Object.keys(current);
	return keys.length === 1 && keys[0] === defaultLanguage ? current[defaultLanguage] : current;
}
