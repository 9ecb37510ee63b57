import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { hasRole } from '$lib/roles';
import { DomainError } from '$lib/server/platform';
import { findById, readForm, requireOrg } from '$lib/server/http';
import * as surveys from '$lib/server/surveys';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const survey = await findById(event.params.id, (id) => surveys.get(org.id, id));
	return {
		survey,
		canEdit: hasRole(org.role, 'editor'),
		// Ids respondents have answered keep their id (and type) in later versions.
		lockedIds: await surveys.publishedQuestionIds(org.id, survey.id),
		// What respondents answer now: "Publish changes" only when the draft differs from it.
		published: survey.publishedVersion
			? await surveys.getVersion(org.id, survey.id, survey.publishedVersion)
			: null,
		responses: await surveys.responseCount(org.id, survey.id)
	};
};

/** A refused change, as the designer shows it: a message, and issues by path when there are some. */
function refused(e: unknown) {
	if (!(e instanceof DomainError)) throw e;
	const status = e.code === 'conflict' ? 409 : e.code === 'not_found' ? 404 : 400;
	return fail(status, { code: e.code, message: e.message, issues: e.issues ?? [] });
}

const saveSchema = z.object({
	definition: z.string().max(2_000_000),
	revision: z.coerce.number().int().positive()
});

async function revisionOf(request: Request) {
	const revision = z.coerce
		.number()
		.int()
		.positive()
		.safeParse((await readForm(request)).get('revision'));
	return revision.success ? revision.data : undefined;
}

export const actions: Actions = {
	// The designer autosaves here; the revision it last saw refuses a save over someone else's.
	save: async (event) => {
		const { org } = requireOrg(event, 'editor');
		const form = saveSchema.safeParse(Object.fromEntries(await readForm(event.request)));
		if (!form.success)
			return fail(400, { code: 'invalid', message: 'The save could not be read.', issues: [] });
		let definition: unknown;
		try {
			definition = JSON.parse(form.data.definition);
		} catch {
			return fail(400, { code: 'invalid', message: 'The save could not be read.', issues: [] });
		}
		try {
			const survey = await findById(event.params.id, (id) =>
				surveys.update(org.id, id, definition, form.data.revision)
			);
			return {
				saved: { revision: survey.revision, version: survey.version, status: survey.status }
			};
		} catch (e) {
			return refused(e);
		}
	},
	// Publish and close carry the revision the designer shows: it must not act on a draft its
	// user has not seen (someone else's save since), nor adopt a revision over a stale copy.
	publish: async (event) => {
		const { org } = requireOrg(event, 'editor');
		const revision = await revisionOf(event.request);
		try {
			const result = await findById(event.params.id, (id) => surveys.publish(org.id, id, revision));
			const survey = await surveys.get(org.id, event.params.id);
			return {
				published: {
					...result,
					revision: survey.revision,
					lockedIds: await surveys.publishedQuestionIds(org.id, survey.id)
				}
			};
		} catch (e) {
			return refused(e);
		}
	},
	close: async (event) => {
		const { org } = requireOrg(event, 'editor');
		try {
			const revision = await revisionOf(event.request);
			await findById(event.params.id, (id) => surveys.close(org.id, id, revision));
			const survey = await surveys.get(org.id, event.params.id);
			return { closed: { revision: survey.revision } };
		} catch (e) {
			return refused(e);
		}
	},
	delete: async (event) => {
		const { org } = requireOrg(event, 'editor');
		try {
			await findById(event.params.id, (id) => surveys.remove(org.id, id));
		} catch (e) {
			return refused(e);
		}
		redirect(303, '/surveys');
	}
};
