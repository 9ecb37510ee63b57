import { sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { release, type HiddenReason, type Partition, type Release } from '../../survey/anonymity';
import { releasedCells } from '../../survey/comment-release';
import { measuredQuestions } from '../../survey/metrics';
import { commentMinimum } from '../confidentiality';
import { rowsOf } from '../db';
import { dayOf, segmentExpression } from './sql';
import { type Scope } from './cells';
import { type Transaction } from './fold';
import { type ResultsSurvey } from './survey';

// What an employee survey may show: for the responses as a whole, for each question, and for
// comments, the groups of every segment field, month and week that stay hidden (see anonymity.ts).
// Computed from the responses' combinations of values ("atoms"), and kept until a response arrives.

const TIME_FIELDS = ['month', 'week'] as const;

export type SurveyRelease = {
	/** Is the group a scope describes shown (everyone, one filter, or whole months)? */
	groupVisible(scope: Scope): boolean;
	/** Are a question's figures shown for that group? */
	measureVisible(questionId: string, scope: Scope): boolean;
	/** Why the group a scope describes is hidden (null when shown). */
	groupHiddenBecause(scope: Scope): HiddenReason | null;
	/** Why a question's figures are hidden for that group (null when shown). */
	measureHiddenBecause(questionId: string, scope: Scope): HiddenReason | null;
	/** Are comments shown for that group (at least 10, and never derivable)? */
	commentsVisible(scope: Scope): boolean;
	/** Under a filter, only the comments of these cells (a value of each field) are shown. */
	commentCells: { fields: string[]; keys: string[][] };
	/**
	 * A question that is also a segment field counts the responses of its groups: the answers whose
	 * counts are left out for that group ('all': the question is hidden), or undefined for any other.
	 */
	answersLeftOut(questionId: string, scope: Scope): Set<string> | 'all' | undefined;
	/** The values of a field whose groups are shown (for filter menus). */
	shownValues(field: string): string[];
	/** The values of a field whose groups are hidden (other views hide them too). */
	hiddenValues(field: string): string[];
	/** Can results be cut by this field at all? Not one of too many values (an id). */
	cuts(field: string): boolean;
};

type Atoms = {
	partitions: Partition[];
	responses: number[];
	measures: Map<string, number[]>;
};

/**
 * Bounds on the work of a release, which grows with the square of the atoms: a field of more than
 * MAX_VALUES values (an id in a hidden field) would single people out anyway and is not shown at
 * all; past MAX_ATOMS combinations, weeks go first, then segment fields, last listed first (the survey is still
 * shown as a whole and by month). Counted in the field menus as nothing to choose.
 */
const MAX_VALUES = 150;
const MAX_ATOMS = 3000;

type AtomRow = { key: string[]; n: number; measures: number[] };

/** Merges the rows that agree on the kept fields: the atoms of a smaller set of fields. */
function atomsOver(rows: AtomRow[], fields: string[], keep: Set<string>) {
	const index = new Map<string, number>();
	const merged: AtomRow[] = [];
	for (const row of rows) {
		const key = row.key.filter((_, i) => keep.has(fields[i]));
		const id = JSON.stringify(key);
		const at = index.get(id);
		if (at === undefined) {
			index.set(id, merged.length);
			merged.push({ key, n: row.n, measures: [...row.measures] });
		} else {
			merged[at].n += row.n;
			row.measures.forEach((m, i) => (merged[at].measures[i] += m));
		}
	}
	return merged;
}

/** The value of a field (a segment field, 'month' or 'week') for the response `r`. */
export function fieldExpression(field: string) {
	return field === 'month' || field === 'week'
		? sql`to_char(date_trunc(${field}, ${dayOf(sql`r.completed_at`)}), 'YYYY-MM-DD')`
		: segmentExpression(field);
}

async function readAtoms(
	survey: ResultsSurvey,
	tx?: Transaction
): Promise<{ stamp: string; atoms: Atoms }> {
	const questions = measuredQuestions(survey.definition);
	const keys = [...survey.fields, ...TIME_FIELDS].map(fieldExpression);
	// A question's n, and each matrix row's own n (a skipped optional row makes its group smaller).
	const measureIds = questions.flatMap((q) => [
		q.id,
		...(q.type === 'matrix' ? q.rows.map((row) => `${q.id}.${row.id}`) : [])
	]);
	const measures = questions.flatMap((q) => [
		sql`count(*) filter (where r.answers ? ${q.id}::text)::int`,
		...(q.type === 'matrix'
			? q.rows.map(
					(row) => sql`count(*) filter (where r.answers -> ${q.id}::text ? ${row.id}::text)::int`
				)
			: [])
	]);
	const read = await rowsOf<{ key: string[]; n: number; measures: number[]; latest: string }>(
		sql`
		select jsonb_build_array(${sql.join(keys, sql`, `)}) as key, count(*)::int as n,
			jsonb_build_array(${measures.length ? sql.join(measures, sql`, `) : sql`0`}) as measures,
			max(r.completed_at)::text as latest
		from response r
		where r.survey_id = ${survey.id} and r.org_id = ${survey.orgId} and r.completed_at is not null
		group by 1 order by 1
	`,
		tx
	);
	const all = [...survey.fields, ...TIME_FIELDS];
	const valuesOf = (i: number) => new Set(read.map((r) => r.key[i]));
	// Fields left out are simply not among the partitions: a group of theirs is never shown.
	const keep = new Set(all.filter((f, i) => f === 'month' || valuesOf(i).size <= MAX_VALUES));
	let rows = atomsOver(read, all, keep);
	// Person attributes (listed last) go before the survey's own hidden fields and questions.
	for (const drop of ['week', ...[...survey.fields].reverse()]) {
		if (rows.length <= MAX_ATOMS) break;
		keep.delete(drop);
		rows = atomsOver(read, all, keep);
	}
	const fields = all.filter((f) => keep.has(f));
	const partitions: Partition[] = fields.map((field) => ({ field, groups: new Map() }));
	rows.forEach((row, atom) => {
		partitions.forEach((p, i) => {
			const value = row.key[i];
			const list = p.groups.get(value);
			if (list) list.push(atom);
			else p.groups.set(value, [atom]);
		});
	});
	const total = rows.reduce((s, r) => s + r.n, 0);
	const latest = read.reduce((m, r) => (r.latest > m ? r.latest : m), '');
	return {
		stamp: `${total}:${latest}`,
		atoms: {
			partitions,
			responses: rows.map((r) => r.n),
			measures: new Map(measureIds.map((id, i) => [id, rows.map((r) => r.measures[i])]))
		}
	};
}

function monthsOf(scope: Scope, months: Iterable<string>) {
	return [...months].filter(
		(m) => (!scope.from || m >= scope.from.slice(0, 8) + '01') && (!scope.to || m <= scope.to)
	);
}

function visibleIn(
	rel: Release,
	scope: Scope,
	months: Iterable<string>,
	known: Map<string, Set<string>>
): boolean {
	if (!rel.total) return false;
	for (const [field, value] of scope.filters) {
		if (rel.hidden.get(field)?.has(value)) return false;
		// A value nobody has answers like a hidden one: else "0 responses" against "hidden" would
		// tell whether someone (an e-mail in a hidden field) took part.
		if (!known.get(field)?.has(value)) return false;
	}
	if (scope.from || scope.to) {
		const hiddenMonths = rel.hidden.get('month')!;
		if (monthsOf(scope, months).some((m) => hiddenMonths.has(m))) return false;
	}
	return true;
}

/** Why `visibleIn` says no: one small group in scope makes it small, else the vaguest reason. */
function reasonIn(
	rel: Release,
	scope: Scope,
	months: Iterable<string>,
	known: Map<string, Set<string>>
): HiddenReason | null {
	if (!rel.total) return 'small';
	const found: HiddenReason[] = [];
	for (const [field, value] of scope.filters) {
		const reason = rel.reasons.get(field)?.get(value);
		if (reason) found.push(reason);
		// A value nobody has is answered as a small group; a field not cut at all, vaguely.
		else if (!known.has(field)) found.push('either');
		else if (!known.get(field)!.has(value)) found.push('small');
	}
	if (scope.from || scope.to)
		for (const m of monthsOf(scope, months)) {
			const reason = rel.reasons.get('month')?.get(m);
			if (reason) found.push(reason);
		}
	if (!found.length) return null;
	return found.includes('small') ? 'small' : found.includes('either') ? 'either' : 'protecting';
}

function build(survey: ResultsSurvey, atoms: Atoms): SurveyRelease {
	const threshold = survey.threshold!;
	const responses = release(atoms.partitions, atoms.responses, threshold);
	const comments = release(
		atoms.partitions,
		atoms.responses,
		commentMinimum(survey),
		responses.hidden
	);
	const measures = new Map<string, Release>();
	for (const [id, weights] of atoms.measures)
		measures.set(id, release(atoms.partitions, weights, threshold, responses.hidden));
	const months = atoms.partitions.find((p) => p.field === 'month')!.groups.keys();
	const monthList = [...months];
	const known = new Map(atoms.partitions.map((p) => [p.field, new Set(p.groups.keys())]));
	const visible = (rel: Release, scope: Scope) => visibleIn(rel, scope, monthList, known);
	const because = (rel: Release, scope: Scope) =>
		visible(rel, scope) ? null : (reasonIn(rel, scope, monthList, known) ?? 'either');
	// Comments are filtered by a segment field or a range of months, never by week.
	const commentPartitions = atoms.partitions.filter((p) => p.field !== 'week');
	const commentCells = {
		fields: commentPartitions.map((p) => p.field),
		keys: releasedCells(commentPartitions, atoms.responses, commentMinimum(survey))
	};
	return {
		groupHiddenBecause: (scope) => because(responses, scope),
		measureHiddenBecause: (id, scope) =>
			because(responses, scope) ?? because(measures.get(id) ?? responses, scope),
		groupVisible: (scope) => visible(responses, scope),
		measureVisible: (id, scope) =>
			visible(responses, scope) && visible(measures.get(id) ?? responses, scope),
		commentsVisible: (scope) => visible(comments, scope),
		commentCells,
		answersLeftOut: (id, scope) => {
			const field = `q:${id}`;
			if (!known.has(field)) return undefined;
			// Within a group of another field or a range of months, they would be two cuts at once.
			if (scope.from || scope.to || scope.filters.some(([f]) => f !== field)) return 'all';
			const hidden = responses.hidden.get(field)!;
			// Everyone's n is everyone but those who did not answer: that group must be shown.
			if (!scope.filters.length && hidden.has('')) return 'all';
			return hidden;
		},
		shownValues: (field) =>
			[...(known.get(field) ?? [])].filter((v) => !responses.hidden.get(field)?.has(v)),
		hiddenValues: (field) => [...(responses.hidden.get(field) ?? [])],
		cuts: (field) => known.has(field)
	};
}

// The surveys read most recently: a busy deployment's results pages, not every survey ever opened.
const cache = new LRUCache<string, { stamp: string; release: SurveyRelease }>({ max: 200 });

/** The survey's release, rebuilt when a response has arrived since it was made. */
export async function releaseOf(survey: ResultsSurvey, tx?: Transaction): Promise<SurveyRelease> {
	const { stamp, atoms } = await readAtoms(survey, tx);
	// The questions too: a re-publish may bring back an id the cached release has no figures for.
	const key = `${survey.id}:${survey.threshold}:${survey.fields.join(',')}:${survey.spec.map((s) => s.id).join(',')}`;
	const cached = cache.get(key);
	if (cached && cached.stamp === stamp) return cached.release;
	const built = build(survey, atoms);
	cache.set(key, { stamp, release: built });
	return built;
}
