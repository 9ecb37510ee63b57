import { fail, redirect } from '@sveltejs/kit';
import { DomainError } from '$lib/server/platform';
import { readForm, requireOrg } from '$lib/server/http';
import { imports } from '$lib/server/people';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'admin');
	const maxBytes = imports.uploadLimit();
	return {
		imports: await imports.listImports(org.id),
		maxBytes,
		maxMb: Math.floor((10 * maxBytes) / 1024 ** 2) / 10
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { org, user } = requireOrg(event, 'admin');
		const file = (await readForm(event.request)).get('file');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { message: 'Choose a CSV or XLSX file to upload.' });
		let id: string;
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			id = (await imports.createImport(org.id, user.id, file.name, bytes)).id;
		} catch (e) {
			if (e instanceof DomainError) return fail(400, { message: e.message });
			throw e;
		}
		redirect(303, `/people/import/${id}`);
	}
};
