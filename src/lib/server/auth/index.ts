// Sessions and their cookie. Apart from identity/ because it reads SvelteKit's `$app/environment`,
// which scripts (the CLI, the benches) importing identity/ cannot load.
export * from './auth';
