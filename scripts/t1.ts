import { db, migrateDatabase, closeDatabase, schema } from '../src/lib/server/db/index';
await migrateDatabase();
const [o] = await db
	.insert(schema.organization)
	.values({ slug: 'a' + Date.now(), name: 'A' })
	.returning();
console.log(o);
const r = await db.transaction(async (tx) => tx.select().from(schema.organization));
console.log(r.length);
await closeDatabase();
