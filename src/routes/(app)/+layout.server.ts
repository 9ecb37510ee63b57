import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/http';
import { orgs } from '$lib/server/identity';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { user } = requireUser(event);
	const org = event.locals.org;
	if (!org && event.url.pathname !== '/orgs') redirect(303, '/orgs');
	// Only what the page shows: never the whole user row.
	return {
		user: { id: user.id, name: user.name, email: user.email },
		org,
		orgs: await orgs.listForUser(user.id)
	};
};
