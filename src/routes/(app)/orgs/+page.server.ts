import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { z } from 'zod';
import { zod4 } from 'sveltekit-superforms/adapters';
import { orgSchema } from '$lib/schemas';
import * as auth from '$lib/server/auth';
import { orgs } from '$lib/server/identity';
import { TokenBucket } from '$lib/server/platform';
import { readForm, requireUser } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

// Each organisation may send invitations; a cap on creating them keeps that from multiplying.
const ORGS_PER_HOUR = 10;
const orgCreation = new TokenBucket(() => ORGS_PER_HOUR, 60 * 60 * 1000);

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	return { form: await superValidate(zod4(orgSchema)) };
};

export const actions: Actions = {
	switch: async (event) => {
		const { user, session } = requireUser(event);
		const orgId = z.uuid().safeParse((await readForm(event.request)).get('orgId'));
		if (!orgId.success || !(await auth.switchOrganization(session.id, user.id, orgId.data))) {
			error(404, 'Not found');
		}
		redirect(303, '/');
	},
	create: async (event) => {
		const { user, session } = requireUser(event);
		const form = await superValidate(event.request, zod4(orgSchema));
		if (!form.valid) return fail(400, { form });
		const wait = orgCreation.take(user.id);
		if (wait > 0) {
			return message(
				form,
				{
					type: 'error',
					text: `You created ${ORGS_PER_HOUR} organisations in the last hour; try again in ${Math.ceil(wait / 60)} minutes.`
				},
				{ status: 429 }
			);
		}
		const org = await orgs.createForUser(form.data.name, user.id);
		await auth.switchOrganization(session.id, user.id, org.id);
		redirect(303, '/');
	}
};
