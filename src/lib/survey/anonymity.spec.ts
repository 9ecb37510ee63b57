import { describe, expect, it } from 'vitest';
import { release, type Partition } from './anonymity';

// One atom per group here: sizes are the weights.
const teams = (sizes: number[]): Partition => ({
	field: 'team',
	groups: new Map(sizes.map((_, i) => [`t${i}`, [i]]))
});

describe('anonymity release', () => {
	it('hide groups under the threshold, and the next smallest so none is the total minus the rest', () => {
		const r = release([teams([2, 8, 20, 30])], [2, 8, 20, 30], 5);
		expect(r.total).toBe(true);
		expect([...r.hidden.get('team')!]).toEqual(['t0', 't1']);
	});

	it('keep hiding until the hidden groups together reach the threshold', () => {
		const r = release([teams([1, 1, 1, 30])], [1, 1, 1, 30], 5);
		expect([...r.hidden.get('team')!].sort()).toEqual(['t0', 't1', 't2', 't3']);
	});

	it('hide nothing when every group is large enough, and everything when the whole is not', () => {
		expect([...release([teams([5, 9])], [5, 9], 5).hidden.get('team')!]).toEqual([]);
		const tiny = release([teams([1, 2])], [1, 2], 5);
		expect(tiny.total).toBe(false);
		expect(tiny.hidden.get('team')!.size).toBe(2);
	});

	it('see through a hierarchy: a hidden team is not its site minus the site’s other teams', () => {
		// Teams t0 (2) and t1 (6) make site A; t2 (7) and t3 (9) make site B.
		const weights = [2, 6, 7, 9];
		const sites: Partition = {
			field: 'site',
			groups: new Map([
				['A', [0, 1]],
				['B', [2, 3]]
			])
		};
		const r = release([teams(weights), sites], weights, 5);
		const hiddenTeams = r.hidden.get('team')!;
		expect(hiddenTeams.has('t0')).toBe(true);
		// Within teams alone, hiding t1 as well would do; but site A minus t1 gives t0, so either
		// site A or t1 must go too, and t0 = A − t1 must not be computable from what is left.
		const shownTeams = ['t1', 't2', 't3'].filter((t) => !hiddenTeams.has(t));
		const siteA = !r.hidden.get('site')!.has('A');
		expect(siteA && shownTeams.includes('t1')).toBe(false);
	});
});
