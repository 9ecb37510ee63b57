import { error, fail, redirect } from '@sveltejs/kit';
import { DomainError } from '$lib/server/platform';
import { findById, readForm, requireOrg } from '$lib/server/http';
import type { PersonKind } from '$lib/server/people';
import { attributeKey, imports } from '$lib/server/people';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'admin');
	const status = await findById(event.params.id, (id) => imports.importStatus(org.id, id));
	const preview =
		status.state === 'uploaded' ? await imports.importPreview(org.id, status.id) : null;
	// Each column's choice as the form shows it: a field, or an attribute's key and type.
	const suggested = preview?.suggested.map((field, i) => {
		const [, key, type] = /^attr:([^:]*):(\w+)$/.exec(field) ?? [];
		return key
			? { field: 'attr', key, type }
			: { field, key: attributeKey(preview.header[i], i), type: 'text' };
	});
	return { status, preview, suggested, shownErrors: imports.SHOWN_ERRORS };
};

export const actions: Actions = {
	start: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const status = await findById(event.params.id, (id) => imports.importStatus(org.id, id));
		const form = await readForm(event.request);
		const text = (name: string) => String(form.get(name) ?? '').trim();
		const choices: { field: string; key: string; type: string }[] = [];
		const mapping: Record<string, string> = {};
		const columns = Math.min(Number(text('columns')) || 0, 200);
		for (let i = 0; i < columns; i++) {
			const choice = { field: text(`field-${i}`), key: text(`key-${i}`), type: text(`type-${i}`) };
			choices.push(choice);
			mapping[i] = choice.field === 'attr' ? `attr:${choice.key}:${choice.type}` : choice.field;
		}
		const kind: PersonKind = text('kind') === 'employee' ? 'employee' : 'customer';
		try {
			await imports.startImport(org.id, status.id, mapping, kind);
		} catch (e) {
			if (e instanceof DomainError && e.code === 'invalid')
				return fail(400, { message: e.message, issues: e.issues ?? [], choices, kind });
			if (e instanceof DomainError && e.code === 'conflict') error(409, e.message);
			throw e;
		}
		redirect(303, `/people/import/${status.id}`);
	}
};
