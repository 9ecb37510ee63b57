import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { orgSchema } from '$lib/schemas';
import { DomainError } from '$lib/server/platform';
import { readForm, requireOrg } from '$lib/server/http';
import { sharing } from '$lib/server/outreach';
import { orgs } from '$lib/server/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event);
	return {
		form: await superValidate({ name: org.name }, zod4(orgSchema)),
		origins: await sharing.allowedOrigins(org.id)
	};
};

export const actions: Actions = {
	rename: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const form = await superValidate(event.request, zod4(orgSchema));
		if (!form.valid) return fail(400, { form });
		await orgs.rename(org.id, form.data.name);
		return message(form, { type: 'success', text: 'The organisation was renamed.' });
	},
	// The organisation's origin allowlists: sites that may frame its surveys (CSP frame-ancestors
	// on respondent pages) and pages a thank-you may redirect to.
	origins: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const form = await readForm(event.request);
		const list = form.get('list') === 'redirectOrigins' ? 'redirectOrigins' : 'frameOrigins';
		const raw = String(form.get('origins') ?? '');
		const lines = raw
			.split(/[\s,]+/)
			.map((l) => l.trim())
			.filter(Boolean)
			.slice(0, 100);
		try {
			const origins = await sharing.setOrigins(org.id, list, lines);
			return { list, saved: origins.length };
		} catch (error) {
			if (!(error instanceof DomainError)) throw error;
			return fail(400, {
				list,
				originsError: error.issues?.map((i) => i.message).join(' ') ?? error.message,
				origins: raw
			});
		}
	},
	leave: async (event) => {
		const { user, org } = requireOrg(event);
		try {
			await orgs.removeMember(org.id, { userId: user.id, role: org.role }, user.id);
		} catch (error) {
			if (error instanceof DomainError) return fail(409, { leaveError: error.message });
			throw error;
		}
		redirect(303, '/orgs');
	}
};
