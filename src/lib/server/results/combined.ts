import type { HiddenReason } from '../../survey/anonymity';
import { headline } from '../../survey/headline';
import { isScoreType, measuredQuestions, type Metric } from '../../survey/metrics';
import { correlation } from '../../survey/stats';
import { localize } from '../../survey/text';
import { DomainError } from '../platform';
import { resolveField, results } from './results';
import { listPublished, load } from './survey';

// Customer and employee results side by side, on the units they share (store, team, region): the
// people who serve customers drive what customers feel. Each unit's customer score and employee
// score come from the results engine (so the employee one within its threshold); units an
// employee survey hides are left out, never estimated.

export type MetricChoice = {
	key: string;
	surveyId: string;
	questionId: string;
	label: string;
	audience: 'customer' | 'employee';
	fields: string[];
};

/** Every score question of every published survey, and the fields each can be cut by. */
export async function metricChoices(orgId: string): Promise<MetricChoice[]> {
	return (await listPublished(orgId)).flatMap((survey) => {
		const { definition } = survey;
		const lang = definition.defaultLanguage;
		return measuredQuestions(definition)
			.filter((q) => isScoreType(q.type))
			.map((q) => ({
				key: `${survey.id}:${q.id}`,
				surveyId: survey.id,
				questionId: q.id,
				label: `${survey.title} · ${localize(q.text, lang, lang)}`,
				audience: survey.audience,
				fields: survey.fields.filter((f) => f.startsWith('h:')).map((f) => f.slice(2))
			}));
	});
}

/**
 * The choice of the "Compare" form: what is missing when it was sent incomplete (an empty form
 * included), so the page says what to choose instead of reloading as if nothing happened.
 */
export function readChoice(params: URLSearchParams) {
	const cx = params.get('cx') ?? '';
	const ex = params.get('ex') ?? '';
	const field = params.get('field') ?? '';
	const sent = ['cx', 'ex', 'field'].some((k) => params.has(k));
	const missing = [
		cx ? '' : 'a customer metric',
		ex ? '' : 'an employee metric',
		field ? '' : 'the field they share'
	].filter(Boolean);
	const list =
		missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0];
	return {
		cx,
		ex,
		field,
		complete: !missing.length,
		problem: sent && missing.length ? `Choose ${list} to compare.` : ''
	};
}

export type Unit = { value: string; cx: number; cxN: number; ex: number; exN: number };
export type Combined = {
	field: string;
	cx: { label: string; name: string; unit: string };
	ex: { label: string; name: string; unit: string; threshold: number | null };
	units: Unit[];
	/** Units the employee survey hides (under its threshold, or beside one): left out. */
	hiddenUnits: number;
	/** How many of them for each reason (the release's, so it gives no size away). */
	hiddenReasons: Partial<Record<HiddenReason, number>>;
	correlation: { r: number; n: number; significant: boolean } | null;
};

async function perUnit(orgId: string, choice: MetricChoice, field: string) {
	const survey = await load(orgId, choice.surveyId);
	const by = resolveField(survey, field);
	if (!by || !by.startsWith('h:'))
		throw new DomainError(`"${field}" is not a hidden field of ${survey.title}.`, 'invalid');
	const answer = await results(survey, { filters: [], by });
	const question = measuredQuestions(survey.definition).find((q) => q.id === choice.questionId)!;
	const units = new Map<string, { value: number; n: number }>();
	let hidden = 0;
	const reasons: Partial<Record<HiddenReason, number>> = {};
	let name = '';
	let unit = '';
	for (const s of answer.segments ?? []) {
		if (s.value === null) continue;
		const metric = s.suppressed ? undefined : s.questions[question.id];
		if (s.suppressed || !metric || ('suppressed' in metric && metric.suppressed)) {
			hidden++;
			const reason = s.suppressed ? s.reason : metric && 'reason' in metric ? metric.reason : null;
			reasons[reason ?? 'small'] = (reasons[reason ?? 'small'] ?? 0) + 1;
			continue;
		}
		const h = headline(metric as Metric);
		if (!h) continue;
		name = h.name;
		unit = h.unit;
		units.set(s.value, { value: h.value, n: (metric as Metric).n });
	}
	return { units, hidden, reasons, name, unit, threshold: survey.threshold };
}

export async function combine(
	orgId: string,
	choices: MetricChoice[],
	cxKey: string,
	exKey: string,
	field: string
): Promise<Combined> {
	const cx = choices.find((c) => c.key === cxKey && c.audience === 'customer');
	const ex = choices.find((c) => c.key === exKey && c.audience === 'employee');
	if (!cx || !ex)
		throw new DomainError('Pick a customer metric and an employee metric.', 'invalid');
	const [c, e] = await Promise.all([perUnit(orgId, cx, field), perUnit(orgId, ex, field)]);
	const units: Unit[] = [];
	for (const [value, x] of e.units) {
		const y = c.units.get(value);
		if (y) units.push({ value, cx: y.value, cxN: y.n, ex: x.value, exN: x.n });
	}
	units.sort((a, b) => a.value.localeCompare(b.value, 'en', { numeric: true }));
	return {
		field,
		cx: { label: cx.label, name: c.name, unit: c.unit },
		ex: { label: ex.label, name: e.name, unit: e.unit, threshold: e.threshold },
		units,
		hiddenUnits: e.hidden,
		hiddenReasons: e.reasons,
		correlation:
			units.length >= 3
				? correlation(
						units.map((u) => u.ex),
						units.map((u) => u.cx)
					)
				: null
	};
}
