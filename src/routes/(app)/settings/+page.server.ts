import { fail, message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { changePasswordSchema, profileSchema } from '$lib/schemas';
import * as auth from '$lib/server/auth';
import { users } from '$lib/server/identity';
import { DomainError, clientAddress } from '$lib/server/platform';
import { requireUser, throttleAuth } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user } = requireUser(event);
	return {
		profile: await superValidate({ name: user.name }, zod4(profileSchema)),
		password: await superValidate(zod4(changePasswordSchema))
	};
};

export const actions: Actions = {
	profile: async (event) => {
		const { user } = requireUser(event);
		const form = await superValidate(event.request, zod4(profileSchema));
		if (!form.valid) return fail(400, { profile: form });
		await users.updateProfile(user.id, form.data.name);
		return message(form, { type: 'success', text: 'Your name was saved.' });
	},
	password: async (event) => {
		const { user, session } = requireUser(event);
		const form = await superValidate(event.request, zod4(changePasswordSchema));
		const { current, next } = form.data;
		form.data.current = '';
		form.data.next = '';
		if (!form.valid) return fail(400, { password: form });
		const throttled = throttleAuth(event, form);
		if (throttled) return throttled;
		try {
			await users.changePassword(user.id, current, next, { address: clientAddress(event) });
		} catch (error) {
			if (error instanceof DomainError)
				return setError(
					form,
					error.issues?.[0]?.path === 'next' ? 'next' : 'current',
					error.message
				);
			throw error;
		}
		// Other devices are signed out; this one continues on a fresh session.
		await auth.invalidateAllSessions(user.id);
		await auth.startSession(event, user.id, session.orgId);
		return message(form, {
			type: 'success',
			text: 'Your password was changed, and your other devices were signed out.'
		});
	}
};
