import { and, desc, eq, sql } from 'drizzle-orm';
import type { HiddenReason } from '../../../survey/anonymity';
import { countHidden, suppress, type SurveyPromise } from '../../confidentiality';
import { db, rowsOf, schema } from '../../db';
import { DomainError } from '../../platform';
import * as people from '../../people';
import * as results from '../../results';
import { releaseOf } from '../../results';
import { readSurvey } from '../../surveys';

// What a distribution has done: counts by state and by group, hidden where the survey's
// promise says so (confidentiality/).

export type StatusCounts = {
	recipients: number;
	pending: number;
	sent: number;
	failed: number;
	skipped: number;
	/** Null when hidden: an employee survey's invitation to fewer people than its threshold. */
	started: number | null;
	completed: number | null;
	/** Completed / recipients, in %, one decimal. */
	responseRate: number | null;
};

export type DistributionStatus = StatusCounts & {
	id: string;
	surveyId: string;
	sendAt: string;
	reminders: number[];
	expiresAt: string;
	createdAt: string;
	/** Who opened and answered is not shown: fewer people than the survey's threshold were asked. */
	participationHidden: boolean;
	/** Counts by one attribute's value; an employee survey's groups under its threshold are hidden. */
	segments?: {
		attribute: string;
		groups: (StatusCounts & { value: string })[];
		hidden: number;
		/** How many hidden groups for each reason (anonymity.ts: told only where safe). */
		hiddenReasons: Partial<Record<HiddenReason, number>>;
	};
};

type Counted = Omit<StatusCounts, 'responseRate' | 'started' | 'completed'> & {
	started: number;
	completed: number;
};
type CountRow = Counted & { value?: string | null };

const withRate = <T extends Counted>(c: T) => ({
	...c,
	responseRate: c.recipients ? Math.round((1000 * c.completed) / c.recipients) / 10 : null
});

/**
 * The groups of attribute `by` the survey's results hide (by the attributes people had when they
 * answered): distribution status hides them too, so that its counts do not show what they hide.
 */
async function hiddenInResults(orgId: string, surveyId: string, by: string): Promise<string[]> {
	const survey = (await results.listPublished(orgId, surveyId))[0];
	if (!survey?.fields.includes(`p:${by}`)) return [];
	return (await releaseOf(survey)).hiddenValues(`p:${by}`);
}

function countsSql(distributionId: string, by: string | null) {
	return sql`
		select ${by === null ? sql`null` : sql`attributes ->> ${by}`} as value,
			count(*)::int as recipients,
			count(*) filter (where status = 'pending')::int as pending,
			count(*) filter (where status = 'sent')::int as sent,
			count(*) filter (where status = 'failed')::int as failed,
			count(*) filter (where status = 'skipped')::int as skipped,
			count(*) filter (where started_at is not null)::int as started,
			count(*) filter (where completed_at is not null)::int as completed
		from recipient where distribution_id = ${distributionId}
		${by === null ? sql`` : sql`group by 1 order by 1`}`;
}

/**
 * Where a distribution stands: recipients, e-mails pending, sent, failed or skipped, links
 * opened and surveys completed, and the response rate; with `by`, the same per value of one
 * attribute (as it was when invited). An employee survey shows only groups of at least its
 * anonymity threshold, and when one group is hidden the next smallest is too, so no hidden
 * group's counts follow from the total.
 */
export async function distributionStatus(
	orgId: string,
	surveyId: string,
	distributionId: string,
	by: string | null = null,
	/** The survey's promise when the caller has it already (a list reads it once). */
	known?: Pick<SurveyPromise, 'threshold'>
): Promise<DistributionStatus> {
	const [d] = await db
		.select()
		.from(schema.distribution)
		.where(
			and(
				eq(schema.distribution.orgId, orgId),
				eq(schema.distribution.surveyId, surveyId),
				eq(schema.distribution.id, distributionId)
			)
		);
	if (!d) throw new DomainError('No such distribution.', 'not_found');
	const [total] = await rowsOf<CountRow>(countsSql(d.id, null));
	const promise = known ?? (await readSurvey(orgId, surveyId)).promise ?? { threshold: null };
	// Who of a handful of employees opened or answered would single them out.
	const small = countHidden(promise, total.recipients);
	const counts = withRate(stripValue(total));
	const status: DistributionStatus = {
		id: d.id,
		surveyId: d.surveyId,
		sendAt: d.sendAt.toISOString(),
		reminders: d.reminders,
		expiresAt: d.expiresAt.toISOString(),
		createdAt: d.createdAt.toISOString(),
		...counts,
		...(small ? { started: null, completed: null, responseRate: null } : {}),
		participationHidden: small
	};
	if (by === null) return status;
	if (!(await people.attributeTypes(orgId)).has(by))
		throw new DomainError(`No attribute "${by}".`, 'invalid', [
			{ path: 'by', message: 'No such attribute' }
		]);
	const rows = (await rowsOf<CountRow>(countsSql(d.id, by))).map((r) => ({
		...withRate(stripValue(r)),
		value: r.value ?? ''
	}));
	// The results' own rule: under the threshold, the next smallest beside, and what they hide.
	const { hidden, reasons } = suppress(
		promise,
		rows.map((r) => ({ value: r.value, size: r.recipients })),
		promise.threshold === null ? [] : await hiddenInResults(orgId, surveyId, by)
	);
	const shown = rows.filter((_, i) => !hidden.has(i));
	status.segments = {
		attribute: by,
		groups: shown,
		hidden: rows.length - shown.length,
		hiddenReasons: reasons
	};
	return status;
}

function stripValue(row: CountRow): Counted {
	const { recipients, pending, sent, failed, skipped, started, completed } = row;
	return { recipients, pending, sent, failed, skipped, started, completed };
}

/** A survey's distributions, newest first, with their counts. */
export async function listDistributions(orgId: string, surveyId: string) {
	const survey = await readSurvey(orgId, surveyId);
	const rows = await db
		.select({ id: schema.distribution.id })
		.from(schema.distribution)
		.where(and(eq(schema.distribution.orgId, orgId), eq(schema.distribution.surveyId, surveyId)))
		.orderBy(desc(schema.distribution.createdAt))
		.limit(50);
	// The survey's promise is read once, not once per distribution.
	const known = survey.promise ?? { threshold: null };
	return Promise.all(rows.map((r) => distributionStatus(orgId, surveyId, r.id, null, known)));
}
