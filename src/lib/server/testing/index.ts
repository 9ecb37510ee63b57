// Test fixtures (accounts, surveys with responses, an SMTP server): for specs and benches only;
// ESLint refuses an import of this folder from production code.
export * from './results-fixture';
export * from './test-data';
export * from './test-smtp';
