// Who is signed in and what they may do: accounts, sessions, passwords, organisations and their
// members, invitations and API keys. Each module is a namespace (`users.authenticate`,
// `apiKeys.authenticate`) since their verbs overlap.
export * as apiKeys from './api-keys';
export * as auth from './auth';
export * as invitations from './invitations';
export * as orgs from './orgs';
export * as users from './users';
export * from './password';
export type { SessionValidationResult } from './auth';
export { slugify } from './orgs';
