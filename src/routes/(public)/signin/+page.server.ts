import { redirect } from '@sveltejs/kit';
import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { signInSchema } from '$lib/schemas';
import * as auth from '$lib/server/auth';
import { users } from '$lib/server/identity';
import { clientAddress } from '$lib/server/platform';
import { throttleAuth, safeRedirect } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	return { form: await superValidate(zod4(signInSchema)) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(signInSchema));
		const password = form.data.password;
		form.data.password = ''; // never echo a password back to the page
		if (!form.valid) return fail(400, { form });
		const throttled = throttleAuth(event, form);
		if (throttled) return throttled;
		const result = await users.authenticate(form.data.email, password, {
			address: clientAddress(event)
		});
		if (!result.ok) {
			return result.reason === 'throttled'
				? message(form, { type: 'error', text: users.tooManyGuesses(result.wait) }, { status: 429 })
				: message(
						form,
						{ type: 'error', text: 'That e-mail and password do not match an account.' },
						{ status: 400 }
					);
		}
		await auth.startSession(event, result.userId, null);
		redirect(303, safeRedirect(event.url.searchParams.get('redirectTo')));
	}
};
