// The anonymity promise, tested as an attacker would break it: gather everything the results API
// answers for an employee survey (every segment, every single and pairwise filter, every month
// range, every trend, and the answers to a question that is itself a segment field, which count
// the responses of two-field groups), then try to work out any group under the threshold from it
// by any sum or difference (exact linear algebra over the individual responses). No such group
// may be found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as results from '.';
import * as resultComments from './comments';
import type { Question } from '../../survey/definition';
import { pulses } from '../outreach';
import { publishedSurvey, pulseSurvey, store } from '../testing';

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
			// Optional: "not given" is a group of the field too.
			plan: fc.oneof(
				{ weight: 4, arbitrary: fc.constantFrom('a', 'b') },
				{ weight: 1, arbitrary: fc.constant('') }
			),
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
							...(g.plan ? ['plan'] : []),
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
							...(p.plan ? { plan: p.plan } : {}),
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
					// A question that is itself a segment field counts responses of groups: its n
					// those who gave it, each count those of the group who chose that answer.
					const plan = answer.questions.plan;
					if (plan && 'counts' in plan) {
						published.push({ group: (p) => group(p) && p.plan !== '', measure: 'responses' });
						for (const value of Object.keys(plan.counts as object))
							published.push({ group: (p) => group(p) && p.plan === value, measure: 'responses' });
					}
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
	}, 300_000);
});

// A pulse program asks each round only some items of its bank, so an item's answers come from the
// rounds that asked it: results list every item ever asked, each with its own n, over the cycle
// and round by round. The attacker gathers everything the API answers for such a survey (every
// round and team, each alone, month ranges, trends of every item) and tries to work out, item by
// item, any group under the threshold (a round's few answers to an item, a team's in one round).
const pulseOrg = fc.record({
	teams: fc.integer({ min: 2, max: 4 }),
	threshold: fc.integer({ min: 3, max: 5 }),
	people: fc.array(
		fc.record({
			team: fc.nat(3),
			round: fc.integer({ min: 1, max: 3 }),
			month: fc.nat(1),
			day: fc.nat(27),
			enps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
			// Per rotating item: answered (a score) or skipped, when the person's round asks it.
			items: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), {
				minLength: 3,
				maxLength: 3
			})
		}),
		{ minLength: 3, maxLength: 30 }
	)
});

describe('pulse program results', () => {
	it('let no item’s group under the threshold, per round or over the cycle, be worked out', async () => {
		const items = ['a', 'b', 'c'];
		const bank = [
			{ id: 'enps', type: 'enps', text: 'Recommend us?' },
			...items.map((id) => ({ id, type: 'likert', text: `About ${id}` }))
		] as Question[];
		// Two of the three items a round, in turn: round 1 asks a and b, round 2 c and a, round 3 b and c.
		const asks = (round: number) =>
			new Set(pulses.roundQuestions(bank, ['enps'], 2, round).map((q) => q.id));
		await fc.assert(
			fc.asyncProperty(pulseOrg, async ({ teams, threshold, people: generated }) => {
				const survey = await pulseSurvey(
					{
						title: 'Pulse',
						audience: 'employee',
						mode: 'confidential',
						anonymityThreshold: threshold,
						hiddenFields: ['team'],
						questions: bank
					},
					['enps'],
					2,
					3
				);
				type Member = {
					team: string;
					round: string;
					month: string;
					week: string;
					answered: Set<string>;
				};
				const people: Member[] = [];
				const stored = generated.map((g) => {
					const completedAt = new Date(Date.UTC(2026, g.month, g.day + 1, 12));
					const asked = asks(g.round);
					const answers: Record<string, number> = {};
					if (g.enps !== undefined) answers.enps = g.enps;
					items.forEach((id, i) => {
						if (asked.has(id) && g.items[i] !== undefined) answers[id] = g.items[i]!;
					});
					const member = {
						team: `t${g.team % teams}`,
						round: String(g.round),
						month: completedAt.toISOString().slice(0, 8) + '01',
						week: weekOf(completedAt),
						answered: new Set(['responses', ...Object.keys(answers)])
					};
					people.push(member);
					return { hidden: { team: member.team, round: member.round }, answers, completedAt };
				});
				await store(survey, stored);

				const valueOf = (p: Member, field: string) =>
					({ 'h:team': p.team, 'h:round': p.round, month: p.month, week: p.week })[field]!;
				type Predicate = (p: Member) => boolean;
				const published: { group: Predicate; measure: string }[] = [];
				const publish = (group: Predicate, answer: { questions: Record<string, object> }) => {
					published.push({ group, measure: 'responses' });
					for (const [id, metric] of Object.entries(answer.questions))
						if (!('suppressed' in metric && metric.suppressed))
							published.push({ group, measure: id });
				};
				const record = (group: Predicate, r: results.Results, by = '') => {
					if (r.suppressed) return;
					publish(group, r);
					for (const s of r.segments ?? [])
						if (!s.suppressed) publish((p) => group(p) && valueOf(p, by) === (s.value ?? ''), s);
				};
				const fields = ['h:team', 'h:round'];
				const everyone: Predicate = () => true;
				const all = await results.results(survey, { filters: [] });
				// Every item any round asked is listed (shown or hidden), whichever round published last.
				for (const id of ['enps', ...items])
					if (!all.suppressed && people.some((p) => p.answered.has(id)))
						expect(all.questions[id]).toBeDefined();
				record(everyone, all);
				for (const by of fields)
					record(everyone, await results.results(survey, { filters: [], by }), by);
				for (const field of fields)
					for (const value of new Set([...people.map((p) => valueOf(p, field)), 'nobody'])) {
						const r = await results.results(survey, { filters: [[field, value]] });
						record((p) => valueOf(p, field) === value, r);
					}
				const months = ['2026-01-01', '2026-02-01'];
				for (let i = 0; i < 2; i++)
					for (let j = i; j < 2; j++) {
						const r = await results.results(survey, {
							filters: [],
							from: months[i],
							to: months[j].slice(0, 8) + '28'
						});
						record((p) => p.month >= months[i] && p.month <= months[j], r);
					}
				for (const interval of ['month', 'week'] as const)
					for (const question of ['enps', ...items]) {
						const t = await results.trend(survey, { filters: [], question, interval });
						for (const point of t.points)
							if (!('suppressed' in point))
								published.push({
									group: (p) => valueOf(p, interval) === point.period,
									measure: question
								});
					}

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

				for (const measure of ['responses', 'enps', ...items]) {
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
			{ numRuns: 15 }
		);
	}, 300_000);
});

// Comments, attacked as the security probe of issue 13 did: an employee comment reads the same in
// every view, and the results page listed it under every filter of a group of 10 or more, so the
// views that showed a comment (its team, its site, its answer to a question, its month) pinned its
// author to their intersection: 22 of 78 comments of a confidential survey to a group of one. Now
// the attacker notes, for every view comments can be read in (everyone, every value of every
// field, every range of months), which comments it shows; no comment may be traced to fewer than
// 10 responses, neither by intersecting the views that show it nor by also subtracting the shown
// views that leave it out.
const crowd = fc.record({
	threshold: fc.integer({ min: 3, max: 5 }),
	// People come in bunches sharing a team, site, answer and month, so that some cells reach 10.
	bunches: fc.array(
		fc.record({
			team: fc.nat(2),
			site: fc.nat(1),
			plan: fc.constantFrom('a', 'b'),
			month: fc.nat(2),
			size: fc.integer({ min: 1, max: 14 }),
			enpsComments: fc.boolean()
		}),
		{ minLength: 1, maxLength: 7 }
	)
});

describe('employee comments', () => {
	it('cannot be traced to fewer than 10 responses by comparing the views that show them', async () => {
		await fc.assert(
			fc.asyncProperty(crowd, async ({ threshold, bunches }) => {
				const survey = await publishedSurvey({
					title: 'Pulse',
					audience: 'employee',
					mode: 'confidential',
					anonymityThreshold: threshold,
					hiddenFields: ['team', 'site'],
					questions: [
						{
							id: 'enps',
							type: 'enps',
							text: 'Recommend us?',
							reasons: { choices: [{ id: 'pay', label: 'Pay' }], comment: true }
						},
						{
							id: 'plan',
							type: 'single_choice',
							text: 'Office or home?',
							choices: [
								{ id: 'a', label: 'Office' },
								{ id: 'b', label: 'Home' }
							]
						},
						{ id: 'why', type: 'text', text: 'Why?' }
					]
				});
				type Author = { team: string; site: string; plan: string; month: string };
				const people: Author[] = [];
				const writer = new Map<string, number>();
				const stored = bunches.flatMap((b) =>
					Array.from({ length: b.size }, (_, k) => {
						const i = people.length;
						const month = `2026-0${b.month + 1}-01`;
						people.push({ team: `t${b.team}`, site: `s${b.site}`, plan: b.plan, month });
						// Everyone writes a comment: each person's comment shows where theirs would.
						writer.set(`why ${i}`, i);
						if (b.enpsComments) writer.set(`enps ${i}`, i);
						return {
							hidden: { team: `t${b.team}`, site: `s${b.site}` },
							answers: {
								plan: b.plan,
								why: `why ${i}`,
								enps: b.enpsComments ? { score: 7, comment: `enps ${i}` } : 7
							},
							completedAt: new Date(Date.UTC(2026, b.month, 1 + ((k * 5) % 27), 12))
						};
					})
				);
				await store(survey, stored);

				const valueOf = (p: Author, field: string) =>
					({ 'h:team': p.team, 'h:site': p.site, 'q:plan': p.plan })[field]!;
				type View = { scope: results.Scope; has: (p: Author) => boolean };
				const views: View[] = [{ scope: { filters: [] }, has: () => true }];
				for (const field of ['h:team', 'h:site', 'q:plan'])
					for (const value of new Set([...people.map((p) => valueOf(p, field)), 'nobody']))
						views.push({
							scope: { filters: [[field, value]] },
							has: (p) => valueOf(p, field) === value
						});
				const months = ['2026-01-01', '2026-02-01', '2026-03-01'];
				for (let i = 0; i < 3; i++)
					for (let j = i; j < 3; j++)
						views.push({
							scope: { filters: [], from: `2026-0${i + 1}-09`, to: `2026-0${j + 1}-20` },
							has: (p) => p.month >= months[i] && p.month <= months[j]
						});
				// What each view shows, every page of it.
				const shownIn: Set<string>[] = [];
				for (const view of views) {
					const shown = new Set<string>();
					for (let page = 0; ; page++) {
						const answer = await resultComments.comments(survey, view.scope, { page });
						for (const c of answer.comments) shown.add(c.text);
						if (!answer.comments.length || shown.size >= answer.total) break;
					}
					shownIn.push(shown);
				}
				// Comments are not cut two ways at once either.
				await expect(
					resultComments.comments(survey, {
						filters: [
							['h:team', 't0'],
							['q:plan', 'a']
						]
					})
				).rejects.toMatchObject({ code: 'invalid' });

				const pattern = (text: string) => shownIn.map((s) => (s.has(text) ? 1 : 0)).join('');
				const minimum = Math.max(10, threshold);
				// Every person's own pattern, read from the comment everyone wrote.
				const patterns = new Map<string, number>();
				people.forEach((_, i) => {
					const key = pattern(`why ${i}`);
					patterns.set(key, (patterns.get(key) ?? 0) + 1);
				});
				for (const [text, author] of writer) {
					const key = pattern(text);
					if (!key.includes('1')) continue; // shown nowhere
					// The probe's attack: the responses in every view that shows it.
					const inAll = people.filter((p) =>
						views.every((v, i) => !shownIn[i].has(text) || v.has(p))
					);
					expect(
						inAll.length,
						`${text} traced to ${inAll.length} by intersection`
					).toBeGreaterThanOrEqual(minimum);
					expect(inAll).toContain(people[author]);
					// Set differences too: the people whose comments show in exactly the same views.
					expect(patterns.get(key) ?? 0, `${text} traced by its views`).toBeGreaterThanOrEqual(
						minimum
					);
				}
			}),
			{
				numRuns: 20,
				// Found by it: a response's two comments tied in the shuffle, so paging skipped one.
				examples: [
					[
						{
							threshold: 3,
							bunches: [
								{ team: 0, site: 0, plan: 'b', month: 0, size: 7, enpsComments: true },
								{ team: 0, site: 0, plan: 'b', month: 0, size: 9, enpsComments: true },
								{ team: 0, site: 0, plan: 'b', month: 1, size: 11, enpsComments: false }
							]
						}
					]
				]
			}
		);
	}, 300_000);
});
