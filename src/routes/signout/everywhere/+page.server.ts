import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		if (event.locals.user) await auth.invalidateAllSessions(event.locals.user.id);
		auth.deleteSessionTokenCookie(event);
		redirect(303, '/signin');
	}
};
