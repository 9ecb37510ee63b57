// Responses: the respondent page's posts and outage answer, saved progress, completed and
// imported responses, and the response table (a namespace: its verbs are generic).
export * from './respondent-outage';
export * from './respondent-post';
export * from './responses';
export * as responseTable from './response-table';
export { checkIndividualsAllowed, type ResponseRow } from './response-table';
