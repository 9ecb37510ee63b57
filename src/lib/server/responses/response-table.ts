import { and, asc, eq, gt, isNotNull, or, sql } from 'drizzle-orm';
import type { Question, SurveyDefinition } from '../../survey/definition';
import { localize } from '../../survey/text';
import { db, schema } from '../db';
import { DomainError } from '../platform';
import type { ResultsSurvey } from '../results';
import { csvRows } from '../results';

// Individual responses, for customer surveys and identified employee surveys only: anonymous and
// confidential employee surveys never show one (docs/confidentiality.md), in the app, an export or the API.

/** Refuses individual responses where the survey's promise forbids them. */
export function checkIndividualsAllowed(survey: ResultsSurvey) {
	if (survey.individualsHidden)
		throw new DomainError(
			'This employee survey promised its respondents anonymity or confidentiality: its responses are only shown as group results.',
			'forbidden'
		);
}

export type ResponseRow = {
	id: string;
	version: number;
	language: string;
	completedAt: Date;
	answers: Record<string, unknown>;
	hidden: Record<string, string>;
};

type Cursor = { at: string; id: string };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(value: string): Cursor {
	try {
		const c = JSON.parse(Buffer.from(value, 'base64url').toString());
		if (typeof c.at === 'string' && typeof c.id === 'string' && !Number.isNaN(Date.parse(c.at)))
			return c;
	} catch {
		// fall through
	}
	throw new DomainError('The cursor is not valid.', 'invalid', [
		{ path: 'cursor', message: 'Pass back the nextCursor of the previous page' }
	]);
}

/** One page of completed responses, oldest first, after `cursor`. */
export async function page(
	survey: ResultsSurvey,
	options: { cursor?: string | null; limit?: number } = {}
): Promise<{ responses: ResponseRow[]; nextCursor: string | null }> {
	checkIndividualsAllowed(survey);
	const limit = Math.min(Math.max(options.limit ?? 100, 1), 1000);
	const r = schema.response;
	const where = [eq(r.orgId, survey.orgId), eq(r.surveyId, survey.id), isNotNull(r.completedAt)];
	if (options.cursor) {
		const c = decodeCursor(options.cursor);
		const at = new Date(c.at);
		where.push(or(gt(r.completedAt, at), and(eq(r.completedAt, at), gt(r.id, c.id)))!);
	}
	const rows = await db
		.select({
			id: r.id,
			version: r.version,
			language: r.language,
			completedAt: sql<Date>`${r.completedAt}`.mapWith(r.completedAt),
			answers: r.answers,
			hidden: r.hidden
		})
		.from(r)
		.where(and(...where))
		.orderBy(asc(r.completedAt), asc(r.id))
		.limit(limit + 1);
	const more = rows.length > limit;
	const list = (more ? rows.slice(0, limit) : rows) as ResponseRow[];
	const last = list.at(-1);
	return {
		responses: list,
		nextCursor:
			more && last ? encodeCursor({ at: last.completedAt.toISOString(), id: last.id }) : null
	};
}

type Column = { header: string; read: (row: ResponseRow) => unknown };

function questionColumns(q: Question): Column[] {
	const answer = (row: ResponseRow) => row.answers[q.id];
	const field = (key: string) => (row: ResponseRow) => {
		const v = answer(row);
		return v && typeof v === 'object' && !Array.isArray(v)
			? (v as Record<string, unknown>)[key]
			: undefined;
	};
	switch (q.type) {
		case 'statement':
			return [];
		case 'nps':
		case 'enps':
			if (!q.reasons) return [{ header: q.id, read: answer }];
			return [
				{
					header: q.id,
					read: (row) => (typeof answer(row) === 'number' ? answer(row) : field('score')(row))
				},
				{ header: `${q.id}.reason`, read: field('reason') },
				...(q.reasons.comment ? [{ header: `${q.id}.comment`, read: field('comment') }] : [])
			];
		case 'matrix':
			return q.rows.map((row) => ({ header: `${q.id}.${row.id}`, read: field(row.id) }));
		case 'single_choice':
		case 'dropdown':
			return [
				{
					header: q.id,
					read: (row) => (typeof answer(row) === 'object' && answer(row) ? '__other' : answer(row))
				},
				...(q.allowOther ? [{ header: `${q.id}.other`, read: field('other') }] : [])
			];
		case 'multiple_choice':
		case 'ranking':
			return [
				{
					header: q.id,
					read: (row) =>
						Array.isArray(answer(row)) ? (answer(row) as string[]).join('; ') : undefined
				}
			];
		case 'yes_no':
		case 'consent':
			return [
				{
					header: q.id,
					read: (row) =>
						typeof answer(row) === 'boolean' ? (answer(row) ? 'yes' : 'no') : undefined
				}
			];
		default:
			return [{ header: q.id, read: answer }];
	}
}

export function columns(definition: SurveyDefinition): Column[] {
	return [
		{ header: 'id', read: (r) => r.id },
		{ header: 'completed_at', read: (r) => r.completedAt.toISOString() },
		{ header: 'language', read: (r) => r.language },
		{ header: 'version', read: (r) => r.version },
		...definition.hiddenFields.map((name) => ({
			header: `hidden.${name}`,
			read: (r: ResponseRow) => r.hidden[name]
		})),
		...definition.questions.flatMap(questionColumns)
	];
}

/** Every completed response as CSV, read and sent a page at a time. */
export function csvStream(survey: ResultsSurvey): ReadableStream<Uint8Array> {
	checkIndividualsAllowed(survey);
	const cols = columns(survey.definition);
	const encoder = new TextEncoder();
	let cursor: string | null | undefined;
	let started = false;
	return new ReadableStream({
		async pull(controller) {
			if (!started) {
				started = true;
				// A byte-order mark, so Excel reads the file as UTF-8.
				controller.enqueue(encoder.encode('\ufeff' + csvRows([cols.map((c) => c.header)])));
			}
			if (cursor === null) return controller.close();
			const next = await page(survey, { cursor, limit: 1000 });
			if (next.responses.length)
				controller.enqueue(
					encoder.encode(csvRows(next.responses.map((row) => cols.map((c) => c.read(row)))))
				);
			cursor = next.nextCursor;
			if (cursor === null) controller.close();
		}
	});
}

/** One completed response of the survey, or not found. */
export async function one(survey: ResultsSurvey, responseId: string): Promise<ResponseRow> {
	checkIndividualsAllowed(survey);
	const r = schema.response;
	const [row] = await db
		.select({
			id: r.id,
			version: r.version,
			language: r.language,
			completedAt: r.completedAt,
			answers: r.answers,
			hidden: r.hidden
		})
		.from(r)
		.where(
			and(
				eq(r.orgId, survey.orgId),
				eq(r.surveyId, survey.id),
				eq(r.id, responseId),
				isNotNull(r.completedAt)
			)
		);
	if (!row) throw new DomainError('No such response.', 'not_found');
	return row as ResponseRow;
}

/** An answer as a reader wants it: labels for choices, each NPS+ part, a matrix row per line. */
export function describeAnswer(q: Question, value: unknown, lang: string): string[] {
	if (value === undefined || value === null) return [];
	const text = (t: Parameters<typeof localize>[0]) => localize(t, lang, lang);
	const choice = (list: { id: string; label: Parameters<typeof localize>[0] }[], id: unknown) =>
		text(list.find((c) => c.id === id)?.label) || String(id);
	const obj = (v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
	switch (q.type) {
		case 'nps':
		case 'enps': {
			if (typeof value === 'number') return [String(value)];
			const v = obj(value);
			return [
				String(v.score ?? ''),
				...(v.reason && q.reasons ? [`Reason: ${choice(q.reasons.choices, v.reason)}`] : []),
				...(typeof v.comment === 'string' && v.comment ? [`Comment: ${v.comment}`] : [])
			];
		}
		case 'matrix':
			return Object.entries(obj(value)).map(([row, cell]) => `${choice(q.rows, row)}: ${cell}`);
		case 'single_choice':
		case 'dropdown':
			return typeof value === 'object'
				? [`Other: ${String(obj(value).other ?? '')}`]
				: [choice(q.choices, value)];
		case 'multiple_choice':
			return Array.isArray(value) ? value.map((id) => choice(q.choices, id)) : [];
		case 'ranking':
			return Array.isArray(value) ? value.map((id, i) => `${i + 1}. ${choice(q.choices, id)}`) : [];
		case 'yes_no':
			return [value ? text(q.yesLabel) || 'Yes' : text(q.noLabel) || 'No'];
		case 'consent':
			return [value ? 'Agreed' : 'Not agreed'];
		case 'statement':
			return [];
		default:
			return [String(value)];
	}
}
