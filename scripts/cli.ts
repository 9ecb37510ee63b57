// `npm run cli -- <command>`: administration on the same database settings as the server.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { emailSchema, passwordSchema } from '../src/lib/schemas';
import { apiKeys, orgs, users } from '../src/lib/server/identity';
import { seedDemo } from '../src/lib/server/surveys';
import { closeDatabase, databaseKind, migrateDatabase } from '../src/lib/server/db';
import { DatabaseBusyError } from '../src/lib/server/db/lock';
import { DomainError, logError } from '../src/lib/server/platform';

const usage = `Usage: npm run cli -- <command> [options]

  user:create --email E --password P --name N --org "Org name"
                              create a user and their organisation (owner)
  apikey:create --org SLUG --name LABEL
                              create an API key for an organisation; prints it once
  db:migrate                  apply database migrations
  seed:demo                   a demo organisation and user, with a year of customer and
                              employee survey responses to explore Hearken with

The database is PostgreSQL when DATABASE_URL is set, else the embedded one in DATA_DIR (./data).`;

class UsageError extends Error {}

function required(values: Record<string, string | boolean | undefined>, ...names: string[]) {
	const missing = names.filter((n) => typeof values[n] !== 'string' || values[n] === '');
	if (missing.length) throw new UsageError(`Missing ${missing.map((n) => `--${n}`).join(', ')}`);
	return values as Record<string, string>;
}

function check<T>(schema: z.ZodType<T>, value: unknown, flag: string): T {
	const result = schema.safeParse(value);
	if (!result.success) throw new UsageError(`--${flag}: ${result.error.issues[0].message}`);
	return result.data;
}

async function run(command: string | undefined, args: string[]) {
	const { values } = parseArgs({
		args,
		options: {
			email: { type: 'string' },
			password: { type: 'string' },
			name: { type: 'string' },
			org: { type: 'string' }
		},
		strict: true
	});
	switch (command) {
		case 'user:create': {
			const v = required(values, 'email', 'password', 'name', 'org');
			await migrateDatabase();
			const account = await users.createAccount({
				email: check(emailSchema, v.email, 'email'),
				password: check(passwordSchema, v.password, 'password'),
				name: v.name,
				orgName: v.org
			});
			console.log(JSON.stringify(account));
			return;
		}
		case 'apikey:create': {
			const v = required(values, 'org', 'name');
			await migrateDatabase();
			const org = await orgs.getBySlug(v.org);
			if (!org) throw new UsageError(`No organisation with the slug "${v.org}"`);
			const { key } = await apiKeys.create(org.id, v.name, null);
			console.log(JSON.stringify({ key }));
			return;
		}
		case 'db:migrate':
			await migrateDatabase();
			console.log(JSON.stringify({ migrated: true, database: databaseKind() }));
			return;
		case 'seed:demo': {
			if (process.env.NODE_ENV === 'production') {
				throw new UsageError(
					'seed:demo makes an account with a public password: not in production.'
				);
			}
			await migrateDatabase();
			const email = 'demo@hearken.local';
			const password = 'hearken-demo';
			const existing = await users.getUserFromEmail(email);
			const account = existing
				? {
						userId: existing.id,
						...(await orgs
							.listForUser(existing.id)
							.then(([o]) => ({ orgId: o?.id, orgSlug: o?.slug })))
					}
				: await users.createAccount({
						email,
						password,
						name: 'Demo User',
						orgName: 'Demo Company'
					});
			const seeded = account.orgId ? await seedDemo(account.orgId, account.userId) : [];
			for (const s of seeded) console.error(`Published "${s.title}" with ${s.responses} responses`);
			console.error(
				'Demo account with a public password: for trying Hearken out, not for real data.'
			);
			console.log(JSON.stringify({ ...account, email, password }));
			return;
		}
		default:
			throw new UsageError(command ? `Unknown command "${command}"` : 'No command given');
	}
}

const [command, ...rest] = process.argv.slice(2);
if (command === '--help' || command === 'help') {
	console.log(usage);
	process.exit(0);
}
let code = 0;
try {
	await run(command, rest);
} catch (error) {
	code = 1;
	if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
	else if (error instanceof DatabaseBusyError || error instanceof DomainError)
		console.error(error.message);
	else if (
		error instanceof TypeError &&
		'code' in error &&
		String(error.code).startsWith('ERR_PARSE_ARGS')
	) {
		console.error(`${error.message}\n\n${usage}`);
	} else logError('[cli]', error);
} finally {
	await closeDatabase().catch(() => {});
}
process.exit(code);
