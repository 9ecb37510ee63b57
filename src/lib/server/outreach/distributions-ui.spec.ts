import { describe, expect, it } from 'vitest';
import * as sending from './distributions-ui';
import * as people from '../people';
import { makeAccount } from '../testing';

describe('choosing whom to send a survey to', () => {
	it("suggests each text attribute's common values and counts whom a choice reaches", async () => {
		const { orgId } = await makeAccount('distribute-ui');
		const other = await makeAccount('distribute-ui-other');
		await people.upsertPeople(
			orgId,
			[
				{ email: 'a@example.test', attributes: { department: 'Sales', level: 2 } },
				{ email: 'b@example.test', attributes: { department: 'Sales', level: 3 } },
				{ externalId: 'E9', name: 'No address', attributes: { department: 'Sales' } },
				{ email: 'c@example.test', attributes: { department: 'Ops' } },
				{ email: 'customer@example.test', kind: 'customer', attributes: { department: 'Buyers' } }
			],
			{ kind: 'employee' }
		);
		await people.upsertPeople(
			other.orgId,
			[{ email: 'x@example.test', attributes: { department: 'Elsewhere' } }],
			{
				kind: 'employee'
			}
		);
		expect(await sending.audienceAttributes(orgId, 'employee')).toEqual([
			{ key: 'department', type: 'text', values: ['Ops', 'Sales'] },
			{ key: 'level', type: 'number', values: [] }
		]);
		expect(await sending.audiencePreview(orgId, 'employee', { department: 'Sales' })).toEqual({
			matching: 3,
			reachable: 2
		});
		expect(await sending.audiencePreview(orgId, 'employee', {})).toEqual({
			matching: 4,
			reachable: 3
		});
		expect(await sending.audiencePreview(orgId, 'customer', {})).toEqual({
			matching: 1,
			reachable: 1
		});
	});
});
