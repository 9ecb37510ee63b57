import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

// The statistics docs/statistics.md asks every score to carry: a 95% interval, and a test of a segment
// against the rest of the survey. Distributions come from stdlib, not from approximations of ours.

export const CONFIDENCE = 0.95;
const z95 = normalQuantile(1 - (1 - CONFIDENCE) / 2, 0, 1);

/** Round half away from zero, as PostgreSQL's round(numeric, digits) does. */
export function round(value: number, digits: number) {
	const factor = 10 ** digits;
	// The epsilon keeps 2.675 (stored as 2.67499…) rounding as the decimal it was written as.
	const scaled = Math.abs(value) * factor * (1 + Number.EPSILON);
	return (Math.sign(value) * Math.round(scaled)) / factor || 0;
}

/**
 * `part / whole` as a percentage with one decimal, computed exactly on whole numbers (counts), so
 * the TypeScript and SQL figures agree to the last digit.
 */
export function percent(part: number, whole: number): number {
	if (whole === 0) return 0;
	const sign = Math.sign(part);
	return (sign * Math.floor((2000 * Math.abs(part) + whole) / (2 * whole))) / 10 || 0;
}

/** `total / n` with two decimals; exact when the total is a whole number. */
export function mean(total: number, n: number): number {
	if (n === 0) return 0;
	if (Number.isInteger(total)) {
		const sign = Math.sign(total);
		return (sign * Math.floor((200 * Math.abs(total) + n) / (2 * n))) / 100 || 0;
	}
	return round(total / n, 2);
}

type Interval = [number, number];
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Wilson score interval of a share, in percent with one decimal. */
export function wilson(successes: number, n: number): Interval {
	if (n === 0) return [0, 100];
	const p = successes / n;
	const z2 = z95 * z95;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
	return [round(clamp(centre - half, 0, 1) * 100, 1), round(clamp(centre + half, 0, 1) * 100, 1)];
}

/** Sample variance from the count, sum and sum of squares of the values. */
export function variance(n: number, total: number, squares: number): number {
	if (n < 2) return 0;
	return Math.max(0, (squares - (total * total) / n) / (n - 1));
}

/** Student's t interval of a mean, two decimals; a single value has no interval but itself. */
export function tInterval(n: number, total: number, squares: number): Interval {
	const m = n ? total / n : 0;
	if (n < 2) return [round(m, 2), round(m, 2)];
	const half =
		tQuantile(1 - (1 - CONFIDENCE) / 2, n - 1) * Math.sqrt(variance(n, total, squares) / n);
	return [round(m - half, 2), round(m + half, 2)];
}

/** The variance of one response's NPS contribution: (p + d − (p − d)²), p and d as shares. */
function npsVariance(promoters: number, detractors: number, n: number) {
	const p = promoters / n;
	const d = detractors / n;
	return p + d - (p - d) ** 2;
}

/** The NPS interval in points (−100…100), one decimal. */
export function npsInterval(promoters: number, detractors: number, n: number): Interval {
	if (n === 0) return [-100, 100];
	const score = ((promoters - detractors) / n) * 100;
	const half = z95 * Math.sqrt(npsVariance(promoters, detractors, n) / n) * 100;
	return [round(clamp(score - half, -100, 100), 1), round(clamp(score + half, -100, 100), 1)];
}

const twoSided = (z: number) => 2 * (1 - normalCdf(Math.abs(z), 0, 1));
const significant = (p: number) => Number.isFinite(p) && p < 1 - CONFIDENCE;

/** Two-proportion z-test (pooled): do the shares x1/n1 and x2/n2 differ at 95%? */
export function sharesDiffer(x1: number, n1: number, x2: number, n2: number): boolean {
	if (n1 === 0 || n2 === 0) return false;
	const pooled = (x1 + x2) / (n1 + n2);
	const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
	if (se === 0) return false;
	return significant(twoSided((x1 / n1 - x2 / n2) / se));
}

type Moments = { n: number; total: number; squares: number };

/** Welch's t-test: do two means differ at 95%? Needs two values on each side. */
export function meansDiffer(a: Moments, b: Moments): boolean {
	if (a.n < 2 || b.n < 2) return false;
	const va = variance(a.n, a.total, a.squares) / a.n;
	const vb = variance(b.n, b.total, b.squares) / b.n;
	const se = Math.sqrt(va + vb);
	if (se === 0) return false;
	const t = (a.total / a.n - b.total / b.n) / se;
	const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
	return significant(2 * (1 - tCdf(Math.abs(t), df)));
}

type NpsCounts = { n: number; promoters: number; detractors: number };

/** Do two NPS differ at 95%? A z-test with each side's NPS variance. */
export function npsDiffer(a: NpsCounts, b: NpsCounts): boolean {
	if (a.n === 0 || b.n === 0) return false;
	const se = Math.sqrt(
		npsVariance(a.promoters, a.detractors, a.n) / a.n +
			npsVariance(b.promoters, b.detractors, b.n) / b.n
	);
	if (se === 0) return false;
	const diff = (a.promoters - a.detractors) / a.n - (b.promoters - b.detractors) / b.n;
	return significant(twoSided(diff / se));
}

/**
 * Pearson's correlation of paired values, two decimals, and whether it differs from zero at 95%
 * (t = r √(n − 2) / √(1 − r²) with n − 2 degrees of freedom).
 */
export function correlation(xs: number[], ys: number[]) {
	const n = xs.length;
	const mx = xs.reduce((s, x) => s + x, 0) / n;
	const my = ys.reduce((s, y) => s + y, 0) / n;
	let sxy = 0,
		sxx = 0,
		syy = 0;
	for (let i = 0; i < n; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	}
	if (n < 3 || sxx === 0 || syy === 0) return { r: 0, n, significant: false };
	const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
	const t = Math.abs(r) === 1 ? Infinity : (r * Math.sqrt(n - 2)) / Math.sqrt(1 - r * r);
	const p = Number.isFinite(t) ? 2 * (1 - tCdf(Math.abs(t), n - 2)) : 0;
	return { r: round(r, 2), n, significant: significant(p) };
}
