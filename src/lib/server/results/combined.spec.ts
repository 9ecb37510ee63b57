import { describe, expect, it } from 'vitest';
import * as combined from './combined';
import { publishedSurvey, store, makeAccount } from '../testing';

describe('customers and employees together', () => {
	it('pair each unit’s scores, leave out units under the employee threshold, and correlate', async () => {
		const { orgId } = await makeAccount('combined');
		const cx = await publishedSurvey(
			{
				title: 'Store visit',
				audience: 'customer',
				mode: 'identified',
				hiddenFields: ['store'],
				questions: [{ id: 'nps', type: 'nps', text: 'Recommend?' }]
			},
			orgId
		);
		const ex = await publishedSurvey(
			{
				title: 'Store pulse',
				audience: 'employee',
				mode: 'confidential',
				hiddenFields: ['store'],
				questions: [{ id: 'like', type: 'likert', text: 'I am proud of my store' }]
			},
			orgId
		);
		// Stores 1–4: employees' favourability 20, 40, 60, 80% (5 each); customers' NPS rises with it.
		// Store 5 has 2 employee responses: hidden, with the next smallest store beside it.
		const employees = [1, 2, 3, 4].flatMap((s) =>
			Array.from({ length: 5 }, (_, i) => ({
				answers: { like: i < s ? 5 : 2 },
				hidden: { store: `s${s}` }
			}))
		);
		employees.push(...[0, 1].map(() => ({ answers: { like: 5 }, hidden: { store: 's5' } })));
		await store(ex, employees);
		await store(
			cx,
			[1, 2, 3, 4, 5].flatMap((s) =>
				Array.from({ length: 10 }, (_, i) => ({
					answers: { nps: i < s * 2 ? 10 : 5 },
					hidden: { store: `s${s}` }
				}))
			)
		);
		const choices = await combined.metricChoices(orgId);
		expect(choices.map((c) => [c.label, c.audience])).toEqual([
			['Store pulse · I am proud of my store', 'employee'],
			['Store visit · Recommend?', 'customer']
		]);
		const view = await combined.combine(orgId, choices, `${cx.id}:nps`, `${ex.id}:like`, 'store');
		// s5 and one store of 5 are hidden, so that s5 is not the total minus the rest.
		expect(view.hiddenUnits).toBe(2);
		expect(view.units).toHaveLength(3);
		for (const u of view.units) {
			const s = Number(u.value.slice(1));
			expect(u.ex).toBe(s * 20);
			expect(u.cx).toBe(s * 20 - (100 - s * 20)); // promoters − detractors
		}
		expect(view.correlation).toEqual({ r: 1, n: 3, significant: true });
		await expect(
			combined.combine(orgId, choices, `${ex.id}:like`, `${cx.id}:nps`, 'store')
		).rejects.toThrow(/customer metric/);
		await expect(
			combined.combine(orgId, choices, `${cx.id}:nps`, `${ex.id}:like`, 'region')
		).rejects.toThrow(/not a hidden field/);
	});

	it('say what to choose when "Compare" is sent with something missing, and nothing when not sent', () => {
		const read = (query: string) => combined.readChoice(new URLSearchParams(query));
		expect(read('').problem).toBe('');
		expect(read('cx=&ex=&field=')).toMatchObject({
			complete: false,
			problem: 'Choose a customer metric, an employee metric and the field they share to compare.'
		});
		expect(read('cx=a%3Anps&ex=&field=store').problem).toBe(
			'Choose an employee metric to compare.'
		);
		expect(read('cx=a%3Anps&ex=b%3Alike&field=store')).toMatchObject({
			complete: true,
			problem: ''
		});
	});
});
