import type { LocalizedText, Question, SurveyDefinition } from './definition';
import type { Answers, HiddenValues } from './logic';

/** The text in `lang`, falling back to the default language, then to any language given. */
export function localize(
	text: LocalizedText | undefined,
	lang: string,
	defaultLanguage = 'en'
): string {
	if (text === undefined) return '';
	if (typeof text === 'string') return text;
	return text[lang] || text[defaultLanguage] || Object.values(text).find(Boolean) || '';
}

const placeholder = /\{\{\s*(hidden\.[A-Za-z0-9_-]{1,64}|[a-z0-9_-]{1,64})\s*\}\}/g;

/** Every field a text pipes in: question ids and `hidden.<name>`. */
export function pipedFields(text: string): string[] {
	return [...text.matchAll(placeholder)].map((m) => m[1]);
}

/** The display form of an answer for piping: a choice's label, an NPS+ answer's score. */
function display(question: Question | undefined, value: unknown, lang: string, fallback: string) {
	if (value === undefined || value === null) return '';
	if (question && 'choices' in question && question.choices) {
		const label = (id: unknown) =>
			localize(question.choices.find((c) => c.id === id)?.label, lang, fallback) || String(id);
		if (Array.isArray(value)) return value.map(label).join(', ');
		if (typeof value === 'object' && 'other' in value) return String(value.other);
		return label(value);
	}
	if (typeof value === 'object' && !Array.isArray(value) && 'score' in value)
		return String((value as { score: unknown }).score);
	if (typeof value === 'boolean') return value ? '✓' : '✗';
	if (typeof value === 'object') return '';
	return String(value);
}

/**
 * Replaces `{{question}}` and `{{hidden.field}}` with the answer or hidden value. The result is
 * plain text: pages render it escaped, never as HTML. An unknown or unanswered field pipes nothing.
 */
export function pipe(
	text: string,
	definition: Pick<SurveyDefinition, 'questions' | 'defaultLanguage'>,
	answers: Answers,
	hidden: HiddenValues,
	lang: string
): string {
	return text.replace(placeholder, (_, field: string) => {
		// Own keys only: a field named "constructor" must not pipe in Object's prototype.
		if (field.startsWith('hidden.'))
			return Object.hasOwn(hidden, field.slice(7)) ? (hidden[field.slice(7)] ?? '') : '';
		const question = definition.questions.find((q) => q.id === field);
		const value = Object.hasOwn(answers, field) ? answers[field] : undefined;
		return display(question, value, lang, definition.defaultLanguage);
	});
}

/** Every localized text of a question, with its path inside the question. */
export function questionTexts(
	question: Question
): { path: (string | number)[]; text: LocalizedText }[] {
	const out: { path: (string | number)[]; text: LocalizedText }[] = [];
	const add = (path: (string | number)[], text: LocalizedText | undefined) => {
		if (text !== undefined) out.push({ path, text });
	};
	const q = question as Record<string, unknown>;
	for (const key of [
		'text',
		'description',
		'lowLabel',
		'highLabel',
		'yesLabel',
		'noLabel',
		'label'
	])
		add([key], q[key] as LocalizedText | undefined);
	for (const key of ['choices', 'rows'] as const) {
		const list = q[key] as { label: LocalizedText }[] | undefined;
		list?.forEach((c, i) => add([key, i, 'label'], c.label));
	}
	if ((question.type === 'nps' || question.type === 'enps') && question.reasons)
		question.reasons.choices.forEach((c, i) => add(['reasons', 'choices', i, 'label'], c.label));
	return out;
}
