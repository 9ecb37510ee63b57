import { config, DomainError, enqueue, type Handler, type JobContext } from '../platform';
import { and, desc, eq, sql } from 'drizzle-orm';
import { db, rowsOf, schema } from '../db';
import type { JobPayload } from '../platform';
import * as people from './people';
import { parseField, readTable, suggestMapping, type Row, type Table } from './file';
import { loopMessage } from './hierarchy';
import { csvRows } from '../results';

// Importing a CSV or XLSX file of people: the file is stored on upload (createImport), its columns
// mapped by the user (startImport), then a durable job upserts it in batches, recording progress
// and every refused row with its line, its values and why, for download (errorsCsv).

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const PREVIEW_ROWS = 10;

/**
 * The largest file an upload can bring: 20 MB, or less when adapter-node's BODY_SIZE_LIMIT (which
 * scripts/server.js sets to IMPORT_SIZE_LIMIT, 21M) refuses a body before the import sees it.
 */
export function uploadLimit(): number {
	const raw = config.bodySizeLimit;
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[raw.at(-1)?.toUpperCase() ?? ''] ?? 1;
	const body = Number(unit === 1 ? raw : raw.slice(0, -1)) * unit;
	return Number.isFinite(body) && body > 0 ? Math.min(MAX_FILE_BYTES, body) : MAX_FILE_BYTES;
}
/** A manager who is not (yet) in the directory: the row is kept and the link tried at the end. */
const NO_MANAGER = 'No person with this external id or e-mail (the manager)';

export type ImportState = (typeof schema.personImport.$inferSelect)['state'];
export type ImportError = { line: number; values: string[]; message: string };

export type Preview = {
	id: string;
	fileName: string;
	header: string[];
	rows: string[][];
	total: number;
	/** A field for each column (see file.ts), from its name and values. */
	suggested: string[];
};

const scoped = (orgId: string, id: string) =>
	and(eq(schema.personImport.orgId, orgId), eq(schema.personImport.id, id));

async function fileOf(orgId: string, id: string) {
	const [row] = await db
		.select({
			fileName: schema.personImport.fileName,
			file: schema.personImport.file,
			state: schema.personImport.state
		})
		.from(schema.personImport)
		.where(scoped(orgId, id));
	if (!row) throw new DomainError('No such import.', 'not_found');
	return row;
}

async function previewOf(orgId: string, id: string, fileName: string, table: Table) {
	return {
		id,
		fileName,
		header: table.header,
		rows: table.rows.slice(0, PREVIEW_ROWS).map((r) => r.values),
		total: table.rows.length,
		suggested: suggestMapping(table, await people.attributeTypes(orgId))
	} satisfies Preview;
}

/** Stores an uploaded file for import and returns its preview; nothing is imported yet. */
export async function createImport(
	orgId: string,
	userId: string | null,
	fileName: string,
	bytes: Uint8Array
): Promise<Preview> {
	if (bytes.byteLength === 0) throw new DomainError('The file is empty.');
	if (bytes.byteLength > MAX_FILE_BYTES)
		throw new DomainError('The file is larger than 20 MB: split it into smaller files.');
	const table = await readTable(fileName, bytes);
	if (!table.rows.length) throw new DomainError('The file has a header but no rows under it.');
	const name = fileName.replace(/[\\/]/g, '_').slice(-200) || 'people.csv';
	const [row] = await db
		.insert(schema.personImport)
		.values({
			orgId,
			createdBy: userId,
			fileName: name,
			file: Buffer.from(bytes),
			total: table.rows.length
		})
		.returning({ id: schema.personImport.id });
	return previewOf(orgId, row.id, name, table);
}

/** The preview of an import not started yet. */
export async function importPreview(orgId: string, id: string): Promise<Preview> {
	const row = await fileOf(orgId, id);
	if (row.state !== 'uploaded' || !row.file)
		throw new DomainError('This import has already started.', 'conflict');
	return previewOf(orgId, id, row.fileName, await readTable(row.fileName, row.file));
}

type Mapped = { column: number; header: string; field: string };

/**
 * The mapping as stored: every column, skipped or not, as `<index>:<header>` → field, so the
 * refused rows can be downloaded with the file's own header once the file is gone.
 */
function mappedColumns(mapping: Record<string, string>): Mapped[] {
	return Object.entries(mapping)
		.map(([key, field]) => {
			const colon = key.indexOf(':');
			return { column: Number(key.slice(0, colon)), header: key.slice(colon + 1), field };
		})
		.sort((a, b) => a.column - b.column);
}

/**
 * Checks a mapping (column index → field) against the file's header: an e-mail or external id
 * column, known fields, valid attribute keys, nothing mapped twice, attribute types as declared.
 */
function checkMapping(
	header: string[],
	mapping: Record<string, string>,
	known: Map<string, people.AttributeType>
) {
	const issues: { path: string; message: string }[] = [];
	const seen = new Map<string, number>();
	const attributes = new Map<string, people.AttributeType>();
	for (const [key, field] of Object.entries(mapping)) {
		const column = Number(key);
		if (!Number.isInteger(column) || column < 0 || column >= header.length) {
			issues.push({ path: key, message: 'The file has no such column' });
			continue;
		}
		const parsed = parseField(field);
		if (!parsed) {
			const attr = /^attr:([^:]*)/.exec(field);
			issues.push({
				path: key,
				message: attr
					? `“${attr[1]}” cannot name an attribute: start with a letter, then letters, digits or “_” (at most 64)`
					: 'Choose what this column is'
			});
			continue;
		}
		if ('skip' in parsed) continue;
		const name = 'field' in parsed ? parsed.field : `attr:${parsed.attribute.toLowerCase()}`;
		const other = seen.get(name);
		if (other !== undefined) {
			issues.push({
				path: key,
				message: `“${header[other]}” is already mapped to ${'field' in parsed ? parsed.field : `the attribute ${parsed.attribute}`}`
			});
			continue;
		}
		seen.set(name, column);
		if ('attribute' in parsed) {
			const declared = known.get(parsed.attribute);
			if (declared && declared !== parsed.type)
				issues.push({
					path: key,
					message: `${parsed.attribute} is already an attribute of type ${declared}`
				});
			else if (!declared) {
				const clash = [...known.keys()].find(
					(k) => k.toLowerCase() === parsed.attribute.toLowerCase()
				);
				if (clash)
					issues.push({ path: key, message: `Use the existing attribute ${clash} (same name)` });
				else attributes.set(parsed.attribute, parsed.type);
			}
		}
	}
	const split = ['firstName', 'lastName'].find((f) => seen.has(f));
	if (split && seen.has('name'))
		issues.push({
			path: String(seen.get(split)),
			message: `“${header[seen.get('name')!]}” is already mapped to the name: map either a name column or first and last name columns`
		});
	if (!seen.has('email') && !seen.has('externalId'))
		issues.push({
			path: '',
			message: 'Map a column to e-mail or to external id: people are matched on them'
		});
	if (issues.length) throw new DomainError('The mapping needs changes.', 'invalid', issues);
	return attributes;
}

/**
 * Starts importing an uploaded file with `mapping` (column index → field, see file.ts);
 * `kind` is the kind of new people whose row does not say theirs. The work runs as a job.
 */
export async function startImport(
	orgId: string,
	id: string,
	mapping: Record<string, string>,
	kind: people.PersonKind,
	options: { batchSize?: number } = {}
) {
	const row = await fileOf(orgId, id);
	if (row.state !== 'uploaded' || !row.file)
		throw new DomainError('This import has already started.', 'conflict');
	const { header } = await readTable(row.fileName, row.file);
	const attributes = checkMapping(header, mapping, await people.attributeTypes(orgId));
	await people.declareAttributes(orgId, attributes);
	const stored = Object.fromEntries(header.map((h, i) => [`${i}:${h}`, mapping[i] ?? '']));
	await db.transaction(async (tx) => {
		const started = await tx
			.update(schema.personImport)
			.set({ mapping: stored, kind, state: 'running' })
			.where(and(scoped(orgId, id), eq(schema.personImport.state, 'uploaded')))
			.returning({ id: schema.personImport.id });
		if (!started.length) throw new DomainError('This import has already started.', 'conflict');
		await enqueue(
			{
				kind: 'people.import',
				key: `people.import:${id}`,
				orgId,
				payload: { orgId, importId: id, batchSize: options.batchSize ?? people.UPSERT_LIMIT }
			},
			tx
		);
	});
}

/**
 * A row of the file as upsertPeople takes it; empty cells leave what is stored. First and last
 * name columns are joined into the name, first name first.
 */
function personOf(columns: Mapped[], values: string[]): people.PersonInput {
	const person: people.PersonInput & { attributes: Record<string, string> } = { attributes: {} };
	const parts = { firstName: '', lastName: '' };
	for (const { column, field } of columns) {
		const value = (values[column] ?? '').trim();
		if (!value) continue;
		const parsed = parseField(field);
		if (!parsed || 'skip' in parsed) continue;
		if ('attribute' in parsed) person.attributes[parsed.attribute] = value;
		else if (parsed.field === 'firstName' || parsed.field === 'lastName')
			parts[parsed.field] = value;
		else if (parsed.field === 'kind')
			person.kind = value.toLowerCase() as people.PersonKind; // checked by upsertPeople
		else person[parsed.field] = value;
	}
	const joined = [parts.firstName, parts.lastName].filter(Boolean).join(' ');
	if (joined) person.name = joined;
	return person;
}

/** What a refused row's errors say, each after the name of its column. */
function explain(columns: Mapped[], errors: { path: string; message: string }[]): string {
	const headerOf = (path: string) => {
		const field = path.startsWith('attributes.') ? `attr:${path.slice(11)}:` : path;
		return columns.find((c) =>
			field.endsWith(':') ? c.field.startsWith(field) : c.field === field
		)?.header;
	};
	return errors
		.map((e) => {
			const header = e.path ? headerOf(e.path.split('.').slice(0, 2).join('.')) : undefined;
			return header ? `${header}: ${e.message}` : e.message;
		})
		.join('; ');
}

/** Upserts rows; the ones refused, each with its line, its values and why. */
async function upsertRows(
	orgId: string,
	kind: people.PersonKind,
	columns: Mapped[],
	rows: Row[],
	input: (values: string[]) => people.PersonInput,
	lineOf: (key: string) => number | undefined
) {
	const result = await people.upsertPeople(
		orgId,
		rows.map((r) => input(r.values)),
		{ kind }
	);
	const byIndex = new Map<number, { path: string; message: string }[]>();
	for (const e of result.errors) {
		// A manager loop names the lines of the file its people are on.
		const error = e.loop ? { ...e, message: loopMessage(e.loop, lineOf) } : e;
		byIndex.set(e.index, [...(byIndex.get(e.index) ?? []), error]);
	}
	const refused: ImportError[] = [...byIndex].map(([index, errors]) => ({
		line: rows[index].line,
		values: rows[index].values,
		message: explain(columns, errors)
	}));
	return { ...result, refused };
}

const manager = (columns: Mapped[]) => columns.find((c) => c.field === 'manager')?.header;

/** The line of the file each person is on, by external id and by e-mail (read when first asked). */
function linesOf(columns: Mapped[], rows: Row[]) {
	let lines: Map<string, number> | undefined;
	return (key: string) => {
		if (!lines) {
			lines = new Map();
			const keys = columns.filter((c) => c.field === 'externalId' || c.field === 'email');
			for (const row of rows)
				for (const c of keys) {
					const value = (row.values[c.column] ?? '').trim();
					const k = c.field === 'email' ? value.toLowerCase() : value;
					if (k && !lines.has(k)) lines.set(k, row.line);
				}
		}
		return lines.get(key);
	};
}

async function runImport(payload: Record<string, unknown>, context: JobContext) {
	const orgId = String(payload.orgId);
	const id = String(payload.importId);
	const batchSize = Math.min(Math.max(Number(payload.batchSize) || 1, 1), people.UPSERT_LIMIT);
	const [job] = await db.select().from(schema.personImport).where(scoped(orgId, id));
	if (!job || job.state !== 'running') return;
	const fail = (message: string) =>
		db
			.update(schema.personImport)
			.set({ state: 'failed', error: message, file: null, finishedAt: new Date() })
			.where(scoped(orgId, id));
	if (!job.file || !job.mapping) return void (await fail('The file is no longer there.'));
	let table: Table;
	try {
		table = await readTable(job.fileName, job.file);
	} catch (error) {
		if (error instanceof DomainError) return void (await fail(error.message));
		throw error;
	}
	const columns = mappedColumns(job.mapping);
	const kind = job.kind ?? 'customer';
	const managerHeader = manager(columns);
	const noManager = `${managerHeader}: ${NO_MANAGER}`;
	const lineOf = linesOf(columns, table.rows);

	// Pass 1: every row, in batches, from where the last run got to.
	for (let start = job.processed; start < table.rows.length; start += batchSize) {
		if (context.stopping()) return 'again';
		const rows = table.rows.slice(start, start + batchSize);
		const done = await upsertRows(orgId, kind, columns, rows, (v) => personOf(columns, v), lineOf);
		// Appended after the errors of earlier lines only, so a batch run twice is recorded once.
		await db.execute(sql`
			update person_import set
				processed = ${start + rows.length},
				created = created + ${done.created},
				updated = updated + ${done.updated},
				errors = coalesce((select jsonb_agg(e order by n) from jsonb_array_elements(errors)
					with ordinality as t(e, n) where (e->>'line')::int < ${rows[0].line}), '[]'::jsonb)
					|| ${JSON.stringify(done.refused)}::jsonb,
				failed = (select count(*) from jsonb_array_elements(errors)
					where (value->>'line')::int < ${rows[0].line})::int + ${done.refused.length}
			where id = ${id} and org_id = ${orgId}`);
		await context.extend();
	}

	// Pass 2: a manager who came in a later batch is in the directory now; link them.
	if (managerHeader) {
		const [{ errors }] = await db
			.select({ errors: schema.personImport.errors })
			.from(schema.personImport)
			.where(scoped(orgId, id));
		const waiting = errors.filter((e) => e.message === noManager);
		const identity = columns.filter((c) => ['email', 'externalId', 'manager'].includes(c.field));
		const linked = new Set<number>();
		// Rows refused now for another reason: a link that would close a manager loop.
		const changed = new Map<number, ImportError>();
		for (let start = 0; start < waiting.length; start += batchSize) {
			if (context.stopping()) return 'again';
			const rows = waiting.slice(start, start + batchSize);
			const done = await upsertRows(
				orgId,
				kind,
				columns,
				rows,
				(v) => personOf(identity, v),
				lineOf
			);
			const still = new Map(done.refused.map((r) => [r.line, r]));
			for (const r of rows) {
				const refused = still.get(r.line);
				if (!refused) linked.add(r.line);
				else if (refused.message !== noManager) changed.set(r.line, refused);
			}
			await context.extend();
		}
		if (linked.size || changed.size)
			await db.execute(sql`
				update person_import set
					errors = coalesce((select jsonb_agg(coalesce(c.e, t.e) order by n)
						from jsonb_array_elements(errors) with ordinality as t(e, n)
						left join jsonb_array_elements(${JSON.stringify([...changed.values()])}::jsonb) as c(e)
							on (c.e->>'line')::int = (t.e->>'line')::int
						where not ((t.e->>'line')::int = any(${`{${[...linked].join(',')}}`}::int[]))), '[]'::jsonb),
					failed = failed - ${linked.size}
				where id = ${id} and org_id = ${orgId}`);
	}
	await db
		.update(schema.personImport)
		.set({ state: 'done', file: null, finishedAt: new Date() })
		.where(scoped(orgId, id));
}

/** The job 'people.import' (listed in job-kinds.ts). */
export const runImportJob: Handler<JobPayload<'people.import'>> = async (payload, context) => {
	try {
		return await runImport(payload, context);
	} catch (error) {
		// The last attempt says why on the import's page; earlier ones are retried by the queue.
		if (context.job.attempts >= context.job.maxAttempts)
			await db
				.update(schema.personImport)
				.set({
					state: 'failed',
					error: error instanceof Error ? error.message.slice(0, 500) : 'The import failed.',
					file: null,
					finishedAt: new Date()
				})
				.where(scoped(String(payload.orgId), String(payload.importId)));
		throw error;
	}
};

export type ImportStatus = {
	id: string;
	fileName: string;
	state: ImportState;
	kind: people.PersonKind | null;
	total: number;
	processed: number;
	created: number;
	updated: number;
	failed: number;
	error: string | null;
	createdAt: Date;
	finishedAt: Date | null;
	/** The columns of the file, in order. */
	header: string[];
	/** The first refused rows (all of them are in errorsCsv). */
	errors: ImportError[];
};

export const SHOWN_ERRORS = 100;

/** An import's progress and its first refused rows. */
export async function importStatus(orgId: string, id: string): Promise<ImportStatus> {
	const [row] = await db
		.select({
			id: schema.personImport.id,
			fileName: schema.personImport.fileName,
			state: schema.personImport.state,
			kind: schema.personImport.kind,
			total: schema.personImport.total,
			processed: schema.personImport.processed,
			created: schema.personImport.created,
			updated: schema.personImport.updated,
			failed: schema.personImport.failed,
			error: schema.personImport.error,
			createdAt: schema.personImport.createdAt,
			finishedAt: schema.personImport.finishedAt,
			mapping: schema.personImport.mapping,
			errors: sql<
				ImportError[]
			>`jsonb_path_query_array(${schema.personImport.errors}, ${`$[0 to ${SHOWN_ERRORS - 1}]`}::jsonpath)`
		})
		.from(schema.personImport)
		.where(scoped(orgId, id));
	if (!row) throw new DomainError('No such import.', 'not_found');
	const { mapping, ...status } = row;
	return { ...status, header: mapping ? mappedColumns(mapping).map((c) => c.header) : [] };
}

/** The organisation's latest imports. */
export function listImports(orgId: string, limit = 10) {
	return db
		.select({
			id: schema.personImport.id,
			fileName: schema.personImport.fileName,
			state: schema.personImport.state,
			total: schema.personImport.total,
			failed: schema.personImport.failed,
			createdAt: schema.personImport.createdAt
		})
		.from(schema.personImport)
		.where(eq(schema.personImport.orgId, orgId))
		.orderBy(desc(schema.personImport.createdAt))
		.limit(limit);
}

/** Every refused row as CSV: the file's own columns, its line and an "error" column. */
export async function errorsCsv(orgId: string, id: string): Promise<string> {
	const [row] = await db
		.select({ mapping: schema.personImport.mapping })
		.from(schema.personImport)
		.where(scoped(orgId, id));
	if (!row) throw new DomainError('No such import.', 'not_found');
	const header = row.mapping ? mappedColumns(row.mapping).map((c) => c.header) : [];
	const errors = await rowsOf<ImportError>(sql`
		select e->'values' as values, (e->>'line')::int as line, e->>'message' as message
		from person_import, jsonb_array_elements(errors) as e
		where id = ${id} and org_id = ${orgId}`);
	return (
		'\ufeff' +
		csvRows([[...header, 'line', 'error'], ...errors.map((e) => [...e.values, e.line, e.message])])
	);
}
