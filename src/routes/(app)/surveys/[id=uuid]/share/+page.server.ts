import { fail, type ActionFailure } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { hasRole } from '$lib/roles';
import { touchpointFormSchema } from '$lib/schemas';
import type { DomainError } from '$lib/server/platform';
import { findById, readForm, refuse, requireOrg } from '$lib/server/http';
import { sharing } from '$lib/server/outreach';
import * as surveys from '$lib/server/surveys';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const survey = await findById(event.params.id, (id) => surveys.get(org.id, id));
	const slug = survey.url?.split('/s/')[1] ?? null;
	const touchpoints = await sharing.listTouchpoints(org.id, survey.id);
	return {
		survey: {
			id: survey.id,
			title: survey.title,
			status: survey.status,
			url: survey.url,
			hiddenFields: survey.definition.hiddenFields
		},
		touchpoints: touchpoints.map((t) => ({
			...t,
			url: slug ? sharing.touchpointUrl(slug, t.params) : null
		})),
		frameOrigins: await sharing.frameOrigins(org.id),
		canEdit: hasRole(org.role, 'editor'),
		canAdmin: hasRole(org.role, 'admin'),
		form: await superValidate(zod4(touchpointFormSchema))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { org } = requireOrg(event, 'editor');
		const formData = await readForm(event.request);
		const form = await superValidate(formData, zod4(touchpointFormSchema));
		if (!form.valid) return fail(400, { form });
		// The hidden fields differ per survey: read beside the schema, kept as typed on a refusal.
		const params: Record<string, string> = {};
		for (const [key, value] of formData)
			if (key.startsWith('param.') && typeof value === 'string') params[key.slice(6)] = value;
		try {
			await findById(event.params.id, (id) =>
				sharing.createTouchpoint(org.id, id, { name: form.data.name, params })
			);
		} catch (e) {
			// Always a failure: refuse marks the form invalid.
			const refused = refuse(form, e) as ActionFailure<{ form: typeof form }>;
			// A hidden field's issue (`params.store`) goes beside that field.
			const paramErrors: Record<string, string> = {};
			for (const issue of (e as DomainError).issues ?? [])
				if (issue.path.startsWith('params.')) paramErrors[issue.path.slice(7)] = issue.message;
			return fail(refused.status, { ...refused.data, params, paramErrors });
		}
		return { form: await superValidate(zod4(touchpointFormSchema)), created: true };
	},
	remove: async (event) => {
		const { org } = requireOrg(event, 'editor');
		const id = String((await readForm(event.request)).get('touchpointId') ?? '');
		await findById(event.params.id, (surveyId) =>
			findById(id, (touchpointId) => sharing.removeTouchpoint(org.id, surveyId, touchpointId))
		);
		return { removed: true };
	}
};
