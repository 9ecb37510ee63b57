import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runDueJobs } from '../platform';
import * as people from '.';
import { peopleCsv, peopleXlsx } from './export';
import * as imports from './import';
import { makeAccount } from '../testing';

const bytes = (text: string) => new TextEncoder().encode(text);

async function account() {
	const a = await makeAccount('import');
	return { orgId: a.orgId, userId: a.userId };
}

/** Maps every column as suggested, starts the import and runs its job to the end. */
async function importFile(
	orgId: string,
	name: string,
	data: Uint8Array,
	options: { kind?: people.PersonKind; batchSize?: number; mapping?: Record<string, string> } = {}
) {
	const preview = await imports.createImport(orgId, null, name, data);
	const mapping = options.mapping ?? Object.fromEntries(preview.suggested.map((f, i) => [i, f]));
	await imports.startImport(orgId, preview.id, mapping, options.kind ?? 'employee', {
		batchSize: options.batchSize
	});
	await runDueJobs();
	return { preview, status: await imports.importStatus(orgId, preview.id) };
}

const text = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe('importing people', () => {
	it('reads a semicolon CSV with a BOM, suggests a mapping and types, and imports it', async () => {
		const { orgId } = await account();
		const csv =
			'\ufeffE-mail;Full name;Employee ID;Language;Manager ID;Department;Tenure start;Level\r\n' +
			'ann@example.com;Ann Émile;E1;en;;Sales;2020-03-01;3\r\n' +
			'bob@example.com;"Bob; Jr.";E2;pt-BR;E1;Ops;2021-11-30;2\r\n';
		const preview = await imports.createImport(orgId, null, 'people.csv', bytes(csv));
		expect(preview.header).toEqual([
			'E-mail',
			'Full name',
			'Employee ID',
			'Language',
			'Manager ID',
			'Department',
			'Tenure start',
			'Level'
		]);
		expect(preview.rows[1]).toEqual([
			'bob@example.com',
			'Bob; Jr.',
			'E2',
			'pt-BR',
			'E1',
			'Ops',
			'2021-11-30',
			'2'
		]);
		expect(preview.total).toBe(2);
		expect(preview.suggested).toEqual([
			'email',
			'name',
			'externalId',
			'language',
			'manager',
			'attr:department:text',
			'attr:tenureStart:date',
			'attr:level:number'
		]);
		const mapping = Object.fromEntries(preview.suggested.map((f, i) => [i, f]));
		await imports.startImport(orgId, preview.id, mapping, 'employee');
		await expect(imports.startImport(orgId, preview.id, mapping, 'employee')).rejects.toThrow(
			'already started'
		);
		await runDueJobs();
		const status = await imports.importStatus(orgId, preview.id);
		expect(status).toMatchObject({
			state: 'done',
			total: 2,
			processed: 2,
			created: 2,
			updated: 0,
			failed: 0,
			errors: []
		});
		const bob = (await people.listPeople(orgId, { search: 'bob@' })).people[0];
		expect(bob).toMatchObject({
			name: 'Bob; Jr.',
			externalId: 'E2',
			kind: 'employee',
			language: 'pt-BR',
			attributes: { department: 'Ops', tenureStart: '2021-11-30', level: 2 }
		});
		const ann = (await people.listPeople(orgId, { search: 'ann@' })).people[0];
		expect(bob.managerId).toBe(ann.id);
		expect(ann.name).toBe('Ann Émile');
	});

	it('reads the first sheet of an XLSX, dates as YYYY-MM-DD', async () => {
		const { orgId } = await account();
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Staff');
		workbook.addWorksheet('Other').addRow(['ignored']);
		sheet.addRow(['email', 'name', 'start date', 'level', 'kind']);
		sheet.addRow([
			'cy@example.com',
			{ richText: [{ text: 'Cy ' }, { text: 'Rich' }] },
			new Date(Date.UTC(2019, 0, 31)),
			4,
			'Customer'
		]);
		sheet.addRow([]);
		sheet.addRow(['di@example.com', 'Di', new Date(Date.UTC(2022, 6, 1)), 1.5, '']);
		const data = new Uint8Array(await workbook.xlsx.writeBuffer());
		const { preview, status } = await importFile(orgId, 'staff.xlsx', data);
		expect(preview.rows).toEqual([
			['cy@example.com', 'Cy Rich', '2019-01-31', '4', 'Customer'],
			['di@example.com', 'Di', '2022-07-01', '1.5', '']
		]);
		expect(preview.suggested).toEqual([
			'email',
			'name',
			'attr:startDate:date',
			'attr:level:number',
			'kind'
		]);
		expect(status).toMatchObject({ state: 'done', created: 2, failed: 0 });
		const list = (await people.listPeople(orgId, {})).people;
		expect(list.find((p) => p.email === 'cy@example.com')).toMatchObject({
			kind: 'customer',
			attributes: { startDate: '2019-01-31', level: 4 }
		});
		expect(list.find((p) => p.email === 'di@example.com')).toMatchObject({ kind: 'employee' });
	});

	it('keeps each refused row with its line, values and reasons, for download', async () => {
		const { orgId } = await account();
		const csv = [
			'email,name,level,team',
			'ok@example.com,Ok,1,A',
			'not-an-email,Bad,two,B',
			'',
			'"multi@example.com","Two',
			'lines",3,C',
			',Nobody,4,D',
			'=cmd@example.com,Formula,5,"=HYPERLINK(""x"")"'
		].join('\n');
		const { status } = await importFile(orgId, 'people.csv', bytes(csv), {
			mapping: { 0: 'email', 1: 'name', 2: 'attr:level:number', 3: 'attr:team:text' }
		});
		expect(status).toMatchObject({ state: 'done', total: 5, processed: 5, created: 2, failed: 3 });
		expect(status.errors).toEqual([
			{
				line: 3,
				values: ['not-an-email', 'Bad', 'two', 'B'],
				message: 'email: Not an e-mail address; level: Not a number (level is a number)'
			},
			{
				line: 7,
				values: ['', 'Nobody', '4', 'D'],
				message: 'Give an e-mail address or an external id'
			},
			{
				line: 8,
				values: ['=cmd@example.com', 'Formula', '5', '=HYPERLINK("x")'],
				message: 'email: Not an e-mail address'
			}
		]);
		const csvOut = await imports.errorsCsv(orgId, status.id);
		expect(csvOut.startsWith('\ufeff')).toBe(true);
		const records = parse(csvOut.slice(1)) as string[][];
		expect(records[0]).toEqual(['email', 'name', 'level', 'team', 'line', 'error']);
		expect(records[1]).toEqual([
			'not-an-email',
			'Bad',
			'two',
			'B',
			'3',
			'email: Not an e-mail address; level: Not a number (level is a number)'
		]);
		// Nothing a spreadsheet would run as a formula.
		expect(records[3].slice(0, 4)).toEqual([
			"'=cmd@example.com",
			'Formula',
			'5',
			`'=HYPERLINK("x")`
		]);
		expect((await people.listPeople(orgId, { search: 'multi@' })).people[0].name).toBe(
			'Two\nlines'
		);
	});

	it('joins first and last name columns into the name, suggested from their headers', async () => {
		const { orgId } = await account();
		const file = [
			'E-mail,Vorname,Nachname,Team',
			'ann@example.com,Ann,Émile,Sales',
			'bob@example.com,,Stone,Ops',
			'cy@example.com,Cy,,Ops'
		].join('\n');
		const { preview, status } = await importFile(orgId, 'names.csv', bytes(file));
		expect(preview.suggested).toEqual(['email', 'firstName', 'lastName', 'attr:team:text']);
		expect(status).toMatchObject({ created: 3, failed: 0 });
		const names = (await people.listPeople(orgId, {})).people.map((p) => [p.email, p.name]);
		expect(names.sort()).toEqual([
			['ann@example.com', 'Ann Émile'],
			['bob@example.com', 'Stone'],
			['cy@example.com', 'Cy']
		]);
		// A column with the whole name wins the suggestion; mapping both is refused.
		const both = 'Given name,Surname,Full name,email\nA,B,A B,ab@example.com';
		const second = await imports.createImport(orgId, null, 'both.csv', bytes(both));
		expect(second.suggested).toEqual(['attr:givenName:text', 'attr:surname:text', 'name', 'email']);
		await expect(
			imports.startImport(
				orgId,
				second.id,
				{ 0: 'firstName', 1: 'lastName', 2: 'name', 3: 'email' },
				'customer'
			)
		).rejects.toMatchObject({
			issues: [
				{
					path: '0',
					message:
						'“Full name” is already mapped to the name: map either a name column or first and last name columns'
				}
			]
		});
	});

	it('refuses manager loops, in a batch or across batches, naming the lines of the loop', async () => {
		const { orgId } = await account();
		// Two rows a batch: e2 closes a loop in its batch; e3 waits for e5, which closes one later.
		const file = [
			'employee id,e-mail,manager',
			'e1,e1@example.com,e2',
			'e2,e2@example.com,E1@example.com',
			'e3,,e5',
			'e4,,e3',
			'e5,,e4',
			'e6,,e1'
		].join('\n');
		const { status } = await importFile(orgId, 'loops.csv', bytes(file), { batchSize: 2 });
		expect(status).toMatchObject({ state: 'done', created: 6, failed: 2 });
		expect(status.errors).toEqual([
			{
				line: 3,
				values: ['e2', 'e2@example.com', 'E1@example.com'],
				message:
					'manager: A manager loop: e2 (line 3) → e1 (line 2) → e2. Nobody can be under themselves'
			},
			{
				line: 4,
				values: ['e3', '', 'e5'],
				message:
					'manager: A manager loop: e3 (line 4) → e5 (line 6) → e4 (line 5) → e3. Nobody can be under themselves'
			}
		]);
		const byId = new Map((await people.listPeople(orgId, {})).people.map((p) => [p.externalId, p]));
		expect(byId.get('e2')!.managerId).toBeNull();
		expect(byId.get('e3')!.managerId).toBeNull();
		const under = await people.listPeople(orgId, { under: byId.get('e3')!.id });
		expect(under.people.map((p) => p.externalId).sort()).toEqual(['e4', 'e5']);
		expect(await imports.errorsCsv(orgId, status.id)).toContain(
			'e3,,e5,4,manager: A manager loop: e3 (line 4) → e5 (line 6) → e4 (line 5) → e3.'
		);
	});

	it('updates by external id on a second import, and links managers across batches', async () => {
		const { orgId } = await account();
		// Each manager comes after their reports, two rows a batch: d and c wait for b, b for a.
		const first = [
			'employee id,email,manager,department',
			'd,d@example.com,b,Ops',
			'c,c@example.com,b,Ops',
			'b,b@example.com,a,Ops',
			'x,x@example.com,ghost,Ops',
			'a,a@example.com,,Board'
		].join('\n');
		const one = await importFile(orgId, 'first.csv', bytes(first), { batchSize: 2 });
		expect(one.status).toMatchObject({ state: 'done', created: 5, updated: 0, failed: 1 });
		expect(one.status.errors).toEqual([
			{
				line: 5,
				values: ['x', 'x@example.com', 'ghost', 'Ops'],
				message: 'manager: No person with this external id or e-mail (the manager)'
			}
		]);
		const all = (await people.listPeople(orgId, {})).people;
		const byId = new Map(all.map((p) => [p.externalId, p]));
		expect(byId.get('d')!.managerId).toBe(byId.get('b')!.id);
		expect(byId.get('c')!.managerId).toBe(byId.get('b')!.id);
		expect(byId.get('b')!.managerId).toBe(byId.get('a')!.id);
		expect(byId.get('a')!.managerId).toBeNull();

		const second = ['employee id,department,name', 'a,Board,Ada', 'n,New,Neu'].join('\n');
		const two = await importFile(orgId, 'second.csv', bytes(second));
		expect(two.status).toMatchObject({ created: 1, updated: 1, failed: 0 });
		const a = (await people.listPeople(orgId, { search: 'a@example.com' })).people[0];
		expect(a).toMatchObject({
			name: 'Ada',
			email: 'a@example.com',
			attributes: { department: 'Board' }
		});
		expect(await people.countPeople(orgId)).toBe(6);

		// The export reads back as the same directory.
		const exported = await text(peopleCsv(orgId));
		const rows = parse(exported, { bom: true }) as string[][];
		expect(rows[0]).toEqual([
			'email',
			'name',
			'external id',
			'language',
			'kind',
			'manager',
			'department'
		]);
		expect(rows).toContainEqual(['d@example.com', '', 'd', '', 'employee', 'b', 'Ops']);
		const again = await importFile(orgId, 'export.csv', bytes(exported));
		expect(again.preview.suggested).toEqual([
			'email',
			'name',
			'externalId',
			'language',
			'kind',
			'manager',
			'attr:department:text'
		]);
		expect(again.status).toMatchObject({ created: 0, updated: 6, failed: 0 });
		const xlsx = new ExcelJS.Workbook();
		await xlsx.xlsx.load(await new Response(peopleXlsx(orgId, { search: 'd@' })).arrayBuffer());
		expect(xlsx.worksheets[0].rowCount).toBe(2);
		expect(xlsx.worksheets[0].getRow(2).getCell(6).value).toBe('b');
	});

	it('refuses bad files and mappings with messages a person can act on', async () => {
		const { orgId } = await account();
		await expect(imports.createImport(orgId, null, 'a.csv', bytes('email\n'))).rejects.toThrow(
			'no rows'
		);
		await expect(
			imports.createImport(orgId, null, 'a.csv', new Uint8Array([0x65, 0x0a, 0xff, 0xfe, 0x0a]))
		).rejects.toThrow('not UTF-8');
		await expect(
			imports.createImport(orgId, null, 'big.csv', new Uint8Array(imports.MAX_FILE_BYTES + 1))
		).rejects.toThrow('larger than 20 MB');
		await expect(imports.createImport(orgId, null, 'old.xls', bytes('x'))).rejects.toThrow('.xlsx');
		const { id } = await imports.createImport(
			orgId,
			null,
			'a.csv',
			bytes('mail,name,level\nx@example.com,X,1\n')
		);
		const refused = (mapping: Record<string, string>) =>
			imports.startImport(orgId, id, mapping, 'customer').then(
				() => null,
				(e) => e.issues
			);
		expect(await refused({ 1: 'name' })).toEqual([
			{ path: '', message: 'Map a column to e-mail or to external id: people are matched on them' }
		]);
		expect(await refused({ 0: 'email', 1: 'email' })).toEqual([
			{ path: '1', message: '“mail” is already mapped to email' }
		]);
		expect(await refused({ 0: 'email', 2: 'attr:2level:number', 5: 'name' })).toMatchObject([
			{ path: '2', message: expect.stringContaining('cannot name an attribute') },
			{ path: '5', message: 'The file has no such column' }
		]);
		await people.declareAttributes(orgId, new Map([['level', 'text']]));
		expect(await refused({ 0: 'email', 2: 'attr:level:number' })).toEqual([
			{ path: '2', message: 'level is already an attribute of type text' }
		]);
		expect((await imports.importStatus(orgId, id)).state).toBe('uploaded');
	});

	it('keeps organisations apart', async () => {
		const a = await account();
		const b = await account();
		const { id } = await imports.createImport(
			a.orgId,
			a.userId,
			'a.csv',
			bytes('email\na@example.com\n')
		);
		await expect(imports.importPreview(b.orgId, id)).rejects.toThrow('No such import');
		await expect(imports.importStatus(b.orgId, id)).rejects.toThrow('No such import');
		await expect(imports.errorsCsv(b.orgId, id)).rejects.toThrow('No such import');
		await expect(imports.startImport(b.orgId, id, { 0: 'email' }, 'customer')).rejects.toThrow(
			'No such import'
		);
		await imports.startImport(a.orgId, id, { 0: 'email' }, 'customer');
		await runDueJobs();
		expect(await people.countPeople(a.orgId)).toBe(1);
		expect(await people.countPeople(b.orgId)).toBe(0);
		expect(await text(peopleCsv(b.orgId))).not.toContain('a@example.com');
		expect((await imports.listImports(b.orgId)).length).toBe(0);
		expect((await imports.listImports(a.orgId))[0]).toMatchObject({ id, state: 'done' });
	});
});
