// The respondent pages' own words (the survey's texts come from its definition). English and
// Japanese for now; every other language falls back to English until the respondent UI moves to
// Paraglide with all eleven languages.

export type RespondentMessages = {
	next: string;
	back: string;
	submit: string;
	pageOf: (page: number, pages: number) => string;
	problems: (n: number) => string;
	closedTitle: string;
	closed: { closed: string; date: string; limit: string };
	thankYou: string;
	tooMany: (seconds: number) => string;
	resume: string;
	saved: string;
	notSaved: string;
};

const en: RespondentMessages = {
	next: 'Next',
	back: 'Back',
	submit: 'Submit',
	pageOf: (page, pages) => `Page ${page} of ${pages}`,
	problems: (n) =>
		n === 1 ? 'There is a problem with 1 answer' : `There are problems with ${n} answers`,
	closedTitle: 'This survey is closed',
	closed: {
		closed: 'It no longer takes answers. Thank you for your interest.',
		date: 'Its closing date has passed. Thank you for your interest.',
		limit: 'It has all the answers it needs. Thank you for your interest.'
	},
	thankYou: 'Thank you! Your answers have been recorded.',
	tooMany: (s) =>
		`Too many answers were sent from your connection just now. Wait ${s} seconds and send again: nothing you entered is lost.`,
	resume: 'To finish later, keep this page’s address: it brings you back here.',
	saved: 'Your answers so far are saved.',
	notSaved: 'Your latest answers could not be saved yet; they will be sent with the page.'
};

const ja: RespondentMessages = {
	next: '次へ',
	back: '戻る',
	submit: '送信',
	pageOf: (page, pages) => `${pages}ページ中${page}ページ目`,
	problems: (n) => `${n}件の回答に問題があります`,
	closedTitle: 'このアンケートは終了しました',
	closed: {
		closed: '現在、回答を受け付けていません。ご関心をお寄せいただきありがとうございます。',
		date: '回答期限を過ぎました。ご関心をお寄せいただきありがとうございます。',
		limit: '必要な回答数に達しました。ご関心をお寄せいただきありがとうございます。'
	},
	thankYou: 'ご回答ありがとうございました。回答を記録しました。',
	tooMany: (s) =>
		`短時間に多くの回答が送信されました。${s}秒待ってからもう一度送信してください。入力内容は失われていません。`,
	resume: '後で続けるには、このページのアドレスを保存してください。',
	saved: 'ここまでの回答を保存しました。',
	notSaved: '最新の回答はまだ保存されていません。ページ送信時に送られます。'
};

const catalogue: Record<string, RespondentMessages> = { en, ja };

export function respondentMessages(lang: string): RespondentMessages {
	return catalogue[lang] ?? catalogue[lang.split('-')[0]] ?? en;
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
