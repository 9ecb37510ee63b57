// Results: the surveys a results page shows (survey.ts), the rollup folding keeps (fold.ts), the
// aggregates read from it (cells.ts) and the answers shaped from them (results.ts), what a viewer
// may see of them (release.ts), the comments, month-over-month change, combined metrics, completion, the query
// a results page reads from its address, and the spreadsheet exports.
export { aggregates, rollupAnswers, type Aggregates, type Grouping, type Scope } from './cells';
export * from './change';
export * from './combined';
export * from './comments';
export * from './completion';
export * from './exports';
export * from './fold';
export * from './items';
export * from './query';
export * from './release';
export * from './results';
export * from './spreadsheet';
export * from './survey';
export * from './url-filters';
