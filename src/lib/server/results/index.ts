// Results: the rolled-up figures of a survey (results.ts), what a viewer may see of them
// (release.ts), the comments, month-over-month change, combined metrics, completion, the query
// a results page reads from its address, and the spreadsheet exports.
export * from './change';
export * from './combined';
export * from './comments';
export * from './completion';
export * from './exports';
export * from './items';
export * from './query';
export * from './release';
export * from './results';
export * from './spreadsheet';
export * from './url-filters';
