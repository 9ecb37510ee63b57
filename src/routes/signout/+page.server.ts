import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth';
import { readForm, safeRedirect } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

// Only a default action here: SvelteKit refuses every post to a page that mixes a default action
// with named ones, so signing out everywhere is its own route, /signout/everywhere.
export const actions: Actions = {
	default: async (event) => {
		const data = await readForm(event.request);
		if (event.locals.session) await auth.invalidateSession(event.locals.session.id);
		auth.deleteSessionTokenCookie(event);
		redirect(303, safeRedirect(data.get('redirectTo')?.toString(), '/signin'));
	}
};
