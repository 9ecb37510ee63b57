import { redirect } from '@sveltejs/kit';
import { fail, message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { signUpSchema } from '$lib/schemas';
import { DomainError } from '$lib/server/platform';
import { throttleAuth, safeRedirect } from '$lib/server/http';
import { users } from '$lib/server/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	const form = await superValidate(zod4(signUpSchema));
	// An invitation link sends people here with their address filled in.
	form.data.email = url.searchParams.get('email') ?? '';
	return { form };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(signUpSchema));
		const password = form.data.password;
		form.data.password = '';
		if (!form.valid) return fail(400, { form });
		const throttled = throttleAuth(event, form);
		if (throttled) return throttled;
		try {
			// The same answer whether or not the e-mail has an account: only its mailbox learns which.
			await users.requestSignUp({
				...form.data,
				password,
				redirectTo: safeRedirect(event.url.searchParams.get('redirectTo'))
			});
		} catch (error) {
			if (error instanceof DomainError)
				return setError(form, error.issues ? 'password' : 'email', error.message);
			throw error;
		}
		return message(form, { type: 'success', text: form.data.email.trim() });
	}
};
