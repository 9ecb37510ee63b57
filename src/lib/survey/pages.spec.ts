import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema } from './definition';
import { pageRegion, pagesOf, visibleAnswers } from './pages';

const definition = surveyDefinitionSchema.parse({
	title: 'Pages',
	audience: 'customer',
	mode: 'anonymous',
	questions: [
		{ id: 'nps', type: 'nps', text: 'Score?' },
		{ id: 'why', type: 'text', text: 'Why so low?', showIf: { field: 'nps', op: 'lte', value: 6 } },
		{ id: 'p2', type: 'statement', text: 'About support', pageBreak: true },
		{ id: 'csat', type: 'csat', text: 'Support?' }
	]
});
const ids = (pages: { id: string }[][]) => pages.map((p) => p.map((q) => q.id));

describe('pagesOf', () => {
	it('splits at page-breaking statements and applies logic', () => {
		expect(ids(pagesOf(definition, {}, {}))).toEqual([['nps'], ['p2', 'csat']]);
		expect(ids(pagesOf(definition, { nps: 3 }, {}))).toEqual([
			['nps', 'why'],
			['p2', 'csat']
		]);
	});

	it('puts one question on each page in one-at-a-time display', () => {
		const single = { ...definition, display: 'one-at-a-time' as const };
		expect(ids(pagesOf(single, { nps: 3 }, {}))).toEqual([['nps'], ['why'], ['p2'], ['csat']]);
	});

	it('always has a page', () => {
		expect(pagesOf({ ...definition, questions: [] }, {}, {})).toEqual([[]]);
	});
});

describe('pageRegion', () => {
	it('holds the follow-ups this page’s own answers may show, up to the next page break', () => {
		expect(ids([pageRegion(definition, {}, {}, 0)])).toEqual([['nps', 'why']]);
		expect(ids([pageRegion(definition, { nps: 3 }, {}, 1)])).toEqual([['p2', 'csat']]);
	});

	it('is the page itself one question at a time, where a follow-up is a page of its own', () => {
		const single = { ...definition, display: 'one-at-a-time' as const };
		expect(ids([pageRegion(single, {}, {}, 0)])).toEqual([['nps']]);
	});
});

describe('visibleAnswers', () => {
	it('drops answers to questions that logic now hides', () => {
		expect(visibleAnswers(definition, { nps: 9, why: 'slow', csat: 4 }, {})).toEqual({
			nps: 9,
			csat: 4
		});
	});
});
