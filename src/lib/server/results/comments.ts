import { sql, type SQL } from 'drizzle-orm';
import type { SurveyDefinition } from '../../survey/definition';
import { containsPattern, rowsOf } from '../db';
import { dayOf, segmentExpression } from './sql';
import { commentMinimum } from '../confidentiality';
import { fieldExpression, releaseOf } from './release';
import { type Scope } from './cells';
import { snapshot, type Transaction } from './fold';
import { allowedScope } from './results';
import { type ResultsSurvey } from './survey';

// The comments behind the scores: answers to text questions and NPS+ comments. Customer surveys
// show them newest first with their date and response; employee surveys only for groups of at
// least 10 that cannot be worked out from others, in a shuffled order, with no date or response,
// and under a filter only those whose author hides among 10 in every view (comment-release.ts).

export type CommentSource = { id: string; comment: boolean };
export type Comment = { questionId: string; text: string; at?: string; responseId?: string };
export type Comments = {
	/** Why none are shown, for an employee group too small to show comments for. */
	hidden?: 'small_group';
	/** An employee survey under a filter: only comments that no set of views can trace to fewer
	 * than `minimum` responses; the others show only unfiltered. */
	filtered?: true;
	minimum?: number;
	total: number;
	comments: Comment[];
};

/** The questions whose answers are comments: text questions and NPS+ comments. */
export function commentSources(definition: SurveyDefinition): CommentSource[] {
	return definition.questions.flatMap((q): CommentSource[] =>
		q.type === 'text'
			? [{ id: q.id, comment: false }]
			: (q.type === 'nps' || q.type === 'enps') && q.reasons?.comment
				? [{ id: q.id, comment: true }]
				: []
	);
}

const PAGE = 20;

export async function comments(
	survey: ResultsSurvey,
	scope: Scope,
	options: { search?: string; questionId?: string; page?: number } = {}
): Promise<Comments> {
	scope = allowedScope(survey, scope);
	// The release and the comments from the same responses.
	return snapshot((tx) => read(survey, scope, options, tx));
}

async function read(
	survey: ResultsSurvey,
	scope: Scope,
	options: { search?: string; questionId?: string; page?: number },
	tx: Transaction
): Promise<Comments> {
	const employee = survey.threshold !== null;
	const filtered = scope.filters.length > 0 || !!scope.from || !!scope.to;
	const minimum = commentMinimum(survey);
	let cells: SQL | null = null;
	if (employee) {
		const release = await releaseOf(survey, tx);
		if (!release.commentsVisible(scope))
			return { hidden: 'small_group', minimum, total: 0, comments: [] };
		if (filtered) {
			const { fields, keys } = release.commentCells;
			if (!keys.length) return { filtered: true, minimum, total: 0, comments: [] };
			cells = sql`jsonb_build_array(${sql.join(fields.map(fieldExpression), sql`, `)})
				in (select value from jsonb_array_elements(${JSON.stringify(keys)}::jsonb))`;
		}
	}
	const sources = commentSources(survey.definition).filter(
		(s) => !options.questionId || s.id === options.questionId
	);
	if (!sources.length) return { total: 0, comments: [] };
	const where: SQL[] = [
		sql`r.survey_id = ${survey.id}`,
		sql`r.org_id = ${survey.orgId}`,
		sql`r.completed_at is not null`
	];
	if (scope.from) where.push(sql`${dayOf(sql`r.completed_at`)} >= ${scope.from}::date`);
	if (scope.to) where.push(sql`${dayOf(sql`r.completed_at`)} <= ${scope.to}::date`);
	for (const [field, value] of scope.filters)
		where.push(sql`${segmentExpression(field)} = ${value}`);
	if (cells) where.push(cells);
	const search = options.search?.trim();
	const text = sql`case when s.comment then r.answers -> s.id ->> 'comment' else r.answers ->> s.id end`;
	const page = Math.max(0, options.page ?? 0);
	// An employee's comment carries no date, and its order must not follow time: a shuffle fixed
	// per survey (so pages hold still), not the order of arrival. A response's comments (a text
	// answer, an NPS+ comment) keep their order too, else a page could repeat one and skip another.
	const order = employee
		? sql`md5(r.id::text || ${survey.id}::text), s.id`
		: sql`r.completed_at desc, r.id, s.id`;
	const rows = await rowsOf<{
		questionId: string;
		text: string;
		at: string;
		responseId: string;
		total: number;
	}>(
		sql`
		select s.id as "questionId", ${text} as text,
			${employee ? sql`null` : sql`r.completed_at`}::text as at,
			${employee ? sql`null` : sql`r.id`}::text as "responseId",
			count(*) over ()::int as total
		from response r
		cross join jsonb_to_recordset(${JSON.stringify(sources)}::jsonb) as s(id text, comment boolean)
		where ${sql.join(where, sql` and `)}
			and coalesce(${text}, '') <> ''
			${search ? sql`and ${text} ilike ${containsPattern(search)}` : sql``}
		order by ${order}
		limit ${PAGE} offset ${page * PAGE}`,
		tx
	);
	return {
		...(employee && filtered ? { filtered: true as const, minimum } : {}),
		total: rows[0]?.total ?? 0,
		comments: rows.map((r) => ({
			questionId: r.questionId,
			text: r.text,
			...(employee ? {} : { at: r.at, responseId: r.responseId })
		}))
	};
}

export const COMMENTS_PAGE = PAGE;
