import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { pulseProgramFormSchema } from '$lib/schemas';
import { refuse, requireOrg } from '$lib/server/http';
import * as people from '$lib/server/people';
import { pulses } from '$lib/server/outreach';
import * as surveys from '$lib/server/surveys';
import { localize } from '$lib/survey/text';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const employeeSurveys = (await surveys.list(org.id, { audience: 'employee' })).map((s) => ({
		id: s.id,
		title: s.title
	}));
	// Picking a survey (a GET form, so it works without JavaScript) lists its questions.
	const picked = employeeSurveys.find((s) => s.id === event.url.searchParams.get('survey'));
	const definition = picked ? (await surveys.get(org.id, picked.id)).definition : null;
	const questions = (definition?.questions ?? []).map((q) => ({
		id: q.id,
		type: q.type,
		text: localize(q.text, definition!.defaultLanguage, definition!.defaultLanguage) ?? q.id
	}));
	return {
		programs: await pulses.listPrograms(org.id),
		surveys: employeeSurveys,
		picked: picked?.id ?? null,
		questions,
		attributes: [...(await people.attributeTypes(org.id)).keys()],
		// The eNPS question is asked every round unless unticked.
		form: await superValidate(
			{
				surveyId: picked?.id ?? '',
				core: questions.filter((q) => q.type === 'enps').map((q) => q.id)
			},
			zod4(pulseProgramFormSchema),
			{ errors: false }
		)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { org, user } = requireOrg(event, 'editor');
		const form = await superValidate(event.request, zod4(pulseProgramFormSchema));
		if (!form.valid) return fail(400, { form });
		const typed = form.data;
		const value = typed.audienceValue.trim();
		let id: string;
		try {
			id = await pulses.createProgram(org.id, user.id, {
				surveyId: typed.surveyId,
				name: typed.name,
				cadence: typed.cadence,
				perRound: typed.perRound,
				core: typed.core,
				audience: typed.audienceKey && value ? { [typed.audienceKey]: value } : {},
				reminders: typed.reminders
					.split(/[\s,]+/)
					.filter(Boolean)
					.map(Number)
			});
		} catch (e) {
			// What was typed comes back, to be corrected rather than typed again.
			return refuse(form, e, { audience: 'audienceValue' });
		}
		redirect(303, `/pulses/${id}`);
	}
};
