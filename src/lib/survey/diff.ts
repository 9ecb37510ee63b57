import type { LocalizedText, Logic, Question, QuestionType, SurveyDefinition } from './definition';
import { localize } from './text';

// What changed between two versions of a survey, as data a "compare versions" page can render,
// and as one English line per change. Both definitions should be parsed (defaults filled in), so
// that a default is never reported as a change.

/** One field that differs. Values are readable text; absent where the field was not set. */
export type FieldChange = {
	/** A dotted path: `title`, `text.ja`, `choices.b`, `choices.b.label.en`, `reasons.comment`. */
	field: string;
	change: 'added' | 'removed' | 'changed';
	before?: string;
	after?: string;
};

export type QuestionChange =
	/** `text` is the question's text in the default language. */
	| { kind: 'added'; id: string; index: number; type: QuestionType; text: string }
	| { kind: 'removed'; id: string; index: number; type: QuestionType; text: string }
	/** Zero-based positions. Only questions that moved relative to the others are listed. */
	| { kind: 'moved'; id: string; from: number; to: number }
	| { kind: 'changed'; id: string; fields: FieldChange[] };

/** Questions in the order of the later version; a removed one where it used to be. */
export type SurveyDiff = { settings: FieldChange[]; questions: QuestionChange[] };

type Choice = { id: string; label: LocalizedText };
type Fields = Record<string, unknown>;
type Context = { before: SurveyDefinition; after: SurveyDefinition; out: FieldChange[] };

const questionTextFields = ['text', 'description'];
const labelFields = ['lowLabel', 'highLabel', 'yesLabel', 'noLabel', 'label'];
const listFields = ['choices', 'rows'] as const;
const handled = new Set(['id', 'type', 'required', 'showIf', 'reasons']);
for (const key of [...questionTextFields, ...labelFields, ...listFields]) handled.add(key);

const settingFields = [
	'title',
	'audience',
	'mode',
	'defaultLanguage',
	'languages',
	'hiddenFields',
	'display',
	'intro',
	'thankYou',
	'closeAt',
	'responseLimit',
	'anonymityThreshold'
];
const settingTexts = ['intro', 'thankYou'];
const notSettings = new Set([...settingFields, 'branding', 'questions']);

const operators: Record<string, string> = {
	equals: '=',
	not_equals: '≠',
	in: 'is one of',
	lt: '<',
	lte: '≤',
	gt: '>',
	gte: '≥',
	answered: 'is answered',
	not_answered: 'is not answered'
};

/** A key-order-independent serialisation, so that equal values always compare equal. */
function stable(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const object = value as Fields;
		const keys = Object.keys(object)
			.filter((k) => object[k] !== undefined)
			.sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(object[k])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'undefined';
}

function readable(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value === 'string' || typeof value === 'number') return String(value);
	if (Array.isArray(value)) return value.length ? value.map(readable).join(', ') : 'none';
	return stable(value);
}

/** A show-if rule as people read it: `nps ≤ 6 and (plan = "pro" or hidden.vip is answered)`. */
export function formatLogic(logic: Logic, nested = false): string {
	if ('all' in logic || 'any' in logic) {
		const [parts, joiner] = 'all' in logic ? [logic.all, ' and '] : [logic.any, ' or '];
		const text = parts.map((part) => formatLogic(part, true)).join(joiner);
		return nested && parts.length > 1 ? `(${text})` : text;
	}
	const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));
	const value = Array.isArray(logic.value)
		? ` [${logic.value.map(show).join(', ')}]`
		: logic.value === undefined
			? ''
			: ` ${show(logic.value)}`;
	return `${logic.field} ${operators[logic.op]}${value}`;
}

function record(out: FieldChange[], field: string, before?: string, after?: string) {
	if (before === after) return;
	const change = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
	const entry: FieldChange = { field, change };
	if (before !== undefined) entry.before = before;
	if (after !== undefined) entry.after = after;
	out.push(entry);
}

/** Compares raw values (whatever their key order), reports them in readable form. */
function compare(
	out: FieldChange[],
	field: string,
	before: unknown,
	after: unknown,
	show: (value: never) => string | undefined = readable
) {
	if (stable(before) === stable(after)) return;
	const text = (v: unknown) => (v === undefined ? undefined : show(v as never));
	const [b, a] = [text(before), text(after)];
	// Two different raw values may read alike ({ all: [x] } and x): still a change.
	if (b === a) out.push({ field, change: 'changed', before: b, after: a });
	else record(out, field, b, a);
}

/** A text by language; a plain string is the default language's. A blank one is no text. */
function byLanguage(text: LocalizedText | undefined, defaultLanguage: string) {
	const entries =
		text === undefined
			? []
			: typeof text === 'string'
				? [[defaultLanguage, text]]
				: Object.entries(text);
	return Object.fromEntries(entries.filter(([, value]) => value.trim() !== '')) as Record<
		string,
		string
	>;
}

function compareText(ctx: Context, field: string, before: unknown, after: unknown) {
	const b = byLanguage(before as LocalizedText | undefined, ctx.before.defaultLanguage);
	const a = byLanguage(after as LocalizedText | undefined, ctx.after.defaultLanguage);
	const order = [
		ctx.after.defaultLanguage,
		ctx.before.defaultLanguage,
		...ctx.after.languages,
		...ctx.before.languages,
		...Object.keys(b),
		...Object.keys(a)
	];
	for (const language of new Set(order))
		record(ctx.out, `${field}.${language}`, b[language], a[language]);
}

function labelOf(ctx: Context, choice: Choice, side: 'before' | 'after') {
	return localize(choice.label, ctx[side].defaultLanguage, ctx[side].defaultLanguage);
}

/** Choices (rows, reasons) by id: added, removed, relabelled, and the order of those kept. */
function compareChoices(ctx: Context, field: string, before?: Choice[], after?: Choice[]) {
	const labels = (list: Choice[] | undefined, side: 'before' | 'after') =>
		list && list.map((c) => labelOf(ctx, c, side)).join(', ');
	if (!before || !after) {
		record(ctx.out, field, labels(before, 'before'), labels(after, 'after'));
		return;
	}
	const old = new Map(before.map((c) => [c.id, c]));
	const current = new Map(after.map((c) => [c.id, c]));
	const kept = after.filter((c) => old.has(c.id));
	const keptBefore = before.filter((c) => current.has(c.id));
	if (kept.some((c, i) => c.id !== keptBefore[i].id)) {
		const [b, a] = [labels(keptBefore, 'before')!, labels(kept, 'after')!];
		// Choices that share a label still reorder: then name them by id.
		const ids = (list: Choice[]) => list.map((c) => c.id).join(', ');
		const differ = b !== a;
		ctx.out.push({
			field,
			change: 'changed',
			before: differ ? b : ids(keptBefore),
			after: differ ? a : ids(kept)
		});
	}
	for (const choice of before)
		if (!current.has(choice.id))
			record(ctx.out, `${field}.${choice.id}`, labelOf(ctx, choice, 'before'), undefined);
	for (const choice of after) {
		const previous = old.get(choice.id);
		if (!previous)
			record(ctx.out, `${field}.${choice.id}`, undefined, labelOf(ctx, choice, 'after'));
		else compareText(ctx, `${field}.${choice.id}.label`, previous.label, choice.label);
	}
}

type Reasons = {
	choices: Choice[];
	byGroup?: Record<string, string[]>;
	comment?: boolean;
};

function compareReasons(ctx: Context, before?: Reasons, after?: Reasons) {
	if (!before || !after) {
		compareChoices(ctx, 'reasons', before?.choices, after?.choices);
		return;
	}
	compareChoices(ctx, 'reasons.choices', before.choices, after.choices);
	for (const group of ['detractor', 'passive', 'promoter'])
		compare(ctx.out, `reasons.byGroup.${group}`, before.byGroup?.[group], after.byGroup?.[group]);
	compare(ctx.out, 'reasons.comment', before.comment, after.comment);
}

function compareQuestion(ctx: Context, before: Fields, after: Fields) {
	compare(ctx.out, 'type', before.type, after.type);
	for (const key of questionTextFields) compareText(ctx, key, before[key], after[key]);
	compare(ctx.out, 'required', before.required, after.required);
	compare(ctx.out, 'showIf', before.showIf, after.showIf, (logic: Logic) => formatLogic(logic));
	for (const key of labelFields) compareText(ctx, key, before[key], after[key]);
	for (const key of listFields)
		compareChoices(
			ctx,
			key,
			before[key] as Choice[] | undefined,
			after[key] as Choice[] | undefined
		);
	compareReasons(ctx, before.reasons as Reasons | undefined, after.reasons as Reasons | undefined);
	// Every other option (scale, style, min, max, ...), including any a later schema adds.
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
		if (!handled.has(key)) compare(ctx.out, key, before[key], after[key]);
}

function compareSettings(ctx: Context) {
	const { before, after, out } = ctx;
	const [b, a] = [before as Fields, after as Fields];
	for (const key of settingFields)
		if (settingTexts.includes(key)) compareText(ctx, key, b[key], a[key]);
		else compare(out, key, b[key], a[key]);
	compare(out, 'branding.color', before.branding?.color, after.branding?.color);
	// A logo is a data URL of up to 100 KB: say that it changed, never what it is.
	const [logo, newLogo] = [before.branding?.logo, after.branding?.logo];
	if (logo !== newLogo)
		out.push({
			field: 'branding.logo',
			change: !logo ? 'added' : !newLogo ? 'removed' : 'changed'
		});
	for (const key of new Set([...Object.keys(b), ...Object.keys(a)]))
		if (!notSettings.has(key)) compare(out, key, b[key], a[key]);
}

/** The positions (in `sequence`) of one longest strictly increasing subsequence. */
function longestIncreasing(sequence: number[]): Set<number> {
	const tails: number[] = []; // tails[k]: position ending the best run of length k + 1
	const previous: number[] = [];
	sequence.forEach((value, i) => {
		let [lo, hi] = [0, tails.length];
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (sequence[tails[mid]] < value) lo = mid + 1;
			else hi = mid;
		}
		previous[i] = lo > 0 ? tails[lo - 1] : -1;
		tails[lo] = i;
	});
	const kept = new Set<number>();
	for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(i);
	return kept;
}

export function diffDefinitions(before: SurveyDefinition, after: SurveyDefinition): SurveyDiff {
	const settings: FieldChange[] = [];
	compareSettings({ before, after, out: settings });

	const oldIndex = new Map(before.questions.map((q, i) => [q.id, i]));
	const newIds = new Set(after.questions.map((q) => q.id));
	// A question moved when it left the longest run of questions still in their old order: adding
	// one question at the top moves nobody.
	const common = after.questions.filter((q) => oldIndex.has(q.id));
	const inOrder = longestIncreasing(common.map((q) => oldIndex.get(q.id)!));
	const moved = new Set(common.filter((_, i) => !inOrder.has(i)).map((q) => q.id));

	const questions: QuestionChange[] = [];
	const removed = before.questions
		.map((question, index) => ({ question, index }))
		.filter(({ question }) => !newIds.has(question.id));
	const entry = (kind: 'added' | 'removed', question: Question, index: number) => {
		const { defaultLanguage } = kind === 'added' ? after : before;
		const text = localize(question.text, defaultLanguage, defaultLanguage);
		questions.push({ kind, id: question.id, index, type: question.type, text });
	};
	const flushRemoved = (upTo: number) => {
		while (removed.length && removed[0].index < upTo) {
			const { question, index } = removed.shift()!;
			entry('removed', question, index);
		}
	};

	after.questions.forEach((question, index) => {
		const from = oldIndex.get(question.id);
		if (from === undefined) return entry('added', question, index);
		if (moved.has(question.id)) questions.push({ kind: 'moved', id: question.id, from, to: index });
		else flushRemoved(from);
		const fields: FieldChange[] = [];
		compareQuestion({ before, after, out: fields }, before.questions[from], question);
		if (fields.length) questions.push({ kind: 'changed', id: question.id, fields });
	});
	flushRemoved(Infinity);
	return { settings, questions };
}

const settingNames: Record<string, string> = {
	defaultLanguage: 'default language',
	hiddenFields: 'hidden fields',
	intro: 'introduction',
	thankYou: 'thank-you message',
	closeAt: 'closing time',
	responseLimit: 'response limit',
	anonymityThreshold: 'anonymity threshold',
	'branding.color': 'brand colour',
	'branding.logo': 'logo'
};
const quoted = new Set(['title', 'intro', 'thankYou']);

function settingLine({ field, change, before, after }: FieldChange): string {
	const [key, language] = field.split('.');
	const text = settingTexts.includes(key);
	const name = `${settingNames[text ? key : field] ?? field}${text ? ` (${language})` : ''}`;
	if (field === 'branding.logo')
		return `${change === 'added' ? 'Added' : change === 'removed' ? 'Removed' : 'Changed'} the logo`;
	const show = (value: string) => {
		if (!quoted.has(key)) return value;
		return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
	};
	if (change === 'added') return `Set the ${name} to ${show(after!)}`;
	if (change === 'removed') return `Removed the ${name} (was ${show(before!)})`;
	return `Changed the ${name} from ${show(before!)} to ${show(after!)}`;
}

const listNames: Record<string, [string, string]> = {
	choices: ['choice', 'choices'],
	rows: ['row', 'rows'],
	reasons: ['reason', 'reasons'],
	'reasons.choices': ['reason', 'reasons']
};

/** What a question's field change is called in a summary, and the language it is in. */
function questionPart({ field, change }: FieldChange): [string, string?] {
	const path = field.split('.');
	const list = path[0] === 'reasons' && path[1] === 'choices' ? 'reasons.choices' : path[0];
	const rest = path.slice(list.split('.').length);
	if (listNames[list] && (list !== 'reasons' || rest.length === 0)) {
		const [one, many] = listNames[list];
		if (rest.length === 0)
			return [change === 'changed' ? `${many} reordered` : `${many} ${change}`];
		if (rest.length === 1) return [`${one} "${rest[0]}" ${change}`];
		return [`${one} "${rest[0]}" relabelled`, rest[2]];
	}
	if ([...questionTextFields, ...labelFields].includes(path[0]) && path.length === 2)
		return [path[0], path[1]];
	if (path[0] === 'reasons' && path[1] === 'byGroup') return [`reasons for ${path[2]}s`];
	if (field === 'reasons.comment') return ['reasons comment'];
	return [field];
}

function questionLine(entry: QuestionChange): string {
	switch (entry.kind) {
		case 'added':
			return `Added question "${entry.id}" (${entry.type})`;
		case 'removed':
			return `Removed question "${entry.id}" (${entry.type})`;
		case 'moved':
			return `Moved question "${entry.id}" from position ${entry.from + 1} to ${entry.to + 1}`;
		case 'changed': {
			// One part per thing, with its languages: "text (en, ja)" rather than two parts.
			const parts = new Map<string, string[]>();
			for (const change of entry.fields) {
				const [name, language] = questionPart(change);
				const languages = parts.get(name) ?? [];
				if (language && !languages.includes(language)) languages.push(language);
				parts.set(name, languages);
			}
			const text = [...parts].map(([name, l]) => (l.length ? `${name} (${l.join(', ')})` : name));
			return `Changed question "${entry.id}": ${text.join(', ')}`;
		}
	}
}

/** One English line per change: settings first, then questions in the survey's order. */
export function summarizeDiff(diff: SurveyDiff): string[] {
	return [...diff.settings.map(settingLine), ...diff.questions.map(questionLine)];
}
