// People: the directory of employees and customers (people.ts: attributes and upserts;
// records.ts: lists, lookups, erasure), who reports to whom
// (hierarchy.ts), its CSV and XLSX export, and file imports (the namespace `imports`).
export { attributeKey } from './file';
export * from './export';
export * from './hierarchy';
export * from './people';
export * from './records';
export * as imports from './import';
