import { fail, redirect } from '@sveltejs/kit';
import { DomainError } from '$lib/server/platform';
import { readForm, requireOrg } from '$lib/server/http';
import * as surveys from '$lib/server/surveys';
import { fromTemplate, templates } from '$lib/survey/templates';
import type { Actions, PageServerLoad } from './$types';

const blank = {
	title: 'Untitled survey',
	audience: 'customer',
	mode: 'anonymous',
	questions: []
};
const maxImportBytes = 1_000_000;

export const load: PageServerLoad = async (event) => {
	requireOrg(event, 'editor');
	return {
		templates: templates.map(({ id, name, description, definition }) => ({
			id,
			name,
			description,
			audience: definition.audience,
			questions: definition.questions.length
		}))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { user, org } = requireOrg(event, 'editor');
		const choice = String((await readForm(event.request)).get('template') ?? '');
		const definition = choice === 'blank' ? blank : fromTemplate(choice);
		if (!definition) return fail(400, { createError: 'Choose a template or a blank survey.' });
		const survey = await surveys.create(org.id, definition, user.id);
		redirect(303, `/surveys/${survey.id}`);
	},
	import: async (event) => {
		const { user, org } = requireOrg(event, 'editor');
		const file = (await readForm(event.request)).get('file');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { importError: 'Choose a JSON file exported from Hearken.', issues: [] });
		if (file.size > maxImportBytes)
			return fail(400, {
				importError: 'The file is over 1 MB; a survey definition is smaller.',
				issues: []
			});
		let input: unknown;
		try {
			input = JSON.parse(await file.text());
		} catch (e) {
			return fail(400, {
				importError: `${file.name} is not valid JSON: ${(e as Error).message}`,
				issues: []
			});
		}
		try {
			const survey = await surveys.create(org.id, input, user.id);
			redirect(303, `/surveys/${survey.id}`);
		} catch (e) {
			if (!(e instanceof DomainError) || !e.issues) throw e;
			return fail(400, {
				importError: `${file.name} is not a valid survey definition.`,
				issues: e.issues
			});
		}
	}
};
