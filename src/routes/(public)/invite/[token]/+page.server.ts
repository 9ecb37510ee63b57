import { error, fail, redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth';
import { invitations } from '$lib/server/identity';
import { DomainError } from '$lib/server/platform';
import { requireUser } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const invitation = await invitations.findByToken(params.token);
	if (!invitation)
		error(404, 'This invitation link is not valid. Check that you copied all of it.');
	return {
		invitation,
		user: locals.user ? { email: locals.user.email, name: locals.user.name } : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { user, session } = requireUser(event);
		try {
			const orgId = await invitations.accept(event.params.token, user);
			await auth.switchOrganization(session.id, user.id, orgId);
		} catch (e) {
			if (e instanceof DomainError)
				return fail(e.code === 'forbidden' ? 403 : 400, { error: e.message });
			throw e;
		}
		redirect(303, '/?joined=1');
	}
};
