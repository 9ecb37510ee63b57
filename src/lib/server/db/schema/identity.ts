import { sql } from 'drizzle-orm';
import {
	index,
	jsonb,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { roles } from '../../../roles';
import { createdAt } from './columns';

// Accounts, organisations and who may enter them.

export const roleEnum = pgEnum('role', roles);

export const user = pgTable(
	'user',
	{
		id: uuid().primaryKey().defaultRandom(),
		email: text().notNull(),
		name: text().notNull(),
		passwordHash: text().notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('user_email_lower_idx').on(sql`lower(${t.email})`)]
);

export const organization = pgTable('organization', {
	id: uuid().primaryKey().defaultRandom(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	// Origins (https://intranet.example) allowed to frame this organisation's respondent pages.
	frameOrigins: jsonb().$type<string[]>().notNull().default([]),
	// Origins a survey's thank-you may redirect respondents to: no open redirect through Hearken.
	redirectOrigins: jsonb().$type<string[]>().notNull().default([]),
	// Contact frequency: a customer gets at most one survey invitation per this many days, whichever
	// distribution, trigger or program asks. Null: no limit.
	contactFrequencyDays: integer(),
	createdAt: createdAt()
});

export const membership = pgTable(
	'membership',
	{
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: roleEnum().notNull(),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.orgId, t.userId] }), index('membership_user_idx').on(t.userId)]
);

export const session = pgTable(
	'session',
	{
		// SHA-256 of the cookie's token, hex: a leaked table cannot be replayed as cookies.
		id: text().primaryKey(),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		// The organisation the user is working in; switching changes it.
		orgId: uuid().references(() => organization.id, { onDelete: 'set null' }),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('session_user_idx').on(t.userId), index('session_org_idx').on(t.orgId)]
);

export const passwordReset = pgTable(
	'password_reset',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		tokenHash: text().notNull().unique(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		usedAt: timestamp({ withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('password_reset_user_idx').on(t.userId)]
);

/** A sign-up waiting for its e-mail to be confirmed; the account is created only from the link. */
export const pendingSignup = pgTable(
	'pending_signup',
	{
		id: uuid().primaryKey().defaultRandom(),
		email: text().notNull(),
		name: text().notNull(),
		orgName: text().notNull(),
		passwordHash: text().notNull(),
		redirectTo: text(),
		tokenHash: text().notNull().unique(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		usedAt: timestamp({ withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('pending_signup_expires_idx').on(t.expiresAt)]
);

export const signInFailure = pgTable(
	'sign_in_failure',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		at: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sign_in_failure_user_at_idx').on(t.userId, t.at)]
);

export const invitation = pgTable(
	'invitation',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		email: text().notNull(),
		role: roleEnum().notNull(),
		tokenHash: text().notNull().unique(),
		invitedBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		acceptedAt: timestamp({ withTimezone: true }),
		revokedAt: timestamp({ withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('invitation_org_idx').on(t.orgId)]
);

export const apiKey = pgTable(
	'api_key',
	{
		id: uuid().primaryKey().defaultRandom(),
		orgId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		// First characters of the key, shown in lists so people can tell keys apart.
		prefix: text().notNull(),
		keyHash: text().notNull().unique(),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		lastUsedAt: timestamp({ withTimezone: true }),
		revokedAt: timestamp({ withTimezone: true })
	},
	(t) => [index('api_key_org_idx').on(t.orgId)]
);

export type User = typeof user.$inferSelect;
export type Organization = typeof organization.$inferSelect;
export type Session = typeof session.$inferSelect;
