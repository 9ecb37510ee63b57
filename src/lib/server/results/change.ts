import { differ, measuredQuestions } from '../../survey/metrics';
import { type Aggregates, aggregates, type Scope } from './cells';
import { trend } from './results';
import { type ResultsSurvey } from './survey';

// The score cards' change "against the month before": like against like. The month under way is
// partial, so the last whole month is compared with the whole month before it (an employee
// survey's figures are whole months anyway), and a change is marked significant only when the two
// months differ at 95% by the test docs/statistics.md names for the score.

export type Change = {
	/** The last whole month's score minus the month before's, in the score's unit. */
	delta: number;
	/** The first days of the two months compared (YYYY-MM-DD). */
	period: string;
	previous: string;
	significant: boolean;
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
const monthsBefore = (date: string, months: number) => {
	const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() - months);
	return iso(d);
};
const dayBefore = (date: string) => iso(new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000));

/**
 * Each score question's change between the two whole months before `now` (or before the end of
 * the scope's date range, when that is earlier); none where either month is hidden or empty, or
 * where the range does not hold both months whole.
 */
export async function monthOverMonth(
	survey: ResultsSurvey,
	scope: Scope,
	questionIds: string[],
	now: Date
): Promise<Record<string, Change>> {
	const today = iso(now);
	const end = scope.to && scope.to < today ? scope.to : dayBefore(today);
	// The month after `end`'s month when `end` is its last day; else `end`'s own month is partial.
	const current = monthsBefore(iso(new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000)), 0);
	const period = monthsBefore(current, 1);
	const previous = monthsBefore(current, 2);
	if (scope.from && scope.from > previous) return {};
	const window: Scope = { filters: scope.filters, from: previous, to: dayBefore(current) };
	const out: Record<string, Change> = {};
	const questions = measuredQuestions(survey.definition).filter((q) => questionIds.includes(q.id));
	let monthly: Aggregates | null = null;
	for (const question of questions) {
		// The trend applies an employee survey's release to each month.
		const { points } = await trend(survey, {
			...window,
			question: question.id,
			interval: 'month'
		});
		const last = points.find((p) => p.period === period);
		const before = points.find((p) => p.period === previous);
		if (!last || !before || !('n' in last) || !('n' in before)) continue;
		monthly ??= await aggregates(survey, window, { by: 'period', interval: 'month' });
		const a = monthly.get(period)?.get(question.id)?.get('');
		const b = monthly.get(previous)?.get(question.id)?.get('');
		out[question.id] = {
			delta: Math.round((last.score - before.score) * 100) / 100,
			period,
			previous,
			significant: !!a && !!b && differ(question, a, b)
		};
	}
	return out;
}
