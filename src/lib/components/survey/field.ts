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
	keepOrder: string;
	notRanked: string;
	moveUp: (label: string) => string;
	moveDown: (label: string) => string;
	moved: (label: string, position: number, count: number) => string;
	stars: (n: number, max: number) => string;
	chooseAtLeast: (n: number) => string;
	chooseAtMost: (n: number) => string;
	chooseBetween: (min: number, max: number) => string;
	notAnswered: string;
};

const en: UiStrings = {
	required: 'required',
	error: 'Error:',
	other: 'Other',
	otherAnswer: 'Other answer',
	choose: 'Choose…',
	yes: 'Yes',
	no: 'No',
	agree: 'I agree',
	reason: 'What is the main reason for your score?',
	comment: 'Anything you would like to add?',
	rankHint: 'Put them in order: 1 is the first.',
	keepOrder: 'Keep this order',
	notRanked: '–',
	moveUp: (label) => `Move ${label} up`,
	moveDown: (label) => `Move ${label} down`,
	moved: (label, position, count) => `${label}: ${position} of ${count}`,
	stars: (n, max) => `${n} of ${max}`,
	chooseAtLeast: (n) => `Choose at least ${n}.`,
	chooseAtMost: (n) => `Choose up to ${n}.`,
	chooseBetween: (min, max) => `Choose ${min} to ${max}.`,
	notAnswered: 'Not answered yet'
};

const ja: UiStrings = {
	required: '必須',
	error: 'エラー：',
	other: 'その他',
	otherAnswer: 'その他の回答',
	choose: '選択してください',
	yes: 'はい',
	no: 'いいえ',
	agree: '同意します',
	reason: 'そのスコアを付けた主な理由は何ですか？',
	comment: 'ほかにお伝えいただきたいことはありますか？',
	rankHint: '1 を最上位として順位を付けてください。',
	keepOrder: 'この順番で確定',
	notRanked: '–',
	moveUp: (label) => `${label}を上へ移動`,
	moveDown: (label) => `${label}を下へ移動`,
	moved: (label, position, count) => `${label}：${count} 件中 ${position} 位`,
	stars: (n, max) => `${max} 点中 ${n} 点`,
	chooseAtLeast: (n) => `${n} つ以上選んでください。`,
	chooseAtMost: (n) => `${n} つまで選べます。`,
	chooseBetween: (min, max) => `${min}〜${max} つ選んでください。`,
	notAnswered: '未回答'
};

const fr: UiStrings = {
	required: 'obligatoire',
	error: 'Erreur :',
	other: 'Autre',
	otherAnswer: 'Autre réponse',
	choose: 'Choisir…',
	yes: 'Oui',
	no: 'Non',
	agree: 'J’accepte',
	reason: 'Quelle est la principale raison de votre note ?',
	comment: 'Souhaitez-vous ajouter quelque chose ?',
	rankHint: 'Classez-les : 1 est le premier.',
	keepOrder: 'Garder cet ordre',
	notRanked: '–',
	moveUp: (label) => `Monter ${label}`,
	moveDown: (label) => `Descendre ${label}`,
	moved: (label, position, count) => `${label} : ${position} sur ${count}`,
	stars: (n, max) => `${n} sur ${max}`,
	chooseAtLeast: (n) => `Choisissez-en au moins ${n}.`,
	chooseAtMost: (n) => `Choisissez-en jusqu’à ${n}.`,
	chooseBetween: (min, max) => `Choisissez-en de ${min} à ${max}.`,
	notAnswered: 'Pas encore répondu'
};

const de: UiStrings = {
	required: 'Pflichtfeld',
	error: 'Fehler:',
	other: 'Sonstiges',
	otherAnswer: 'Andere Antwort',
	choose: 'Bitte wählen…',
	yes: 'Ja',
	no: 'Nein',
	agree: 'Ich stimme zu',
	reason: 'Was ist der Hauptgrund für Ihre Bewertung?',
	comment: 'Möchten Sie noch etwas ergänzen?',
	rankHint: 'Bringen Sie sie in eine Reihenfolge: 1 ist der erste Platz.',
	keepOrder: 'Diese Reihenfolge übernehmen',
	notRanked: '–',
	moveUp: (label) => `${label} nach oben`,
	moveDown: (label) => `${label} nach unten`,
	moved: (label, position, count) => `${label}: ${position} von ${count}`,
	stars: (n, max) => `${n} von ${max}`,
	chooseAtLeast: (n) => `Wählen Sie mindestens ${n}.`,
	chooseAtMost: (n) => `Wählen Sie höchstens ${n}.`,
	chooseBetween: (min, max) => `Wählen Sie ${min} bis ${max}.`,
	notAnswered: 'Noch nicht beantwortet'
};

const es: UiStrings = {
	required: 'obligatoria',
	error: 'Error:',
	other: 'Otro',
	otherAnswer: 'Otra respuesta',
	choose: 'Elija…',
	yes: 'Sí',
	no: 'No',
	agree: 'Acepto',
	reason: '¿Cuál es el motivo principal de su puntuación?',
	comment: '¿Algo más que quiera añadir?',
	rankHint: 'Ordénelos: 1 es el primero.',
	keepOrder: 'Mantener este orden',
	notRanked: '–',
	moveUp: (label) => `Subir ${label}`,
	moveDown: (label) => `Bajar ${label}`,
	moved: (label, position, count) => `${label}: ${position} de ${count}`,
	stars: (n, max) => `${n} de ${max}`,
	chooseAtLeast: (n) => `Elija al menos ${n}.`,
	chooseAtMost: (n) => `Elija hasta ${n}.`,
	chooseBetween: (min, max) => `Elija de ${min} a ${max}.`,
	notAnswered: 'Sin responder'
};

const byLanguage: Record<string, UiStrings> = { en, ja, fr, de, es };

/** The respondent UI's own words in `lang` ("pt-BR" falls back to "pt"), else in English. */
export function uiStrings(lang: string): UiStrings {
	return byLanguage[lang] ?? byLanguage[lang.split('-')[0]] ?? en;
}
