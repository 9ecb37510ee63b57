import { redirect } from '@sveltejs/kit';
// superforms' fail leaves the uploaded file out of the answer (a File cannot be serialised).
import { fail, message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { newSurveyFormSchema, surveyImportFormSchema } from '$lib/schemas';
import { requireOrg } from '$lib/server/http';
import { DomainError } from '$lib/server/platform';
import * as surveys from '$lib/server/surveys';
import { fromTemplate, templates } from '$lib/survey/templates';
import type { Actions, PageServerLoad } from './$types';

const blank = {
	title: 'Untitled survey',
	audience: 'customer',
	mode: 'anonymous',
	questions: []
};

export const load: PageServerLoad = async (event) => {
	requireOrg(event, 'editor');
	return {
		templates: templates.map(({ id, name, description, definition }) => ({
			id,
			name,
			description,
			audience: definition.audience,
			questions: definition.questions.length
		})),
		createForm: await superValidate(zod4(newSurveyFormSchema), { id: 'create' }),
		importForm: await superValidate(zod4(surveyImportFormSchema), { id: 'import' })
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { user, org } = requireOrg(event, 'editor');
		const form = await superValidate(event.request, zod4(newSurveyFormSchema), { id: 'create' });
		const choice = form.data.template;
		const definition = choice === 'blank' ? blank : fromTemplate(choice);
		if (!definition)
			return message(
				form,
				{ type: 'error', text: 'Choose a template or a blank survey.' },
				{ status: 400 }
			);
		const survey = await surveys.create(org.id, definition, user.id);
		redirect(303, `/surveys/${survey.id}`);
	},
	import: async (event) => {
		const { user, org } = requireOrg(event, 'editor');
		const form = await superValidate(event.request, zod4(surveyImportFormSchema), { id: 'import' });
		if (!form.valid) return fail(400, { form });
		const file = form.data.file;
		let input: unknown;
		try {
			input = JSON.parse(await file.text());
		} catch (e) {
			setError(form, 'file', `${file.name} is not valid JSON: ${(e as Error).message}`);
			return fail(400, { form });
		}
		try {
			const survey = await surveys.create(org.id, input, user.id);
			redirect(303, `/surveys/${survey.id}`);
		} catch (e) {
			if (!(e instanceof DomainError) || !e.issues) throw e;
			// Each issue names where in the file it is; the list sits beside the file field.
			setError(
				form,
				'file',
				e.issues.map((i) => `${i.path || '(the whole file)'}: ${i.message}`)
			);
			return message(
				form,
				{ type: 'error', text: `${file.name} is not a valid survey definition.` },
				{ status: 400 }
			);
		}
	}
};
