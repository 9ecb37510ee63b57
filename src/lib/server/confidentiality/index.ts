import { and, eq, isNotNull } from 'drizzle-orm';
import { release, type HiddenReason } from '../../survey/anonymity';
import type { SurveyDefinition } from '../../survey/definition';
import { db, schema } from '../db';

// The one place that decides what a survey promised its respondents and what may therefore be
// shown: results, distribution status, exports and the API all ask here. The promise is worked
// out when a version is published and stored on the survey row (survey.promise), so every surface
// reads the same one. It is the strictest any published version made: a draft, or a later version
// turned "customer", "identified" or given a lower threshold, never lifts what earlier
// respondents were promised (docs/PRODUCT.md, "Confidentiality").

export type Mode = SurveyDefinition['mode'];

export type SurveyPromise = {
	/** 'employee' when any published version was an employee survey. */
	audience: 'customer' | 'employee';
	/** The most private mode any published version had (anonymous > confidential > identified). */
	mode: Mode;
	/** Employee surveys: the smallest group any figure is shown for; customer surveys: null. */
	threshold: number | null;
};

/** Never below 3, whatever a definition says (PRODUCT.md); 5 when a version set none. */
export const MIN_THRESHOLD = 3;
const DEFAULT_THRESHOLD = 5;
/** Comments of an employee survey appear only for groups of at least this many. */
export const COMMENT_THRESHOLD = 10;

const privacy: Record<Mode, number> = { identified: 0, confidential: 1, anonymous: 2 };

/** The promise made by a survey published with each of `definitions`: the strictest of them. */
export function promiseOf(
	definitions: Pick<SurveyDefinition, 'audience' | 'mode' | 'anonymityThreshold'>[]
): SurveyPromise {
	const employee = definitions.filter((d) => d.audience === 'employee');
	const mode = definitions
		.map((d) => d.mode)
		.reduce<Mode>((a, b) => (privacy[b] > privacy[a] ? b : a), 'identified');
	return {
		audience: employee.length ? 'employee' : 'customer',
		mode,
		// Of the employee versions only: a customer version's default says nothing.
		threshold: employee.length
			? Math.max(MIN_THRESHOLD, ...employee.map((d) => d.anonymityThreshold ?? DEFAULT_THRESHOLD))
			: null
	};
}

type Reader = Pick<typeof db, 'select' | 'update'>;

/**
 * Works out the survey's promise from every version published so far and stores it; called by
 * `surveys.publish` in its transaction, after the new version is marked published.
 */
export async function recordPromise(tx: Reader, orgId: string, surveyId: string) {
	const v = schema.surveyVersion;
	const published = await tx
		.select({ definition: v.definition })
		.from(v)
		.where(and(eq(v.orgId, orgId), eq(v.surveyId, surveyId), isNotNull(v.publishedAt)));
	const promise = promiseOf(published.map((p) => p.definition));
	await tx.update(schema.survey).set({ promise }).where(eq(schema.survey.id, surveyId));
	return promise;
}

/** An anonymous or confidential employee survey: no response is ever shown on its own. */
export function individualsHidden(promise: SurveyPromise): boolean {
	return promise.audience === 'employee' && promise.mode !== 'identified';
}

/**
 * May results be cut by the attributes people had when they answered from a personal link? Not
 * when any version was anonymous: its respondents were promised no link to a person at all.
 */
export function attributeSegments(promise: SurveyPromise): boolean {
	return promise.mode !== 'anonymous';
}

/** The smallest group comments are shown for; null: no minimum (a customer survey). */
export function commentMinimum(promise: Pick<SurveyPromise, 'threshold'>): number {
	return Math.max(COMMENT_THRESHOLD, promise.threshold ?? 0);
}

/** Is a count (responses, or who of the people asked opened and answered) small enough to hide? */
export function countHidden(promise: Pick<SurveyPromise, 'threshold'>, n: number): boolean {
	return promise.threshold !== null && n < promise.threshold;
}

export type Suppression = {
	/** The groups to hide, by their index in the list given. */
	hidden: Set<number>;
	/** How many hidden groups for each reason (told only where safe: anonymity.ts). */
	reasons: Partial<Record<HiddenReason, number>>;
};

/**
 * Which groups of one cut to hide: under the threshold, and the next smallest beside, so that no
 * hidden group follows from the whole (the results' own rule, anonymity.ts). `alsoHidden` are
 * groups another surface hides already (the results'): hidden here too, so that no view shows
 * what another hides, and protected like the small ones.
 */
export function suppress(
	promise: Pick<SurveyPromise, 'threshold'>,
	groups: { value: string; size: number }[],
	alsoHidden: Iterable<string> = []
): Suppression {
	if (promise.threshold === null) return { hidden: new Set(), reasons: {} };
	const field = 'group';
	const also = new Set(alsoHidden);
	const r = release(
		[{ field, groups: new Map(groups.map((_, i) => [String(i), [i]])) }],
		groups.map((g) => g.size),
		promise.threshold,
		new Map([[field, new Set(groups.flatMap((g, i) => (also.has(g.value) ? [String(i)] : [])))]])
	);
	const hidden = new Set([...r.hidden.get(field)!].map(Number));
	// A group hidden for another view is neither small nor protecting here: say no more than 'either'.
	const vague = [...hidden].some((i) => also.has(groups[i].value));
	const reasons: Suppression['reasons'] = {};
	for (const reason of r.reasons.get(field)!.values()) {
		const told = vague ? 'either' : reason;
		reasons[told] = (reasons[told] ?? 0) + 1;
	}
	return { hidden, reasons };
}
