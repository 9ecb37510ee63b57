import type { Partition } from './anonymity';

// Which comments of an employee survey may be shown under a filter (docs/confidentiality.md: comments shown
// under different filters must not narrow a group below the threshold).
//
// A comment reads the same in every view, so whoever notes which views show it learns the
// intersection of their groups, and from the shown views that leave it out, more. The rule:
// - without a filter, every comment is shown (when the survey has at least the threshold);
// - under a filter (a value of any segment field, a range of months) a comment is shown only when
//   its response's cell (its value of every field comments can be filtered by, and its month)
//   holds at least the threshold of responses, and then in every shown view that cell is in;
// - the comments of the other cells, seen only unfiltered, are known to be one of those: they are
//   held back from filters only if they are none or at least the threshold together (else the
//   smallest releasable cells are held back with them).
// So whatever views are compared, a comment's possible authors are its whole cell or all the
// held-back responses: never fewer than the threshold. The rule depends on the responses only,
// not on who wrote a comment.

/**
 * The cells whose comments may be shown under a filter: each a value per partition, in order.
 * `weights[atom]` is the atom's number of responses.
 */
export function releasedCells(
	partitions: Partition[],
	weights: number[],
	threshold: number
): string[][] {
	const whole = weights.reduce((s, w) => s + w, 0);
	if (whole < threshold) return [];
	const valueOf = partitions.map((p) => {
		const byAtom = new Map<number, string>();
		for (const [value, atoms] of p.groups) for (const a of atoms) byAtom.set(a, value);
		return byAtom;
	});
	const cells = new Map<string, { key: string[]; size: number }>();
	weights.forEach((w, atom) => {
		if (!w) return;
		const key = valueOf.map((m) => m.get(atom) ?? '');
		const id = JSON.stringify(key);
		const cell = cells.get(id);
		if (cell) cell.size += w;
		else cells.set(id, { key, size: w });
	});
	const released = [...cells.values()]
		.filter((c) => c.size >= threshold)
		.sort((a, b) => a.size - b.size || JSON.stringify(a.key).localeCompare(JSON.stringify(b.key)));
	let held = whole - released.reduce((s, c) => s + c.size, 0);
	while (held > 0 && held < threshold && released.length) held += released.shift()!.size;
	return released.map((c) => c.key);
}
