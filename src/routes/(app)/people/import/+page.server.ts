import { redirect } from '@sveltejs/kit';
// superforms' fail leaves the uploaded file out of the answer (a File cannot be serialised).
import { fail, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { peopleImportFormSchema } from '$lib/schemas';
import { DomainError } from '$lib/server/platform';
import { requireOrg } from '$lib/server/http';
import { imports } from '$lib/server/people';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'admin');
	const maxBytes = imports.uploadLimit();
	return {
		imports: await imports.listImports(org.id),
		maxBytes,
		maxMb: Math.floor((10 * maxBytes) / 1024 ** 2) / 10,
		form: await superValidate(zod4(peopleImportFormSchema))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { org, user } = requireOrg(event, 'admin');
		const form = await superValidate(event.request, zod4(peopleImportFormSchema));
		if (!form.valid) return fail(400, { form });
		const file = form.data.file;
		let id: string;
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			id = (await imports.createImport(org.id, user.id, file.name, bytes)).id;
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
			// Every refusal of an upload (empty, too large, no rows) is about the file: said beside it.
			setError(form, 'file', e.message);
			return fail(400, { form });
		}
		redirect(303, `/people/import/${id}`);
	}
};
