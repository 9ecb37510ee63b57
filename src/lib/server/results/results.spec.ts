import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateResponses, segmentValue } from '../../survey/metrics';
import { rowsOf } from '../db';
import * as results from '.';
import { publishedSurvey, store } from '../testing';

const reasons = {
	choices: [
		{ id: 'price', label: 'Price' },
		{ id: 'service', label: 'Service' }
	]
};
const definition = {
	title: 'Every type',
	audience: 'customer',
	mode: 'identified',
	hiddenFields: ['store'],
	questions: [
		{ id: 'nps', type: 'nps', text: 'Recommend?', reasons },
		{ id: 'csat', type: 'csat', text: 'Satisfied?' },
		{ id: 'ces', type: 'ces', text: 'Easy?' },
		{ id: 'like', type: 'likert', text: 'Agree?' },
		{ id: 'rate', type: 'rating', text: 'Stars?', scale: 5 },
		{
			id: 'grid',
			type: 'matrix',
			text: 'Rate',
			rows: [
				{ id: 'r1', label: 'One' },
				{ id: 'r2', label: 'Two' }
			]
		},
		{
			id: 'plan',
			type: 'single_choice',
			text: 'Plan?',
			allowOther: true,
			choices: [
				{ id: 'a', label: 'A' },
				{ id: 'b', label: 'B' }
			]
		},
		{
			id: 'pick',
			type: 'multiple_choice',
			text: 'Pick',
			choices: [
				{ id: 'a', label: 'A' },
				{ id: 'b', label: 'B' }
			]
		},
		{
			id: 'rank',
			type: 'ranking',
			text: 'Rank',
			choices: [
				{ id: 'x', label: 'X' },
				{ id: 'y', label: 'Y' },
				{ id: 'z', label: 'Z' }
			]
		},
		{ id: 'yn', type: 'yes_no', text: 'Again?' },
		{ id: 'note', type: 'text', text: 'Anything else?' }
	]
};

// Ten responses whose metrics are worked out by hand below.
const nps = [10, 9, 9, 8, 7, 6, 3, 0, 10, 5];
const reasonOf: Record<number, string> = { 0: 'service', 6: 'price', 7: 'price', 3: 'service' };
const csat = [5, 4, 4, 3, 2, 5, 1, 4];
const ces = [7, 6, 5, 4, 2, 7];
const fixture = nps.map((score, i) => ({
	hidden: { store: i < 6 ? 's1' : 's2' },
	answers: {
		nps: reasonOf[i] ? { score, reason: reasonOf[i] } : { score },
		...(i < csat.length ? { csat: csat[i] } : {}),
		...(i < ces.length ? { ces: ces[i] } : {}),
		...(i < 2 ? { grid: i === 0 ? { r1: 5, r2: 3 } : { r1: 4 } } : {}),
		...(i < 4 ? { plan: ['a', 'b', 'a', { other: 'x' }][i] } : {}),
		...(i < 3 ? { pick: [['a', 'b'], ['b'], []][i] } : {}),
		...(i < 2
			? {
					rank: [
						['x', 'y', 'z'],
						['y', 'x', 'z']
					][i]
				}
			: {}),
		...(i < 3 ? { yn: [true, false, true][i] } : {}),
		note: 'free text is not a metric'
	}
}));

describe('results', () => {
	it('compute every metric as docs/metrics.md defines it, checked against hand-worked values', async () => {
		const survey = await publishedSurvey(definition);
		await store(survey, fixture);
		await store(survey, [{ answers: { nps: { score: 0 } }, completedAt: null }]); // partial: not counted
		const r = await results.results(survey, { filters: [] });
		expect(r.responses).toBe(10);
		expect(r.threshold).toBeNull();
		expect(r.questions.nps).toEqual({
			type: 'nps',
			n: 10,
			score: 0,
			promoters: 40,
			passives: 20,
			detractors: 40,
			// (p + d − (p − d)²)/n = 0.08; 1.96 × √0.08 = 0.554
			ci95: [-55.4, 55.4],
			// Every score 0–10, those nobody gave too.
			distribution: { 0: 1, 1: 0, 2: 0, 3: 1, 4: 0, 5: 1, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2 },
			reasons: {
				price: { detractor: 2, passive: 0, promoter: 0 },
				service: { detractor: 0, passive: 1, promoter: 1 }
			}
		});
		// 5 of 8 gave 4 or 5; Wilson interval of 5/8.
		expect(r.questions.csat).toEqual({
			type: 'csat',
			n: 8,
			score: 62.5,
			mean: 3.5,
			ci95: [30.6, 86.3],
			distribution: { 1: 1, 2: 1, 3: 1, 4: 3, 5: 2 }
		});
		// Mean 31/6; 4 of 6 answered 5–7; t(5) interval.
		expect(r.questions.ces).toEqual({
			type: 'ces',
			n: 6,
			mean: 5.17,
			easyShare: 66.7,
			ci95: [3.13, 7.2],
			distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1, 6: 1, 7: 2 }
		});
		expect(r.questions.grid).toEqual({
			type: 'matrix',
			n: 2,
			rows: {
				r1: { n: 2, mean: 4.5, distribution: { 4: 1, 5: 1 }, favourable: 100 },
				r2: { n: 1, mean: 3, distribution: { 3: 1 }, favourable: 0 }
			}
		});
		expect(r.questions.plan).toEqual({
			type: 'single_choice',
			n: 4,
			counts: { a: 2, b: 1, __other: 1 }
		});
		expect(r.questions.pick).toEqual({ type: 'multiple_choice', n: 3, counts: { a: 1, b: 2 } });
		expect(r.questions.rank).toEqual({
			type: 'ranking',
			n: 2,
			positions: { x: 1.5, y: 1.5, z: 3 }
		});
		expect(r.questions.yn).toEqual({ type: 'yes_no', n: 3, counts: { yes: 2, no: 1 } });
		expect(r.questions.like).toBeUndefined(); // nobody answered
		expect(r.questions.note).toBeUndefined(); // text is read as comments, not scored
	});

	it('compare each segment with the rest, and mark small samples', async () => {
		const survey = await publishedSurvey(definition);
		await store(survey, fixture);
		const r = await results.results(survey, { filters: [], by: 'h:store' });
		expect(r.segments!.map((s) => [s.value, !s.suppressed && s.responses])).toEqual([
			['s1', 6],
			['s2', 4]
		]);
		const s1 = r.segments![0];
		if (s1.suppressed) throw new Error('a customer survey hides no segment');
		// s1: 10, 9, 9, 8, 7, 6 → 3 promoters, 1 detractor of 6.
		expect(s1.questions.nps).toMatchObject({
			n: 6,
			score: 33.3,
			significant: false,
			smallSample: true
		});
	});

	it('read the same figures from the rollup as from every response, folded or not', async () => {
		const survey = await publishedSurvey(definition);
		const day = (d: string) => new Date(`${d}T12:00:00Z`);
		const dated = fixture.map((r, i) => ({
			...r,
			completedAt: day(['2026-01-15', '2026-01-31', '2026-02-01', '2026-03-10'][i % 4])
		}));
		await store(survey, dated.slice(0, 6));
		await results.foldAll(survey);
		const [{ cells }] = await rowsOf<{ cells: number }>(
			sql`select count(*)::int as cells from result_cell where survey_id = ${survey.id}`
		);
		expect(cells).toBeGreaterThan(0);
		await store(survey, dated.slice(6)); // not folded yet: read raw beside the rollup
		const scopes: results.Scope[] = [
			{ filters: [] },
			{ filters: [], from: '2026-01-20', to: '2026-03-01' },
			{ filters: [], from: '2026-02-01', to: '2026-02-28' },
			{ filters: [], from: '2026-01-31', to: '2026-01-31' },
			{ filters: [['h:store', 's2']] },
			{ filters: [['q:plan', 'a']], from: '2026-01-01' }
		];
		const groupings: results.Grouping[] = [
			{ by: 'none' },
			{ by: 'field', field: 'h:store' },
			{ by: 'period', interval: 'month' },
			{ by: 'period', interval: 'week' }
		];
		for (const scope of scopes)
			for (const grouping of groupings) {
				const fast = await results.aggregates(survey, scope, grouping);
				const raw = await results.aggregates(survey, scope, grouping, 'raw');
				expect(fast, JSON.stringify({ scope, grouping })).toEqual(raw);
			}
		const months = await results.aggregates(
			survey,
			{ filters: [] },
			{ by: 'period', interval: 'month' }
		);
		expect([...months.keys()].filter(Boolean).sort()).toEqual([
			'2026-01-01',
			'2026-02-01',
			'2026-03-01'
		]);
	});
});

describe('results, SQL against TypeScript', () => {
	const answer = fc.record(
		{
			nps: fc.oneof(
				fc.integer({ min: 0, max: 10 }),
				fc.record({
					score: fc.integer({ min: 0, max: 10 }),
					reason: fc.constantFrom('price', 'service')
				})
			),
			csat: fc.integer({ min: 1, max: 5 }),
			ces: fc.integer({ min: 1, max: 7 }),
			like: fc.integer({ min: 1, max: 5 }),
			rate: fc.integer({ min: 1, max: 5 }),
			grid: fc.record(
				{ r1: fc.integer({ min: 1, max: 5 }), r2: fc.integer({ min: 1, max: 5 }) },
				{
					requiredKeys: []
				}
			),
			plan: fc.oneof(fc.constantFrom('a', 'b'), fc.constant({ other: 'something' })),
			pick: fc.subarray(['a', 'b']),
			rank: fc.shuffledSubarray(['x', 'y', 'z'], { minLength: 3, maxLength: 3 }),
			yn: fc.boolean()
		},
		{ requiredKeys: [] }
	);
	const response = fc.record({
		answers: answer,
		hidden: fc.oneof(fc.record({ store: fc.constantFrom('s1', 's2', 's3') }), fc.constant({})),
		completedAt: fc
			.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 5, 30) })
			.map((t) => new Date(t))
	});

	it('agree on every group, from the rollup and from the responses, on random data', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(response, { minLength: 1, maxLength: 40 }),
				fc.nat(40),
				fc.constantFrom<results.Grouping>(
					{ by: 'none' },
					{ by: 'field', field: 'h:store' },
					{ by: 'field', field: 'q:plan' }
				),
				async (list, folded, grouping) => {
					const survey = await publishedSurvey(definition);
					await store(survey, list.slice(0, folded));
					await results.foldAll(survey);
					await store(survey, list.slice(folded));
					const expected = new Map<string | null, ReturnType<typeof aggregateResponses>>();
					expected.set(
						null,
						aggregateResponses(
							list.map((r) => r.answers),
							survey.spec
						)
					);
					if (grouping.by === 'field') {
						const values = new Set(list.map((r) => segmentValue(r, grouping.field)));
						for (const value of values)
							expected.set(
								value,
								aggregateResponses(
									list
										.filter((r) => segmentValue(r, grouping.field) === value)
										.map((r) => r.answers),
									survey.spec
								)
							);
					}
					expect(await results.aggregates(survey, { filters: [] }, grouping)).toEqual(expected);
					expect(await results.aggregates(survey, { filters: [] }, grouping, 'raw')).toEqual(
						expected
					);
				}
			),
			{ numRuns: 25 }
		);
	});
});

describe('completion', () => {
	it('count who started and finished, and after which question the others left', async () => {
		const survey = await publishedSurvey(definition);
		await store(survey, fixture.slice(0, 4));
		await store(survey, [
			{ answers: {}, completedAt: null },
			{ answers: { nps: { score: 3 } }, completedAt: null },
			{ answers: { nps: { score: 9 }, csat: 4 }, completedAt: null },
			{ answers: { csat: 2 }, completedAt: null }
		]);
		const r = await results.results(survey, { filters: [] });
		expect(r.completion).toEqual({
			started: 8,
			completed: 4,
			rate: 50,
			dropOff: [
				{ afterQuestion: null, left: 1 },
				{ afterQuestion: 'nps', left: 1 },
				{ afterQuestion: 'csat', left: 2 }
			]
		});
	});

	it('hide an employee survey’s drop-off when few left part-way', async () => {
		const survey = await publishedSurvey({
			...definition,
			audience: 'employee',
			mode: 'anonymous'
		});
		await store(survey, fixture);
		await store(survey, [{ answers: { csat: 2 }, completedAt: null }]);
		const r = await results.results(survey, { filters: [] });
		// Every step is listed, each hidden: nothing says where the one person stopped.
		expect(r.completion).toMatchObject({ started: null, completed: 10, rate: null });
		expect(r.completion!.dropOff).toHaveLength(1 + definition.questions.length);
		expect(r.completion!.dropOff.every((d) => 'suppressed' in d)).toBe(true);
		// Filtered, an employee survey shows no completion at all: no two answers to subtract.
		expect(
			(await results.results(survey, { filters: [['h:store', 's1']] })).completion
		).toBeUndefined();
	});
});

describe('a survey’s promise', () => {
	it('is the strictest it was ever published with: a later version or a draft does not lift it', async () => {
		// A security bug found in review: the audience came from the survey row, which every saved
		// draft rewrites, so saving a draft as "customer" lifted an employee survey's threshold
		// and opened its anonymous responses to the response table and exports.
		const { makeAccount } = await import('../testing');
		const surveysModule = await import('../surveys');
		const { checkIndividualsAllowed } = await import('../responses');
		const a = await makeAccount('promise');
		const pulse = {
			title: 'Pulse',
			audience: 'employee',
			mode: 'anonymous',
			questions: [{ id: 'enps', type: 'enps', text: 'Recommend us?' }]
		};
		const created = await surveysModule.create(a.orgId, pulse, null);
		await surveysModule.publish(a.orgId, created.id);
		await surveysModule.update(a.orgId, created.id, {
			...pulse,
			audience: 'customer',
			mode: 'identified'
		});
		let survey = await results.load(a.orgId, created.id);
		expect(survey.threshold).toBe(5);
		expect(() => checkIndividualsAllowed(survey)).toThrow(/anonymity/);
		await surveysModule.publish(a.orgId, created.id);
		survey = await results.load(a.orgId, created.id);
		expect(survey.definition.mode).toBe('identified');
		expect(survey.threshold).toBe(5);
		expect(() => checkIndividualsAllowed(survey)).toThrow(/anonymity/);
	});
});

describe('employee results, after review', () => {
	const pulse = {
		title: 'Pulse',
		audience: 'employee',
		mode: 'confidential',
		hiddenFields: ['team', 'team'],
		questions: [
			{ id: 'enps', type: 'enps', text: 'Recommend us?', required: true },
			{
				id: 'grid',
				type: 'matrix',
				text: 'Rate',
				rows: [
					{ id: 'r1', label: 'One' },
					{ id: 'r2', label: 'Two' }
				]
			}
		]
	};
	const day = (d: string) => new Date(`${d}T12:00:00Z`);

	it('show a trend of whole periods only, so two ranges never give one day', async () => {
		// A bug found in review: ?from=D and ?from=D+1 gave two week figures a day apart.
		const survey = await publishedSurvey(pulse);
		await store(
			survey,
			Array.from({ length: 12 }, (_, i) => ({
				answers: { enps: i % 11 },
				hidden: { team: 'a' },
				completedAt: day(i < 6 ? '2026-03-03' : '2026-03-04') // a Tuesday and a Wednesday
			}))
		);
		const whole = await results.trend(survey, { filters: [], question: 'enps', interval: 'week' });
		expect(whole.points).toEqual([expect.objectContaining({ period: '2026-03-02', n: 12 })]);
		for (const from of ['2026-03-04', '2026-03-03']) {
			const cut = await results.trend(survey, {
				filters: [],
				from,
				question: 'enps',
				interval: 'week'
			});
			expect(cut.points).toEqual([]); // the week starts before `from`: not shown in part
		}
		const inside = await results.trend(survey, {
			filters: [],
			from: '2026-03-02',
			to: '2026-03-08',
			question: 'enps',
			interval: 'week'
		});
		expect(inside.points).toEqual([expect.objectContaining({ n: 12 })]);
	});

	it('answer a value nobody has like a hidden one, offer only shown values, count a field once', async () => {
		const survey = await publishedSurvey(pulse);
		expect(survey.fields).toEqual(['h:team']); // listed twice, counted once
		await store(survey, [
			...Array.from({ length: 8 }, () => ({
				answers: { enps: 9, grid: { r1: 4, r2: 5 } },
				hidden: { team: 'sales' }
			})),
			...Array.from({ length: 6 }, (_, i) => ({
				answers: { enps: 3, grid: i < 2 ? { r1: 2, r2: 1 } : { r1: 2 } },
				hidden: { team: 'ops' }
			})),
			{ answers: { enps: 5, grid: { r1: 3 } }, hidden: { team: 'legal' } }
		]);
		const unknown = await results.results(survey, { filters: [['h:team', 'bob@example.test']] });
		expect(unknown).toMatchObject({ suppressed: true, responses: null });
		const byTeam = await results.results(survey, { filters: [], by: 'h:team' });
		expect(byTeam.segments?.find((s) => s.value === 'ops')).toMatchObject({ suppressed: true });
		const values = await results.fieldValues(survey);
		expect(values.get('h:team')).toEqual(['sales']);
		// Row r2 was answered by 8 in sales and 2 in ops (hidden): shown for sales, it would give
		// ops's 2 answers as everyone's minus sales's. Each matrix row is guarded on its own.
		const sales = byTeam.segments?.find((s) => s.value === 'sales');
		if (!sales || sales.suppressed) throw new Error('sales is large enough to show');
		expect(sales.questions.grid).toMatchObject({ suppressedRows: ['r2'] });
		expect(Object.keys((sales.questions.grid as { rows: object }).rows)).toEqual(['r1']);
	});
});

describe('employee results, why a group is hidden', () => {
	it('say a group hidden beside a smaller one is protecting it, not that it is small', async () => {
		// A bug found by use: Support (6) was labelled "fewer than 5 responses" beside Legal (2).
		const survey = await publishedSurvey({
			title: 'Pulse',
			audience: 'employee',
			mode: 'confidential',
			hiddenFields: ['team'],
			questions: [{ id: 'enps', type: 'enps', text: 'Recommend us?', required: true }]
		});
		const teams = { Sales: 8, Support: 6, Legal: 2 };
		await store(
			survey,
			Object.entries(teams).flatMap(([team, n]) =>
				Array.from({ length: n }, (_, i) => ({ answers: { enps: i % 11 }, hidden: { team } }))
			)
		);
		const answer = await results.results(survey, { filters: [], by: 'h:team' });
		expect(answer.segments!.map((s) => [s.value, s.suppressed ? s.reason : s.responses])).toEqual([
			['Legal', 'small'],
			['Sales', 8],
			['Support', 'protecting']
		]);
		const support = await results.results(survey, { filters: [['h:team', 'Support']] });
		expect(support).toMatchObject({ suppressed: true, reason: 'protecting', responses: null });
		const legal = await results.results(survey, { filters: [['h:team', 'Legal']] });
		expect(legal).toMatchObject({ suppressed: true, reason: 'small' });
		// A team nobody is in reads like a small one.
		const nobody = await results.results(survey, { filters: [['h:team', 'Finance']] });
		expect(nobody).toMatchObject({ suppressed: true, reason: 'small' });
	});
});

describe('employee results, bounded work', () => {
	it('hide a field of too many values (an id) altogether, and still cut by the others', async () => {
		const survey = await publishedSurvey({
			title: 'Pulse',
			audience: 'employee',
			mode: 'confidential',
			hiddenFields: ['employee', 'team'],
			questions: [{ id: 'enps', type: 'enps', text: 'Recommend us?', required: true }]
		});
		await store(
			survey,
			Array.from({ length: 160 }, (_, i) => ({
				answers: { enps: i % 11 },
				hidden: { employee: `e${i}`, team: i % 2 ? 'sales' : 'ops' }
			}))
		);
		// Listing its values, even as hidden groups, would list who took part: refused.
		await expect(results.results(survey, { filters: [], by: 'h:employee' })).rejects.toMatchObject({
			code: 'invalid'
		});
		await expect(
			results.results(survey, { filters: [['h:employee', 'e1']] })
		).rejects.toMatchObject({ code: 'invalid' });
		const byTeam = await results.results(survey, { filters: [], by: 'h:team' });
		expect(byTeam.segments!.map((s) => [s.value, s.suppressed])).toEqual([
			['ops', false],
			['sales', false]
		]);
		expect((await results.fieldValues(survey)).get('h:employee')).toEqual([]);
	});
});

describe('survey lists', () => {
	it('show an employee survey’s count only once it reaches the threshold', async () => {
		const survey = await publishedSurvey({
			title: 'Pulse',
			audience: 'employee',
			mode: 'anonymous',
			questions: [{ id: 'enps', type: 'enps', text: 'Recommend us?' }]
		});
		await store(survey, [{ answers: { enps: 3 } }, { answers: { enps: 9 } }]);
		const listed = await results.withShownCounts(survey.orgId, [
			{ id: survey.id, responses: 2 },
			{ id: '00000000-0000-4000-8000-000000000000', responses: 2 }
		]);
		expect(listed.map((s) => s.responses)).toEqual([null, 2]);
	});
});
