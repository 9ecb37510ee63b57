import { describe, expect, it } from 'vitest';
import * as resultComments from './comments';
import { publishedSurvey, store } from '../testing';
import type { Scope } from '.';

const definition = (audience: 'customer' | 'employee') => ({
	title: 'Comments',
	audience,
	mode: audience === 'employee' ? 'confidential' : 'identified',
	hiddenFields: ['team'],
	questions: [
		{
			id: 'nps',
			type: audience === 'employee' ? 'enps' : 'nps',
			text: 'Recommend?',
			reasons: { choices: [{ id: 'pay', label: 'Pay' }], comment: true }
		},
		{ id: 'why', type: 'text', text: 'Why?' }
	]
});

describe('comments', () => {
	it('show a customer survey’s comments newest first, with date and response, and search them', async () => {
		const survey = await publishedSurvey(definition('customer'));
		await store(survey, [
			{ answers: { why: 'Great staff' }, completedAt: new Date('2026-01-01T10:00:00Z') },
			{
				answers: { nps: { score: 3, comment: 'Too 100% expensive' } },
				completedAt: new Date('2026-01-02T10:00:00Z')
			},
			{ answers: { why: '' }, completedAt: new Date('2026-01-03T10:00:00Z') },
			{ answers: { why: 'Not finished' }, completedAt: null }
		]);
		const all = await resultComments.comments(survey, { filters: [] });
		expect(all.total).toBe(2);
		expect(all.comments.map((c) => [c.questionId, c.text])).toEqual([
			['nps', 'Too 100% expensive'],
			['why', 'Great staff']
		]);
		expect(all.comments[0].at).toContain('2026-01-02');
		expect(all.comments[0].responseId).toMatch(/^[0-9a-f-]{36}$/);
		// "%" is searched for as itself, not as a wildcard.
		const found = await resultComments.comments(survey, { filters: [] }, { search: '100%' });
		expect(found.comments.map((c) => c.text)).toEqual(['Too 100% expensive']);
		expect((await resultComments.comments(survey, { filters: [] }, { search: '1%e' })).total).toBe(
			0
		);
	});

	it('show an employee survey’s comments only for groups of 10, shuffled, without dates', async () => {
		const survey = await publishedSurvey(definition('employee'));
		const at = (i: number) => new Date(Date.UTC(2026, 0, 1 + i));
		await store(
			survey,
			Array.from({ length: 14 }, (_, i) => ({
				answers: { why: `comment ${String(i).padStart(2, '0')}` },
				hidden: { team: i < 11 ? 'sales' : 'legal' },
				completedAt: at(i)
			}))
		);
		const everyone = await resultComments.comments(survey, { filters: [] });
		expect(everyone.total).toBe(14);
		expect(everyone.comments.every((c) => c.at === undefined && c.responseId === undefined)).toBe(
			true
		);
		const texts = everyone.comments.map((c) => c.text);
		expect(texts).not.toEqual([...texts].sort()); // not in the order they came
		expect([...texts].sort()).toEqual(
			Array.from({ length: 14 }, (_, i) => `comment ${String(i).padStart(2, '0')}`)
		);
		// Legal (3) is under 10; sales (11) is not, but would be everyone minus legal: both hidden.
		for (const team of ['legal', 'sales']) {
			const group = await resultComments.comments(survey, { filters: [['h:team', team]] });
			expect(group).toMatchObject({ hidden: 'small_group', minimum: 10, comments: [] });
		}
	});
	it('show an employee comment under a filter only if 10 responses share all its groups', async () => {
		const survey = await publishedSurvey({
			...definition('employee'),
			hiddenFields: ['team', 'site']
		});
		const answer = (team: string, site: string, why: string) => ({
			answers: { why },
			hidden: { team, site },
			completedAt: new Date('2026-01-15T10:00:00Z')
		});
		await store(survey, [
			...Array.from({ length: 11 }, (_, i) => answer('sales', 'oslo', `sales oslo ${i}`)),
			answer('sales', 'bergen', 'lonely sales'),
			...Array.from({ length: 12 }, (_, i) => answer('support', 'bergen', `support bergen ${i}`)),
			answer('support', 'oslo', 'lonely support')
		]);
		const texts = async (scope: Scope) => {
			const all: string[] = [];
			for (let page = 0; ; page++) {
				const got = await resultComments.comments(survey, scope, { page });
				all.push(...got.comments.map((c) => c.text));
				if (all.length >= got.total) return all.sort();
			}
		};
		expect(await texts({ filters: [] })).toHaveLength(25);
		// Sales (12) and Bergen (13) both reach 10, but only the author is in both.
		expect(await texts({ filters: [['h:team', 'sales']] })).toEqual([]);
		const bergen = await resultComments.comments(survey, { filters: [['h:site', 'bergen']] });
		expect(bergen).toMatchObject({ filtered: true, minimum: 10, total: 12 });
		const supportBergen = Array.from({ length: 12 }, (_, i) => `support bergen ${i}`).sort();
		expect(await texts({ filters: [['h:site', 'bergen']] })).toEqual(supportBergen);
		expect(await texts({ filters: [['h:team', 'support']] })).toEqual(supportBergen);
		expect(await texts({ filters: [], from: '2026-01-01', to: '2026-01-31' })).toEqual(
			supportBergen
		);
		// Sales in Oslo (11) would reach 10 too, but the two lonely comments, seen only unfiltered,
		// would then be one of two: Sales in Oslo is held back with them.
		expect(await texts({ filters: [['h:site', 'oslo']] })).toEqual([]);
	});
});
