// Minimum group sizes for employee results (docs/confidentiality.md): which groups may be shown so that no group
// under the threshold can be worked out from everything shown, by subtraction or any other sum.
//
// Employee results are cut by one field at a time (a segment field, the month or the week), so all
// that is ever published is, per field, the count and sums of each visible group, and the whole.
// A group's figures are sums over "atoms" (the responses sharing one value of every field). A
// group can be recovered exactly when its atoms' indicator vector is a linear combination of the
// published groups' vectors; this module hides more groups until no group under the threshold can
// be, neither a field's own (a team of 3) nor two fields' together (the team's March answers).

export type Partition = {
	field: string;
	/** value → indices of the atoms in that group */
	groups: Map<string, number[]>;
};

/**
 * Why a group is hidden: it is under the threshold ('small'), or it is hidden only so that a smaller
 * one cannot be worked out ('protecting'); 'either' where telling which would give a hidden group's
 * size away (see `reasonsOf`).
 */
export type HiddenReason = 'small' | 'protecting' | 'either';

export type Release = {
	/** Is the whole (everyone) shown? */
	total: boolean;
	/** field → the values whose group is hidden */
	hidden: Map<string, Set<string>>;
	/** field → hidden value → why */
	reasons: Map<string, Map<string, HiddenReason>>;
};

const EPS = 1e-9;

/** An incrementally built row-echelon basis of vectors over the atoms. */
class Span {
	private rows: { pivot: number; v: Float64Array }[] = [];
	constructor(private size: number) {}

	private reduce(vector: Float64Array) {
		const v = Float64Array.from(vector);
		for (const { pivot, v: row } of this.rows) {
			const f = v[pivot];
			if (Math.abs(f) > EPS) for (let i = 0; i < this.size; i++) v[i] -= f * row[i];
		}
		return v;
	}

	add(vector: Float64Array) {
		const v = this.reduce(vector);
		let pivot = -1;
		for (let i = 0; i < this.size; i++)
			if (Math.abs(v[i]) > EPS && (pivot < 0 || Math.abs(v[i]) > Math.abs(v[pivot]))) pivot = i;
		if (pivot < 0) return;
		const p = v[pivot];
		for (let i = 0; i < this.size; i++) v[i] /= p;
		// Keep the basis fully reduced, so `reduce` is one pass.
		for (const row of this.rows) {
			const f = row.v[pivot];
			if (Math.abs(f) > EPS) for (let i = 0; i < this.size; i++) row.v[i] -= f * v[i];
		}
		this.rows.push({ pivot, v });
	}

	contains(vector: Float64Array) {
		return this.reduce(vector).every((x) => Math.abs(x) <= EPS);
	}
}

/**
 * Decides which groups to hide. `weights[atom]` is how many responses (or answers to one question)
 * the atom holds; a group's size is the sum over its atoms. `alsoHidden` names groups that must be
 * hidden whatever their size (a question's group inside a hidden response group).
 */
export function release(
	partitions: Partition[],
	weights: number[],
	threshold: number,
	alsoHidden?: Map<string, Set<string>>
): Release {
	const hidden = new Map<string, Set<string>>(partitions.map((p) => [p.field, new Set()]));
	const sizeOf = (atoms: number[]) => atoms.reduce((s, a) => s + weights[a], 0);
	const whole = weights.reduce((s, w) => s + w, 0);
	if (whole < threshold) {
		for (const p of partitions)
			for (const value of p.groups.keys()) hidden.get(p.field)!.add(value);
		const reasons = new Map(
			partitions.map((p) => [
				p.field,
				new Map([...p.groups.keys()].map((v) => [v, 'small' as const]))
			])
		);
		return { total: false, hidden, reasons };
	}
	type Group = { field: string; value: string; atoms: number[]; size: number };
	const all: Group[] = partitions.flatMap((p) =>
		[...p.groups].map(([value, atoms]) => ({
			field: p.field,
			value,
			atoms,
			size: sizeOf(atoms)
		}))
	);
	const isHidden = (g: Group) => hidden.get(g.field)!.has(g.value);
	const hide = (g: Group) => hidden.get(g.field)!.add(g.value);
	for (const g of all)
		if ((g.size > 0 && g.size < threshold) || alsoHidden?.get(g.field)?.has(g.value)) hide(g);

	// Only atoms that hold someone matter: an empty atom adds nothing to any sum.
	const live = weights.map((w, i) => (w > 0 ? i : -1)).filter((i) => i >= 0);
	const column = new Map(live.map((atom, i) => [atom, i]));
	const vectorOf = (g: Group) => {
		const v = new Float64Array(live.length);
		for (const a of g.atoms) {
			const c = column.get(a);
			if (c !== undefined) v[c] = 1;
		}
		return v;
	};
	const smallestVisible = (groups: Group[]) =>
		groups
			.filter((g) => g.size > 0 && !isHidden(g))
			.sort((a, b) => a.size - b.size || a.field.localeCompare(b.field))[0];

	// Every pairwise cut (team × month, region × site…) under the threshold must stay hidden too,
	// though it is never shown itself: it could still be worked out from what is.
	const small: Group[] = [];
	for (let i = 0; i < partitions.length; i++)
		for (let j = i + 1; j < partitions.length; j++) {
			const cells = new Map<string, number[]>();
			const valueOf = (p: Partition) => {
				const byAtom = new Map<number, string>();
				for (const [value, atoms] of p.groups) for (const a of atoms) byAtom.set(a, value);
				return byAtom;
			};
			const a = valueOf(partitions[i]);
			const b = valueOf(partitions[j]);
			for (const [atom, va] of a) {
				const key = JSON.stringify([va, b.get(atom)]);
				const list = cells.get(key);
				if (list) list.push(atom);
				else cells.set(key, [atom]);
			}
			for (const [key, atoms] of cells) {
				const size = sizeOf(atoms);
				if (size > 0 && size < threshold)
					small.push({
						field: `${partitions[i].field}×${partitions[j].field}`,
						value: key,
						atoms,
						size
					});
			}
		}

	for (;;) {
		// Within one field: one hidden group, or hidden groups together under the threshold, can be
		// worked out from the whole; hide the next smallest.
		let changed = false;
		for (const p of partitions) {
			const groups = all.filter((g) => g.field === p.field);
			const hiddenGroups = groups.filter((g) => g.size > 0 && isHidden(g));
			const hiddenSize = hiddenGroups.reduce((s, g) => s + g.size, 0);
			if (hiddenGroups.length && (hiddenGroups.length === 1 || hiddenSize < threshold)) {
				const next = smallestVisible(groups);
				if (next) {
					hide(next);
					changed = true;
				}
			}
		}
		if (changed) continue;
		// Across fields: any linear combination of what is shown.
		const span = new Span(live.length);
		span.add(new Float64Array(live.length).fill(1));
		for (const g of all) if (g.size > 0 && !isHidden(g)) span.add(vectorOf(g));
		const exposed =
			all.find((g) => g.size > 0 && isHidden(g) && span.contains(vectorOf(g))) ??
			small.find((g) => span.contains(vectorOf(g)));
		if (!exposed) break;
		const overlapping = new Set(exposed.atoms);
		const next =
			smallestVisible(all.filter((g) => g.atoms.some((a) => overlapping.has(a)))) ??
			smallestVisible(all);
		if (!next) break;
		hide(next);
	}
	const sizes = new Map(
		partitions.map((p) => [
			p.field,
			all.filter((g) => g.field === p.field).map((g) => ({ ...g, hidden: isHidden(g) }))
		])
	);
	return { total: true, hidden, reasons: reasonsOf(sizes, threshold) };
}

/**
 * Each hidden group's reason, per field. Saying which hidden groups protect others tells that they
 * reach the threshold, and with the field's hidden total (the whole minus the groups shown) that can
 * pin a small group's size: 1 and 5 hidden beside 6 shown (threshold 5) make the small one exactly 1.
 * So a field's reasons are told only when every small group's size could still be at least two
 * values, given the hidden total, the threshold, and that a protecting group is no larger than the
 * smallest group shown; else each of its hidden groups reads 'either'.
 */
function reasonsOf(
	fields: Map<string, { value: string; size: number; hidden: boolean }[]>,
	threshold: number
): Map<string, Map<string, HiddenReason>> {
	const out = new Map<string, Map<string, HiddenReason>>();
	for (const [field, groups] of fields) {
		const reasons = new Map<string, HiddenReason>();
		out.set(field, reasons);
		const hiddenGroups = groups.filter((g) => g.hidden);
		if (!hiddenGroups.length) continue;
		const isSmall = (g: { size: number }) => g.size < threshold;
		const occupied = hiddenGroups.filter((g) => g.size > 0);
		const k = occupied.filter(isSmall).length;
		const m = occupied.length - k;
		const total = occupied.reduce((s, g) => s + g.size, 0);
		const shown = groups.filter((g) => !g.hidden && g.size > 0).map((g) => g.size);
		const biggestProtector = shown.length ? Math.min(...shown) : total;
		// The range of sizes a small group can have, seen from outside with the reasons told.
		const high = Math.min(threshold - 1, total - (k - 1) - m * threshold);
		const low = Math.max(1, total - (k - 1) * (threshold - 1) - m * biggestProtector);
		const tell = k === 0 || m === 0 || high - low >= 1;
		for (const g of hiddenGroups)
			reasons.set(g.value, !tell ? 'either' : isSmall(g) ? 'small' : 'protecting');
	}
	return out;
}

/** How a hidden group's reason reads, beside its name ("fewer than 5 responses"). */
export function hiddenText(
	reason: HiddenReason | undefined,
	threshold: number | null,
	noun = 'responses'
): string {
	const fewer = `fewer than ${threshold} ${noun}`;
	if (reason === 'protecting') return 'hidden to protect a smaller group';
	if (reason === 'either') return `${fewer}, or hidden to protect a smaller group`;
	return fewer;
}
