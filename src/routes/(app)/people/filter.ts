import type { PeopleFilter, PersonKind } from '$lib/server/people';

const personKinds: readonly PersonKind[] = ['employee', 'customer'];

/** The list's filter from its address (search, kind, one attribute and its value). */
export function filterFrom(params: URLSearchParams) {
	const search = params.get('q')?.trim().slice(0, 200) ?? '';
	const kindParam = params.get('kind') ?? '';
	const kind = personKinds.includes(kindParam as PersonKind)
		? (kindParam as PersonKind)
		: undefined;
	const attribute = params.get('attr')?.slice(0, 64) ?? '';
	const value = params.get('value')?.slice(0, 500) ?? '';
	const filter: PeopleFilter = {
		search: search || undefined,
		kind,
		attributes: attribute && value ? { [attribute]: value } : undefined
	};
	return { filter, search, kind: kind ?? '', attribute, value };
}
