import { fail } from '@sveltejs/kit';
import { hasRole } from '$lib/roles';
import { DomainError } from '$lib/server/platform';
import { findById, readForm, requireOrg } from '$lib/server/http';
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
		canAdmin: hasRole(org.role, 'admin')
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { org } = requireOrg(event, 'editor');
		const form = await readForm(event.request);
		const params: Record<string, string> = {};
		for (const [key, value] of form)
			if (key.startsWith('param.') && typeof value === 'string') params[key.slice(6)] = value;
		try {
			await findById(event.params.id, (id) =>
				sharing.createTouchpoint(org.id, id, { name: form.get('name') ?? '', params })
			);
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
			return fail(400, {
				message: e.message,
				issues: e.issues ?? [],
				name: String(form.get('name') ?? '')
			});
		}
		return { created: true };
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
