import { redirect } from '@sveltejs/kit';
import { fail, message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { resetSchema } from '$lib/schemas';
import { DomainError } from '$lib/server/platform';
import { throttleAuth } from '$lib/server/http';
import { users } from '$lib/server/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	valid: await users.checkResetToken(params.token),
	form: await superValidate(zod4(resetSchema))
});

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(resetSchema));
		const password = form.data.password;
		form.data.password = '';
		if (!form.valid) return fail(400, { form });
		const throttled = throttleAuth(event, form);
		if (throttled) return throttled;
		try {
			await users.resetPassword(event.params.token, password);
		} catch (error) {
			if (error instanceof DomainError && error.issues)
				return setError(form, 'password', error.message);
			if (error instanceof DomainError) {
				return message(form, { type: 'error', text: error.message }, { status: 400 });
			}
			throw error;
		}
		redirect(303, '/signin?reset=done');
	}
};
