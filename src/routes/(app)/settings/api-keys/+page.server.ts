import { error, fail } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { apiKeySchema } from '$lib/schemas';
import { apiKeys } from '$lib/server/identity';
import { readForm, requireOrg } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'admin');
	return { keys: await apiKeys.list(org.id), form: await superValidate(zod4(apiKeySchema)) };
};

export const actions: Actions = {
	create: async (event) => {
		const { user, org } = requireOrg(event, 'admin');
		const form = await superValidate(event.request, zod4(apiKeySchema));
		if (!form.valid) return fail(400, { form });
		const name = form.data.name;
		const { key } = await apiKeys.create(org.id, name, user.id);
		form.data.name = '';
		// Returned once, in this response only; the database keeps just its hash.
		return { form, created: { name, key } };
	},
	revoke: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const id = z.uuid().safeParse((await readForm(event.request)).get('keyId'));
		if (!id.success || !(await apiKeys.revoke(org.id, id.data))) error(404, 'Not found');
		return { revoked: true };
	}
};
