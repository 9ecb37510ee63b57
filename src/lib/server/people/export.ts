import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { db, schema } from '../db';
import * as people from './people';
import * as records from './records';
import { csvRows, safeCell } from '../results';

// The directory as a spreadsheet, in the columns an import reads back (file.ts suggests
// the same fields from these names), written a page at a time. Cells pass through spreadsheet.ts, so
// nothing anyone typed runs as a formula.

const PAGE = 1000;

export type Manager = {
	id: string;
	name: string | null;
	email: string | null;
	externalId: string | null;
};

/** The managers of a page of people, by id, within the organisation. */
export async function managersOf(orgId: string, ids: (string | null)[]) {
	const wanted = [...new Set(ids.filter((id): id is string => !!id))];
	if (!wanted.length) return new Map<string, Manager>();
	const rows = await db
		.select({
			id: schema.person.id,
			name: schema.person.name,
			email: schema.person.email,
			externalId: schema.person.externalId
		})
		.from(schema.person)
		.where(and(eq(schema.person.orgId, orgId), inArray(schema.person.id, wanted)));
	return new Map(rows.map((r) => [r.id, r]));
}

async function* pages(orgId: string, filter: records.PeopleFilter) {
	const keys = [...(await people.attributeTypes(orgId)).keys()];
	yield ['email', 'name', 'external id', 'language', 'kind', 'manager', ...keys];
	let cursor: string | null = null;
	do {
		const page: Awaited<ReturnType<typeof records.listPeople>> = await records.listPeople(
			orgId,
			filter,
			{ cursor, limit: PAGE }
		);
		const managers = await managersOf(
			orgId,
			page.people.map((p) => p.managerId)
		);
		for (const p of page.people) {
			const m = p.managerId ? managers.get(p.managerId) : undefined;
			yield [
				p.email,
				p.name,
				p.externalId,
				p.language,
				p.kind,
				m ? (m.externalId ?? m.email) : null,
				...keys.map((k) => p.attributes[k])
			];
		}
		cursor = page.nextCursor;
	} while (cursor);
}

/** The directory (or the people matching `filter`) as CSV, streamed. */
export function peopleCsv(
	orgId: string,
	filter: records.PeopleFilter = {}
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const rows = pages(orgId, filter);
	let first = true;
	return new ReadableStream({
		async pull(controller) {
			const batch: unknown[][] = [];
			for (let i = 0; i < PAGE; i++) {
				const next = await rows.next();
				if (next.done) break;
				batch.push(next.value);
			}
			if (batch.length) {
				controller.enqueue(encoder.encode((first ? '\ufeff' : '') + csvRows(batch)));
				first = false;
			}
			if (batch.length < PAGE) controller.close();
		}
	});
}

/** The directory (or the people matching `filter`) as an XLSX workbook, written as it is read. */
export function peopleXlsx(
	orgId: string,
	filter: records.PeopleFilter = {}
): ReadableStream<Uint8Array> {
	const out = new PassThrough();
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
	const sheet = workbook.addWorksheet('People');
	(async () => {
		for await (const row of pages(orgId, filter)) sheet.addRow(row.map(safeCell)).commit();
		sheet.commit();
		await workbook.commit();
	})().catch((error) => out.destroy(error));
	return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
