import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { resetRequestSchema } from '$lib/schemas';
import { logError } from '$lib/server/platform';
import { throttleAuth } from '$lib/server/http';
import { users } from '$lib/server/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	form: await superValidate(zod4(resetRequestSchema))
});

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate(event.request, zod4(resetRequestSchema));
		if (!form.valid) return fail(400, { form });
		const throttled = throttleAuth(event, form);
		if (throttled) return throttled;
		// Not awaited: a known address (a row, an e-mail) must not answer later than an unknown one,
		// and a mail server's failure must not tell the two apart either.
		users.requestPasswordReset(form.data.email).catch((error) => {
			logError('[reset] could not send a reset link:', error);
		});
		// The same answer whether or not the address has an account.
		return message(form, {
			type: 'success',
			text: `If ${form.data.email} has a Hearken account, a link to choose a new password is on its way. It works once, within an hour.`
		});
	}
};
