import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import * as jobs from '../platform';
import * as responses from '../responses';
import * as results from '.';
import { publishedSurvey, makeAccount } from '../testing';

// Results were folded into the rollup by the request that read them: every results page view
// could write, so results could not be served from a read replica. Folding is now a job handed
// the response-completed events; a read merges the rollup with what is not folded yet.

/** What a fold writes: the survey's rollup cells, its spec row, its responses marked folded. */
async function rollupState(surveyId: string) {
	const [cells] = await db
		.select({ n: count() })
		.from(schema.resultCell)
		.where(eq(schema.resultCell.surveyId, surveyId));
	const [specs] = await db
		.select({ n: count() })
		.from(schema.resultRollup)
		.where(eq(schema.resultRollup.surveyId, surveyId));
	const [folded] = await db
		.select({ n: count() })
		.from(schema.response)
		.where(and(eq(schema.response.surveyId, surveyId), eq(schema.response.rolledUp, true)));
	return { cells: cells.n, specs: specs.n, folded: folded.n };
}

describe('results and the rollup', () => {
	it('are read without a write, and folded by the job the completions queue', async () => {
		const { orgId } = await makeAccount('fold-job');
		const survey = await publishedSurvey(
			{
				title: 'Store visit',
				audience: 'customer',
				mode: 'anonymous',
				hiddenFields: ['store'],
				questions: [{ id: 'nps', type: 'nps', text: 'Score?', required: true }]
			},
			orgId
		);
		await responses.importResponses(
			orgId,
			survey.id,
			{
				responses: [
					{ answers: { nps: 10 }, hiddenFields: { store: 'Lyon' } },
					{ answers: { nps: 9 }, hiddenFields: { store: 'Lyon' } },
					{ answers: { nps: 3 }, hiddenFields: { store: 'Nice' } }
				]
			},
			null
		);
		const read = async () => ({
			all: await results.results(survey, { filters: [] }),
			byStore: await results.results(survey, { filters: [], by: 'h:store' }),
			trend: await results.trend(survey, { filters: [], question: 'nps', interval: 'month' }),
			values: await results.fieldValues(survey)
		});
		const before = await rollupState(survey.id);
		expect(before).toEqual({ cells: 0, specs: 0, folded: 0 });
		const unfolded = await read();
		expect(unfolded.all.responses).toBe(3);
		expect(unfolded.values.get('h:store')).toEqual(['Lyon', 'Nice']);
		expect(await rollupState(survey.id)).toEqual(before);

		await jobs.runDueJobs('w1');
		const folds = await db
			.select({ state: schema.job.state })
			.from(schema.job)
			.where(and(eq(schema.job.orgId, orgId), eq(schema.job.kind, 'results.fold')));
		// Three events handed over together: one fold.
		expect(folds).toEqual([{ state: 'done' }]);
		const after = await rollupState(survey.id);
		expect(after.cells).toBeGreaterThan(0);
		expect(after).toMatchObject({ specs: 1, folded: 3 });
		// The same figures from the rollup; and reading it writes nothing.
		expect(await read()).toEqual(unfolded);
		expect(await rollupState(survey.id)).toEqual(after);
	});
});
