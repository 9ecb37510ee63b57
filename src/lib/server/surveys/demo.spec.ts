import { describe, expect, it } from 'vitest';
import { seedDemo } from './demo';
import * as results from '../results';
import { makeAccount } from '../testing';

describe('demo data', () => {
	it('publish a year of customer and employee surveys once, ready for every chart', async () => {
		const a = await makeAccount('demo');
		const now = Date.UTC(2026, 10, 24);
		const made = await seedDemo(a.orgId, a.userId, now);
		expect(made.map((s) => s.title)).toEqual(['Store visit', 'Support call', 'Store team pulse']);
		expect(made.reduce((n, s) => n + s.responses, 0)).toBeGreaterThan(5000);
		expect(await seedDemo(a.orgId, a.userId, now)).toEqual([]); // a second run adds nothing

		const visit = await results.load(a.orgId, made[0].id);
		const byStore = await results.results(visit, { filters: [], by: 'h:store' });
		expect(byStore.segments).toHaveLength(12);
		const months = await results.trend(visit, { filters: [], question: 'nps', interval: 'month' });
		expect(months.points.length).toBeGreaterThanOrEqual(12);
		const pulse = await results.load(a.orgId, made[2].id);
		const pulseByStore = await results.results(pulse, { filters: [], by: 'h:store' });
		expect(pulseByStore.threshold).toBe(5);
		expect(pulseByStore.segments!.some((s) => !s.suppressed)).toBe(true);
	});
});
