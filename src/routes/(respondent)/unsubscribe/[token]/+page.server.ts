import { pickLanguage } from '$lib/i18n/respondent';
import { distributions } from '$lib/server/outreach';
import type { Actions, PageServerLoad } from './$types';

// A customer's unsubscribe link, from the foot of an invitation. Opening it asks; only the button
// (a POST) unsubscribes, so a mail scanner that follows links changes nothing.

export const csr = false;

function language(event: { request: Request; locals: App.Locals }) {
	const lang = pickLanguage([], 'en', null, event.request.headers.get('accept-language'));
	event.locals.pageLang = lang;
	return lang;
}

export const load: PageServerLoad = async (event) => ({ lang: language(event) });

export const actions: Actions = {
	default: async (event) => {
		language(event);
		return { unsubscribed: await distributions.unsubscribe(event.params.token) };
	}
};
