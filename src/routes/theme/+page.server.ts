import { redirect } from '@sveltejs/kit';
import { readForm, safeRedirect } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const data = await readForm(request);
		const theme = String(data.get('theme'));
		if (theme === 'light' || theme === 'dark') {
			cookies.set('theme', theme, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				secure: url.protocol === 'https:',
				maxAge: 60 * 60 * 24 * 365
			});
		} else {
			cookies.delete('theme', { path: '/' });
		}
		redirect(303, safeRedirect(data.get('redirectTo')?.toString()));
	}
};
