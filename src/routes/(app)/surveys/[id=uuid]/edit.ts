import type { Condition, Logic } from '$lib/survey/definition';

// Small pure helpers the designer's components share.

export { setTextIn, textIn } from '$lib/survey/translations';

type Container = Record<string | number, unknown>;

export function getPath(root: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((node, key) => (node as Container)?.[key], root);
}

export function setPath(root: unknown, path: string, value: unknown) {
	const keys = path.split('.');
	const last = keys.pop()!;
	const parent = keys.reduce<unknown>((node, key) => (node as Container)[key], root) as Container;
	parent[last] = value;
}

/** A one-level rule as the logic editor shows it: a list of conditions, all or any of them. */
export type FlatLogic = { match: 'all' | 'any'; conditions: Condition[] };

/** A rule the editor can show, or null when it nests groups (editable through JSON only). */
export function flattenLogic(logic: Logic | undefined): FlatLogic | null {
	if (!logic) return { match: 'all', conditions: [] };
	if ('field' in logic) return { match: 'all', conditions: [logic] };
	const match = 'all' in logic ? 'all' : 'any';
	const list = 'all' in logic ? logic.all : logic.any;
	return list.every((l) => 'field' in l) ? { match, conditions: list as Condition[] } : null;
}

export function buildLogic({ match, conditions }: FlatLogic): Logic | undefined {
	if (conditions.length === 0) return undefined;
	if (conditions.length === 1) return conditions[0];
	return match === 'all' ? { all: conditions } : { any: conditions };
}

/** Where a path of the definition is, for people: "Question 3 (nps) · reason 2". */
export function describePath(path: string, questionIds: string[]): string {
	const parts = path.split('.');
	if (parts[0] !== 'questions') return parts.join(' · ');
	const index = Number(parts[1]);
	const words: Record<string, string> = {
		text: 'text',
		description: 'description',
		lowLabel: 'low label',
		highLabel: 'high label',
		yesLabel: 'yes label',
		noLabel: 'no label',
		label: 'label',
		choices: 'choice',
		rows: 'row',
		reasons: 'reasons'
	};
	const rest = parts
		.slice(2)
		.map((p) => (/^\d+$/.test(p) ? String(Number(p) + 1) : (words[p] ?? p)))
		.join(' ');
	return `Question ${index + 1} (${questionIds[index] ?? '?'})${rest ? ` · ${rest}` : ''}`;
}
