import { fail, redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth';
import { users } from '$lib/server/identity';
import { DomainError } from '$lib/server/platform';
import { safeRedirect } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

// Opening the link only shows a button: mail scanners that fetch links must not spend it.
export const load: PageServerLoad = async ({ params }) => ({
	email: await users.checkSignUpToken(params.token)
});

export const actions: Actions = {
	default: async (event) => {
		let account;
		try {
			account = await users.confirmSignUp(event.params.token);
		} catch (error) {
			if (error instanceof DomainError) return fail(400, { error: error.message });
			throw error;
		}
		await auth.startSession(event, account.userId, account.orgId);
		redirect(303, safeRedirect(account.redirectTo));
	}
};
