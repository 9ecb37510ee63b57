import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { hasRole } from '$lib/roles';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { erasePersonFormSchema } from '$lib/schemas';
import { refuse, requireOrg } from '$lib/server/http';
import * as people from '$lib/server/people';
import { managersOf } from '$lib/server/people';
import { filterFrom } from './filter';
import type { Actions, PageServerLoad } from './$types';

const PAGE = 50;

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'analyst');
	const params = event.url.searchParams;
	const { filter, ...query } = filterFrom(params);
	const cursorParam = params.get('after');
	const cursor = cursorParam && z.uuid().safeParse(cursorParam).success ? cursorParam : null;
	const [page, count, types] = await Promise.all([
		people.listPeople(org.id, filter, { cursor, limit: PAGE }),
		people.countPeople(org.id, filter),
		people.attributeTypes(org.id)
	]);
	const managers = await managersOf(
		org.id,
		page.people.map((p) => p.managerId)
	);
	// The filters alone, for the export and paging links.
	const kept = new URLSearchParams();
	for (const key of ['q', 'kind', 'attr', 'value']) {
		const value = params.get(key);
		if (value) kept.set(key, value);
	}
	return {
		query,
		filters: kept.toString(),
		count,
		paged: cursor !== null,
		nextCursor: page.nextCursor,
		attributes: [...types].map(([key, type]) => ({ key, type })),
		people: page.people.map((p) => ({
			id: p.id,
			kind: p.kind,
			email: p.email,
			name: p.name,
			externalId: p.externalId,
			language: p.language,
			attributes: Object.entries(p.attributes),
			manager: p.managerId ? (managers.get(p.managerId) ?? null) : null,
			unsubscribed: p.unsubscribedAt !== null
		})),
		canManage: hasRole(org.role, 'admin')
	};
};

export const actions: Actions = {
	erase: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const form = await superValidate(event.request, zod4(erasePersonFormSchema), { id: 'erase' });
		if (form.errors.personId) error(404, 'Not found');
		// The unticked box is answered beside it, in the row of the person it concerns.
		if (!form.valid) return fail(400, { form });
		try {
			await people.erasePerson(org.id, form.data.personId);
		} catch (e) {
			return refuse(form, e);
		}
		return { erased: true };
	}
};
