import { m } from '$lib/paraglide/messages.js';
import { baseLocale, locales } from '$lib/paraglide/runtime.js';
import type { IssueTemplates } from './say';

// The respondent pages' own words, in the eleven languages of messages/*.json (Paraglide JS,
// compiled to src/lib/paraglide). The survey's texts come from its definition.

export type Locale = (typeof locales)[number];

/** The UI language for a survey language: exact, then by base language (pt-BR → pt), else English. */
export function uiLocale(lang: string): Locale {
	const lower = lang.toLowerCase();
	const base = lower.split('-')[0];
	return (
		locales.find((l) => l.toLowerCase() === lower) ??
		locales.find((l) => l.toLowerCase().split('-')[0] === base) ??
		baseLocale
	);
}

export function respondentMessages(lang: string) {
	const o = { locale: uiLocale(lang) };
	return {
		next: m.next({}, o),
		back: m.back({}, o),
		submit: m.submit({}, o),
		pageOf: (page: number, pages: number) => m.pageOf({ page, pages }, o),
		problems: (count: number) =>
			count === 1 ? m.problemsOne({}, o) : m.problemsMany({ count }, o),
		/** `problems` for more than one, `{count}` left for the page's script to fill. */
		problemsMany: m.problemsMany({ count: '{count}' }, o),
		closedTitle: m.closedTitle({}, o),
		closed: {
			closed: m.closedClosed({}, o),
			date: m.closedDate({}, o),
			limit: m.closedLimit({}, o)
		},
		/** A personal link that cannot be used (again). */
		invite: {
			used: { title: m.inviteUsedTitle({}, o), text: m.inviteUsed({}, o) },
			expired: { title: m.inviteExpiredTitle({}, o), text: m.inviteExpired({}, o) },
			invalid: { title: m.inviteInvalidTitle({}, o), text: m.inviteInvalid({}, o) }
		},
		unsubscribe: {
			title: m.unsubscribeTitle({}, o),
			ask: m.unsubscribeAsk({}, o),
			button: m.unsubscribeButton({}, o),
			done: m.unsubscribeDone({}, o),
			unknown: m.unsubscribeUnknown({}, o)
		},
		thankYou: m.thankYou({}, o),
		tooMany: (seconds: number) => m.tooMany({ seconds }, o),
		/** A post the database did not answer: it may have been stored, so never "lost". */
		notConfirmed: m.notConfirmed({}, o),
		resume: m.resume({}, o),
		saved: m.saved({}, o),
		notSaved: m.notSaved({}, o),
		keysHint: m.keysHint({}, o),
		saveLater: m.saveLater({}, o),
		savedLink: m.savedLink({}, o),
		/** What the survey's mode promises (docs/confidentiality.md), shown before the first question. */
		promise: {
			anonymous: m.promiseAnonymous({}, o),
			confidential: m.promiseConfidential({}, o),
			identified: m.promiseIdentified({}, o),
			/** An identified survey answered by a public or touchpoint link: nothing says who. */
			identifiedPublic: m.promiseIdentifiedPublic({}, o)
		}
	};
}
export type RespondentMessages = ReturnType<typeof respondentMessages>;

/**
 * The promise a link can keep: only a personal invitation knows who answers an identified survey;
 * a public link, a QR code or an embed knows nobody, unless the respondent says who they are.
 */
export function promiseKey(
	mode: 'anonymous' | 'confidential' | 'identified',
	personal: boolean
): keyof RespondentMessages['promise'] {
	return mode === 'identified' && !personal ? 'identifiedPublic' : mode;
}

/** The answer messages in `lang`, placeholders ({n}, {min}…) left in place for `fill`. */
export function issueTemplates(lang: string): IssueTemplates {
	const o = { locale: uiLocale(lang) };
	return {
		required: m.vRequired({}, o),
		reasonForScore: m.vReasonForScore({}, o),
		everyRow: m.vEveryRow({}, o),
		otherText: m.vOtherText({}, o),
		tooLong: m.vTooLong({ max: '{max}' }, o),
		rankAll: m.vRankAll({}, o),
		rankTwice: m.vRankTwice({}, o),
		chooseAtLeast: m.qChooseAtLeast({ n: '{n}' }, o),
		chooseAtMost: m.qChooseAtMost({ n: '{n}' }, o),
		range: m.vRange({ min: '{min}', max: '{max}' }, o),
		min: m.vMin({ min: '{min}' }, o),
		max: m.vMax({ max: '{max}' }, o),
		step: m.vStep({ step: '{step}' }, o),
		number: m.vNumber({}, o),
		whole: m.vWhole({}, o),
		date: m.vDate({}, o),
		check: m.vCheck({}, o)
	};
}

export const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur']);
export const directionOf = (lang: string) => (rtlLanguages.has(lang.split('-')[0]) ? 'rtl' : 'ltr');

/**
 * The language to show: `lang=` if the survey has it, else the best of Accept-Language the survey
 * has (by quality, then order; `pt-BR` matches `pt`), else the survey's default.
 */
export function pickLanguage(
	available: string[],
	defaultLanguage: string,
	requested: string | null,
	acceptLanguage: string | null
): string {
	const offered = [defaultLanguage, ...available];
	const match = (tag: string) =>
		offered.find((l) => l.toLowerCase() === tag.toLowerCase()) ??
		offered.find((l) => l.toLowerCase() === tag.split('-')[0].toLowerCase());
	if (requested) {
		const found = match(requested);
		if (found) return found;
	}
	const ranked = (acceptLanguage ?? '')
		.split(',')
		.slice(0, 20)
		.map((part, index) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { tag, q: q ? Number(q.slice(2)) || 0 : 1, index };
		})
		.filter((l) => l.tag && l.tag !== '*' && l.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	for (const { tag } of ranked) {
		const found = match(tag);
		if (found) return found;
	}
	return defaultLanguage;
}
