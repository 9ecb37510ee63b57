// Who may sign in and what they may do: accounts, passwords, organisations and their
// members, invitations and API keys. Each module is a namespace (`users.authenticate`,
// `apiKeys.authenticate`) since their verbs overlap.
export * as apiKeys from './api-keys';
export * as invitations from './invitations';
export * as orgs from './orgs';
export * as users from './users';
export * from './password';
export { slugify } from './orgs';
