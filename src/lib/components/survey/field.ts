import { uiLocale } from '$lib/i18n/respondent';
import { m } from '$lib/paraglide/messages.js';
import type { LocalizedText, Question, QuestionType } from '$lib/survey/definition';

// Shared by QuestionField and its per-type parts: element ids, the props every part takes, and the
// few words of the respondent UI that the survey definition does not carry.

export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** The value a choice's "Other" option posts; the written answer posts as `{id}.other`. */
export { OTHER_CHOICE as OTHER } from '$lib/survey/form';

/**
 * Element ids of one question. Question and choice ids never hold a dot or a capital, so the dotted
 * segments below cannot collide with another question's ids or with each other.
 */
export function fieldIds(id: string) {
	const q = `q-${id}`;
	return {
		question: q,
		control: `${q}.control`,
		desc: `${q}.desc`,
		hint: `${q}.hint`,
		error: `${q}.error`,
		low: `${q}.low`,
		high: `${q}.high`,
		other: `${q}.other`,
		otherText: `${q}.other-text`,
		output: `${q}.output`,
		status: `${q}.status`,
		comment: `${q}.comment`,
		point: (n: number) => `${q}.s.${n}`,
		choice: (choiceId: string) => `${q}.c.${choiceId}`,
		reason: (reasonId: string) => `${q}.r.${reasonId}`,
		cell: (rowId: string, n: number) => `${q}.m.${rowId}.${n}`,
		row: (rowId: string) => `${q}.m.${rowId}`,
		rank: (choiceId: string) => `${q}.k.${choiceId}`,
		up: (choiceId: string) => `${q}.k.${choiceId}.up`,
		down: (choiceId: string) => `${q}.k.${choiceId}.down`
	};
}
export type FieldIds = ReturnType<typeof fieldIds>;

/** What every per-type part is given by QuestionField. */
export type PartProps<T extends QuestionType> = {
	question: QuestionOf<T>;
	value: unknown;
	ids: FieldIds;
	/** Localizes and pipes a text of the definition; the result is plain text. */
	text: (text: LocalizedText | undefined) => string;
	strings: UiStrings;
	/** True once JavaScript runs: parts may then hide, filter and reorder. */
	enhanced: boolean;
	disabled: boolean;
	invalid: boolean;
	describedBy?: string;
	onchange: (value: unknown) => void;
};

export type UiStrings = {
	required: string;
	error: string;
	other: string;
	otherAnswer: string;
	choose: string;
	yes: string;
	no: string;
	agree: string;
	reason: string;
	comment: string;
	rankHint: string;
	notRanked: string;
	stars: (n: number, max: number) => string;
	chooseAtLeast: (n: number) => string;
	chooseAtMost: (n: number) => string;
	chooseBetween: (min: number, max: number) => string;
	notAnswered: string;
};

/** The respondent UI's own words in `lang` (Paraglide, messages/*.json; pt-BR → pt), else English. */
export function uiStrings(lang: string): UiStrings {
	const o = { locale: uiLocale(lang) };
	return {
		required: m.qRequired({}, o),
		error: m.qError({}, o),
		other: m.qOther({}, o),
		otherAnswer: m.qOtherAnswer({}, o),
		choose: m.qChoose({}, o),
		yes: m.qYes({}, o),
		no: m.qNo({}, o),
		agree: m.qAgree({}, o),
		reason: m.qReason({}, o),
		comment: m.qComment({}, o),
		rankHint: m.qRankHint({}, o),
		notRanked: '–',
		stars: (n, max) => m.qStars({ n, max }, o),
		chooseAtLeast: (n) => m.qChooseAtLeast({ n }, o),
		chooseAtMost: (n) => m.qChooseAtMost({ n }, o),
		chooseBetween: (min, max) => m.qChooseBetween({ min, max }, o),
		notAnswered: m.qNotAnswered({}, o)
	};
}
