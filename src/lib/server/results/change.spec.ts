import { describe, expect, it } from 'vitest';
import { monthOverMonth } from './change';
import { publishedSurvey, store } from '../testing';

const at = (date: string) => new Date(`${date}T12:00:00Z`);
const days = (month: string, n: number) =>
	Array.from({ length: n }, (_, i) => at(`${month}-${String((i % 28) + 1).padStart(2, '0')}`));

describe('score cards: change against the month before', () => {
	it('compare the last whole month with the one before, and mark only a significant change', async () => {
		// A bug found by use: the change set the few days of the month under way against a whole
		// month, and was coloured however small and noisy it was.
		const survey = await publishedSurvey({
			title: 'Store visit',
			audience: 'customer',
			mode: 'identified',
			questions: [
				{ id: 'nps', type: 'nps', text: 'Recommend?' },
				{ id: 'csat', type: 'csat', text: 'Satisfied?' }
			]
		});
		await store(survey, [
			// January: NPS −33.3 (10 promoters, 20 detractors); CSAT 15 of 30 gave 4 or 5.
			...days('2026-01', 30).map((completedAt, i) => ({
				answers: { nps: i < 10 ? 9 : 3, csat: i % 2 ? 4 : 2 },
				completedAt
			})),
			// February: NPS 66.7 (25 promoters, 5 detractors); CSAT 16 of 30: not a significant change.
			...days('2026-02', 30).map((completedAt, i) => ({
				answers: { nps: i < 25 ? 10 : 0, csat: i < 16 ? 5 : 1 },
				completedAt
			})),
			// March so far: four days of detractors, which a partial month must not be judged on.
			...days('2026-03', 4).map((completedAt) => ({ answers: { nps: 0, csat: 1 }, completedAt }))
		]);
		const changes = await monthOverMonth(
			survey,
			{ filters: [] },
			['nps', 'csat'],
			new Date('2026-03-05T09:00:00Z')
		);
		expect(changes).toEqual({
			nps: { delta: 100, period: '2026-02-01', previous: '2026-01-01', significant: true },
			csat: { delta: 3.3, period: '2026-02-01', previous: '2026-01-01', significant: false }
		});
		// On the 1st, the month before is whole.
		const first = await monthOverMonth(survey, { filters: [] }, ['nps'], at('2026-03-01'));
		expect(first.nps).toMatchObject({ period: '2026-02-01', previous: '2026-01-01' });
		// In February, January has no month before it with answers: no change to show.
		expect(await monthOverMonth(survey, { filters: [] }, ['nps'], at('2026-02-20'))).toEqual({});
		// A date range ending in January compares January with December (empty): nothing.
		expect(
			await monthOverMonth(survey, { filters: [], to: '2026-01-31' }, ['nps'], at('2026-03-05'))
		).toEqual({});
	});

	it('show no change for an employee survey when either month is hidden', async () => {
		const survey = await publishedSurvey({
			title: 'Pulse',
			audience: 'employee',
			mode: 'confidential',
			questions: [{ id: 'enps', type: 'enps', text: 'Recommend us?', required: true }]
		});
		await store(survey, [
			...days('2026-01', 8).map((completedAt) => ({ answers: { enps: 9 }, completedAt })),
			...days('2026-02', 3).map((completedAt) => ({ answers: { enps: 2 }, completedAt })),
			...days('2026-03', 8).map((completedAt) => ({ answers: { enps: 2 }, completedAt }))
		]);
		expect(await monthOverMonth(survey, { filters: [] }, ['enps'], at('2026-03-10'))).toEqual({});
		const april = await monthOverMonth(survey, { filters: [] }, ['enps'], at('2026-04-02'));
		expect(april).toEqual({});
	});
});
