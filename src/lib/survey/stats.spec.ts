import { describe, expect, it } from 'vitest';
import {
	correlation,
	mean,
	meansDiffer,
	npsDiffer,
	npsInterval,
	percent,
	round,
	sharesDiffer,
	tInterval,
	wilson
} from './stats';

describe('stats', () => {
	it('round halves away from zero, as PostgreSQL does', () => {
		expect(percent(1, 8)).toBe(12.5);
		expect(percent(49, 400)).toBe(12.3); // 12.25
		expect(percent(-49, 400)).toBe(-12.3);
		expect(percent(2, 3)).toBe(66.7);
		expect(mean(31, 6)).toBe(5.17);
		expect(mean(-5, 2)).toBe(-2.5);
		expect(round(2.675, 2)).toBe(2.68);
		expect(percent(0, 0)).toBe(0);
	});

	it('give the intervals of docs/statistics.md', () => {
		// Wilson 95% for 0 of 10 is [0, 27.8] (a normal interval would say [0, 0]).
		expect(wilson(0, 10)).toEqual([0, 27.8]);
		expect(wilson(10, 10)).toEqual([72.2, 100]);
		// NPS 0 with 4 promoters and 4 detractors of 10: ±1.96 × √(0.8/10).
		expect(npsInterval(4, 4, 10)).toEqual([-55.4, 55.4]);
		expect(npsInterval(10, 0, 10)).toEqual([100, 100]);
		// Values 1, 2, 3: mean 2, s = 1, t(2) = 4.303 → 2 ± 2.48.
		expect(tInterval(3, 6, 14)).toEqual([-0.48, 4.48]);
	});

	it('flag only differences significant at 95%', () => {
		expect(sharesDiffer(60, 100, 40, 100)).toBe(true); // z = 2.83
		expect(sharesDiffer(52, 100, 48, 100)).toBe(false); // z = 0.57
		expect(sharesDiffer(0, 10, 0, 10)).toBe(false);
		// Means 5 and 3, sd 1, 20 each: t = 6.3.
		const moments = (n: number, m: number, sd: number) => ({
			n,
			total: n * m,
			squares: (n - 1) * sd * sd + n * m * m
		});
		expect(meansDiffer(moments(20, 5, 1), moments(20, 3, 1))).toBe(true);
		expect(meansDiffer(moments(20, 3.2, 1), moments(20, 3, 1))).toBe(false);
		expect(meansDiffer(moments(1, 5, 0), moments(20, 3, 1))).toBe(false);
		expect(
			npsDiffer(
				{ n: 200, promoters: 120, detractors: 20 },
				{ n: 200, promoters: 60, detractors: 60 }
			)
		).toBe(true);
		expect(
			npsDiffer({ n: 50, promoters: 20, detractors: 10 }, { n: 50, promoters: 18, detractors: 11 })
		).toBe(false);
	});

	it('correlate paired values and test r against zero', () => {
		// x = 1..5, y = 2, 4, 5, 4, 5: r = 0.77 (worked by hand: sxy 6, sxx 10, syy 6).
		expect(correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toEqual({
			r: 0.77,
			n: 5,
			significant: false
		});
		const xs = Array.from({ length: 20 }, (_, i) => i);
		expect(
			correlation(
				xs,
				xs.map((x) => 3 * x + (x % 3))
			)
		).toMatchObject({ significant: true });
		expect(correlation([1, 1, 1], [1, 2, 3])).toEqual({ r: 0, n: 3, significant: false });
	});
});
