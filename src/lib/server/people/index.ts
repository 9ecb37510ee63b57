// People: the directory of employees and customers (people.ts), who reports to whom
// (hierarchy.ts), its CSV and XLSX export, and file imports (the namespace `imports`).
export { attributeKey } from './file';
export * from './export';
export * from './hierarchy';
export * from './people';
export * as imports from './import';
