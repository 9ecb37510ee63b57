import {
	type AnyPgColumn,
	customType,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { organization, user } from './identity';

export const personKinds = ['employee', 'customer'] as const;
export const attributeTypes = ['text', 'number', 'date'] as const;

/** The directory: an organisation's customers and employees. */
export const person = pgTable(
	'person',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		kind: text({ enum: personKinds }).notNull(),
		// Lower-cased; with the external id, what an import or the API matches people on.
		email: text(),
		name: text(),
		externalId: text(),
		language: text(),
		// Values of the organisation's attributes (person_attribute), by key: text, number, or a date
		// as YYYY-MM-DD.
		attributes: jsonb().$type<Record<string, string | number>>().notNull().default({}),
		// An employee's manager: the org hierarchy (units roll up through it).
		managerId: uuid().references((): AnyPgColumn => person.id, { onDelete: 'set null' }),
		// A customer who followed an unsubscribe link gets no more invitations.
		unsubscribedAt: timestamp({ withTimezone: true }),
		// The last invitation sent: contact-frequency rules read it.
		lastInvitedAt: timestamp({ withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('person_email_idx').on(t.orgId, t.email),
		uniqueIndex('person_external_idx').on(t.orgId, t.externalId),
		index('person_manager_idx').on(t.managerId),
		index('person_org_idx').on(t.orgId, t.id)
	]
);

/** The attributes an organisation keeps about people, and the type of each. */
export const personAttribute = pgTable(
	'person_attribute',
	{
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		key: text().notNull(),
		type: text({ enum: attributeTypes }).notNull(),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.orgId, t.key] })]
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => Buffer.from(value)
});

/**
 * A CSV or XLSX file of people being imported: kept from upload until the import ends, with the
 * column mapping chosen, the progress, and every row refused with its reason (downloadable).
 */
export const personImport = pgTable(
	'person_import',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		fileName: text().notNull(),
		file: bytea(),
		// Column → field ('email', 'name', 'externalId', 'language', 'kind', 'manager',
		// 'attr:<key>:<type>' or '' to skip), and the kind of people without a kind column.
		mapping: jsonb().$type<Record<string, string>>(),
		kind: text({ enum: personKinds }),
		state: text({ enum: ['uploaded', 'running', 'done', 'failed'] })
			.notNull()
			.default('uploaded'),
		total: integer().notNull().default(0),
		processed: integer().notNull().default(0),
		created: integer().notNull().default(0),
		updated: integer().notNull().default(0),
		failed: integer().notNull().default(0),
		// The refused rows: their line in the file, their values and why.
		errors: jsonb()
			.$type<{ line: number; values: string[]; message: string }[]>()
			.notNull()
			.default([]),
		error: text(),
		createdAt: createdAt(),
		finishedAt: timestamp({ withTimezone: true })
	},
	(t) => [index('person_import_org_idx').on(t.orgId, t.createdAt)]
);
