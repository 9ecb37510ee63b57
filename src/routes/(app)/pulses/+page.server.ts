import { fail, redirect } from '@sveltejs/kit';
import { DomainError } from '$lib/server/errors';
import { readForm, requireOrg } from '$lib/server/guard';
import * as people from '$lib/server/people';
import * as pulses from '$lib/server/pulses';
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
		attributes: [...(await people.attributeTypes(org.id)).keys()]
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { org, user } = requireOrg(event, 'editor');
		const form = await readForm(event.request);
		const audience: Record<string, string> = {};
		const key = String(form.get('audienceKey') ?? '');
		const value = String(form.get('audienceValue') ?? '').trim();
		if (key && value) audience[key] = value;
		const reminders = String(form.get('reminders') ?? '')
			.split(/[\s,]+/)
			.filter(Boolean)
			.map(Number);
		let id: string;
		try {
			id = await pulses.createProgram(org.id, user.id, {
				surveyId: form.get('surveyId'),
				name: form.get('name'),
				cadence: form.get('cadence'),
				perRound: form.get('perRound'),
				core: form.getAll('core').map(String),
				audience,
				reminders
			});
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
			const errors: Record<string, string> = {};
			for (const issue of e.issues ?? []) errors[issue.path.split('.')[0]] ??= issue.message;
			// What was typed comes back, to be corrected rather than typed again.
			const values = {
				name: String(form.get('name') ?? ''),
				cadence: String(form.get('cadence') ?? ''),
				perRound: String(form.get('perRound') ?? ''),
				core: form.getAll('core').map(String),
				audienceKey: key,
				audienceValue: value,
				reminders: String(form.get('reminders') ?? '')
			};
			return fail(400, { message: e.message, errors, values });
		}
		redirect(303, `/pulses/${id}`);
	}
};
