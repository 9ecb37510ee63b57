import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import * as surveys from '../surveys';
import { makeAccount } from '../testing';
import { promiseOf, suppress } from '.';

const version = (audience: string, mode: string, anonymityThreshold?: number) => ({
	title: 'Promise',
	audience,
	mode,
	...(anonymityThreshold === undefined ? {} : { anonymityThreshold }),
	questions: [{ id: 'q', type: 'nps', text: 'Recommend?' }]
});

describe('a survey’s promise', () => {
	it('is the strictest any published version made', () => {
		expect(
			promiseOf([
				{ audience: 'employee', mode: 'identified', anonymityThreshold: 7 },
				{ audience: 'customer', mode: 'anonymous', anonymityThreshold: 5 },
				{ audience: 'employee', mode: 'confidential', anonymityThreshold: 4 }
			])
		).toEqual({ audience: 'employee', mode: 'anonymous', threshold: 7 });
		// A customer survey promises no minimum group, whatever its (default) threshold says.
		expect(
			promiseOf([{ audience: 'customer', mode: 'identified', anonymityThreshold: 9 }])
		).toEqual({ audience: 'customer', mode: 'identified', threshold: null });
	});

	it('is stored when published, and the migration gives older surveys the same one', async () => {
		const { orgId } = await makeAccount('promise');
		const created = await surveys.create(orgId, version('customer', 'anonymous'), null);
		const stored = async () =>
			(await db.select().from(schema.survey).where(eq(schema.survey.id, created.id)))[0].promise;
		expect(await stored()).toBeNull();
		await surveys.publish(orgId, created.id);
		expect(await stored()).toEqual({ audience: 'customer', mode: 'anonymous', threshold: null });
		for (const next of [
			version('employee', 'identified', 7),
			version('employee', 'confidential')
		]) {
			await surveys.update(orgId, created.id, next);
			await surveys.publish(orgId, created.id);
		}
		// A draft promises nothing yet.
		await surveys.update(orgId, created.id, version('employee', 'identified', 20));
		const promise = await stored();
		expect(promise).toEqual({ audience: 'employee', mode: 'anonymous', threshold: 7 });

		await db.update(schema.survey).set({ promise: null }).where(eq(schema.survey.id, created.id));
		const backfill = readFileSync('drizzle/0014_survey_promise.sql', 'utf8').split(
			'--> statement-breakpoint'
		)[1];
		await db.execute(sql.raw(backfill));
		expect(await stored()).toEqual(promise);
	});
});

describe('hiding the groups of one cut', () => {
	it('hides every small group and every group another view hides, and none follows from the total', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 6 }),
				fc.array(fc.record({ size: fc.integer({ min: 0, max: 12 }), elsewhere: fc.boolean() }), {
					minLength: 1,
					maxLength: 8
				}),
				(threshold, list) => {
					const groups = list.map((g, i) => ({ value: `g${i}`, size: g.size }));
					const elsewhere = groups.filter((_, i) => list[i].elsewhere).map((g) => g.value);
					const { hidden } = suppress({ threshold }, groups, elsewhere);
					const occupied = groups.map((g, i) => ({ ...g, hidden: hidden.has(i) }));
					for (const g of occupied) {
						if (g.size > 0 && g.size < threshold) expect(g.hidden).toBe(true);
						if (elsewhere.includes(g.value)) expect(g.hidden).toBe(true);
					}
					// Whole minus what is shown: one hidden group alone, or hidden groups under the
					// threshold together, would be known; unless nothing is shown at all.
					const shut = occupied.filter((g) => g.hidden && g.size > 0);
					const shown = occupied.filter((g) => !g.hidden && g.size > 0);
					if (shut.length && shown.length) {
						expect(shut.length).toBeGreaterThan(1);
						expect(shut.reduce((s, g) => s + g.size, 0)).toBeGreaterThanOrEqual(threshold);
					}
				}
			)
		);
	});
});
