// The anonymity promise, tested as an attacker would break it: gather everything the results API
// answers for an employee survey (every segment, every single and pairwise filter, every month
// range, every trend), then try to work out any group under the threshold from it by any sum or
// difference (exact linear algebra over the individual responses). No such group may be found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as results from './results';
import { publishedSurvey, store } from './results-fixture';

type Person = {
	team: string;
	site: string;
	plan: string;
	month: string;
	week: string;
	completedAt: Date;
	answered: Set<string>;
};

function weekOf(date: Date) {
	const day = (date.getUTCDay() + 6) % 7; // Monday first, as date_trunc('week')
	return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day))
		.toISOString()
		.slice(0, 10);
}

/** An exact span of 0/1 vectors over the responses (fraction-free integer elimination). */
class ExactSpan {
	rows: { pivot: number; v: bigint[] }[] = [];
	private reduce(vector: bigint[]) {
		let v = [...vector];
		for (const { pivot, v: row } of this.rows) {
			if (v[pivot] === 0n) continue;
			const f = v[pivot];
			const p = row[pivot];
			v = v.map((x, i) => x * p - f * row[i]);
		}
		return v;
	}
	add(vector: bigint[]) {
		const v = this.reduce(vector);
		const pivot = v.findIndex((x) => x !== 0n);
		if (pivot >= 0) this.rows.push({ pivot, v });
	}
	contains(vector: bigint[]) {
		return this.reduce(vector).every((x) => x === 0n);
	}
}

const org = fc.record({
	teams: fc.integer({ min: 2, max: 6 }),
	// Sites made of whole teams (a hierarchy), or a field of its own.
	nested: fc.boolean(),
	threshold: fc.integer({ min: 3, max: 5 }),
	people: fc.array(
		fc.record({
			team: fc.nat(5),
			site: fc.nat(2),
			plan: fc.constantFrom('a', 'b'),
			month: fc.nat(2),
			day: fc.nat(27),
			enps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
			like: fc.integer({ min: 1, max: 5 })
		}),
		{ minLength: 3, maxLength: 36 }
	)
});

describe('employee results', () => {
	it('let no group under the threshold be worked out from everything the API answers', async () => {
		await fc.assert(
			fc.asyncProperty(org, async ({ teams, nested, threshold, people: generated }) => {
				const survey = await publishedSurvey({
					title: 'Pulse',
					audience: 'employee',
					mode: 'confidential',
					anonymityThreshold: threshold,
					hiddenFields: ['team', 'site'],
					questions: [
						{ id: 'enps', type: 'enps', text: 'Recommend us?' },
						{ id: 'like', type: 'likert', text: 'I feel heard', required: true },
						{
							id: 'plan',
							type: 'single_choice',
							text: 'Office or home?',
							choices: [
								{ id: 'a', label: 'Office' },
								{ id: 'b', label: 'Home' }
							]
						}
					]
				});
				const people: Person[] = generated.map((g) => {
					const team = g.team % teams;
					const completedAt = new Date(Date.UTC(2026, g.month, g.day + 1, 12));
					return {
						team: `t${team}`,
						site: nested ? `s${Math.floor(team / 2)}` : `s${g.site}`,
						plan: g.plan,
						month: completedAt.toISOString().slice(0, 8) + '01',
						week: weekOf(completedAt),
						completedAt,
						answered: new Set([
							'responses',
							'like',
							'plan',
							...(g.enps === undefined ? [] : ['enps'])
						])
					};
				});
				await store(
					survey,
					people.map((p, i) => ({
						hidden: { team: p.team, site: p.site },
						answers: {
							like: generated[i].like,
							plan: p.plan,
							...(generated[i].enps === undefined ? {} : { enps: generated[i].enps })
						},
						completedAt: p.completedAt
					}))
				);

				const valueOf = (p: Person, field: string) =>
					({ 'h:team': p.team, 'h:site': p.site, 'q:plan': p.plan, month: p.month, week: p.week })[
						field
					]!;
				type Predicate = (p: Person) => boolean;
				const published: { group: Predicate; measure: string }[] = [];
				const publish = (group: Predicate, answer: { questions: Record<string, object> }) => {
					published.push({ group, measure: 'responses' });
					for (const [id, metric] of Object.entries(answer.questions))
						if (!('suppressed' in metric && metric.suppressed))
							published.push({ group, measure: id });
				};
				const record = (group: Predicate, r: results.Results) => {
					if (r.suppressed) return;
					publish(group, r);
					for (const s of r.segments ?? []) {
						if (s.suppressed) continue;
						const field = r.segments === undefined ? '' : by;
						publish((p) => group(p) && valueOf(p, field) === (s.value ?? ''), s);
					}
				};
				let by = '';
				const fields = ['h:team', 'h:site', 'q:plan'];
				const everyone: Predicate = () => true;
				record(everyone, await results.results(survey, { filters: [] }));
				for (by of fields) record(everyone, await results.results(survey, { filters: [], by }));
				by = '';
				for (const field of fields)
					for (const value of new Set([...people.map((p) => valueOf(p, field)), 'nobody'])) {
						const r = await results.results(survey, { filters: [[field, value]] });
						record((p) => valueOf(p, field) === value, r);
					}
				const months = ['2026-01-01', '2026-02-01', '2026-03-01'];
				for (let i = 0; i < 3; i++)
					for (let j = i; j < 3; j++) {
						// Days inside the months: an employee survey widens them to whole months.
						const from = months[i].slice(0, 8) + '09';
						const to = months[j].slice(0, 8) + '20';
						const r = await results.results(survey, { filters: [], from, to });
						record((p) => p.month >= months[i] && p.month <= months[j], r);
					}
				for (const interval of ['month', 'week'] as const)
					for (const question of ['enps', 'like']) {
						const t = await results.trend(survey, { filters: [], question, interval });
						for (const point of t.points)
							if (!('suppressed' in point))
								published.push({
									group: (p) => valueOf(p, interval) === point.period,
									measure: question
								});
					}
				// Two cuts at once are refused outright.
				await expect(
					results.results(survey, {
						filters: [
							['h:team', 't0'],
							['q:plan', 'a']
						]
					})
				).rejects.toMatchObject({ code: 'invalid' });
				await expect(
					results.results(survey, { filters: [['h:team', 't0']], by: 'h:site' })
				).rejects.toMatchObject({ code: 'invalid' });
				await expect(
					results.trend(survey, {
						filters: [['h:team', 't0']],
						question: 'like',
						interval: 'month'
					})
				).rejects.toMatchObject({ code: 'invalid' });

				// Every group an attacker could name: one field's value, or two fields' together.
				const cuts = [...fields, 'month', 'week'];
				const groups: Predicate[] = [];
				for (const f of cuts)
					for (const v of new Set(people.map((p) => valueOf(p, f))))
						groups.push((p) => valueOf(p, f) === v);
				for (let i = 0; i < cuts.length; i++)
					for (let j = i + 1; j < cuts.length; j++)
						for (const key of new Set(
							people.map((p) => `${valueOf(p, cuts[i])}|${valueOf(p, cuts[j])}`)
						))
							groups.push((p) => `${valueOf(p, cuts[i])}|${valueOf(p, cuts[j])}` === key);

				for (const measure of ['responses', 'enps', 'like', 'plan']) {
					const members = people.filter((p) => p.answered.has(measure));
					const vector = (group: Predicate) => members.map((p) => (group(p) ? 1n : 0n));
					const span = new ExactSpan();
					for (const e of published) if (e.measure === measure) span.add(vector(e.group));
					for (const group of groups) {
						const size = members.filter(group).length;
						if (size > 0 && size < threshold)
							expect(span.contains(vector(group)), `${measure}: a group of ${size} exposed`).toBe(
								false
							);
					}
				}
			}),
			{ numRuns: 30 }
		);
	});
});
