// The database schema, one file per domain; `$lib/server/db/schema` is all of it.
export * from './identity';
export * from './surveys';
export * from './responses';
export * from './results';
export * from './people';
export * from './outreach';
export * from './platform';
