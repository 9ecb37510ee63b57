import { and, eq, isNotNull } from 'drizzle-orm';
import type { SurveyDefinition } from '../../survey/definition';
import { cellSpec, segmentFields, type SpecEntry } from '../../survey/metrics';
import {
	attributeSegments,
	countHidden,
	individualsHidden,
	type SurveyPromise
} from '../confidentiality';
import { attributeTypes } from '../people';
import { db, schema } from '../db';
import { DomainError } from '../platform';
import { pulseDefinitions } from './items';

// The surveys a results page can show, with their counts and the release that hides what an
// organisation keeps back.

export type ResultsSurvey = {
	id: string;
	orgId: string;
	title: string;
	audience: 'customer' | 'employee';
	definition: SurveyDefinition;
	spec: SpecEntry[];
	fields: string[];
	/** What respondents were promised (confidentiality/index.ts), as stored at publishing. */
	promise: SurveyPromise;
	/** Employee surveys: the smallest group shown; customer surveys: null (promise.threshold). */
	threshold: number | null;
	/** An anonymous or confidential employee survey: no response is ever shown on its own. */
	individualsHidden: boolean;
};

/**
 * An organisation's published surveys (or one of them), each with its published definition and
 * the promise stored when it was published (confidentiality/index.ts): the strictest of any
 * version it was ever published with.
 */
export async function listPublished(orgId: string, surveyId?: string): Promise<ResultsSurvey[]> {
	const v = schema.surveyVersion;
	const rows = await db
		.select({
			id: schema.survey.id,
			orgId: schema.survey.orgId,
			title: schema.survey.title,
			definition: v.definition,
			promise: schema.survey.promise
		})
		.from(schema.survey)
		.innerJoin(
			v,
			and(eq(v.surveyId, schema.survey.id), eq(v.version, schema.survey.publishedVersion))
		)
		.where(
			and(
				eq(schema.survey.orgId, orgId),
				isNotNull(schema.survey.promise),
				surveyId === undefined ? undefined : eq(schema.survey.id, surveyId)
			)
		)
		.orderBy(schema.survey.title);
	// People's text attributes, as they were when they answered from a personal link: segment
	// fields of the surveys sent by e-mail that keep the link (not anonymous ones).
	const attributes = rows.length
		? [...(await attributeTypes(orgId))].filter(([, t]) => t === 'text').map(([k]) => `p:${k}`)
		: [];
	const invited = new Set(
		attributes.length
			? (
					await db
						.selectDistinct({ surveyId: schema.distribution.surveyId })
						.from(schema.distribution)
						.where(eq(schema.distribution.orgId, orgId))
				).map((r) => r.surveyId)
			: []
	);
	// A pulse program's results: every item any of its rounds asked.
	const pulses = await pulseDefinitions(
		orgId,
		rows.map((r) => r.id)
	);
	return rows.map(({ promise, ...row }) => {
		const definition = pulses.get(row.id) ?? row.definition;
		return {
			...row,
			audience: promise!.audience,
			definition,
			spec: cellSpec(definition),
			fields: [
				...segmentFields(definition),
				...(attributeSegments(promise!) && invited.has(row.id) ? attributes : [])
			],
			promise: promise!,
			threshold: promise!.threshold,
			individualsHidden: individualsHidden(promise!)
		};
	});
}

/**
 * A survey list's response counts, with an employee survey's under its threshold as null: like
 * any of its figures, its count is shown once it reaches the threshold.
 */
export async function withShownCounts<T extends { id: string; responses: number }>(
	orgId: string,
	list: T[]
): Promise<(Omit<T, 'responses'> & { responses: number | null })[]> {
	const thresholds = new Map((await listPublished(orgId)).map((s) => [s.id, s.threshold]));
	return list.map((s) => {
		const threshold = thresholds.get(s.id) ?? null;
		return { ...s, responses: countHidden({ threshold }, s.responses) ? null : s.responses };
	});
}

/** The survey's published definition, for its own organisation only. */
export async function load(orgId: string, surveyId: string): Promise<ResultsSurvey> {
	const [survey] = await listPublished(orgId, surveyId);
	if (!survey) throw new DomainError('No such published survey.', 'not_found');
	return survey;
}
