import { describe, expect, it } from 'vitest';
import { hiddenText, release, type Partition } from './anonymity';

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

	it('say why each group is hidden, and only where saying so gives no size away', () => {
		const reasons = (sizes: number[]) =>
			Object.fromEntries(release([teams(sizes)], sizes, 5).reasons.get('team')!);
		// Legal (2) is small; Support (6) hides only to protect it. Legal is then 1 to 3: not pinned.
		expect(reasons([2, 6, 8])).toEqual({ t0: 'small', t1: 'protecting' });
		// Hidden 1 and 5 beside 6 shown: "protecting" would make the hidden 6 exactly 1 + 5.
		expect(reasons([1, 5, 6])).toEqual({ t0: 'either', t1: 'either' });
		// Three small ones need a fourth beside them: 33 in all leaves each small one 1 to 4.
		expect(reasons([1, 1, 1, 30])).toEqual({
			t0: 'small',
			t1: 'small',
			t2: 'small',
			t3: 'protecting'
		});
		expect(reasons([2, 4, 30])).toEqual({ t0: 'small', t1: 'small' });
		expect(reasons([1, 2])).toEqual({ t0: 'small', t1: 'small' });
		expect(hiddenText('small', 5)).toBe('fewer than 5 responses');
		expect(hiddenText('protecting', 5)).toBe('hidden to protect a smaller group');
		expect(hiddenText('either', 5)).toBe(
			'fewer than 5 responses, or hidden to protect a smaller group'
		);
	});
});
